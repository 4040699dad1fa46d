// The search page: honours ?q=, searches as you type, keeps the address shareable.
import { loadSearch, search } from './search.js';
import { wordRanges, appendMarked, focusOf } from './text.js';

const form = document.querySelector('.search-page-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const SNIPPET = 260;

function snippet(text, terms, ranges) {
  if (text.length <= SNIPPET) return { text, ranges };
  const first = focusOf(text, terms, ranges, SNIPPET - 80);
  let start = Math.max(0, first - 80);
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  let end = Math.min(text.length, start + SNIPPET);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  const pre = start > 0 ? '… ' : '';
  const cut = pre + text.slice(start, end) + (end < text.length ? ' …' : '');
  const shift = pre.length - start;
  return {
    text: cut,
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

function render(query, found, millis) {
  const items = found.results.map(({ doc, all }) => {
    const li = document.createElement('li');
    li.className = all ? 'result' : 'result result--partial';
    const a = document.createElement('a');
    a.href = doc.url + '?hl=' + encodeURIComponent(query) + '#' + doc.id;
    const where = document.createElement('span');
    where.className = 'result__where';
    where.textContent = doc.label;
    const title = document.createElement('span');
    title.className = 'result__title';
    title.textContent = doc.title;
    a.append(where, ' ', title);
    const p = document.createElement('p');
    p.className = 'result__snippet';
    const s = snippet(doc.text, found.terms, wordRanges(doc.text, found.terms));
    appendMarked(p, s.text, s.ranges);
    li.append(a, p);
    if (!all) {
      const note = document.createElement('p');
      note.className = 'result__note';
      note.textContent = 'Chỉ có một số từ bạn tìm.';
      li.append(note);
    }
    return li;
  });
  list.replaceChildren(...items);
  list.dataset.millis = millis.toFixed(2);
  const n = found.results.length;
  const full = found.results.filter((r) => r.all).length;
  let message = '';
  if (query && !n) {
    message = 'Không tìm thấy đoạn nào cho "' + query + '". Thử bỏ bớt từ hoặc gõ từ khác.';
  } else if (query && full === n) {
    message = 'Tìm thấy ' + n + ' đoạn cho "' + query + '".';
  } else if (query) {
    message = 'Tìm thấy ' + full + ' đoạn có đủ các từ "' + query + '"'
      + (n > full ? ', tiếp theo là ' + (n - full) + ' đoạn chỉ có một số từ.' : '.');
  }
  status.textContent = message;
}

async function run() {
  const query = input.value.trim();
  const url = query ? '?q=' + encodeURIComponent(query) : location.pathname;
  history.replaceState(null, '', url);
  if (!query) {
    render('', { terms: [], results: [] }, 0);
    return;
  }
  status.textContent = 'Đang tìm…';
  const index = await loadSearch();
  const t0 = performance.now();
  const found = search(index, query);
  render(query, found, performance.now() - t0);
}

let timer = 0;
input.value = new URLSearchParams(location.search).get('q') || '';
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && list.querySelector('a')) {
    e.preventDefault();
    list.querySelector('a').focus();
  }
});
loadSearch().then(run, () => {
  status.textContent = 'Không tải được dữ liệu tìm kiếm. Hãy thử lại hoặc đọc toàn văn.';
});
