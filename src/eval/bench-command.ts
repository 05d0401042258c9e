/**
 * `lure-lens bench [--json] [--data <dir>] [--rounds <n>]`
 *
 * Engine throughput over every posting text in the data directory (default ../shared/data),
 * next to a baseline measured in the same run over the same texts: one lower-casing and one
 * combined regular-expression pass (the bundled list's English and language-independent pattern
 * sources joined into one alternation — what a naive keyword scanner does). The ratio
 * engine/baseline is what stays comparable on a noisy machine. (All 1,300+ sources of every
 * language in one alternation are too big for V8's native regexp compiler and run about 200×
 * slower in its interpreter, which would make the baseline meaningless.)
 *
 * Figures: engineMBps and baselineMBps = UTF-8 megabytes (10^6 bytes) of posting text per
 * second of CPU time of this process (process.cpuUsage: user + system), which, unlike wall time,
 * does not drop when other programs load the machine; p50ms/p95ms = per-posting analyze() CPU time in milliseconds; posts = number
 * of postings analysed per round. A warm-up over the first 1,000 postings (regex compilation,
 * compromise load, JIT) is not counted; the best of --rounds rounds (default 1) is reported. With --json the last stdout line is exactly one JSON object
 * `{ "engineMBps", "baselineMBps", "p50ms", "p95ms", "posts" }`.
 * Exit 0 when the benchmark ran, 2 on unusable arguments or a missing data directory.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../engine/analyze';
import { normalizePattern } from '../engine/pattern-text';
import { bundledList } from '../indicators/bundled';
import { defaultDataDir, loadDatasets } from './datasets';
import type { Posting } from '../engine/types';

export interface BenchResult {
  /** MB of posting text per CPU second of analyze(). */
  engineMBps: number;
  baselineMBps: number;
  p50ms: number;
  p95ms: number;
  posts: number;
  /** Same as engineMBps but per wall-clock second (drops when the machine is busy). */
  engineWallMBps?: number;
}

/** CPU time of this process in milliseconds (user + system). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** The baseline regex: the English and "*" pattern sources in one alternation (sources that fail alone are skipped). */
function baselineRegex(): RegExp {
  const parts: string[] = [];
  for (const ind of bundledList.indicators) {
    for (const [lang, sources] of Object.entries(ind.patterns)) {
      if (lang !== 'en' && lang !== '*') continue;
      for (const s of sources) {
        const src = normalizePattern(s);
        try {
          new RegExp(src, 'u');
          parts.push(`(?:${src})`);
        } catch {
          /* skip */
        }
      }
    }
  }
  return new RegExp(parts.join('|'), 'gu');
}

/** Run the benchmark on postings. Pure measurement; prints nothing. */
export function runBench(postings: Posting[], rounds = 1): BenchResult {
  const bytes = postings.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0);
  const re = baselineRegex();
  let engineMs = Infinity;
  let baselineMs = Infinity;
  let engineWallMs = Infinity;
  let perPost: number[] = [];
  // warm-up: compile the list, load compromise, let the JIT settle
  for (const p of postings.slice(0, 1000)) analyze(p, bundledList);
  for (let round = 1; round <= rounds; round++) {
    // baseline: lower-case + one combined pass
    let t0 = cpuMs();
    let sink = 0;
    for (const p of postings) {
      const lower = p.text.toLowerCase();
      re.lastIndex = 0;
      while (re.exec(lower) !== null) sink++;
    }
    const b = cpuMs() - t0;
    // engine
    const times: number[] = new Array(postings.length);
    const wall0 = performance.now();
    t0 = cpuMs();
    for (let i = 0; i < postings.length; i++) {
      const s = cpuMs();
      sink += analyze(postings[i]!, bundledList).findings.length;
      times[i] = cpuMs() - s;
    }
    const e = cpuMs() - t0;
    const wall = performance.now() - wall0;
    if (sink < 0) throw new Error('unreachable');
    if (e < engineMs) {
      engineMs = e;
      engineWallMs = wall;
      perPost = times;
    }
    baselineMs = Math.min(baselineMs, b);
  }
  perPost.sort((a, b) => a - b);
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    engineMBps: round3(bytes / 1e6 / (engineMs / 1000)),
    baselineMBps: round3(bytes / 1e6 / (baselineMs / 1000)),
    p50ms: round3(percentile(perPost, 50)),
    p95ms: round3(percentile(perPost, 95)),
    posts: postings.length,
    engineWallMBps: round3(bytes / 1e6 / (engineWallMs / 1000)),
  };
}

export async function benchCommand(argv: string[]): Promise<number> {
  let json = false;
  let dataDir = defaultDataDir();
  let rounds = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--data' && argv[i + 1]) dataDir = resolve(argv[++i]!);
    else if (a === '--rounds' && argv[i + 1] && /^\d+$/.test(argv[i + 1]!)) rounds = Math.max(1, Number(argv[++i]));
    else {
      process.stderr.write(`lure-lens bench: unknown argument "${a}"\nusage: lure-lens bench [--json] [--data <dir>] [--rounds <n>]\n`);
      return 2;
    }
  }
  if (!existsSync(dataDir)) {
    process.stderr.write(`lure-lens bench: data directory not found: ${dataDir}\n`);
    return 2;
  }
  let postings: Posting[];
  try {
    postings = loadDatasets(dataDir).datasets.flatMap((d) => d.rows.map((r) => r.posting));
  } catch (e) {
    process.stderr.write(`lure-lens bench: ${(e as Error).message}\n`);
    return 2;
  }
  const mb = postings.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0) / 1e6;
  process.stdout.write(`bench: ${postings.length} postings, ${mb.toFixed(2)} MB of text, best of ${rounds} round(s) after a warm-up; figures are per CPU second\n`);
  const r = runBench(postings, rounds);
  process.stdout.write(
    `engine    ${r.engineMBps.toFixed(2)} MB/s   per post p50 ${r.p50ms.toFixed(3)} ms, p95 ${r.p95ms.toFixed(3)} ms\n` +
      `          ${(r.engineWallMBps ?? 0).toFixed(2)} MB/s per wall-clock second in this run (depends on machine load)\n` +
      `baseline  ${r.baselineMBps.toFixed(2)} MB/s   (lower-case + one combined regex pass)\n` +
      `ratio     engine is ${(r.engineMBps / r.baselineMBps).toFixed(2)}× the baseline speed\n`,
  );
  if (json) {
    const { engineMBps, baselineMBps, p50ms, p95ms, posts } = r;
    process.stdout.write(`${JSON.stringify({ engineMBps, baselineMBps, p50ms, p95ms, posts })}\n`);
  }
  return 0;
}
