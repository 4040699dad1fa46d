// The search page: honours ?q= (and ?vb=, one document), searches as you type, keeps the address
// shareable. The split index is opened at once and searched in a worker (which fetches what each
// query needs), so the main thread only draws results: the first few at once, the rest in later tasks.
import { appendMarked } from './text.js';

const form = document.querySelector('.search-page-form');
const input = document.getElementById('q');
const scope = form.querySelector('select[name=vb]');
const status = document.getElementById('search-status');
const retry = document.getElementById('search-retry');
const list = document.getElementById('search-results');
const FIRST = 3;
// Document id -> short name, from the document choice (absent when the site has one document).
const names = new Map(scope ? [...scope.options].filter((o) => o.value).map((o) => [o.value, o.text]) : []);

/** Searches in a worker; replies come in the order of the messages. */
function workerEngine(onBroken) {
  const worker = new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' });
  const waiting = [];
  worker.addEventListener('message', ({ data }) => {
    const w = waiting.shift();
    if (w) (data.failed ? w.reject(new Error(data.failed)) : w.resolve(data));
  });
  worker.addEventListener('error', () => {
    for (const w of waiting.splice(0)) w.reject(new Error('search worker failed'));
    onBroken();
  });
  const send = (message, transfer = []) => new Promise((resolve, reject) => {
    waiting.push({ resolve, reject });
    worker.postMessage(message, transfer);
  });
  return {
    load: () => send({ open: true }),
    ask: (query, within, count) => send({ query, within, count }),
  };
}

/** The same search on the main thread, for browsers without module workers. */
function localEngine() {
  const code = import('./search.js');
  return {
    load: async () => (await code).loadSearch(),
    ask: async (query, within, count) => {
      const m = await code;
      const index = await m.loadSearch();
      const t0 = performance.now();
      return { answer: await m.answer(index, query, within || null, count || Infinity), millis: performance.now() - t0 };
    },
  };
}

let engine = null;
let loaded = null;

function useLocalEngine() {
  engine = localEngine();
  loaded = null;
  run();
}

/** Opens the index in the engine once; a failure is forgotten, so the next search tries again. */
function load() {
  if (!engine) {
    try {
      engine = workerEngine(useLocalEngine);
    } catch {
      engine = localEngine();
    }
  }
  if (!loaded) {
    const target = engine;
    const attempt = target.load();
    attempt.catch(() => { if (loaded === attempt) loaded = null; });
    loaded = attempt;
  }
  return loaded;
}

function item({ url, id, label, title, document: doc, all, snippet, hl }, query) {
  const li = document.createElement('li');
  li.className = all ? 'result' : 'result result--partial';
  const a = document.createElement('a');
  a.href = url + '?hl=' + encodeURIComponent(hl || query) + '#' + id;
  if (names.has(doc)) {
    const which = document.createElement('span');
    which.className = 'result__doc';
    which.textContent = names.get(doc);
    a.append(which);
  }
  const where = document.createElement('span');
  where.className = 'result__where';
  where.textContent = label;
  const heading = document.createElement('span');
  heading.className = 'result__title';
  heading.textContent = title;
  a.append(where, ' ', heading);
  const p = document.createElement('p');
  p.className = 'result__snippet';
  appendMarked(p, snippet.text, snippet.ranges);
  li.append(a, p);
  if (!all) {
    const note = document.createElement('p');
    note.className = 'result__note';
    note.textContent = 'Chỉ có một số từ bạn tìm.';
    li.append(note);
  }
  return li;
}

function message(query, { total: n, full }) {
  if (!query) return '';
  if (!n) return 'Không tìm thấy đoạn nào cho "' + query + '". Thử bỏ bớt từ hoặc gõ từ khác.';
  if (full === n) return 'Tìm thấy ' + n + ' đoạn cho "' + query + '".';
  return 'Tìm thấy ' + full + ' đoạn có đủ các từ "' + query + '"'
    + (n > full ? ', tiếp theo là ' + (n - full) + ' đoạn chỉ có một số từ.' : '.');
}

let drawing = 0;
const suggest = document.createElement('p');
suggest.id = 'search-suggestion';
suggest.className = 'search-status';
suggest.hidden = true;
status.after(suggest);

/** "Có phải bạn muốn tìm: …?" with a link that runs the rewritten query, or nothing. */
function showSuggestion(suggestion) {
  suggest.hidden = !suggestion;
  if (!suggestion) {
    suggest.replaceChildren();
    return;
  }
  const params = new URLSearchParams({ q: suggestion });
  if (scope && scope.value) params.set('vb', scope.value);
  const a = document.createElement('a');
  a.href = '?' + params;
  a.textContent = suggestion;
  suggest.replaceChildren('Có phải bạn muốn tìm: ', a, '?');
}

/**
 * Shows the first results of an answer (found for `rewritten` when given) and the count of all; `rest`,
 * when given, resolves to the answer with every result, whose others are then drawn a few per task.
 */
function render(query, found, millis, rewritten = null, rest = null) {
  const mine = ++drawing;
  list.replaceChildren(...found.results.slice(0, FIRST).map((r) => item(r, query)));
  list.dataset.millis = millis.toFixed(2);
  list.setAttribute('aria-busy', 'true');
  status.textContent = rewritten
    ? 'Không có đoạn nào có đủ các từ "' + query + '". ' + message(rewritten, found)
    : message(query, found);
  const more = (results, from) => {
    if (mine !== drawing) return;
    if (from >= results.length) {
      list.removeAttribute('aria-busy');
      return;
    }
    list.append(...results.slice(from, from + FIRST).map((r) => item(r, query)));
    setTimeout(more, 0, results, from + FIRST);
  };
  if (!rest) {
    setTimeout(more, 0, found.results, FIRST);
    return;
  }
  rest.then((all) => more(all.answer.results, FIRST), () => {
    if (mine !== drawing) return;
    list.removeAttribute('aria-busy');
    status.textContent += ' Không tải được các kết quả sau; hãy bấm "Thử lại".';
    retry.hidden = false;
  });
}

let latest = 0;

async function run() {
  const query = input.value.trim();
  const within = scope ? scope.value : '';
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (within) params.set('vb', within);
  const search = params.toString();
  history.replaceState(null, '', search ? '?' + search : location.pathname);
  const mine = ++latest;
  retry.hidden = true;
  showSuggestion(null);
  if (!query) {
    render('', { results: [], total: 0, full: 0 }, 0);
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    await load();
    // The first results need only their own texts; the others are asked for once these are shown.
    const { answer, millis } = await engine.ask(query, within, FIRST);
    if (mine === latest) {
      const rest = answer.total > answer.results.length ? engine.ask(query, within) : null;
      render(query, answer, millis, answer.suggestion, rest);
      showSuggestion(answer.suggestion);
    }
  } catch {
    if (mine !== latest) return;
    ++drawing;
    list.replaceChildren();
    showSuggestion(null);
    list.removeAttribute('aria-busy');
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng rồi bấm "Thử lại".';
    retry.hidden = false;
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') || '';
if (scope && names.has(params.get('vb'))) scope.value = params.get('vb');
let timer = 0;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
if (scope) scope.addEventListener('change', run);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
retry.querySelector('button').addEventListener('click', () => {
  input.focus();
  run();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && list.querySelector('a')) {
    e.preventDefault();
    list.querySelector('a').focus();
  }
});
// Started in a task of its own, so that starting the worker never lengthens the page's first task.
setTimeout(() => {
  if (input.value) run();
  else load().catch(() => {});
}, 0);
