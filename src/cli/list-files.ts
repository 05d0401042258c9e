/**
 * Reading indicator-list files for the `lure-lens list …` tools, and the validation every
 * maintainer command applies to a list before trusting it. Validation is the shared chain of
 * src/list/validate.ts (size → JSON → schema → limits → every pattern compiles with "giu" →
 * ReDoS check → self-test examples → sanity gate over the built-in benign sample), reduced to
 * one line: the first problem, and how many more there are.
 */
import { readFile } from 'node:fs/promises';
import type { IndicatorList } from '../list/schema';
import { headline, validateListText as validateList } from '../list/validate';
import { ENVELOPE_FORMAT } from '../list/signing';
import { oneLine } from './io';

/** Result of reading or validating a list: the list, or a one-line reason. */
export type ListResult = { ok: true; list: IndicatorList; document: unknown } | { ok: false; reason: string };

function readFailure(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : oneLine((err as Error).message)}`;
}

/**
 * The list text inside a signed envelope (`{ format: "lurelens-signed-list/1", document, … }`), or
 * undefined when `value` is not an envelope. Lets `diff` and `test` take published signed files.
 * The signature is NOT checked here (that is `lure-lens list verify`).
 */
export function envelopeDocument(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  return v.format === ENVELOPE_FORMAT && typeof v.document === 'string' ? v.document : undefined;
}

/**
 * Read a JSON document from `path`; with `unwrap`, a signed envelope yields its inner list document.
 * @returns the parsed value, or a one-line reason ("cannot read …", "not valid JSON …")
 */
export async function readJsonFile(path: string, unwrap = false): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, reason: readFailure(path, err) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, reason: `${path} is not valid JSON: ${oneLine((err as Error).message)}` };
  }
  const inner = unwrap ? envelopeDocument(value) : undefined;
  if (inner === undefined) return { ok: true, value };
  try {
    return { ok: true, value: JSON.parse(inner) };
  } catch (err) {
    return { ok: false, reason: `the list inside the signed file ${path} is not valid JSON: ${oneLine((err as Error).message)}` };
  }
}

/**
 * Validate an indicator-list document given as text with the shared chain of src/list/validate.ts
 * (the same one the background worker applies to updates).
 * @returns `{ ok: true, list }` or `{ ok: false, reason }` with a one-line reason
 */
export function validateListText(text: string): ListResult {
  const report = validateList(text);
  if (!report.ok || !report.list) return { ok: false, reason: oneLine(headline(report.errors.length ? report.errors : ['invalid list'])) };
  return { ok: true, list: report.list, document: undefined };
}

/** Validate an already parsed list document (see {@link validateListText}). */
export function validateListDocument(document: unknown): ListResult {
  const r = validateListText(JSON.stringify(document));
  return r.ok ? { ...r, document } : r;
}

/**
 * Read and fully validate the list at `path`.
 * @param unwrap accept a signed envelope and validate the list inside it (signature not checked)
 */
export async function readValidList(path: string, unwrap = false): Promise<ListResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, reason: readFailure(path, err) };
  }
  let outer: unknown;
  try {
    outer = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    outer = undefined; // validateListText gives the JSON reason
  }
  const inner = envelopeDocument(outer);
  if (inner !== undefined) {
    if (!unwrap) return { ok: false, reason: `${path} is a signed list envelope, not a list: check it with "lure-lens list verify", or validate the unsigned list` };
    text = inner;
  }
  const r = validateListText(text);
  return r.ok ? { ...r, document: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown } : r;
}
