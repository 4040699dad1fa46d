// Site search: ranks with MiniSearch (BM25), then re-ranks for Vietnamese: all words before any
// word, the whole phrase, accents as typed, adjacent syllable pairs. The same code runs over the split
// index (search-shards.js), which fetches what a query needs, and over the whole one, which a small
// site loads instead (it is then smaller than a query's parts).
// The search page runs it in a worker (search-worker.js), off the main thread.
import MiniSearch from './vendor/minisearch-7.2.0.min.js';
import { fold, tokens, typedWords, phraseStart, phraseWords, wordRanges, focusOf } from './text.js';
import { ENGINE, INDEX_URL, fetchJson } from './search-data.js';
import { openShards, readCommon } from './search-shards.js';
import { vocabulary, rewrite, spell } from './forgive.js';

export { INDEX_URL, SHARDS_URL } from './search-data.js';
export { openShards } from './search-shards.js';
const SNIPPET = 260;
const WORD = /[\p{L}\p{N}]+/gu;
const READY = Promise.resolve();
let loading = null;

/**
 * Opens the index once on this thread: the split one, or the whole one when the split index's common file
 * says so (a small site, whose whole index is smaller than a query's parts). Later calls share the same
 * promise; a failure is forgotten.
 */
export function loadSearch() {
  if (!loading) {
    loading = readCommon().then((meta) => (meta.whole ? fetchJson(INDEX_URL).then(buildIndex) : openShards(undefined, meta)));
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/**
 * An index over the whole data, in the format of /tim-kiem/chi-muc.json. Each entry knows its
 * document (the id in data.documents, or null when the data names none).
 */
export function buildIndex(data) {
  const documents = data.documents || [];
  const docs = data.docs.map(([s, id, text], i) => {
    const section = data.sections[s];
    return {
      i, id, text,
      url: section[0], label: section[1], title: section[2],
      document: section[4] == null ? null : documents[section[4]],
      words: tokens(text),
      runs: phraseWords(text),
      typed: new Set(typedWords(text)),
    };
  });
  const engine = new MiniSearch(ENGINE);
  engine.addAll(docs);
  return {
    docs, documents, engine, vocab: vocabulary(docs),
    need: () => READY, needVocab: () => READY, needTexts: () => READY,
  };
}

function adjacentPairs(words, terms) {
  let count = 0;
  for (let k = 0; k + 1 < terms.length; k++) {
    if (phraseStart(words, [terms[k], terms[k + 1]], k + 2 === terms.length) >= 0) count++;
  }
  return count;
}

/**
 * Ranked results for a query: [{ doc, terms, score, all, phrase, accents, pairs }], only from the
 * document with id `within` when it is given. Only when the literal query finds no paragraph with
 * all its words (so the index lacks one of them) is it rewritten by forgive.js: the rewritten query's
 * results come first, then the literal any-word ones, and `suggestion` holds the rewrite as written in
 * the index ("chuyển đổi số"). Words the index knows are never changed: one edit turns a Vietnamese
 * syllable into another real word. Resolves once the index has loaded what the query needs.
 */
export async function search(index, query, limit = 50, within = null) {
  const terms = tokens(query);
  if (!terms.length) return { terms, results: [] };
  const typed = typedWords(query).filter((w) => tokens(w).join('') !== w);
  await index.need(terms, tokens(typed.join(' ')));
  const results = ranked(index, terms, typed, within, limit);
  if (results.some((r) => r.all)) return { terms, results: results.slice(0, limit) };
  await index.needVocab();
  const syllables = rewrite(terms, index.vocab);
  if (!syllables) return { terms, results: results.slice(0, limit) };
  const folded = syllables.map((s) => s.folded);
  const hinted = syllables.filter((s) => s.hint && s.hint.tone).map((s) => spell([s], index.vocab)[0]);
  await index.need(folded, tokens(hinted.join(' ')));
  const more = ranked(index, folded, hinted, within, limit);
  if (!more.length) return { terms, results: results.slice(0, limit) };
  const seen = new Set(more.map((r) => r.doc.i));
  const merged = [...more, ...results.filter((r) => !seen.has(r.doc.i))];
  const best = more.find((r) => r.phrase) || more[0];
  await index.needTexts([best.doc.i]);
  const suggestion = spell(syllables, index.vocab, best && writtenAs(best.doc.text, folded)).join(' ');
  return { terms, results: merged.slice(0, limit), rewritten: folded, suggestion };
}

/**
 * How `text` writes each of `terms` (lowercased): the words where they stand in a row if they do,
 * else the first word of the text with the same folded form (undefined when none).
 */
function writtenAs(text, terms) {
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((m) => m[0].normalize('NFC').toLowerCase());
  const folded = words.map(fold);
  const at = phraseStart(folded, terms, false);
  return at >= 0 ? words.slice(at, at + terms.length) : terms.map((t) => words[folded.indexOf(t)]);
}

/**
 * Paragraphs with all the terms, ranked, then those with some: skipped when `limit` have all of them,
 * since every paragraph with all the terms ranks before any with some.
 */
function ranked(index, terms, typed, within, limit) {
  const options = {
    prefix: (term, i, all) => i === all.length - 1,
    fuzzy: false,
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
  }; // the last word as a prefix: search-shards.js loads the shards this reaches
  if (within) options.filter = (hit) => index.docs[hit.id].document === within;
  const q = terms.join(' ');
  const found = new Map();
  for (const hit of index.engine.search(q, { ...options, combineWith: 'AND' })) {
    found.set(hit.id, { hit, all: true });
  }
  if (terms.length > 1 && found.size < limit) {
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
  return results;
}

/**
 * At most SNIPPET characters of `text` around the words best matching `terms`, cut at spaces,
 * with the [start, end) ranges of the matched words in it.
 */
export function snippet(text, terms) {
  const ranges = wordRanges(text, terms);
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

/**
 * What the search page shows for a query: plain data (it crosses from the worker to the page), the
 * first `count` results with their address, place, document and snippet already cut and marked (only
 * their texts are downloaded), and how many results there are (`total`), with all the words (`full`).
 */
export async function answer(index, query, within = null, count = Infinity) {
  const found = await search(index, query, 50, within);
  const shown = found.results.slice(0, count);
  await index.needTexts(shown.map((r) => r.doc.i));
  return {
    terms: found.terms,
    suggestion: found.suggestion || null,
    total: found.results.length,
    full: found.results.filter((r) => r.all).length,
    results: shown.map(({ doc, all, terms }) => ({
      url: doc.url, id: doc.id, label: doc.label, title: doc.title, document: doc.document, all,
      snippet: snippet(doc.text, terms),
      ...(terms === found.terms ? {} : { hl: terms.join(' ') }),
    })),
  };
}
