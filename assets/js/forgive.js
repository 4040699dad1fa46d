// Search that forgives how people type: a query the index does not know is rewritten against the
// index's own vocabulary. Telex or VNI keystrokes left as letters ("chuyeenr", "chuyen5"), syllables
// run together ("chuyendoiso"), one wrong letter in a syllable ("kinh tee" is Telex, "nong nghiepp"
// a typo). Runs in the search worker, after the literal query, and only for words the index lacks.
import { fold } from './text.js';

const TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const VNI_TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VOWEL = /[aăâeêioôơuưy]/u;
const FINALS = /^(c|ch|m|n|ng|nh|p|t|)$/;
const TELEX = [['dd', 'đ'], ['uow', 'ươ'], ['uwow', 'ươ'], ['uwo', 'ươ'], ['aa', 'â'], ['aw', 'ă'],
  ['ee', 'ê'], ['oo', 'ô'], ['ow', 'ơ'], ['uw', 'ư'], ['w', 'ư']];

/**
 * Folded syllables of the index, how often each occurs, its written forms ([form, paragraphs with it],
 * in order of first occurrence) and adjacent pairs. SearchShards.java writes the same for the split index.
 */
export function vocabulary(docs) {
  const forms = new Map();
  const pairs = new Set();
  for (const doc of docs) {
    for (const w of doc.typed) {
      const f = fold(w);
      if (!forms.has(f)) forms.set(f, new Map());
      forms.get(f).set(w, (forms.get(f).get(w) || 0) + 1);
    }
    for (let k = 0; k + 1 < doc.runs.length; k++) {
      if (doc.runs[k] && doc.runs[k + 1]) pairs.add(doc.runs[k] + ' ' + doc.runs[k + 1]);
    }
  }
  const count = new Map();
  for (const doc of docs) for (const w of doc.words) count.set(w, (count.get(w) || 0) + 1);
  return { forms: new Map([...forms].map(([f, m]) => [f, [...m]])), count, pairs };
}

/** A syllable as NFC letters without tone, and its tone mark ('' for none). */
function parts(word) {
  const nfd = word.normalize('NFD');
  const tone = (nfd.match(TONE_MARKS) || [''])[0];
  return { base: nfd.replace(TONE_MARKS, '').normalize('NFC'), tone };
}

/** Telex keystrokes as letters ("chuyeenr") -> { base: "chuyên", tone }, or null when none apply. */
export function telex(word) {
  if (!/^[a-z]+$/.test(word)) return null;
  let w = word;
  let tone = '';
  const m = /^([^aeiouy]*[aeiouyw]+)([sfrxj]?)([^aeiouyw]*?)([sfrxj]?)$/.exec(w);
  if (m && (m[2] || m[4]) && !(m[2] && m[4]) && FINALS.test(m[3])) {
    tone = TONES[m[2] || m[4]];
    w = m[1] + m[3];
  }
  for (const [keys, letter] of TELEX) w = w.split(keys).join(letter);
  if (w === word || !VOWEL.test(w)) return null;
  return { base: w, tone };
}

/** VNI digits left in a word ("chuye6n3", "d9oi3") -> { base, tone }, or null when it has none. */
export function vni(word) {
  if (!/^[a-z]+[a-z1-9]*$/.test(word) || !/[1-9]/.test(word)) return null;
  const digits = word.replace(/[a-z]/g, '');
  let w = word.replace(/[1-9]/g, '');
  let tone = '';
  for (const d of digits) {
    if (d <= '5') tone = VNI_TONES[d];
    else if (d === '9') w = w.replace('d', 'đ');
    else if (d === '8') w = w.replace(/a(?!.*a)/, 'ă');
    else if (d === '6') w = w.replace(/([aeo])(?!.*[aeo])/, (v) => ({ a: 'â', e: 'ê', o: 'ô' })[v]);
    else if (d === '7') w = /uo/.test(w) ? w.replace('uo', 'ươ') : w.replace(/([ou])(?!.*[ou])/, (v) => (v === 'o' ? 'ơ' : 'ư'));
  }
  return { base: w, tone };
}

function editOne(a, b) {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Splits run-together syllables into known ones: fewest pieces, then most known pairs, then most common. */
function split(word, vocab) {
  const n = word.length;
  const best = [{ pieces: [], score: [0, 0, 0] }];
  for (let i = 1; i <= n; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 7); j < i; j++) {
      const piece = word.slice(j, i);
      if (!best[j] || !vocab.count.has(piece)) continue;
      const prev = best[j].pieces;
      const score = [best[j].score[0] + 1,
        best[j].score[1] - (prev.length && vocab.pairs.has(prev[prev.length - 1] + ' ' + piece) ? 1 : 0),
        best[j].score[2] - Math.log(vocab.count.get(piece))];
      const cur = best[i];
      if (!cur || score[0] < cur.score[0] || (score[0] === cur.score[0] && (score[1] < cur.score[1]
        || (score[1] === cur.score[1] && score[2] < cur.score[2])))) best[i] = { pieces: [...prev, piece], score };
    }
  }
  return best[n] && best[n].pieces.length > 1 ? best[n].pieces : null;
}

/** Known syllables for one unknown word: [{ folded, hint }] (hint: decoded letters and tone), or null. */
function mend(word, vocab) {
  for (const decoded of [telex(word), vni(word)]) {
    if (decoded && vocab.count.has(fold(decoded.base))) return [{ folded: fold(decoded.base), hint: decoded }];
  }
  const pieces = split(word, vocab);
  if (pieces) return pieces.map((folded) => ({ folded, hint: null }));
  if (word.length < 3) return null;
  let near = null;
  for (const [w, c] of vocab.count) {
    if (editOne(word, w) && (!near || c > vocab.count.get(near))) near = w;
  }
  return near ? [{ folded: near, hint: null }] : null;
}

/**
 * The query rewritten into syllables the index knows, or null when every word is known already.
 * Known words are kept as typed; the last word counts as known when it begins a known one.
 */
export function rewrite(terms, vocab) {
  const out = [];
  let changed = false;
  terms.forEach((t, i) => {
    const known = vocab.count.has(t)
      || (i === terms.length - 1 && [...vocab.count.keys()].some((w) => w.startsWith(t)));
    const mended = known ? null : mend(t, vocab);
    if (mended) changed = true;
    out.push(...(mended || [{ folded: t, hint: null }]));
  });
  return changed ? out : null;
}

/**
 * The written form of each rewritten syllable, from the index's own text: the decoded letters and tone
 * when both were typed, else as the syllables stand in `textWords` (the best result), else the
 * decoded letters, else the most common form.
 */
export function spell(syllables, vocab, textWords) {
  return syllables.map(({ folded, hint }, k) => {
    const forms = vocab.forms.get(folded) || [[folded, 1]];
    const like = (tone) => (forms.find(([f]) => { const p = parts(f); return p.base === hint.base && (tone || p.tone === hint.tone); }) || [])[0];
    if (hint && hint.tone && like(false)) return like(false);
    const seen = textWords && textWords[k];
    if (seen && fold(seen) === folded) return seen;
    if (hint && like(true)) return like(true);
    return [...forms].sort((a, b) => b[1] - a[1])[0][0];
  });
}
