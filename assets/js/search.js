// Site search: loads the build-time index once, ranks with MiniSearch (BM25), then re-ranks for
// Vietnamese: all words before any word, the whole phrase, accents as typed, adjacent syllable pairs.
import MiniSearch from './vendor/minisearch-7.2.0.min.js';
import { tokens, typedWords, phraseStart, phraseWords } from './text.js';

export const INDEX_URL = '/tim-kiem/chi-muc.json';
let loading = null;

/** Loads and indexes once; later calls share the same promise. */
export function loadSearch() {
  if (!loading) {
    loading = fetch(INDEX_URL, { credentials: 'same-origin' })
      .then((r) => {
        if (!r.ok) throw new Error('search index: HTTP ' + r.status);
        return r.json();
      })
      .then(buildIndex);
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/** An index over data in the format of /tim-kiem/chi-muc.json. */
export function buildIndex(data) {
  const docs = data.docs.map(([s, id, text], i) => {
    const section = data.sections[s];
    return {
      i, id, text,
      url: section[0], label: section[1], title: section[2],
      words: tokens(text),
      runs: phraseWords(text),
      typed: new Set(typedWords(text)),
    };
  });
  const engine = new MiniSearch({
    idField: 'i',
    fields: ['words'],
    extractField: (doc, field) => (field === 'words' ? doc.words.join(' ') : doc[field]),
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t || null,
  });
  engine.addAll(docs);
  return { docs, engine };
}

function adjacentPairs(words, terms) {
  let count = 0;
  for (let k = 0; k + 1 < terms.length; k++) {
    if (phraseStart(words, [terms[k], terms[k + 1]], k + 2 === terms.length) >= 0) count++;
  }
  return count;
}

/**
 * Ranked results for a query: [{ doc, terms, score, all, phrase, accents, pairs }].
 * No fuzzy matching: one edit turns a Vietnamese syllable into another real word.
 */
export function search(index, query, limit = 50) {
  const terms = tokens(query);
  if (!terms.length) return { terms, results: [] };
  const typed = typedWords(query).filter((w) => tokens(w).join('') !== w);
  const options = {
    prefix: (term, i, all) => i === all.length - 1,
    fuzzy: false,
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
  };
  const q = terms.join(' ');
  const found = new Map();
  for (const hit of index.engine.search(q, { ...options, combineWith: 'AND' })) {
    found.set(hit.id, { hit, all: true });
  }
  if (terms.length > 1) {
    for (const hit of index.engine.search(q, { ...options, combineWith: 'OR' })) {
      if (!found.has(hit.id)) found.set(hit.id, { hit, all: false });
    }
  }
  const results = [];
  for (const { hit, all } of found.values()) {
    const doc = index.docs[hit.id];
    results.push({
      doc,
      terms,
      score: hit.score,
      all,
      phrase: terms.length > 1 && phraseStart(doc.runs, terms) >= 0,
      accents: typed.filter((w) => doc.typed.has(w)).length,
      pairs: adjacentPairs(doc.runs, terms),
    });
  }
  results.sort((a, b) => (b.all - a.all) || (b.phrase - a.phrase) || (b.accents - a.accents)
    || (b.pairs - a.pairs) || (b.score - a.score) || (a.doc.i - b.doc.i));
  return { terms, results: results.slice(0, limit) };
}
