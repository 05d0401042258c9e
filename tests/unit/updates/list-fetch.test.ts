import { describe, expect, it } from 'vitest';
import { fetchListBody, urlProblem } from '../../../src/background/list-fetch';

const URL = 'https://lists.test/l.json';

/** A fetch whose body streams `chunks` and then either ends or hangs until aborted. */
function streamingFetch(chunks: Uint8Array[], opts: { hang?: boolean; status?: number; headers?: Record<string, string> } = {}): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        if (i < chunks.length) ctrl.enqueue(chunks[i++]!);
        else if (!opts.hang) ctrl.close();
        else return new Promise<void>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      },
    });
    return new Response(body, { status: opts.status ?? 200, headers: opts.headers });
  }) as typeof fetch;
}

describe('fetchListBody', () => {
  it('returns the body and its ETag, and sends If-None-Match', async () => {
    let sent: Record<string, string> = {};
    const f = (async (_u: string, init: RequestInit) => {
      sent = init.headers as Record<string, string>;
      return new Response('{"a":1}', { headers: { etag: '"x"' } });
    }) as typeof fetch;
    expect(await fetchListBody(URL, { etag: '"old"', fetchImpl: f })).toMatchObject({ kind: 'body', text: '{"a":1}', etag: '"x"' });
    expect(sent['if-none-match']).toBe('"old"');
  });
  it('aborts a body beyond the cap while streaming', async () => {
    let pulled = 0;
    const big = new Uint8Array(64 * 1024);
    const f = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(c) {
            pulled++;
            c.enqueue(big);
          },
        }),
      )) as unknown as typeof fetch;
    const r = await fetchListBody(URL, { maxBytes: 1_000_000, fetchImpl: f });
    expect(r).toMatchObject({ kind: 'error', reason: expect.stringMatching(/larger than 1000000 bytes/) });
    expect(pulled).toBeLessThan(40);
  });
  it('refuses a declared Content-Length beyond the cap without reading', async () => {
    const r = await fetchListBody(URL, { maxBytes: 10, fetchImpl: streamingFetch([new Uint8Array(5)], { headers: { 'content-length': '5000000' } }) });
    expect(r).toMatchObject({ kind: 'error', reason: expect.stringMatching(/too large \(5000000 bytes/) });
  });
  it('times out a body that never ends', async () => {
    const r = await fetchListBody(URL, { timeoutMs: 200, fetchImpl: streamingFetch([new TextEncoder().encode('{"format":')], { hang: true }) });
    expect(r).toMatchObject({ kind: 'error', reason: expect.stringMatching(/did not finish sending the list within 0 s|within/) });
  });
  it('reports HTTP errors, 304 and non-UTF-8 bodies', async () => {
    expect(await fetchListBody(URL, { fetchImpl: streamingFetch([], { status: 500 }) })).toMatchObject({ reason: expect.stringMatching(/HTTP 500/) });
    expect(await fetchListBody(URL, { fetchImpl: (async () => new Response(null, { status: 304 })) as unknown as typeof fetch })).toMatchObject({ kind: 'not-modified' });
    expect(await fetchListBody(URL, { fetchImpl: streamingFetch([new Uint8Array([0xff, 0xfe, 0x00])]) })).toMatchObject({ reason: expect.stringMatching(/not UTF-8/) });
  });
  it('allows https anywhere and http only on loopback', () => {
    expect(urlProblem('https://a.example/x')).toBeNull();
    expect(urlProblem('http://127.0.0.1:4194/x')).toBeNull();
    expect(urlProblem('http://localhost/x')).toBeNull();
    expect(urlProblem('http://a.example/x')).toMatch(/https/);
    expect(urlProblem('file:///etc/passwd')).toMatch(/https/);
    expect(urlProblem('nonsense')).toMatch(/not a URL/);
  });
});

describe('fetchListBody preflight fallback', () => {
  it('retries once without If-None-Match when the request fails before any header', async () => {
    const seen: (string | undefined)[] = [];
    const f = (async (_u: string, init: RequestInit) => {
      const inm = (init.headers as Record<string, string>)['if-none-match'];
      seen.push(inm);
      if (inm) throw new TypeError('Failed to fetch');
      return new Response('{}');
    }) as typeof fetch;
    expect(await fetchListBody(URL, { etag: '"e"', fetchImpl: f })).toMatchObject({ kind: 'body', text: '{}' });
    expect(seen).toEqual(['"e"', undefined]);
  });
});
