/**
 * Reading postings for `lure-lens scan` (and the list regression gate) from files and stdin.
 *
 * Formats, chosen by file name (or `--format` for stdin and odd names):
 *   .txt (and any unknown name), `-`   one posting: the whole text
 *   .jsonl / .ndjson (optionally .gz)  one posting per line: `{ id?, text, title?, company?, location?, salary?, url?, … }`
 *   .html / .htm                       postings found by the site adapters (see src/cli/html.ts)
 *   any name ending in .gz             gunzipped first, then chosen by the rest of the name
 *
 * Large files are streamed: lines are split from the byte stream as they arrive, so memory stays
 * bounded by the longest line (capped at {@link MAX_LINE_CHARS}). Bad records never stop the
 * reader: they are yielded as `problem` items naming the line, and the caller reports them.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Posting } from '../engine/types';
import { UsageError } from './io';

export type InputFormat = 'txt' | 'jsonl' | 'html';

/** Longest posting text analysed, in UTF-16 code units; longer ones are skipped with a message. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Longest JSONL line kept in memory, in UTF-16 code units; longer lines are skipped with a message. */
export const MAX_LINE_CHARS = 4_000_000;
/** Largest whole-file input (.txt, .html, stdin), in bytes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A posting read from the input, with the id to echo and where it was found ("line 3"). */
export interface InputPosting {
  kind: 'posting';
  id: string | number;
  posting: Posting;
  where: string;
  /** The record as read (JSONL only): the regression gate reads its `label`. */
  record?: Record<string, unknown>;
}

/** A record that could not be used, with a one-line reason. */
export interface InputProblem {
  kind: 'problem';
  where: string;
  message: string;
}

export type InputItem = InputPosting | InputProblem;

/** Optional fields copied from a JSONL record into the posting when they are non-empty strings. */
const OPTIONAL_FIELDS = ['title', 'company', 'location', 'salary', 'url'] as const;

/**
 * Work out the input format from a file name.
 * @returns the format and whether the bytes are gzip-compressed
 */
export function formatOf(path: string): { format: InputFormat; gzip: boolean } {
  let name = path.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return { format: 'jsonl', gzip };
  if (name.endsWith('.html') || name.endsWith('.htm')) return { format: 'html', gzip };
  return { format: 'txt', gzip };
}

/**
 * Turn one parsed JSONL value into a posting.
 * @returns the posting and the id to echo (undefined when the record has none), or a one-line reason
 */
export function postingFromRecord(value: unknown): { posting: Posting; id?: string | number } | { error: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const rec = value as Record<string, unknown>;
  if (!('text' in rec) || rec.text === null || rec.text === undefined) return { error: 'no "text" field' };
  if (typeof rec.text !== 'string') return { error: `"text" is ${typeof rec.text}, not a string` };
  const check = checkText(rec.text);
  if (check) return { error: check };
  const posting: Posting = { text: rec.text, source: 'cli' };
  for (const f of OPTIONAL_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' && v.trim() !== '') posting[f] = v;
    else if (f === 'salary' && typeof v === 'number' && Number.isFinite(v)) posting.salary = String(v);
  }
  const id = typeof rec.id === 'string' || (typeof rec.id === 'number' && Number.isFinite(rec.id)) ? rec.id : undefined;
  return { posting, id };
}

/** @returns a reason when `text` cannot be analysed (empty or too long), else undefined */
export function checkText(text: string): string | undefined {
  if (text.trim() === '') return 'empty text';
  if (text.length > MAX_TEXT_CHARS) return `text is ${text.length} characters, over the limit of ${MAX_TEXT_CHARS}; skipped`;
  return undefined;
}

/**
 * Check that `path` names a readable regular file.
 * @throws UsageError with a one-line reason otherwise (the CLI exits 2)
 */
export async function assertReadableFile(path: string): Promise<void> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`);
  }
  if (st.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
  if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice()) throw new UsageError(`cannot read ${path}: not a regular file`);
}

/** A readable byte stream for `path`, gunzipped when `gzip`; errors surface when it is iterated. */
export function openStream(path: string, gzip: boolean): Readable {
  const file = createReadStream(path);
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  file.pipe(gunzip);
  return gunzip;
}

/** A line, or `null` for a line that was too long and was dropped. */
type Line = string | null;

/**
 * Split a byte stream into lines (LF or CRLF), decoding UTF-8 across chunk borders.
 * Lines longer than `maxChars` are dropped and yielded as `null`, so one absurd line cannot
 * exhaust memory. Stream errors (a truncated gzip file) are thrown to the caller.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxChars = MAX_LINE_CHARS): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let overflow = false;
  for await (const chunk of stream) {
    const s = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    let nl: number;
    while ((nl = s.indexOf('\n', start)) !== -1) {
      if (overflow) {
        overflow = false;
        yield null;
      } else {
        const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        yield s.slice(start, end);
      }
      start = nl + 1;
    }
    rest = s.slice(start);
    if (rest.length > maxChars) {
      overflow = true;
      rest = '';
    }
    if (overflow) rest = '';
  }
  rest += decoder.end();
  if (overflow) yield null;
  else if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/**
 * Read JSONL postings from a byte stream. Blank lines are skipped silently; every other line is
 * one record, and records without an id get their 0-based record index as id.
 */
export async function* jsonlPostings(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<InputItem> {
  let lineNo = 0;
  let index = 0;
  try {
    for await (const line of splitLines(stream)) {
      lineNo++;
      if (line === null) {
        yield { kind: 'problem', where: `line ${lineNo}`, message: `line longer than ${MAX_LINE_CHARS} characters; skipped` };
        index++;
        continue;
      }
      if (line.trim() === '') continue;
      const where = `line ${lineNo}`;
      const recordIndex = index++;
      let value: unknown;
      try {
        // A byte-order mark is common at the start of files written on Windows.
        value = JSON.parse(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line);
      } catch (err) {
        yield { kind: 'problem', where, message: `not valid JSON (${(err as Error).message})` };
        continue;
      }
      const r = postingFromRecord(value);
      if ('error' in r) {
        yield { kind: 'problem', where, message: r.error };
        continue;
      }
      const given = (value as Record<string, unknown>).id;
      if (r.id === undefined && given !== undefined) {
        // A mistyped id field should not pass silently (break report B21): say which index stands in.
        const kind = given === null ? 'null' : Array.isArray(given) ? 'an array' : typeof given === 'number' ? 'not a finite number' : typeof given;
        yield { kind: 'problem', where, message: `"id" is ${kind}, not a string or number; echoing the record index ${recordIndex} instead` };
      }
      yield { kind: 'posting', id: r.id ?? recordIndex, posting: r.posting, where, record: value as Record<string, unknown> };
    }
  } catch (err) {
    yield { kind: 'problem', where: `line ${lineNo + 1}`, message: `input unreadable from here on (${(err as Error).message}); lines before it were read` };
  }
}

/** Read a whole stream as UTF-8 text, refusing more than {@link MAX_FILE_BYTES}. */
export async function readAllText(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_FILE_BYTES) throw new Error(`input is larger than ${MAX_FILE_BYTES} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** One posting from a whole text (a .txt file or stdin). */
export function* textPosting(text: string, where: string): Generator<InputItem> {
  const problem = checkText(text);
  if (problem) yield { kind: 'problem', where, message: problem };
  else yield { kind: 'posting', id: 0, posting: { text, source: 'cli' }, where };
}

/** Read a whole file (gunzipped when asked), refusing more than {@link MAX_FILE_BYTES}. */
export async function readWholeFile(path: string, gzip: boolean): Promise<string> {
  if (!gzip) {
    const st = await stat(path);
    if (st.isFile() && st.size > MAX_FILE_BYTES) throw new Error(`file is larger than ${MAX_FILE_BYTES} bytes`);
    return readFile(path, 'utf8');
  }
  return readAllText(openStream(path, true));
}
