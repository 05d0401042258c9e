/**
 * Fetch one signed-list URL with a timeout, a size cap and ETag / If-None-Match.
 *
 * The timeout covers the whole exchange (headers and body): a server that never finishes its body
 * is cut off. The body is streamed and the request aborted as soon as it passes the cap, so a 5 MB
 * (or endless) body never sits in memory. No cookies are sent; the browser's HTTP cache is bypassed
 * so that our own If-None-Match decides.
 */

/** Default limits. Units: milliseconds, bytes. */
export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 2_600_000 } as const;

export type FetchResult =
  | { kind: 'body'; text: string; etag?: string; url: string }
  | { kind: 'not-modified'; url: string }
  | { kind: 'error'; reason: string; url: string };

export interface FetchOptions {
  etag?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

/**
 * Whether the extension may fetch a list from `url`: https anywhere, plain http only on the
 * loopback host (local tests and a maintainer's own machine).
 * @returns null when allowed, else the reason
 */
export function urlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `not a URL: ${url.slice(0, 80)}`;
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return null;
  return `update URL must use https: ${u.origin}`;
}

/** "https://lists.example.org" for messages (no path or query). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 40);
  }
}

/**
 * GET `url`.
 * @returns the body text (UTF-8) with its ETag, "not-modified" for 304, or an error with a reason a
 *          person can read ("timed out after 20 s", "HTTP 500", "response larger than 2600000 bytes").
 *          Never throws.
 */
export async function fetchListBody(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const r = await fetchOnce(url, opts);
  // If-None-Match makes a cross-origin request "non-simple": a static host that does not answer the
  // CORS preflight fails before any header arrives. Retry once as a plain GET (no ETag saving then).
  if (r.kind === 'error' && opts.etag && r.beforeHeaders && !r.timedOut) return strip(await fetchOnce(url, { ...opts, etag: undefined }));
  return strip(r);
}

type InnerResult = FetchResult & { beforeHeaders?: boolean; timedOut?: boolean };

function strip(r: InnerResult): FetchResult {
  if (r.kind !== 'error') return r;
  return { kind: 'error', reason: r.reason, url: r.url };
}

async function fetchOnce(url: string, opts: FetchOptions): Promise<InnerResult> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const problem = urlProblem(url);
  if (problem) return { kind: 'error', reason: problem, url };
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, timeoutMs);
  const host = hostOf(url);
  let gotHeaders = false;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    const res = await (opts.fetchImpl ?? fetch)(url, { signal: ctrl.signal, headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    gotHeaders = true;
    if (res.url && urlProblem(res.url)) {
      ctrl.abort();
      return { kind: 'error', reason: `${host} redirected to a non-https address`, url };
    }
    if (res.status === 304) {
      ctrl.abort();
      return { kind: 'not-modified', url };
    }
    if (!res.ok) {
      ctrl.abort();
      return { kind: 'error', reason: `${host} answered HTTP ${res.status}`, url };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      ctrl.abort();
      return { kind: 'error', reason: `response from ${host} is too large (${declared} bytes, limit ${maxBytes})`, url };
    }
    const bytes = await readCapped(res, maxBytes, ctrl);
    if (bytes === 'too-large') return { kind: 'error', reason: `response from ${host} is larger than ${maxBytes} bytes`, url };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { kind: 'error', reason: `response from ${host} is not UTF-8 text`, url };
    }
    return { kind: 'body', text, etag: res.headers.get('etag') ?? undefined, url };
  } catch (e) {
    if (timedOut) return { kind: 'error', reason: `${host} did not ${gotHeaders ? 'finish sending the list' : 'answer'} within ${Math.round(timeoutMs / 1000)} s`, url, timedOut: true };
    if (gotHeaders) return { kind: 'error', reason: `download from ${host} was cut off (${(e as Error).message || 'network error'})`, url };
    return { kind: 'error', reason: `cannot reach ${host} (${(e as Error).message || 'network error'})`, url, beforeHeaders: true };
  } finally {
    clearTimeout(timer);
  }
}

/** Read the body up to `maxBytes`; abort the request beyond it. */
async function readCapped(res: Response, maxBytes: number, ctrl: AbortController): Promise<Uint8Array | 'too-large'> {
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    return buf.length > maxBytes ? 'too-large' : buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      ctrl.abort();
      void reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}
