/**
 * Test helpers: candidate lists derived from the bundled document, signed with a throwaway TEST key
 * generated per run (no private key is stored anywhere).
 */
import { bundledDocument } from '../../../src/indicators/bundled';
import { generateKeyPair, parseKeyText, signDocument, type TrustedKey } from '../../../src/list/signing';

export type Doc = Record<string, any>;

/** A deep copy of the bundled document with header overrides. */
export function candidate(over: Partial<Doc> = {}): Doc {
  return { ...structuredClone(bundledDocument as Doc), ...over };
}

/** The bundled listVersion with its fourth part raised by 7, so the candidate is strictly newer. */
export function newerVersion(): string {
  const [y, m, d, n] = ((bundledDocument as Doc).listVersion as string).split('.');
  return `${y}.${m}.${d}.${Number(n ?? 0) + 7}`;
}

export async function testKey(): Promise<{ priv: Uint8Array; trusted: TrustedKey }> {
  const { privateFile, publicFile } = await generateKeyPair();
  return { priv: parseKeyText(privateFile.privateKey, 'private'), trusted: { keyId: publicFile.keyId, publicKey: publicFile.publicKey, label: 'TEST' } };
}

export async function signed(doc: Doc | string, priv: Uint8Array): Promise<string> {
  return JSON.stringify(await signDocument(typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2), priv));
}
