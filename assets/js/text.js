// Vietnamese folding and word matching, shared by search and highlighting.
// fold() and tokens() must equal vn.cantho.kehoach.content.Fold: both are checked against
// src/test/resources/search/fold-vectors.json.

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** NFD, combining marks stripped, đ/Đ to d, lowercase: "Đầu tư" -> "dau tu". */
export function fold(text) {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Folded tokens, split on anything that is not a letter or digit. */
export function tokens(text) {
  return fold(text).split(NON_WORD).filter(Boolean);
}

/** Folded tokens with '' where punctuation breaks the sentence, so a phrase never spans ", " or ". ". */
export function phraseWords(text) {
  return text.split(/[,.;:!?()“”"…]+/u).flatMap((part, i) => (i ? ['', ...tokens(part)] : tokens(part)));
}

/** Words of a query as typed (NFC, lowercase), for rewarding exact accents. */
export function typedWords(text) {
  return (text.normalize('NFC').toLowerCase().match(WORD) || []);
}

/**
 * [start, end) ranges of the words of `text` that match the folded query terms; the last term
 * also matches as a prefix (search-as-you-type).
 */
export function wordRanges(text, terms) {
  const ranges = [];
  if (!terms.length) return ranges;
  const last = terms[terms.length - 1];
  const exact = new Set(terms);
  for (const m of text.matchAll(WORD)) {
    const w = fold(m[0]);
    if (exact.has(w) || w.startsWith(last)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * Index in `words` (folded) where `terms` stand as consecutive words (the last term also as a
 * prefix, unless prefixLast is false); -1 when they do not.
 */
export function phraseStart(words, terms, prefixLast = true) {
  const n = terms.length;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let k = 0; k < n; k++) {
      const w = words[i + k];
      if (prefixLast && k === n - 1 ? !w.startsWith(terms[k]) : w !== terms[k]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Where a snippet of `text` should start to show the query best: at the whole phrase if the text
 * has it, else where most matched words fall within `width` characters.
 */
export function focusOf(text, terms, ranges, width) {
  if (!ranges.length) return 0;
  if (terms.length > 1) {
    const matches = [...text.matchAll(WORD)];
    const at = phraseStart(matches.map((m) => fold(m[0])), terms);
    if (at >= 0) return matches[at].index;
  }
  let best = ranges[0][0];
  let bestCount = 0;
  for (const [start] of ranges) {
    const count = ranges.filter(([s, e]) => s >= start && e <= start + width).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/** Appends `text` to `parent` as text nodes, with the given ranges wrapped in <mark>. */
export function appendMarked(parent, text, ranges, className = '') {
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    if (className) mark.className = className;
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}
