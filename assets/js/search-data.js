// Where the search index lives and how it is fetched: shared by the search page (which hands the
// bytes to its worker) and search.js (which indexes them where it runs).

export const INDEX_URL = '/tim-kiem/chi-muc.json';

/** The index file's bytes; rejects on any failure, so a caller can simply try again. */
export function fetchIndex() {
  return fetch(INDEX_URL, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error('search index: HTTP ' + r.status);
    return r.arrayBuffer();
  });
}

/** The index data from its bytes. */
export function parseIndex(buffer) {
  return JSON.parse(new TextDecoder().decode(buffer));
}
