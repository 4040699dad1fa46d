// Live reload for the preview only (added to pages by the preview server, never part of the site).
// A page of an older build reloads itself, keeping its scroll position; a failed build's message is
// shown over the page, as text, while the page (the last good one) stays.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  var KEY = 'xem-truoc-vi-tri';

  try {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    sessionStorage.removeItem(KEY);
    if (saved && saved.path === location.pathname + location.search) {
      window.scrollTo(saved.x, saved.y);
      // Before the styles and images are in, the page may be too short to get there: again once loaded.
      window.addEventListener('load', function () {
        if (Math.abs(window.scrollY - saved.y) > 1 || Math.abs(window.scrollX - saved.x) > 1) {
          window.scrollTo(saved.x, saved.y);
        }
      });
    }
  } catch (e) { /* storage unavailable: the page opens at its #anchor */ }

  function reload() {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({
        path: location.pathname + location.search, x: window.scrollX, y: window.scrollY
      }));
    } catch (e) { /* reload without keeping the position */ }
    location.reload();
  }

  var overlay = null;

  function showFailure(message) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'xem-truoc-loi';
      overlay.setAttribute('role', 'alert');
      var s = overlay.style;
      s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.zIndex = '2147483647';
      s.maxHeight = '60vh'; s.overflow = 'auto'; s.margin = '0'; s.padding = '1rem';
      s.background = '#fff4f4'; s.color = '#5c0000'; s.borderTop = '4px solid #b00020';
      s.font = '14px/1.5 system-ui, sans-serif';
      var title = document.createElement('strong');
      title.textContent = 'Dựng trang thất bại. Trang đang xem là bản dựng tốt gần nhất.';
      var text = document.createElement('pre');
      text.className = 'xem-truoc-loi__thong-bao';
      text.style.whiteSpace = 'pre-wrap';
      text.style.font = '13px/1.5 ui-monospace, monospace';
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Đóng';
      close.style.minHeight = '44px';
      close.addEventListener('click', function () { overlay.hidden = true; });
      overlay.appendChild(title);
      overlay.appendChild(text);
      overlay.appendChild(close);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = message;
    overlay.hidden = false;
  }

  if (!window.EventSource) {
    return;
  }
  // A hidden tab closes its stream (a browser opens only six connections to one server) and, shown
  // again, reopens it: the first event then says whether the page is still the last build.
  var events = null;

  function listen() {
    events = new EventSource('/__xem-truoc/su-kien');
    events.addEventListener('build', function (e) {
      if (e.data !== pageBuild) {
        events.close();
        reload();
      } else if (overlay) {
        overlay.hidden = true;
      }
    });
    events.addEventListener('failed', function (e) {
      showFailure(e.data);
    });
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden && events) {
      events.close();
      events = null;
    } else if (!document.hidden && !events) {
      listen();
    }
  });
  if (!document.hidden) {
    listen();
  }
})();
