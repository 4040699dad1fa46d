// Progressive enhancements for every page. Everything works without this file except
// search-as-you-type; each part below only improves what the HTML already does.

// Search: load the index and library only when the reader starts to search.
const box = document.querySelector('.search-form .search-input');
if (box) {
  box.addEventListener('focus', () => { import('./search.js').then((m) => m.loadSearch()).catch(() => {}); }, { once: true });
}

// Arriving from a search result: mark the words in the target paragraph.
const hl = new URLSearchParams(location.search).get('hl');
if (hl && location.hash.length > 1) {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) import('./highlight.js').then((m) => m.markTarget(hl, target));
}

// Table of contents: a closed disclosure on phones, open beside the text on wide screens.
const toc = document.querySelector('.toc__details');
if (toc) {
  const wide = window.matchMedia('(min-width: 64em)');
  const sync = () => { toc.open = wide.matches; };
  sync();
  wide.addEventListener('change', sync);
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

// Citation box: one button copies the citation with the page's full address.
const citation = document.querySelector('.citation');
if (citation) {
  const text = citation.querySelector('.citation__text').textContent.trim();
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = 'Sao chép trích dẫn';
  button.addEventListener('click', async () => {
    const full = text + ' ' + location.origin + location.pathname;
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
