/**
 * `lure-lens list test <candidate.json> [--baseline <list.json>] [--data <dir> | --no-data]
 *   [--max-recall-drop <fraction>] [--max-fw-rise <fraction>] [labelled.jsonl[.gz] …]`
 *
 * The regression gate for indicator-list updates. Either list may be a plain list or a signed
 * envelope (its inner list is used; the signature is `list verify`'s business). Lists are
 * validated in a child process (see `readValidListIsolated` for why). The candidate list is validated (the same
 * chain as `list validate`), then it and the current list (the bundled one, or --baseline) are
 * run with the engine over the same labelled postings: every dataset under the data directory
 * (default ../shared/data, loaded by src/eval/datasets.ts) plus each labelled JSONL file given
 * (rows `{ id?, text, label: "fraud" | "legit", lang?, title?, … }`, one dataset per file).
 * Measures come from src/eval/evaluate.ts (`evaluate`): recall on fraud rows and the
 * false-warning rate on legit rows, a warning being level medium or high.
 *
 * The gate FAILS, per dataset, when
 *   baseline recall − candidate recall > --max-recall-drop (default 0.02, i.e. 2 percentage points), or
 *   candidate false-warning rate − baseline false-warning rate > --max-fw-rise (default 0.005, 0.5 points).
 * Datasets are never pooled: they differ in style and age (see ../shared/data/README.md).
 *
 * Output: a comparison table, then `PASS …` or `FAIL …` on the last line.
 * Exit codes: 0 pass; 1 fail, or the candidate/baseline list is invalid; 2 unusable arguments
 * (unknown flag, no candidate, a bad threshold, no data to test on).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledList } from '../indicators/bundled';
import type { IndicatorList } from '../list/schema';
import { evaluate, type DatasetResult, type EvalDataset, type EvalRow } from '../eval/evaluate';
import { defaultDataDir, loadDatasets, toEvalRow } from '../eval/datasets';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError, processIO, warn, type CliIO } from './io';
import { readValidListIsolated } from './list-files';
import { assertReadableFile, formatOf, openStream, splitLines } from './postings';

export const TEST_USAGE = `usage: lure-lens list test <candidate.json> [--baseline <list.json>] [--data <dir> | --no-data]
                          [--max-recall-drop 0.02] [--max-fw-rise 0.005] [labelled.jsonl ...]

  Runs the candidate and the current list (bundled, or --baseline) over ../shared/data (or --data)
  and the labelled JSONL files given (label "fraud" | "legit"), and fails when, in any dataset,
  recall drops by more than --max-recall-drop or the false-warning rate rises by more than
  --max-fw-rise (fractions: 0.02 = 2 percentage points).
exit codes: 0 pass, 1 fail or invalid list, 2 unusable arguments
`;

/** Default thresholds of the gate (fractions of the dataset). */
export const DEFAULT_MAX_RECALL_DROP = 0.02;
export const DEFAULT_MAX_FW_RISE = 0.005;

/** Float slack so that 0.1 − 0.08 counts as 0.02, not 0.020000000000000004. */
const EPS = 1e-9;

export interface TestArgs {
  candidate: string;
  baseline?: string;
  dataDir?: string;
  useData: boolean;
  maxRecallDrop: number;
  maxFwRise: number;
  files: string[];
}

/** One dataset's comparison. */
export interface GateRow {
  name: string;
  fraud: number;
  legit: number;
  baseRecall: number | null;
  candRecall: number | null;
  baseFw: number | null;
  candFw: number | null;
  /** Empty when the dataset passes; else one reason per broken threshold. */
  failures: string[];
}

function fraction(name: string, v: string | undefined, def: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`${name} must be a fraction between 0 and 1 (got "${v}")`);
  return n;
}

/** Parse `list test` arguments. @throws UsageError */
export function parseTestArgs(argv: string[]): TestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        baseline: { type: 'string' },
        data: { type: 'string' },
        'no-data': { type: 'boolean' },
        'max-recall-drop': { type: 'string' },
        'max-fw-rise': { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('.')[0]!);
  }
  const { values, positionals } = parsed;
  const [candidate, ...files] = positionals;
  if (!candidate) throw new UsageError('no candidate list given');
  if (values.data !== undefined && values['no-data']) throw new UsageError('--data and --no-data exclude each other');
  return {
    candidate,
    baseline: values.baseline,
    dataDir: values.data,
    useData: !values['no-data'],
    maxRecallDrop: fraction('--max-recall-drop', values['max-recall-drop'], DEFAULT_MAX_RECALL_DROP),
    maxFwRise: fraction('--max-fw-rise', values['max-fw-rise'], DEFAULT_MAX_FW_RISE),
    files,
  };
}

/**
 * Load one labelled JSONL file (optionally gzipped) as a dataset named after the file.
 * Rows without text or a fraud/legit label are counted in `skipped`.
 */
export async function loadLabelledFile(path: string): Promise<{ dataset: EvalDataset; skipped: number }> {
  const name = basename(path).replace(/\.(jsonl|ndjson)(\.gz)?$/i, '');
  const rows: EvalRow[] = [];
  let skipped = 0;
  let lineNo = 0;
  for await (const line of splitLines(openStream(path, formatOf(path).gzip))) {
    lineNo++;
    if (line !== null && line.trim() === '') continue;
    let row: EvalRow | undefined;
    try {
      row = line === null ? undefined : toEvalRow(JSON.parse(line), `${name}:${lineNo}`);
    } catch {
      row = undefined;
    }
    if (row) rows.push(row);
    else skipped++;
  }
  return { dataset: { name, rows }, skipped };
}

/** Compare per-dataset results of the baseline and the candidate against the thresholds. */
export function compareResults(base: DatasetResult[], cand: DatasetResult[], maxRecallDrop: number, maxFwRise: number): GateRow[] {
  return cand.map((c, i) => {
    const b = base[i]!;
    const failures: string[] = [];
    if (b.recall !== null && c.recall !== null && b.recall - c.recall > maxRecallDrop + EPS) {
      failures.push(`recall −${pts(b.recall - c.recall)} pts > ${pts(maxRecallDrop)} allowed`);
    }
    if (b.falseWarningRate !== null && c.falseWarningRate !== null && c.falseWarningRate - b.falseWarningRate > maxFwRise + EPS) {
      failures.push(`false warnings +${pts(c.falseWarningRate - b.falseWarningRate)} pts > ${pts(maxFwRise)} allowed`);
    }
    return { name: c.name, fraud: c.fraud, legit: c.legit, baseRecall: b.recall, candRecall: c.recall, baseFw: b.falseWarningRate, candFw: c.falseWarningRate, failures };
  });
}

/** Percentage points with two decimals ("0.25"). */
function pts(fraction: number): string {
  return (fraction * 100).toFixed(2);
}

function pct(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(2)}%`;
}

function delta(b: number | null, c: number | null): string {
  if (b === null || c === null) return '';
  const d = (c - b) * 100;
  return `${d >= 0 ? '+' : '−'}${Math.abs(d).toFixed(2)}`;
}

/** Render the comparison table (one row per dataset). */
export function formatGateTable(rows: GateRow[]): string {
  const nameW = Math.max(7, ...rows.map((r) => r.name.length));
  const head = `${'dataset'.padEnd(nameW)}  ${'fraud'.padStart(6)} ${'legit'.padStart(6)}  ${'recall base → cand (Δ pts)'.padEnd(30)}  ${'false warnings base → cand (Δ pts)'.padEnd(36)}  verdict`;
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows) {
    const rec = r.baseRecall === null ? '-' : `${pct(r.baseRecall)} → ${pct(r.candRecall)} (${delta(r.baseRecall, r.candRecall)})`;
    const fw = r.baseFw === null ? '-' : `${pct(r.baseFw)} → ${pct(r.candFw)} (${delta(r.baseFw, r.candFw)})`;
    lines.push(`${r.name.padEnd(nameW)}  ${String(r.fraud).padStart(6)} ${String(r.legit).padStart(6)}  ${rec.padEnd(30)}  ${fw.padEnd(36)}  ${r.failures.length ? `FAIL: ${r.failures.join('; ')}` : 'ok'}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Run `lure-lens list test`.
 * @returns 0 pass, 1 fail or invalid list, 2 unusable arguments
 */
export async function testCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  let args: TestArgs;
  try {
    args = parseTestArgs(argv);
    for (const f of args.files) await assertReadableFile(f);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    warn(io, `lure-lens list test: ${err.message}\n${TEST_USAGE}`);
    return EXIT_USAGE;
  }

  const datasets: EvalDataset[] = [];
  if (args.useData) {
    const dir = resolve(args.dataDir ?? defaultDataDir());
    const present = existsSync(dir) && statSync(dir).isDirectory();
    if (!present && args.dataDir !== undefined) {
      warn(io, `lure-lens list test: data directory ${dir} does not exist\n${TEST_USAGE}`);
      return EXIT_USAGE;
    }
    if (present) {
      try {
        const loaded = loadDatasets(dir);
        datasets.push(...loaded.datasets);
        for (const [file, n] of Object.entries(loaded.skipped)) warn(io, `lure-lens list test: ${file}: ${n} rows without text or label skipped`);
      } catch (err) {
        warn(io, `lure-lens list test: ${(err as Error).message}`);
      }
    } else {
      warn(io, `lure-lens list test: no data directory at ${dir}; testing on the given files only`);
    }
  }
  for (const f of args.files) {
    const { dataset, skipped } = await loadLabelledFile(f);
    if (skipped) warn(io, `lure-lens list test: ${f}: ${skipped} rows without text or a fraud/legit label skipped`);
    datasets.push(dataset);
  }
  const usable = datasets.filter((d) => d.rows.length > 0);
  if (usable.length === 0) {
    warn(io, `lure-lens list test: no labelled postings to test on (give --data <dir> or labelled .jsonl files)\n${TEST_USAGE}`);
    return EXIT_USAGE;
  }

  // Data first (cheap, and a usage error should not wait for validation); then both lists, in parallel.
  const [cand, base] = await Promise.all([
    readValidListIsolated(args.candidate, true),
    args.baseline ? readValidListIsolated(args.baseline, true) : Promise.resolve(undefined),
  ]);
  if (!cand.ok) {
    warn(io, `lure-lens list test: candidate list is not valid: ${cand.reason}`);
    return EXIT_BAD_INPUT;
  }
  let baseList: IndicatorList = bundledList;
  let baseName = `bundled ${bundledList.listVersion}`;
  if (args.baseline && base) {
    if (!base.ok) {
      warn(io, `lure-lens list test: baseline list is not valid: ${base.reason}`);
      return EXIT_BAD_INPUT;
    }
    baseList = base.list;
    baseName = `${args.baseline} ${base.list.listVersion}`;
  }

  const baseReport = evaluate(baseList, usable, { worst: 0 });
  const candReport = evaluate(cand.list, usable, { worst: 0 });
  const rows = compareResults(baseReport.datasets, candReport.datasets, args.maxRecallDrop, args.maxFwRise);
  const out = [
    `list test: candidate ${args.candidate} ${cand.list.listVersion} vs ${baseName}`,
    `thresholds per dataset: recall may drop ≤ ${pts(args.maxRecallDrop)} pts, false warnings may rise ≤ ${pts(args.maxFwRise)} pts`,
    '',
    formatGateTable(rows),
  ];
  const failed = rows.filter((r) => r.failures.length > 0);
  out.push(
    failed.length
      ? `FAIL: ${failed.length} of ${rows.length} datasets regress (${failed.map((r) => r.name).join(', ')})\n`
      : `PASS: no dataset regresses beyond the thresholds (${rows.length} datasets, ${candReport.posts} postings)\n`,
  );
  io.stdout.write(out.join('\n'));
  return failed.length ? EXIT_BAD_INPUT : EXIT_OK;
}
