/**
 * The checker's list refresher (src/checker/list-update.ts) with real Ed25519 signatures (src/list/signing.ts)
 * and the extension's verification chain (acceptSignedList): a stored verified list is used offline, a newer
 * downloaded one replaces the bundled list and is stored, and tampered, unsigned, older or expired lists are
 * refused with a reason. Storage and network are in-memory fakes.
 */
import { describe, expect, it } from 'vitest';
import { refreshList, type ListIo, type ListUpdateConfig } from '../../../src/checker/list-update';
import { bundledDocument, bundledList } from '../../../src/indicators/bundled';
import { fromBase64, generateKeyPair, serializeEnvelope, signDocument, type TrustedKey } from '../../../src/list/signing';
import { acceptSignedList } from '../../../src/list/validate';
import type { FetchResult } from '../../../src/background/list-fetch';

const URL_A = 'https://lists.example.org/indicators.signed.json';

function nextVersion(v: string, n: number): string {
  return `${v.split('.').slice(0, 3).join('.')}.${n}`;
}

async function signedList(privateKey: Uint8Array, patch: Record<string, unknown>): Promise<string> {
  const doc = JSON.stringify({ ...(bundledDocument as Record<string, unknown>), ...patch });
  return serializeEnvelope(await signDocument(doc, privateKey));
}

function fakeIo(responses: Record<string, FetchResult>, stored?: string) {
  const state = { body: stored, lastTry: undefined as number | undefined, fetches: [] as string[], online: true, now: Date.parse('2026-12-01T00:00:00Z') };
  const io: ListIo = {
    readCached: async () => (state.body ? { body: state.body, fetchedAt: 1 } : undefined),
    writeCached: async (b) => {
      state.body = b;
    },
    lastTry: async () => state.lastTry,
    setLastTry: async (t) => {
      state.lastTry = t;
    },
    fetchBody: async (u) => {
      state.fetches.push(u);
      return responses[u] ?? { kind: 'error', reason: 'not found', url: u };
    },
    online: () => state.online,
    now: () => state.now,
  };
  return { io, state };
}

describe('refreshList', async () => {
  const { privateFile, publicFile } = await generateKeyPair();
  const key: TrustedKey = { keyId: publicFile.keyId, publicKey: publicFile.publicKey };
  const priv = fromBase64(privateFile.privateKey);
  const cfg: ListUpdateConfig = { urls: [URL_A], keys: [key], appVersion: '99.0.0', intervalHours: 6 };
  const accept = async () => acceptSignedList;
  const expires = '2099-01-01T00:00:00Z';

  it('downloads, verifies and stores a newer list, then uses the stored copy offline', async () => {
    const body = await signedList(priv, { listVersion: nextVersion(bundledList.listVersion, 7), expires });
    const { io, state } = fakeIo({ [URL_A]: { kind: 'body', text: body, url: URL_A } });
    const r = await refreshList(bundledList, cfg, io, accept);
    expect(r.notes).toEqual([]);
    expect(r.source).toBe('fetched');
    expect(r.list.listVersion).toBe(nextVersion(bundledList.listVersion, 7));
    expect(state.body).toBe(body);

    state.online = false;
    const again = await refreshList(bundledList, cfg, io, accept);
    expect(again.source).toBe('cached');
    expect(again.list.listVersion).toBe(nextVersion(bundledList.listVersion, 7));
    expect(state.fetches).toEqual([URL_A]);
  }, 60_000);

  it('refuses a tampered, an unknown-key, an older and an expired list, keeping the bundled one', async () => {
    const good = await signedList(priv, { listVersion: nextVersion(bundledList.listVersion, 8), expires });
    const env = JSON.parse(good) as { document: string };
    const v8 = nextVersion(bundledList.listVersion, 8);
    expect(env.document).toContain(`"listVersion":"${v8}"`);
    const tampered = JSON.stringify({ ...JSON.parse(good), document: env.document.replace(`"listVersion":"${v8}"`, `"listVersion":"${nextVersion(bundledList.listVersion, 9)}"`) });
    const other = await generateKeyPair();
    const foreign = await signedList(fromBase64(other.privateFile.privateKey), { listVersion: nextVersion(bundledList.listVersion, 8), expires });
    const older = await signedList(priv, { listVersion: '2020.01.01', expires });
    const expired = await signedList(priv, { listVersion: nextVersion(bundledList.listVersion, 8), expires: '2026-01-01T00:00:00Z' });
    for (const body of [tampered, foreign, older, expired, '{"not":"an envelope"}', 'garbage']) {
      const { io, state } = fakeIo({ [URL_A]: { kind: 'body', text: body, url: URL_A } });
      const r = await refreshList(bundledList, cfg, io, accept);
      expect(r.list).toBe(bundledList);
      expect(r.source).toBe('bundled');
      expect(r.notes.length).toBe(1);
      expect(state.body).toBeUndefined();
    }
  }, 60_000);

  it('keeps the bundled list when the download fails, and waits the interval before trying again', async () => {
    const { io, state } = fakeIo({});
    const r = await refreshList(bundledList, cfg, io, accept);
    expect(r.list).toBe(bundledList);
    expect(r.notes).toEqual(['not found']);
    await refreshList(bundledList, cfg, io, accept);
    expect(state.fetches).toHaveLength(1);
    state.now += 7 * 3_600_000;
    await refreshList(bundledList, cfg, io, accept);
    expect(state.fetches).toHaveLength(2);
  });

  it('makes no request when updates are off (no URLs)', async () => {
    const { io, state } = fakeIo({});
    const r = await refreshList(bundledList, { ...cfg, urls: [] }, io, accept);
    expect(r.source).toBe('bundled');
    expect(state.fetches).toEqual([]);
  });
});
