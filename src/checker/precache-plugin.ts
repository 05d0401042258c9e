/**
 * Vite plugin for the web checker's offline and install support:
 *  - writes `manifest.webmanifest` (web app manifest, names and colours from the branding) and links it,
 *    with the theme colour and icons, from index.html;
 *  - after the build is written, lists every output file (but LAZY_FILES) and writes that list and a content hash into
 *    sw.js (replacing the `__LURELENS_PRECACHE__` placeholder), so the service worker caches the whole app and
 *    a build with different files yields a different sw.js (which is how browsers notice an update).
 * All paths are relative, so the output can be hosted under any folder of any static host.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { CheckerBranding } from './branding';
import { logoSvg } from './campaign-branding';

const PLACEHOLDER = '__LURELENS_PRECACHE__';
/**
 * Files left out of the install-time precache: the list verifier (src/list/validate.ts with its regex analysers,
 * ~1.2 MB) is loaded only when a signed list arrives, and the service worker caches it on that first use.
 */
export const LAZY_FILES = /^assets\/validate-[^/]*\.js$/;
const SW_FILE = 'sw.js';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

/** The web app manifest for `b` (start_url and scope "./": the folder the checker is hosted in). */
export function webManifest(b: CheckerBranding): Record<string, unknown> {
  const icons = b.logo
    ? [
        { src: b.logo.src, sizes: `${b.logo.size}x${b.logo.size}`, type: 'image/png', purpose: 'any' },
        { src: b.logo.src.replace(/\.png$/, '.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: b.logo.src.replace(/\.png$/, '.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ]
    : [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ];
  return {
    name: b.name,
    short_name: b.shortName,
    description: b.description,
    lang: (b.languages?.[0] ?? 'en').replace('_', '-'),
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: b.backgroundColor,
    theme_color: b.themeColor,
    icons,
  };
}

/**
 * @param branding names and colours for the manifest and theme colour
 * @param logo a campaign logo's PNG bytes, emitted at `branding.logo.src`
 */
export function checkerPwa(branding: CheckerBranding, logo?: Uint8Array): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'lurelens-checker-pwa',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml() {
      // Built pages may only talk to their own origin (a defence in depth for the page itself; the engine worker
      // gets its CSP from the host's response headers, if any). Not in dev: Vite's client needs a websocket.
      // The list origins are the one exception: the engine worker downloads the signed indicator list from them.
      const listOrigins = [...new Set(branding.list.urls.map((u) => new URL(u).origin))].join(' ');
      const csp =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; " +
        `connect-src 'self'${listOrigins ? ' ' + listOrigins : ''}; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`;
      return [
        ...(config.command === 'build'
          ? [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' as const }]
          : []),
        { tag: 'link', attrs: { rel: 'manifest', href: 'manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: branding.themeColor }, injectTo: 'head' },
        branding.logo
          ? { tag: 'link', attrs: { rel: 'icon', href: branding.logo.src, type: 'image/png' }, injectTo: 'head' as const }
          : { tag: 'link', attrs: { rel: 'icon', href: 'icons/icon.svg', type: 'image/svg+xml' }, injectTo: 'head' as const },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: branding.logo?.src ?? 'icons/icon-192.png' }, injectTo: 'head' },
      ];
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith('/manifest.webmanifest')) return next();
        res.setHeader('content-type', 'application/manifest+json');
        res.end(JSON.stringify(webManifest(branding), null, 2));
      });
    },
    generateBundle() {
      if (logo && branding.logo) {
        this.emitFile({ type: 'asset', fileName: branding.logo.src, source: logo });
        this.emitFile({ type: 'asset', fileName: branding.logo.src.replace(/\.png$/, '.svg'), source: logoSvg(logo, branding.themeColor) });
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(webManifest(branding), null, 2) });
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const outDir = config.build.outDir;
      const swPath = join(outDir, SW_FILE);
      const files = (await listFiles(outDir))
        .map((p) => relative(outDir, p).split(sep).join('/'))
        .filter((f) => f !== SW_FILE && !f.endsWith('.map') && !LAZY_FILES.test(f))
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update('\0').update(await readFile(join(outDir, f)));
      const precache = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
      const sw = await readFile(swPath, 'utf8');
      if (!sw.includes(PLACEHOLDER)) throw new Error(`${SW_FILE}: placeholder ${PLACEHOLDER} not found; the precache list cannot be written`);
      await writeFile(swPath, sw.split(PLACEHOLDER).join(`(${JSON.stringify(precache)})`));
    },
  };
}
