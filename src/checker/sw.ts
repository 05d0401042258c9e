/**
 * Service worker of the web checker: makes the checker work offline after the first visit.
 *
 * On install it caches every file of the build (the list is written into this file at build time by
 * precache-plugin.ts, so each build with different files has a different sw.js and the browser updates it).
 * Requests inside the checker's folder are answered cache-first, falling back to the network; files fetched that
 * way (the list verifier, which is not precached because it is only needed once a list update arrives) are
 * cached on first use. A navigation that is not cached (e.g. "?lang=ar") gets the cached index.html.
 * Requests elsewhere (the signed-list download) are not touched.
 * It never caches or sends anything the user types: the page makes no request carrying the message.
 *
 * Typed with a minimal local declaration because the project's tsconfig uses the DOM lib, not WebWorker.
 */

interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface SwScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', cb: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', cb: (e: FetchEvent) => void): void;
}

/** Replaced at build time by precache-plugin.ts with `{ version, files }` (files relative to the scope). */
declare const __LURELENS_PRECACHE__: { version: string; files: string[] };

const sw = self as unknown as SwScope;
const PRECACHE = __LURELENS_PRECACHE__;
const CACHE_PREFIX = 'lurelens-checker-';
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const scope = (): string => sw.registration.scope;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(PRECACHE.files.map((f) => new Request(new URL(f, scope()).href, { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || !req.url.startsWith(scope())) return;
  e.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req, { ignoreSearch: req.mode === 'navigate' });
      if (hit) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic' && req.mode !== 'navigate') await cache.put(req, res.clone());
        return res;
      } catch (err) {
        if (req.mode === 'navigate') {
          const index = await cache.match(new URL('index.html', scope()).href);
          if (index) return index;
        }
        throw err;
      }
    })(),
  );
});
