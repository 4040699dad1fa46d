// Offline reading. Pages and the search index: network first, the last copy read when offline.
// Content-hashed CSS and JS: cache first (a hashed name never changes content).
// Served from the site root so that it can look after every page; it never touches other origins.
const PAGES = 'kh32-pages-v1';
const ASSETS = 'kh32-assets-v1';
const HASHED = /\.[0-9a-f]{10}\.(css|js)$/;
const OFFLINE = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
  + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Đang ngoại tuyến</title></head>'
  + '<body><h1>Đang ngoại tuyến</h1><p>Không có kết nối mạng, và trang này chưa được lưu trên máy bạn. '
  + 'Các trang bạn đã đọc trước đó vẫn mở được khi không có mạng.</p><p><a href="/">Về trang chủ</a></p></body></html>';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== PAGES && k !== ASSETS).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The page that registered the worker loaded before it: it asks to have itself and its files kept.
self.addEventListener('message', (event) => {
  const { page, files } = event.data || {};
  if (typeof page !== 'string' || !Array.isArray(files)) return;
  event.waitUntil(Promise.all([
    caches.open(PAGES).then((cache) => cache.match(page).then((hit) => hit || cache.add(page))),
    caches.open(ASSETS).then((cache) => cache.addAll(files.filter((f) => HASHED.test(new URL(f, self.location).pathname)))),
  ]).catch(() => {}));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.open(ASSETS).then((cache) => cache.match(request).then((hit) => hit
      || fetch(request).then((response) => {
        if (response.ok) cache.put(request, response.clone());
        return response;
      }))));
    return;
  }
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(PAGES).then((cache) => cache.put(url.pathname, copy));
    }
    return response;
  }).catch(() => caches.open(PAGES).then((cache) => cache.match(url.pathname)).then((hit) => hit
    || new Response(OFFLINE, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } }))));
});
