/**
 * End-to-end: signed indicator-list updates against a hostile local update server (update-server.mjs,
 * 127.0.0.1, a free port). The test generates a throwaway TEST key at run time, registers it as trusted
 * through the extension's storage.session override (with the server URL), and derives every list from
 * the bundled document (`lure-lens list bundled`).
 *
 * The good update adds one hard indicator for an invented token ("qorvexa") that appears in an otherwise
 * honest posting on /page.html: the page starts without a warning, gets one when the update is taken up
 * (no reload), and keeps it — and the background keeps warning — through every hostile answer.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
// @ts-expect-error plain ESM helper without types
import { startUpdateServer } from './update-server.mjs';
import { generateKeyPair, parseKeyText, signDocument, type TrustedKey } from '../../src/list/signing';

type Doc = Record<string, any>;
type Server = { url: string; origin: string; log: { mode: string; ifNoneMatch: string | null }[]; setMode: (m: object) => void; close: () => Promise<void> };

const BUNDLED: Doc = JSON.parse(execFileSync(process.execPath, ['src/cli/bin.mjs', 'list', 'bundled'], { encoding: 'utf8' }));
const BASE = BUNDLED.listVersion as string;
/** The bundled version with its fourth part raised by n ("2026.11.29" → "2026.11.29.n"). */
const v = (n: number) => {
  const [y, m, d, k] = BASE.split('.');
  return `${y}.${m}.${d}.${Number(k ?? 0) + n}`;
};
const LURE_TEXT = 'Warehouse job, full training. You will use the Qorvexa handheld scanner. Apply with your CV.';

/** The bundled document plus the "qorvexa" hard indicator, with header overrides. */
function goodList(over: Doc = {}): Doc {
  const d: Doc = structuredClone(BUNDLED);
  const hard = d.indicators.find((i: Doc) => i.strength === 'H') ?? d.indicators[0];
  d.indicators.push({
    ...structuredClone(hard),
    id: 'IND-99',
    name: 'Invented token used only by the update test',
    strength: 'H',
    weight: 10,
    patterns: { en: ['\\bqorvexa\\b'] },
    negations: {},
    examples: { match: [{ lang: 'en', text: 'use the qorvexa scanner' }], noMatch: [{ lang: 'en', text: 'use the scanner' }] },
  });
  // A list update also carries reporting channels (and site selectors): a new hotline arrives with it.
  d.channels = [...(d.channels ?? []), { id: 'update-test-hotline', country: 'INT', name: 'Update Test Hotline (invented)', kind: 'hotline', url: 'https://example.org/report', source: 'e2e test only' }];
  return { ...d, ...over };
}

const log: string[] = [];
let server: Server;
let key: { priv: Uint8Array; trusted: TrustedKey };

async function sign(doc: Doc | string, priv = key.priv): Promise<string> {
  return JSON.stringify(await signDocument(typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2), priv));
}

test.beforeAll(async () => {
  server = await startUpdateServer(Number(process.env.LURELENS_UPDATE_PORT ?? 0));
  const { privateFile, publicFile } = await generateKeyPair();
  key = { priv: parseKeyText(privateFile.privateKey, 'private'), trusted: { keyId: publicFile.keyId, publicKey: publicFile.publicKey, label: 'TEST key (throwaway, generated per run)' } };
});
test.afterAll(async () => {
  await server?.close();
  console.log(`\nhostile cases (what the extension did):\n${log.join('\n')}`);
});

/** An extension page to talk to the background from (messages, storage.session). */
async function extPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/options.html`);
  return p;
}

const send = <T = any>(ext: Page, msg: object): Promise<T> => ext.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<T>;

/** Ids of the elements the in-page warnings annotate. */
const annotated = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('lurelens-warning'))
      .filter((h) => getComputedStyle(h).display !== 'none')
      .map((h) => (h.nextElementSibling as HTMLElement | null)?.id ?? '?'),
  );

/** Stop the extension's service worker through CDP (it restarts on the next event). */
async function stopWorker(context: BrowserContext, ext: Page): Promise<void> {
  const cdp = await context.newCDPSession(ext);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('signed list updates: good update re-scans pages; hostile answers are refused with a reason; restarts and offline keep the list', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const ext = await extPage(context, extensionId);
  await ext.evaluate(
    (o) => chrome.storage.session.set({ updateOverride: o }),
    { urls: [server.url], trustedKeys: [key.trusted], timeoutMs: 4000 },
  );
  const warnsOnLure = async () => ((await send(ext, { type: 'check-text', text: LURE_TEXT })) as { level: string }).level;

  const page = await context.newPage();
  await page.goto(`${server.origin}/page.html`);

  await test.step('before any update: bundled list, no warning on the honest-looking page', async () => {
    const s = await send(ext, { type: 'get-list-status' });
    expect(s).toMatchObject({ activeVersion: BASE, activeSource: 'bundled', updateUrls: [server.url] });
    expect(await warnsOnLure()).not.toMatch(/medium|high/);
    await page.waitForTimeout(500);
    expect(await annotated(page)).toEqual([]);
  });

  await test.step('a good newer list is taken up and the open page is re-scanned without reload', async () => {
    server.setMode({ kind: 'body', body: await sign(goodList({ listVersion: v(1) })), etag: '"good-1"' });
    const t0 = Date.now();
    const s = await send(ext, { type: 'check-now' });
    log.push(`good newer list ${v(1)}: taken up (${Date.now() - t0} ms), status ${s.lastOutcome}`);
    expect(s).toMatchObject({ activeVersion: v(1), activeSource: 'update', lastOutcome: 'updated' });
    expect(s.lastError).toBeUndefined();
    await expect.poll(() => annotated(page), { timeout: 15_000 }).toEqual(['post']);
    expect(await warnsOnLure()).toMatch(/medium|high/);
    const { channels, listVersion } = await send(ext, { type: 'get-channels' });
    expect(listVersion).toBe(v(1));
    expect(channels.map((c: { id: string }) => c.id)).toContain('update-test-hotline');
  });

  await test.step('the same list again: ETag sent, 304, up to date', async () => {
    const s = await send(ext, { type: 'check-now' });
    expect(s).toMatchObject({ activeVersion: v(1), lastOutcome: 'up-to-date' });
    expect(server.log.at(-1)!.ifNoneMatch).toBe('"good-1"');
  });

  const other = await generateKeyPair();
  const otherPriv = parseKeyText(other.privateFile.privateKey, 'private');
  const hostile: [string, () => Promise<object>, RegExp][] = [
    ['bad signature', async () => {
      const env = JSON.parse(await sign(goodList({ listVersion: v(2) })));
      env.document = env.document.replace('"weight": 10', '"weight": 0');
      return { kind: 'body', body: JSON.stringify(env) };
    }, /signature does not match/],
    ['unknown signing key', async () => ({ kind: 'body', body: await sign(goodList({ listVersion: v(2) }), otherPriv) }), /unknown key/],
    ['older version', async () => ({ kind: 'body', body: await sign(goodList({ listVersion: BASE })) }), /older .*rollback refused/],
    ['expired list', async () => ({ kind: 'body', body: await sign(goodList({ listVersion: v(2), published: '2025-01-01T00:00:00Z', expires: '2025-03-01T00:00:00Z' })) }), /expired on 2025-03-01/],
    ['wrong schema', async () => ({ kind: 'body', body: await sign(goodList({ listVersion: v(2), schemaVersion: 2 })) }), /unsupported schemaVersion 2/],
    ['catastrophic-backtracking pattern', async () => {
      const d = goodList({ listVersion: v(2) });
      d.indicators.at(-1).patterns.en.push('(\\w+\\s?)+$');
      return { kind: 'body', body: await sign(d) };
    }, /catastrophic/],
    ['5 MB body', async () => ({ kind: 'huge' }), /larger than \d+ bytes/],
    ['HTML page with status 200', async () => ({ kind: 'body', contentType: 'text/html', body: '<!doctype html><html><body><h1>Welcome</h1><p>Log in to continue</p></body></html>' }), /HTML, not JSON/],
    ['status 500', async () => ({ kind: 'body', status: 500, body: 'internal error' }), /HTTP 500/],
    ['a response that never ends', async () => ({ kind: 'never-ends' }), /did not finish sending the list within 4 s/],
    ['truncated body', async () => ({ kind: 'truncated', body: await sign(goodList({ listVersion: v(2) })) }), /cut off|truncated|not valid JSON/],
    ['a list that warns on most honest posts', async () => {
      const d = goodList({ listVersion: v(2) });
      d.indicators.at(-1).patterns.en.push('\\b(?:the|and|a|de|la|dan|di|kwa|na|và|ng|em|com|des)\\b', '(?:و|ที่|ร้าน)');
      d.indicators.at(-1).examples.noMatch = [];
      return { kind: 'body', body: await sign(d) };
    }, /sanity gate: warns on \d+ of \d+ honest sample posts/],
    ['a list that no longer warns on obvious lures', async () => {
      const d = goodList({ listVersion: v(2), rules: [] });
      d.indicators = d.indicators.filter((i: Doc) => i.id === 'IND-99');
      return { kind: 'body', body: await sign(d) };
    }, /disarm gate: warns on only \d+ of \d+ sample lures/],
  ];

  for (const [name, make, reason] of hostile) {
    await test.step(`hostile: ${name}`, async () => {
      server.setMode(await make());
      const t0 = Date.now();
      const s = await send(ext, { type: 'check-now' });
      const ms = Date.now() - t0;
      log.push(`${name}: refused in ${ms} ms — "${s.lastError?.reason}"; still using ${s.activeVersion}`);
      expect(s.lastOutcome).toBe('failed');
      expect(s.lastError?.reason).toMatch(reason);
      expect(s).toMatchObject({ activeVersion: v(1), activeSource: 'update' });
      expect(await warnsOnLure()).toMatch(/medium|high/);
      expect(await annotated(page)).toEqual(['post']);
    });
  }

  await test.step('the options page shows why the last update failed and the version still in use', async () => {
    await ext.reload();
    const line = ext.getByTestId('list-status');
    await expect(line).toContainText('disarm gate');
    await expect(line).toContainText(v(1));
    await line.screenshot({ path: 'test-results/updates-options-status.png' });
  });

  await test.step('the service worker is stopped three times during a slow check; the check resumes and completes', async () => {
    // The body takes 6 s; the fetch timeout goes up to 10 s so only the worker stops interrupt it.
    await ext.evaluate((o) => chrome.storage.session.set({ updateOverride: o }), { urls: [server.url], trustedKeys: [key.trusted], timeoutMs: 10_000 });
    server.setMode({ kind: 'slow', body: await sign(goodList({ listVersion: v(3) })), parts: 20, ms: 6000 });
    const before = server.log.length;
    void send(ext, { type: 'check-now' }).catch(() => undefined);
    for (let i = 1; i <= 3; i++) {
      await expect.poll(() => server.log.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + i);
      await stopWorker(context, ext);
      // The list in use survives the stop: a fresh worker answers from storage.
      const s = await send(ext, { type: 'get-list-status' });
      expect(s.activeVersion).toBe(v(1));
      expect(await warnsOnLure()).toMatch(/medium|high/);
    }
    await expect.poll(async () => (await send(ext, { type: 'get-list-status' })).activeVersion, { timeout: 30_000 }).toBe(v(3));
    const s = await send(ext, { type: 'get-list-status' });
    log.push(`worker stopped 3 times mid-check: ${server.log.length - before} requests, then taken up ${s.activeVersion} (${s.lastOutcome})`);
    expect(s.lastOutcome).toBe('updated');
  });

  await test.step('offline: the list in use survives a worker restart and a failed check', async () => {
    await server.close();
    await context.setOffline(true);
    await stopWorker(context, ext);
    const s = await send(ext, { type: 'check-now' });
    log.push(`offline: "${s.lastError?.reason}"; still using ${s.activeVersion}`);
    expect(s.lastError?.reason).toMatch(/cannot reach|did not answer/);
    expect(s).toMatchObject({ activeVersion: v(3), lastOutcome: 'failed' });
    expect(await warnsOnLure()).toMatch(/medium|high/);
    await context.setOffline(false);
  });
});
