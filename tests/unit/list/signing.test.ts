import { describe, expect, it } from 'vitest';
import { fromBase64, keyIdOf, parseEnvelope, parseKeyText, signDocument, toBase64, verifyEnvelope } from '../../../src/list/signing';
import { bundledTrustedKeys, mergeTrustedKeys, parseTrustedKeys } from '../../../src/list/trusted-keys';
import { testKey } from './helpers';

describe('base64', () => {
  it('round-trips every length and agrees with Node', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const b64 = toBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect([...fromBase64(b64)]).toEqual([...bytes]);
    }
  });
  it('rejects foreign characters', () => {
    expect(() => fromBase64('ab$d')).toThrow();
  });
});

describe('Ed25519 envelope', () => {
  it('verifies a document signed by a trusted key', async () => {
    const { priv, trusted } = await testKey();
    const env = await signDocument('{"a": "ü"}', priv);
    expect(env.keyId).toBe(trusted.keyId);
    expect(await verifyEnvelope(env, [trusted])).toEqual({ ok: true, key: trusted });
  });
  it('refuses a changed document, a changed signature and an unknown key', async () => {
    const { priv, trusted } = await testKey();
    const other = await testKey();
    const env = await signDocument('{"listVersion":"2026.12.01"}', priv);
    expect(await verifyEnvelope({ ...env, document: env.document.replace('01', '02') }, [trusted])).toEqual({ ok: false, error: 'signature does not match' });
    const sig = fromBase64(env.signature);
    sig[5] ^= 1;
    expect(await verifyEnvelope({ ...env, signature: toBase64(sig) }, [trusted])).toMatchObject({ ok: false, error: 'signature does not match' });
    expect(await verifyEnvelope({ ...env, signature: 'AAAA' }, [trusted])).toMatchObject({ ok: false, error: 'signature is malformed' });
    expect(await verifyEnvelope(env, [other.trusted])).toMatchObject({ ok: false, error: expect.stringContaining('unknown key') });
  });
  it('refuses a trusted entry whose keyId is borrowed from another key', async () => {
    const a = await testKey();
    const b = await testKey();
    const env = await signDocument('{}', b.priv);
    // an attacker-controlled entry claiming key a's id but holding key b
    const r = await verifyEnvelope({ ...env, keyId: a.trusted.keyId }, [{ keyId: a.trusted.keyId, publicKey: b.trusted.publicKey }]);
    expect(r.ok).toBe(false);
  });
  it('parses envelope shape with readable reasons', () => {
    expect(parseEnvelope([])).toMatchObject({ ok: false });
    expect(parseEnvelope({ format: 'other/2' })).toMatchObject({ ok: false, error: expect.stringContaining('unsupported envelope format') });
    expect(parseEnvelope({ schemaVersion: 1 })).toMatchObject({ ok: false, error: expect.stringContaining('not a signed list') });
  });
  it('reads key files as JSON or bare base64 and checks length', async () => {
    const k = await testKey();
    expect(parseKeyText(k.trusted.publicKey, 'public')).toHaveLength(32);
    expect(parseKeyText(JSON.stringify({ publicKey: k.trusted.publicKey }), 'public')).toHaveLength(32);
    expect(() => parseKeyText('AAAA', 'public')).toThrow(/32 bytes/);
    expect(() => parseKeyText('{"x":1}', 'private')).toThrow(/privateKey/);
    expect(() => parseKeyText(JSON.stringify({ type: 'x', privateKey: 'AAAA', publicKey: k.trusted.publicKey }), 'public')).toThrow(/private key file/);
  });
});

describe('trusted keys', () => {
  it('ships the project key with a key id that matches its key', async () => {
    expect(bundledTrustedKeys.length).toBeGreaterThan(0);
    for (const k of bundledTrustedKeys) expect(await keyIdOf(fromBase64(k.publicKey))).toBe(k.keyId);
  });
  it('skips malformed policy entries and never lets them shadow bundled keys', () => {
    const r = parseTrustedKeys([{ keyId: 'zz', publicKey: 'x' }, { keyId: bundledTrustedKeys[0]!.keyId, publicKey: 'A'.repeat(43) + '=' }]);
    expect(r.skipped).toHaveLength(1);
    const merged = mergeTrustedKeys(bundledTrustedKeys, r.keys);
    expect(merged.find((k) => k.keyId === bundledTrustedKeys[0]!.keyId)!.publicKey).toBe(bundledTrustedKeys[0]!.publicKey);
    expect(parseTrustedKeys('nope').skipped).toHaveLength(1);
  });
});
