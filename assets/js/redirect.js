// Old addresses keep landing on the right paragraph (loaded only where something moved).
// On a redirect page (data-to): go to the new URL with the same #anchor, which a meta refresh would drop.
// On the full-text page (data-moved="old:new ..."): an old #ii-4-2-doan-3 whose section moved becomes
// #<new id>-doan-3, trying the longest old id first and only ids that exist on the page.
(function () {
  'use strict';
  var script = document.currentScript;
  var to = script && script.getAttribute('data-to');
  if (to) {
    location.replace(to + location.hash);
    return;
  }
  var pairs = (script && script.getAttribute('data-moved') || '').split(' ').filter(Boolean)
    .map(function (p) { return p.split(':'); })
    .sort(function (a, b) { return b[0].length - a[0].length; });

  function land() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) {
      return;
    }
    for (var i = 0; i < pairs.length; i++) {
      var old = pairs[i][0];
      var candidate = id === old ? pairs[i][1]
        : id.indexOf(old + '-') === 0 ? pairs[i][1] + id.slice(old.length) : null;
      if (candidate && document.getElementById(candidate)) {
        location.replace('#' + candidate);
        return;
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', land);
  } else {
    land();
  }
  window.addEventListener('hashchange', land);
})();
