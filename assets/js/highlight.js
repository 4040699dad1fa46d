// Marks the words of ?hl= inside the paragraph a search result points to.
import { tokens, wordRanges } from './text.js';

export function markTarget(query, target) {
  const terms = tokens(query);
  if (!terms.length || !target) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue;
    const ranges = wordRanges(text, terms);
    if (!ranges.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'hit';
      mark.textContent = text.slice(s, e);
      frag.append(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  target.classList.add('is-search-target');
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}
