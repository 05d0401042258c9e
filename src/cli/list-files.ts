/**
 * Reading indicator-list files for the `lure-lens list …` tools, and the validation every
 * maintainer command applies to a list before trusting it. Validation is the shared chain of
 * src/list/validate.ts (size → JSON → schema → limits → every pattern compiles with "giu" →
 * ReDoS check → self-test examples → sanity gate over the built-in benign sample), reduced to
 * one line: the first problem, and how many more there are.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIndicatorList, type IndicatorList } from '../list/schema';
import { headline, validateListText as validateList, type ValidateOptions } from '../list/validate';
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
 * Read `path` as UTF-8 and parse it as JSON (a leading BOM is ignored).
 * @returns the text and parsed value, or a one-line reason ("cannot read …", "… is not valid JSON: …")
 */
async function readJsonText(path: string): Promise<{ ok: true; text: string; value: unknown } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, reason: readFailure(path, err) };
  }
  try {
    return { ok: true, text, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    return { ok: false, reason: `${path} is not valid JSON: ${oneLine((err as Error).message)}` };
  }
}

/**
 * Read a JSON document from `path`; with `unwrap`, a signed envelope yields its inner list document.
 * @returns the parsed value, or a one-line reason ("cannot read …", "not valid JSON …")
 */
export async function readJsonFile(path: string, unwrap = false): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  const read = await readJsonText(path);
  if (!read.ok) return read;
  const { value } = read;
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
export function validateListText(text: string, opts: ValidateOptions = {}): ListResult {
  const report = validateList(text, opts);
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
 * @param opts validation options (e.g. `now` to refuse an expired list)
 */
export async function readValidList(path: string, unwrap = false, opts: ValidateOptions = {}): Promise<ListResult> {
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
  const r = validateListText(text, opts);
  return r.ok ? { ...r, document: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown } : r;
}

/** The CLI launcher, for running `lure-lens list validate` in a child process. */
const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));

/**
 * Fully validate the list at `path` in a separate process (`lure-lens list validate`), then parse
 * it here (schema only). Why: after the validation chain has run in a process, V8 keeps executing
 * the engine's large combined regular expressions in its bytecode interpreter — the regression
 * gate's evaluation then ran 5–8× slower (measured: 20 514 rows in 11–13 s of CPU instead of
 * 1.5–2.5 s). A child process keeps this process's regular expressions on the fast path, and the
 * candidate's patterns still run here only after the child's ReDoS check has passed.
 * @param unwrap accept a signed envelope and validate the list inside it (signature not checked)
 */
export async function readValidListIsolated(path: string, unwrap = false): Promise<ListResult> {
  const read = await readJsonText(path);
  if (!read.ok) return read;
  const { text } = read;
  const inner = envelopeDocument(read.value);
  if (inner !== undefined && !unwrap) return { ok: false, reason: `${path} is a signed list envelope, not a list` };
  const dir = inner === undefined ? undefined : await mkdtemp(join(tmpdir(), 'lurelens-list-'));
  try {
    let file = path;
    if (dir && inner !== undefined) {
      file = join(dir, 'list.json');
      await writeFile(file, inner);
    }
    const child = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      // The regression gate judges detection quality: an expired baseline (last month's list) is fine there.
      const proc = spawn(process.execPath, [BIN, 'list', 'validate', '--allow-expired', file], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      proc.on('error', (err) => resolve({ code: null, stderr: err.message }));
      proc.on('close', (code) => resolve({ code, stderr }));
    });
    if (child.code !== 0) {
      const reason = child.stderr.trim().split('\n')[0]?.replace(/^invalid: /, '') || `validation exited with code ${child.code}`;
      return { ok: false, reason: child.code === 1 ? reason : `could not run the validation: ${oneLine(reason)}` };
    }
    const document = JSON.parse((inner ?? text).replace(/^\uFEFF/, '')) as unknown;
    const parsed = parseIndicatorList(document);
    return parsed.ok ? { ok: true, list: parsed.list, document } : { ok: false, reason: oneLine(parsed.error) };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
