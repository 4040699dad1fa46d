// Live reload for the preview only (added to pages by the preview server, never part of the site).
// A page of an older build reloads itself, keeping its scroll position; a failed build's message is
// shown over the page, as text, while the page (the last good one) stays.
//
// The page long-polls the preview's state: one request at a time, each answered with a whole response,
// so a reload never leaves a connection behind (an event stream's would stay taken in Chromium until
// the server ended it: after six reloads the page stopped reloading). Hidden or left pages poll not.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  var KEY = 'xem-truoc-vi-tri';

  restoreScroll();

  // Back where the page was before it reloaded itself. The site scrolls smoothly (CSS), so every scroll
  // here is 'instant': a smooth one is still under way when read or overtaken. Once now (the styles are in
  // before a deferred script runs), then once more after the load and the fonts, when the layout is final;
  // the browser's own restoration is off for this reload, and a reader who scrolls meanwhile wins.
  function restoreScroll() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
      sessionStorage.removeItem(KEY);
    } catch (e) {
      return; // storage unavailable: the page opens at its #anchor
    }
    if (!saved || saved.path !== location.pathname + location.search) {
      return;
    }
    var moved = false;
    var intents = ['wheel', 'touchstart', 'keydown', 'mousedown'];
    function byReader() { moved = true; }
    intents.forEach(function (t) { window.addEventListener(t, byReader, { passive: true, once: true }); });
    function place() {
      if (!moved) {
        window.scrollTo({ left: saved.x, top: saved.y, behavior: 'instant' });
      }
    }
    place();
    window.addEventListener('load', function () {
      var fonts = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
      fonts.then(function () {
        requestAnimationFrame(function () {
          place();
          intents.forEach(function (t) { window.removeEventListener(t, byReader); });
          try { history.scrollRestoration = 'auto'; } catch (e) { /* kept manual */ }
        });
      });
    });
  }

  var reloading = false;

  function reload() {
    reloading = true;
    stop();
    try {
      sessionStorage.setItem(KEY, JSON.stringify({
        path: location.pathname + location.search, x: window.scrollX, y: window.scrollY
      }));
      history.scrollRestoration = 'manual'; // this script restores the position, once the page is ready
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

  if (!window.fetch || !window.AbortController) {
    return;
  }

  var known = null;   // the state's version last seen
  var asking = null;  // the poll under way
  var retry = null;   // the timer of the next try after an error
  var pause = 500;

  function poll() {
    if (asking || reloading) {
      return;
    }
    var ask = new AbortController();
    asking = ask;
    fetch('/__xem-truoc/su-kien' + (known === null ? '' : '?sau=' + known), { cache: 'no-store', signal: ask.signal })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (state) {
        if (asking !== ask) {
          return;
        }
        asking = null;
        pause = 500;
        known = state.version;
        if (String(state.build) !== pageBuild) {
          reload();
          return;
        }
        if (state.failed) {
          showFailure(state.failed);
        } else if (overlay) {
          overlay.hidden = true;
        }
        poll();
      })
      .catch(function () {
        if (asking !== ask) {
          return; // stopped: the page is hidden or leaving
        }
        asking = null;
        // The preview stopped or restarted: try again, less often the longer it lasts.
        retry = setTimeout(function () { retry = null; poll(); }, pause);
        pause = Math.min(pause * 2, 8000);
      });
  }

  function stop() {
    if (asking) {
      var ask = asking;
      asking = null;
      ask.abort();
    }
    if (retry) {
      clearTimeout(retry);
      retry = null;
    }
  }

  // A hidden or left page holds no request (a browser opens only six connections to one server); shown
  // again, it asks at once whether it is still the last build.
  function resume() {
    known = null;
    poll();
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden) {
      stop();
    } else {
      resume();
    }
  });
  window.addEventListener('pagehide', stop);
  window.addEventListener('pageshow', function (e) {
    if (e.persisted && !document.hidden) {
      resume();
    }
  });
  if (!document.hidden) {
    poll();
  }
})();
