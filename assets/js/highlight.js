// Marks the words of ?hl= inside the paragraph a search result points to.
import { tokens, wordRanges, appendMarked } from './text.js';

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
    appendMarked(frag, text, ranges, 'hit');
    node.replaceWith(frag);
  }
  target.classList.add('is-search-target');
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}
