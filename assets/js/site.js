// Progressive enhancements for every page. Everything works without this file except
// search-as-you-type; each part below only improves what the HTML already does.

// Offline reading: pages read once stay readable without a connection (see /sw.js). The page that
// registers the worker was loaded before it, so it is stored now, with its stylesheet and scripts.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
    const files = [...document.querySelectorAll('link[rel=stylesheet], script[src]')].map((e) => e.href || e.src);
    registration.active.postMessage({ page: location.pathname, files });
  }).catch(() => {});
}

// Search: load the index and library only when the reader starts to search.
const box = document.querySelector('.search-form .search-input');
if (box) {
  box.addEventListener('focus', () => { import('./search.js').then((m) => m.loadSearch()).catch(() => {}); }, { once: true });
}

// The id the address's #fragment names, or '' when there is none or it is malformed ("#%zz", "#%E0%A4"):
// the fragment is typed or pasted by anyone, and a page must work whatever its address.
function fragmentId() {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

// Arriving from a search result: mark the words in the target paragraph.
const hl = new URLSearchParams(location.search).get('hl');
const hlTarget = hl && fragmentId() ? document.getElementById(fragmentId()) : null;
if (hlTarget) import('./highlight.js').then((m) => m.markTarget(hl, hlTarget));

// Table of contents: a closed disclosure on phones, open beside the text on wide screens.
const toc = document.querySelector('.toc__details');
if (toc) {
  const wide = window.matchMedia('(min-width: 64em)');
  const sync = () => { toc.open = wide.matches; };
  sync();
  wide.addEventListener('change', sync);
  const jump = document.querySelector('.toc-jump');
  if (jump && 'IntersectionObserver' in window) {
    // Only needed once the table of contents has scrolled out of view.
    new IntersectionObserver(([entry]) => { jump.hidden = entry.isIntersecting; }).observe(toc);
  }
  if (jump) {
    jump.addEventListener('click', (e) => {
      e.preventDefault();
      toc.open = true;
      const summary = toc.querySelector('summary');
      summary.scrollIntoView({ block: 'start' });
      summary.focus();
      const current = toc.querySelector('[aria-current]');
      if (current) current.scrollIntoView({ block: 'nearest' });
    });
  }
}

// One polite live region for short confirmations.
function announce(message) {
  let region = document.getElementById('site-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'site-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = '';
  setTimeout(() => { region.textContent = message; }, 50);
}

// Copy-link buttons on headings: copies the permanent address of the heading.
const headings = document.querySelectorAll(
  'article h1#tieu-de, .official-text h2[id], .official-text h3[id], .official-text h4[id], '
  + '.official-text h5[id], .official-text h6[id], .fulltext__section > [id]:is(h2, h3, h4, h5, h6)');
for (const heading of headings) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'permalink';
  button.textContent = '#';
  const own = heading.id === 'tieu-de';
  button.setAttribute('aria-label', 'Sao chép liên kết tới ' + (own ? 'phần này' : 'mục này'));
  button.addEventListener('click', async () => {
    const url = location.origin + location.pathname + (own ? '' : '#' + heading.id);
    if (!own) history.replaceState(null, '', '#' + heading.id);
    try {
      await navigator.clipboard.writeText(url);
      announce('Đã sao chép liên kết: ' + url);
    } catch {
      announce('Liên kết: ' + url);
    }
  });
  heading.append(' ', button);
}

// Paragraph links: every paragraph and point gets a link to its own address, and the citation box
// cites the paragraph the address points at ("Điểm a khoản 1, Mục III, Kế hoạch số ...").
function paragraphLabel(id) {
  let m = id.match(/^khoan-(\d+)-diem-([a-z]+)$/);
  if (m) return 'Điểm ' + (m[2] === 'dd' ? 'đ' : m[2]) + ' khoản ' + m[1];
  if ((m = id.match(/^khoan-(\d+)$/))) return 'Khoản ' + m[1];
  if ((m = id.match(/^diem-([a-z]+)$/))) return 'Điểm ' + (m[1] === 'dd' ? 'đ' : m[1]);
  if ((m = id.match(/^doan-(\d+)$/))) return 'Đoạn ' + m[1];
  if ((m = id.match(/^gach-(\d+)$/))) return 'Gạch đầu dòng ' + m[1];
  if ((m = id.match(/^bang-(\d+)-dong-(\d+)$/))) return 'Dòng ' + m[2] + ' bảng ' + m[1];
  if ((m = id.match(/^bang-(\d+)$/))) return 'Bảng ' + m[1];
  return null;
}

const citation = document.querySelector('.citation');
if (citation) {
  // A table row's link goes at the end of its last cell.
  for (const block of document.querySelectorAll('.official-text > p[id], .official-text > table > tbody > tr[id]')) {
    const p = block.tagName === 'TR' ? block.lastElementChild : block;
    const label = paragraphLabel(block.id);
    if (!label || !p) continue;
    const link = document.createElement('a');
    link.className = 'para-link';
    link.href = '#' + block.id;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = 'Liên kết tới ' + label.toLowerCase();
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '#';
    link.append(hidden, mark);
    p.append(' ', link);
  }

  const textEl = citation.querySelector('.citation__text');
  const urlLink = citation.querySelector('.citation__url a');
  const sectionCitation = textEl.textContent.trim();
  const current = () => {
    const id = fragmentId();
    const label = id && document.getElementById(id) ? paragraphLabel(id) : null;
    return {
      text: label ? label + ', ' + sectionCitation : sectionCitation,
      url: location.origin + location.pathname + (label ? '#' + id : ''),
    };
  };
  const update = () => {
    const c = current();
    textEl.textContent = c.text;
    urlLink.textContent = c.url;
    urlLink.href = c.url;
  };
  update();
  window.addEventListener('hashchange', update);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = 'Sao chép trích dẫn';
  button.addEventListener('click', async () => {
    const c = current();
    const full = c.text + ' ' + c.url;
    try {
      await navigator.clipboard.writeText(full);
      announce('Đã sao chép trích dẫn: ' + full);
    } catch {
      announce('Trích dẫn: ' + full);
    }
  });
  citation.append(button);
}

// Printing: show the full address of the page.
for (const el of document.querySelectorAll('.page-url')) {
  if (el.textContent.startsWith('/')) el.textContent = location.origin + el.textContent;
}

// Full text: the table of contents shows which section is on screen.
const tocLinks = new Map([...document.querySelectorAll('.toc a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
if (tocLinks.size && 'IntersectionObserver' in window) {
  let current = null;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const link = tocLinks.get(entry.target.id);
      if (!link || link === current) continue;
      if (current) current.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'location');
      current = link;
    }
  }, { rootMargin: '0px 0px -70% 0px' });
  for (const id of tocLinks.keys()) {
    const el = document.getElementById(id);
    if (el) observer.observe(el);
  }
}
