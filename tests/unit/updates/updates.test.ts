import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledList } from '../../../src/indicators/bundled';
import { getActiveList, LIST_KEY, onListChanged, readListRecord, resetListCache } from '../../../src/background/list-store';
import { checkForUpdates, getListStatus, handleUpdateMessage, STATUS_KEY, startListUpdates, ALARM_NAME } from '../../../src/background/updates';
import { OVERRIDE_KEY, getUpdateConfig } from '../../../src/background/update-config';
import { parsePolicy } from '../../../src/background/policy';
import { candidate, newerVersion, signed, testKey } from '../list/helpers';
import type { TrustedKey } from '../../../src/list/signing';

const URL_A = 'https://mirror-a.test/list.json';
const URL_B = 'https://mirror-b.test/list.json';

type Route = (req: { url: string; headers: Record<string, string> }) => Response | Promise<Response>;
let routes: Record<string, Route>;
let requests: { url: string; headers: Record<string, string> }[];
let key: { priv: Uint8Array; trusted: TrustedKey };

function installFetch() {
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    requests.push({ url, headers });
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route({ url, headers });
  });
}

async function setOverride(urls: string[], extra: Record<string, unknown> = {}) {
  await fakeBrowser.storage.session.set({ [OVERRIDE_KEY]: { urls, trustedKeys: [key.trusted], ...extra } });
}

beforeEach(async () => {
  fakeBrowser.reset();
  resetListCache();
  (fakeBrowser.runtime as unknown as { getManifest: () => unknown }).getManifest = () => ({ version: '0.1.0', manifest_version: 3 });
  routes = {};
  requests = [];
  key ??= await testKey();
  installFetch();
});
afterEach(() => vi.unstubAllGlobals());

describe('list store', () => {
  it('uses the bundled list when nothing is stored, and when the stored record is garbage', async () => {
    expect((await getActiveList()).listVersion).toBe(bundledList.listVersion);
    await fakeBrowser.storage.local.set({ [LIST_KEY]: { active: { document: '{not json', listVersion: '9999.01.01' } } });
    resetListCache();
    expect((await getActiveList()).listVersion).toBe(bundledList.listVersion);
  });
});

describe('expiry of the list in use', () => {
  it('keeps using a stored list past its expiry and reports it as out of date', async () => {
    const doc = JSON.stringify(candidate({ listVersion: newerVersion(), published: '2025-01-01T00:00:00Z', expires: '2025-04-01T00:00:00Z' }));
    await fakeBrowser.storage.local.set({ [LIST_KEY]: { active: { document: doc, listVersion: newerVersion(), keyId: key.trusted.keyId, source: URL_A, installedAt: 1 }, previous: null } });
    resetListCache();
    expect((await getActiveList()).listVersion).toBe(newerVersion());
    expect(await getListStatus()).toMatchObject({ activeVersion: newerVersion(), activeSource: 'update', expired: true });
  });
  it('prefers a newer bundled list over an older stored one (a store release shipped a newer list)', async () => {
    const doc = JSON.stringify(candidate({ listVersion: '2020.01.01' }));
    await fakeBrowser.storage.local.set({ [LIST_KEY]: { active: { document: doc, listVersion: '2020.01.01', keyId: 'x', source: URL_A, installedAt: 1 }, previous: null } });
    resetListCache();
    expect(await getListStatus()).toMatchObject({ activeVersion: bundledList.listVersion, activeSource: 'bundled', expired: false });
  });
});

describe('checkForUpdates', () => {
  it('takes up a verified newer list, swaps atomically, notifies, and keeps it across a worker restart without network', async () => {
    const v = newerVersion();
    const body = await signed(candidate({ listVersion: v }), key.priv);
    routes[URL_A] = () => new Response(body, { headers: { etag: '"v1"' } });
    await setOverride([URL_A]);
    const seen: string[] = [];
    const off = onListChanged((l) => seen.push(l.listVersion));
    const setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');

    const status = await checkForUpdates('manual');
    off();
    expect(status).toMatchObject({ activeVersion: v, activeSource: 'update', lastOutcome: 'updated', checking: false });
    expect(status.lastError).toBeUndefined();
    expect(seen).toEqual([v]);
    // the swap is a single set() carrying both the list record and the status
    const swapCall = setSpy.mock.calls.find((c) => LIST_KEY in (c[0] as object));
    expect(Object.keys(swapCall![0] as object).sort()).toEqual([LIST_KEY, STATUS_KEY].sort());

    // "restart": forget memory and the network
    resetListCache();
    routes = {};
    expect((await getActiveList()).listVersion).toBe(v);
    const rec = await readListRecord();
    expect(rec.active?.keyId).toBe(key.trusted.keyId);
    expect(rec.active?.source).toBe(URL_A);

    // next check sends the ETag; a 304 is "up to date"
    routes[URL_A] = ({ headers }) => new Response(null, { status: headers['if-none-match'] === '"v1"' ? 304 : 500 });
    const again = await checkForUpdates('alarm');
    expect(again).toMatchObject({ activeVersion: v, lastOutcome: 'up-to-date' });
  });

  it.each([
    ['bad signature', async () => (await signed(candidate({ listVersion: newerVersion() }), (await testKey()).priv)), /unknown key/],
    ['HTML page with status 200', async () => '<!doctype html><title>Sign in</title>', /HTML/],
    ['older version', async () => signed(candidate({ listVersion: '2020.01.01' }), key.priv), /rollback refused/],
    ['expired list', async () => signed(candidate({ listVersion: newerVersion(), published: '2025-01-01T00:00:00Z', expires: '2025-02-01T00:00:00Z' }), key.priv), /expired/],
  ])('keeps the list in use on %s and records the reason', async (_n, make, reason) => {
    const body = await make();
    routes[URL_A] = () => new Response(body);
    await setOverride([URL_A]);
    const status = await checkForUpdates('manual');
    expect(status.activeVersion).toBe(bundledList.listVersion);
    expect(status.lastOutcome).toBe('failed');
    expect(status.lastError?.reason).toMatch(reason);
    expect((await readListRecord()).active).toBeNull();
  });

  it('treats a correctly signed copy of the version in use as up to date', async () => {
    routes[URL_A] = async () => new Response(await signed(candidate(), key.priv));
    await setOverride([URL_A]);
    expect(await checkForUpdates()).toMatchObject({ lastOutcome: 'up-to-date', activeSource: 'bundled' });
  });

  it('tries mirrors in order and reports every failure when all fail', async () => {
    routes[URL_A] = () => new Response('oops', { status: 500 });
    routes[URL_B] = async () => new Response(await signed(candidate({ listVersion: newerVersion() }), key.priv));
    await setOverride([URL_A, URL_B]);
    expect(await checkForUpdates()).toMatchObject({ lastOutcome: 'updated', activeVersion: newerVersion() });
    expect(requests.map((r) => r.url)).toEqual([URL_A, URL_B]);

    routes[URL_B] = () => new Response('', { status: 404 });
    const s = await checkForUpdates();
    expect(s.lastError?.reason).toMatch(/HTTP 500.*and 1 more mirror failed/);
    expect(s.activeVersion).toBe(newerVersion());
  });

  it('refuses plain http except on the loopback host, and fetches nothing when policy turns updates off', async () => {
    await setOverride(['http://lists.example.org/l.json']);
    const s = await checkForUpdates();
    expect(s.lastError?.reason).toMatch(/must use https/);
    expect(requests).toHaveLength(0);
    await setOverride(['http://127.0.0.1:9/l.json']);
    expect((await getUpdateConfig()).urls).toEqual(['http://127.0.0.1:9/l.json']);

    await fakeBrowser.storage.managed.set({ updatesEnabled: false });
    expect(await checkForUpdates()).toMatchObject({ lastOutcome: 'disabled', updatesEnabled: false });
    expect(requests).toHaveLength(0);
  });

  it('takes update URLs and extra keys from managed policy', async () => {
    await fakeBrowser.storage.managed.set({ updateUrls: [URL_B], trustedKeys: [key.trusted] });
    routes[URL_B] = async () => new Response(await signed(candidate({ listVersion: newerVersion() }), key.priv));
    expect(await checkForUpdates()).toMatchObject({ lastOutcome: 'updated' });
  });

  it('runs one check at a time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    routes[URL_A] = async () => {
      await gate;
      return new Response('x', { status: 500 });
    };
    await setOverride([URL_A]);
    const a = checkForUpdates();
    const b = checkForUpdates();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect((await getListStatus()).checking).toBe(true);
    release();
    await Promise.all([a, b]);
    expect(requests).toHaveLength(1);
  });
});

describe('worker wiring', () => {
  it('creates the alarm, resumes an interrupted check, and gives up after repeated interruptions', async () => {
    routes[URL_A] = async () => new Response(await signed(candidate({ listVersion: newerVersion() }), key.priv));
    await setOverride([URL_A]);
    await fakeBrowser.storage.local.set({ [STATUS_KEY]: { checkingSince: Date.now() - 1000, resumes: 0 } });
    const stop = startListUpdates();
    await vi.waitFor(async () => expect((await getListStatus()).activeVersion).toBe(newerVersion()));
    expect(await fakeBrowser.alarms.get(ALARM_NAME)).toMatchObject({ periodInMinutes: 360 });
    stop();

    fakeBrowser.reset();
    resetListCache();
    await fakeBrowser.storage.local.set({ [STATUS_KEY]: { checkingSince: Date.now() - 1000, resumes: 3 } });
    const stop2 = startListUpdates();
    await vi.waitFor(async () => expect((await getListStatus()).lastError?.reason).toMatch(/interrupted 3 times/));
    stop2();
  });

  it('checks on install and answers status messages only for extension pages', async () => {
    routes[URL_A] = () => new Response('nope', { status: 503 });
    await setOverride([URL_A]);
    const stop = startListUpdates();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(async () => expect((await getListStatus()).lastError?.reason).toMatch(/HTTP 503/));
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    expect(await handleUpdateMessage({ type: 'get-list-status' }, page)).toMatchObject({ activeVersion: bundledList.listVersion });
    expect(handleUpdateMessage({ type: 'check-now' }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: {} })).toBeUndefined();
    expect(handleUpdateMessage({ type: 'analyze' }, page)).toBeUndefined();
    await fakeBrowser.storage.managed.set({ defaultCountry: 'PH', lockedSettings: ['sensitivity'], updateIntervalHours: 'often' });
    expect(await handleUpdateMessage({ type: 'get-policy' }, page)).toEqual({ defaultCountry: 'PH', lockedSettings: ['sensitivity'] });
    stop();
  });
});

describe('policy', () => {
  it('keeps valid fields and drops invalid ones one by one', () => {
    const r = parsePolicy({ updateUrls: ['https://a'], updateIntervalHours: 0, defaultCountry: 'KE', trustedKeys: [{ keyId: 'bad' }] });
    expect(r.policy).toEqual({ updateUrls: ['https://a'], defaultCountry: 'KE', trustedKeys: [] });
    expect(r.dropped).toHaveLength(2);
  });
});
