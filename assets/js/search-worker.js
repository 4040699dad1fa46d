// The search page's worker: opens the split index and answers queries off the main thread, so typing
// and scrolling never wait for it. Messages from the page, answered one at a time, in order:
//   { open: true }            -> { loaded } or { failed }
//   { seq, query, within, count }  a query (within: a document id or ''; count: results to complete, all
//                             when absent) -> { seq, answer, millis } or { seq, failed }
// millis is the query's time in the worker, shard and text downloads included.
import { loadSearch, answer } from './search.js';

let queue = Promise.resolve();

async function handle(data) {
  if (data.open) {
    try {
      await loadSearch();
      self.postMessage({ loaded: true });
    } catch (e) {
      self.postMessage({ failed: String(e) });
    }
    return;
  }
  const { seq, query, within, count } = data;
  try {
    const index = await loadSearch();
    const t0 = performance.now();
    const out = await answer(index, query, within || null, count || Infinity);
    self.postMessage({ seq, answer: out, millis: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ seq, failed: String(e) });
  }
}

self.addEventListener('message', ({ data }) => {
  queue = queue.then(() => handle(data));
});
