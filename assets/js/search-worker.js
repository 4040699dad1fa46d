// The search page's worker: parses and indexes the search data and answers queries off the main
// thread, so typing and scrolling never wait for it. Messages from the page, answered in order:
//   { data: ArrayBuffer }     the bytes of /tim-kiem/chi-muc.json (transferred) -> { loaded } or { failed }
//   { seq, query, within }    a query (within: a document id or '') -> { seq, answer } or { seq, failed }
import { buildIndex, answer } from './search.js';
import { parseIndex } from './search-data.js';

let index = null;

self.addEventListener('message', ({ data }) => {
  if (data.data) {
    index = null;
    try {
      index = buildIndex(parseIndex(data.data));
      self.postMessage({ loaded: true });
    } catch (e) {
      self.postMessage({ failed: String(e) });
    }
    return;
  }
  const { seq, query, within } = data;
  try {
    if (!index) throw new Error('no search data');
    const t0 = performance.now();
    const out = answer(index, query, within || null);
    self.postMessage({ seq, answer: out, millis: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ seq, failed: String(e) });
  }
});
