// The split search index (SearchShards.java): a query downloads only the term shards its words can
// reach (the last word also as a prefix) and the texts of the results it shows. The loaded postings
// become a MiniSearch index with the whole site's statistics, so scores equal the whole index's; the
// positions and written forms they carry rebuild, for each paragraph met, the parts of its phrase
// words (other words left '') and written words a query can match, which is all the ranking reads.
import MiniSearch from './vendor/minisearch-7.2.0.min.js';
import { ENGINE, SHARDS_URL, fetchJson } from './search-data.js';

/** Fetches once per key; a failure is forgotten, so the next query tries again. */
function once(cache, key, load) {
  if (!cache.has(key)) {
    const p = load();
    cache.set(key, p);
    p.catch(() => { if (cache.get(key) === p) cache.delete(key); });
  }
  return cache.get(key);
}

/** The split index's small common file, read first. */
export function readCommon(base = SHARDS_URL) {
  return fetchJson(base + 'chung.json');
}

/**
 * Opens the split index at `base`: resolves to an index for search.js once its small common file is read
 * (or at once when `meta`, that file, is given).
 */
export async function openShards(base = SHARDS_URL, meta = null) {
  meta = meta || await readCommon(base);
  const keys = meta.terms;
  const firstOfChunk = [];
  meta.texts.reduce((first, size) => { firstOfChunk.push(first); return first + size; }, 0);
  const firsts = meta.documents.filter(([, first]) => first >= 0);
  const js = {
    documentCount: meta.count, nextId: meta.count, documentIds: {}, fieldIds: { words: 0 }, fieldLength: {},
    averageFieldLength: [meta.avg], storedFields: {}, dirtCount: 0, index: [], serializationVersion: 2,
  };
  const shards = new Map();
  const chunks = new Map();
  let vocabulary = null;
  const index = {
    docs: [],
    documents: meta.documents.map(([id]) => id),
    engine: MiniSearch.loadJS(js, ENGINE),
    vocab: null,
  };

  const documentOf = (i) => {
    let d = null;
    for (const [id, first] of firsts) if (first <= i) d = id;
    return d;
  };
  const doc = (i) => index.docs[i]
    || (index.docs[i] = { i, document: documentOf(i), runs: [], typed: new Set(), text: null });

  const pending = [];

  /** Adds the terms of the shards fetched so far, then rebuilds the engine once. */
  function flush() {
    if (!pending.length) return;
    for (const [term, rank, forms, list] of pending.splice(0).flat()) {
      const freqs = {};
      let at = 0;
      for (let k = 0; k < list.length;) {
        at += list[k];
        const length = list[k + 1];
        let mask = list[k + 2];
        const n = list[k + 3];
        const d = doc(at);
        js.documentIds[at] = at;
        js.fieldLength[at] = [length];
        freqs[at] = n;
        for (let f = 0; mask > 0; f++, mask = Math.floor(mask / 2)) if (mask % 2) d.typed.add(forms[f]);
        let p = 0;
        for (let j = 0; j < n; j++) {
          p += list[k + 4 + j];
          while (d.runs.length < p) d.runs.push('');
          d.runs[p] = term;
        }
        k += 4 + n;
      }
      js.index.push([term, { 0: freqs }, rank]);
    }
    js.index.sort((a, b) => a[2] - b[2]); // the order MiniSearch met them in the whole index
    index.engine = MiniSearch.loadJS(js, ENGINE);
  }

  const shard = (k) => once(shards, k, () => fetchJson(base + 't' + k + '.json').then((terms) => { pending.push(terms); }));
  const longest = (word) => {
    let best = -1;
    keys.forEach((key, k) => { if (word.startsWith(key) && (best < 0 || key.length > keys[best].length)) best = k; });
    return best;
  };

  /** Loads the shards holding `terms` (the last also as a prefix) and the words in `also`. */
  index.need = (terms, also = []) => {
    const wanted = new Set([...terms, ...also].map(longest));
    const last = terms[terms.length - 1];
    if (last) keys.forEach((key, k) => { if (key.startsWith(last)) wanted.add(k); });
    wanted.delete(-1);
    return Promise.all([...wanted].map(shard)).then(flush);
  };

  /** Loads forgive.js's vocabulary of the whole site (only a query the index lacks needs it). */
  index.needVocab = () => {
    vocabulary = vocabulary || once(chunks, 'vocab', () => fetchJson(base + 'tu-vung.json').then((v) => {
      index.vocab = {
        count: new Map(v.count),
        forms: new Map(v.forms.map(([term, ...forms]) => [term, forms])),
        pairs: new Set(v.pairs.flatMap(([w, ...next]) => next.map((n) => w + ' ' + n))),
      };
    }));
    vocabulary.catch(() => { vocabulary = null; });
    return vocabulary;
  };

  /** Loads the texts (and sections) of paragraphs `ids`. */
  index.needTexts = (ids) => {
    const wanted = new Set();
    for (const i of ids) {
      if (index.docs[i] && index.docs[i].text !== null) continue;
      let c = 0;
      while (c + 1 < firstOfChunk.length && firstOfChunk[c + 1] <= i) c++;
      wanted.add(c);
    }
    return Promise.all([...wanted].map((c) => once(chunks, c, () => fetchJson(base + 'd' + c + '.json').then((data) => {
      data.docs.forEach(([s, id, text], j) => {
        const d = doc(firstOfChunk[c] + j);
        const section = data.sections[s];
        Object.assign(d, { id, text, url: section[0], label: section[1], title: section[2] });
      });
    }))));
  };
  return index;
}
