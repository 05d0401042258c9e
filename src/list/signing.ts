/**
 * Signed indicator-list envelope (Ed25519, detached signature over the document's exact bytes).
 *
 *   {
 *     "format": "lurelens-signed-list/1",
 *     "keyId": "3f2a…",            // 16 hex chars: first 8 bytes of SHA-256(raw public key)
 *     "signature": "<base64>",     // Ed25519 signature of UTF-8(document)
 *     "document": "<the list JSON text, exactly as signed>"
 *   }
 *
 * The document travels as a string so that no re-serialisation can change the signed bytes.
 * Ed25519 comes from @noble/ed25519 (audited, RFC 8032); SHA-512/SHA-256 from WebCrypto
 * (`crypto.subtle`, present in service workers, extension pages and Node ≥ 20). No hand-made cryptography.
 *
 * Pure module: no DOM, no browser extension API, no Node API (runs in the worker, Vitest and the CLI).
 */
import * as ed from '@noble/ed25519';

export const ENVELOPE_FORMAT = 'lurelens-signed-list/1';

/** A public key the extension trusts. `publicKey` is the raw 32-byte key in base64. */
export interface TrustedKey {
  keyId: string;
  publicKey: string;
  /** Who holds the private key (e.g. "LureLens project 2026", "Campaign X"). */
  label?: string;
}

/** The published artefact. */
export interface SignedListEnvelope {
  format: typeof ENVELOPE_FORMAT;
  keyId: string;
  signature: string;
  document: string;
}

/** A private key as written by `lure-lens list keygen` (raw 32-byte Ed25519 seed, base64). */
export interface PrivateKeyFile {
  type: 'lurelens-ed25519-private-key';
  keyId: string;
  privateKey: string;
  publicKey: string;
}

/** A public key as written by `lure-lens list keygen`; same fields as a trusted-keys.json entry. */
export interface PublicKeyFile extends TrustedKey {
  type: 'lurelens-ed25519-public-key';
}

interface Subtle {
  digest(alg: string, data: Uint8Array): Promise<ArrayBuffer>;
}
function subtle(): Subtle {
  const c = (globalThis as unknown as { crypto?: { subtle?: Subtle } }).crypto;
  if (!c?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available');
  return c.subtle;
}

// --- encoding helpers (not cryptography: plain base64 / hex / UTF-8) ---

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

/** Decode standard base64 (padding optional, whitespace ignored). Throws on any other character. */
export function fromBase64(text: string): Uint8Array {
  const s = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(s) || s.length % 4 === 1) throw new Error('not valid base64');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0, acc = 0, j = 0;
  for (const ch of s) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
    }
  }
  return out;
}

function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** UTF-8 bytes of a string (TextEncoder is not in the pure lib typings, so declare its shape). */
export function utf8(text: string): Uint8Array {
  const TE = (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder;
  return new TE().encode(text);
}

// --- keys ---

/**
 * Key id of a raw 32-byte Ed25519 public key: the first 8 bytes of its SHA-256, as 16 lowercase hex chars.
 * Stable across tools, so a maintainer can match `keyId` in an envelope with trusted-keys.json by eye.
 */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', publicKey));
  return toHex(digest.subarray(0, 8));
}

/** Generate a fresh key pair (random seed from WebCrypto's CSPRNG via @noble/ed25519). */
export async function generateKeyPair(): Promise<{ privateFile: PrivateKeyFile; publicFile: PublicKeyFile }> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  const keyId = await keyIdOf(publicKey);
  return {
    privateFile: { type: 'lurelens-ed25519-private-key', keyId, privateKey: toBase64(secretKey), publicKey: toBase64(publicKey) },
    publicFile: { type: 'lurelens-ed25519-public-key', keyId, publicKey: toBase64(publicKey) },
  };
}

/**
 * Read a key file's text: either the JSON written by keygen, or a bare base64 key.
 * @returns the 32 raw key bytes. Throws with a one-line reason when the text is not a key of that kind.
 */
export function parseKeyText(text: string, kind: 'private' | 'public'): Uint8Array {
  const t = text.trim();
  let b64: string;
  if (t.startsWith('{')) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(t) as Record<string, unknown>;
    } catch {
      throw new Error(`${kind} key file is not valid JSON`);
    }
    // A private key file also carries the public key; refusing it keeps the secret out of places
    // (CI configs, verify commands) that only need the public half.
    if (kind === 'public' && obj.privateKey !== undefined) throw new Error('this is a private key file; give the public key file (public.key)');
    const v = kind === 'private' ? obj.privateKey : obj.publicKey;
    if (typeof v !== 'string') throw new Error(`${kind} key file has no "${kind}Key" field`);
    b64 = v;
  } else {
    b64 = t;
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(b64);
  } catch {
    throw new Error(`${kind} key is not valid base64`);
  }
  if (bytes.length !== 32) throw new Error(`${kind} key must be 32 bytes, got ${bytes.length}`);
  return bytes;
}

// --- sign / verify ---

/**
 * Sign a list document.
 * @param documentText the exact JSON text of the list (signed as UTF-8)
 * @param privateKey raw 32-byte Ed25519 secret key
 */
export async function signDocument(documentText: string, privateKey: Uint8Array): Promise<SignedListEnvelope> {
  const publicKey = await ed.getPublicKeyAsync(privateKey);
  const signature = await ed.signAsync(utf8(documentText), privateKey);
  return { format: ENVELOPE_FORMAT, keyId: await keyIdOf(publicKey), signature: toBase64(signature), document: documentText };
}

/** Serialise an envelope the way `lure-lens list sign` writes it. */
export function serializeEnvelope(env: SignedListEnvelope): string {
  return JSON.stringify(env, null, 2) + '\n';
}

export type EnvelopeResult = { ok: true; envelope: SignedListEnvelope } | { ok: false; error: string };

/** Check the envelope's shape (not its signature). Reasons are one line, for people. */
export function parseEnvelope(value: unknown): EnvelopeResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'not a signed list (expected a JSON object)' };
  const v = value as Record<string, unknown>;
  if (v.format !== ENVELOPE_FORMAT) {
    return { ok: false, error: typeof v.format === 'string' ? `unsupported envelope format "${v.format.slice(0, 60)}"` : 'not a signed list (no "format" field)' };
  }
  if (typeof v.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(v.keyId)) return { ok: false, error: 'signed list has no valid keyId' };
  if (typeof v.signature !== 'string' || v.signature.length > 200) return { ok: false, error: 'signed list has no valid signature field' };
  if (typeof v.document !== 'string') return { ok: false, error: 'signed list has no document' };
  return { ok: true, envelope: { format: ENVELOPE_FORMAT, keyId: v.keyId, signature: v.signature, document: v.document } };
}

/**
 * Verify an envelope against a set of trusted keys (looked up by keyId).
 * @returns ok with the key that signed it, or a one-line reason: "signed by an unknown key …",
 *          "signature does not match", "signature is malformed".
 */
export async function verifyEnvelope(
  env: SignedListEnvelope,
  trusted: readonly TrustedKey[],
): Promise<{ ok: true; key: TrustedKey } | { ok: false; error: string }> {
  const key = trusted.find((k) => k.keyId === env.keyId);
  if (!key) return { ok: false, error: `signed by an unknown key (${env.keyId})` };
  let sig: Uint8Array, pub: Uint8Array;
  try {
    sig = fromBase64(env.signature);
    pub = fromBase64(key.publicKey);
  } catch {
    return { ok: false, error: 'signature is malformed' };
  }
  if (sig.length !== 64) return { ok: false, error: 'signature is malformed' };
  if (pub.length !== 32) return { ok: false, error: `trusted key ${key.keyId} is malformed` };
  // A trusted-keys entry whose id does not belong to its key would let one key pose as another.
  if ((await keyIdOf(pub)) !== key.keyId) return { ok: false, error: `trusted key ${key.keyId} does not match its key id` };
  let good = false;
  try {
    good = await ed.verifyAsync(sig, utf8(env.document), pub);
  } catch {
    good = false;
  }
  return good ? { ok: true, key } : { ok: false, error: 'signature does not match' };
}
