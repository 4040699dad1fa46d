// Where the search index lives and how MiniSearch reads it: shared by search.js (the whole index)
// and search-shards.js (the split one), so both rank with exactly the same engine.

/** The whole index (SearchIndex.java): the reference the split one is proved equal to, and open data. */
export const INDEX_URL = '/tim-kiem/chi-muc.json';
/** Folder of the split index (SearchShards.java). */
export const SHARDS_URL = '/tim-kiem/chi-muc/';

/** MiniSearch's options for both indexes: one field of folded words, split on spaces. */
export const ENGINE = {
  idField: 'i',
  fields: ['words'],
  extractField: (doc, field) => (field === 'words' ? doc.words.join(' ') : doc[field]),
  tokenize: (s) => s.split(' '),
  processTerm: (t) => t || null,
};

/** A JSON file of the index; rejects on any failure, so a caller can simply try again. */
export function fetchJson(url) {
  return fetch(url, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error('search index: HTTP ' + r.status);
    return r.json();
  });
}
