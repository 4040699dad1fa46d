// Progressive enhancements for every page. The site works without this file.

// Search: load the index and library only when the reader starts to search.
const box = document.querySelector('.search-form .search-input');
if (box) {
  box.addEventListener('focus', () => { import('./search.js').then((m) => m.loadSearch()).catch(() => {}); }, { once: true });
}

// Arriving from a search result: mark the words in the target paragraph.
const hl = new URLSearchParams(location.search).get('hl');
if (hl && location.hash.length > 1) {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) import('./highlight.js').then((m) => m.markTarget(hl, target));
}
