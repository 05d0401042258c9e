/**
 * `lure-lens scan [--json] [--format txt|jsonl|html] [--url <page url>] <file | ->`
 *
 * Runs the engine (`analyze(posting, bundledList)`, the same code the extension runs) over
 * postings read from a file or stdin:
 *   .txt, any other name, or `-` (stdin)  one posting, the whole text
 *   .jsonl, .jsonl.gz (.ndjson)           one posting per line `{ id?, text, title?, company?, location?, salary?, url? }`
 *   .html, .htm                           postings found by the site adapters, as the content script finds them
 * `--format` overrides the choice by name (e.g. `--format jsonl -` reads JSON Lines from stdin);
 * `--url` gives an HTML page its address so the matching site adapter runs (default: file URL).
 *
 * Output: with `--json`, JSON Lines, one per posting: `{ id, level, score, lang, findings }`, `id`
 * echoed from the input or else the posting's 0-based index; without it, a readable report with
 * the explanations in English and a closing summary.
 *
 * Bad records (invalid JSON, no or empty text, over-long text, a truncated .gz) get a message on
 * stderr naming the file and line (the first {@link MAX_PROBLEM_MESSAGES}; the rest are counted in
 * one closing line), and the other postings are still scanned.
 * Exit codes: 0 the scan ran (even if some records were skipped); 2 unusable arguments — unknown
 * flag, no file or more than one, a file that cannot be opened (missing, a directory, no
 * permission), or an HTML page that cannot be read. Output to a closed pipe (`| head`) stops the
 * scan quietly with exit 0.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../engine/analyze';
import type { Assessment } from '../engine/types';
import { bundledList } from '../indicators/bundled';
import type { IndicatorList } from '../list/schema';
import { BufferedOutput, EXIT_OK, EXIT_USAGE, UsageError, processIO, warn, type CliIO } from './io';
import {
  assertReadableFile,
  formatOf,
  jsonlPostings,
  openStream,
  readAllText,
  readWholeFile,
  textPosting,
  checkText,
  type InputFormat,
  type InputItem,
} from './postings';
import { postingsFromHtml, type PageUrlSource } from './html';
import { ReadableReport } from './report';

export const SCAN_USAGE = `usage: lure-lens scan [--json] [--format txt|jsonl|html] [--url <page url>] <file | ->

  <file>     .txt (one posting), .jsonl or .jsonl.gz (one posting per line:
             {"id", "text", "title"?, "company"?, "location"?, "salary"?, "url"?}),
             .html (postings found as the extension finds them); "-" reads one posting from stdin
  --json     print JSON Lines, one per posting: {"id","level","score","lang","findings"}
  --format   read the input as txt, jsonl or html whatever its name (stdin too)
  --url      the page address of an .html input (picks the site adapter)

exit codes: 0 the scan ran (skipped records are reported on stderr), 2 unusable arguments
`;

const FORMATS: readonly InputFormat[] = ['txt', 'jsonl', 'html'];

/** Skipped records reported one by one; past this they are only counted (a wholly broken file stays readable). */
export const MAX_PROBLEM_MESSAGES = 100;

/** Parsed `scan` arguments. */
export interface ScanArgs {
  json: boolean;
  input: string;
  format?: InputFormat;
  url?: string;
}

/**
 * Parse `scan` arguments.
 * @throws UsageError on an unknown flag, a missing or extra operand, or a bad --format/--url
 */
export function parseScanArgs(argv: string[]): ScanArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const flag = /'([^']+)'/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) throw new UsageError(`unknown option "${flag}"`);
    throw new UsageError(e.message.split('.')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no input: give a file name, or "-" for stdin');
  if (positionals.length > 1) throw new UsageError(`one input at a time (got ${positionals.length}: ${positionals.join(' ')})`);
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  }
  if (values.url !== undefined) {
    try {
      new URL(values.url);
    } catch {
      throw new UsageError(`--url is not a URL: "${values.url}"`);
    }
  }
  return { json: values.json ?? false, input: positionals[0]!, format: format as InputFormat | undefined, url: values.url };
}

/** The JSON Lines record of one posting (the `--json` contract). */
export function jsonRecord(id: string | number, a: Assessment): string {
  return JSON.stringify({ id, level: a.level, score: a.score, lang: a.lang, findings: a.findings });
}

/**
 * Produce the input's postings and problems.
 * @throws UsageError when the input cannot be opened at all
 */
async function* readInput(
  args: ScanArgs,
  io: CliIO,
  list: IndicatorList,
  onPage?: (url: URL, source: PageUrlSource) => void,
): AsyncGenerator<InputItem> {
  const stdin = args.input === '-';
  const byName = stdin ? { format: 'txt' as InputFormat, gzip: false } : formatOf(args.input);
  const format = args.format ?? byName.format;
  if (!stdin) await assertReadableFile(args.input);
  const stream = () => (stdin ? io.stdin : openStream(args.input, byName.gzip));

  if (format === 'jsonl') {
    yield* jsonlPostings(stream());
    return;
  }
  let text: string;
  try {
    text = stdin ? await readAllText(io.stdin) : await readWholeFile(args.input, byName.gzip);
  } catch (err) {
    throw new UsageError(`cannot read ${stdin ? 'stdin' : args.input}: ${(err as Error).message}`);
  }
  if (format === 'txt') {
    yield* textPosting(text, '');
    return;
  }
  // html
  const fallback = new URL(stdin ? 'file:///stdin.html' : pathToFileURL(resolve(args.input)).href);
  let page;
  try {
    page = await postingsFromHtml(text, args.url ? new URL(args.url) : undefined, list, fallback);
  } catch (err) {
    throw new UsageError(`cannot extract postings from ${stdin ? 'stdin' : args.input}: ${(err as Error).message}`);
  }
  onPage?.(page.url, page.urlSource);
  if (page.problem) {
    yield { kind: 'problem', where: 'page', message: page.problem };
    return;
  }
  if (page.note) yield { kind: 'problem', where: 'page', message: page.note };
  const found = page.postings;
  if (found.length === 0) {
    yield { kind: 'problem', where: 'page', message: 'no postings found on the page' };
    return;
  }
  let i = 0;
  for (const f of found) {
    const index = i++;
    const where = `posting ${index}`;
    const problem = checkText(f.posting.text ?? '');
    if (problem) yield { kind: 'problem', where, message: problem };
    else yield { kind: 'posting', id: index, posting: f.posting, where };
  }
}

/**
 * Run `lure-lens scan`.
 * @param argv arguments after "scan"
 * @param io streams (defaults to the process's)
 * @param list indicator list (defaults to the bundled one)
 * @returns exit code: 0 the scan ran, 2 unusable arguments
 */
export async function scanCommand(argv: string[], io: CliIO = processIO(), list: IndicatorList = bundledList): Promise<number> {
  let args: ScanArgs | 'help';
  try {
    args = parseScanArgs(argv);
  } catch (err) {
    warn(io, `lure-lens scan: ${(err as Error).message}`);
    warn(io, SCAN_USAGE);
    return EXIT_USAGE;
  }
  if (args === 'help') {
    io.stdout.write(SCAN_USAGE);
    return EXIT_OK;
  }
  const label = args.input === '-' ? 'stdin' : args.input;
  const out = new BufferedOutput(io.stdout);
  const report = args.json ? undefined : new ReadableReport(list);
  let skipped = 0;
  try {
    const onPage = (url: URL, source: PageUrlSource) => {
      if (report) void out.write(`page ${url.href}${source === 'argument' ? '' : ` (address from ${source === 'file' ? 'the file name' : `the page's ${source}`})`}\n\n`);
    };
    for await (const item of readInput(args, io, list, onPage)) {
      if (out.closed) break;
      if (item.kind === 'problem') {
        skipped++;
        if (skipped <= MAX_PROBLEM_MESSAGES) warn(io, `lure-lens scan: ${label}${item.where ? `: ${item.where}` : ''}: ${item.message}`);
        continue;
      }
      let a: Assessment;
      try {
        a = analyze(item.posting, list);
      } catch (err) {
        // The engine must not throw; if it does, the other postings still get scanned.
        skipped++;
        warn(io, `lure-lens scan: ${label}${item.where ? `: ${item.where}` : ''}: analysis failed (${(err as Error).message})`);
        continue;
      }
      await out.write(report ? report.posting(item.id, item.where || label, item.posting, a) : `${jsonRecord(item.id, a)}\n`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      warn(io, `lure-lens scan: ${err.message}`);
      return EXIT_USAGE;
    }
    throw err;
  }
  if (skipped > MAX_PROBLEM_MESSAGES) warn(io, `lure-lens scan: ${label}: ${skipped - MAX_PROBLEM_MESSAGES} more records skipped (messages not shown; ${skipped} in all)`);
  if (report) await out.write(report.summary(skipped));
  await out.end();
  return EXIT_OK;
}
