/**
 * Validation-then-analyse benchmark: does running the list validation chain leave the engine slower
 * for the rest of the process?
 *
 *   npx tsx src/eval/validation-bench.ts [--data <dir>] [--json]      (or: npm run bench:validation)
 *
 * Why: V8 compiles a regexp without optimisation once the process has generated more than 1 MB of
 * regexp code and holds more than 16 MB of executable memory (v8 src/regexp/regexp.cc,
 * TooMuchRegExpCode), and that choice sticks to the compiled regexp. The extension's service worker
 * validates an update (schema, ReDoS, self-test, sanity gate) and then analyses pages with it, in
 * one process; if validation generates a lot of regexp code before analyze() first compiles its
 * big single passes, every page afterwards is several times slower. (Self-test examples on the
 * shared per-indicator regexps did exactly that: 10 s instead of 2 s CPU on the Vietnamese set.)
 *
 * The figures come from two fresh child processes (a fresh V8 each, so neither inherits the other's
 * compiled code), over the same postings (default: ../shared/data/vietnam_job_titles):
 *   fresh       parse the bundled list, analyze() every posting;
 *   validated   validateListDocument() on the bundled document (the full chain, disarm gate on),
 *               then analyze() every posting with the list that validation returned.
 * Units: CPU seconds of the child (process.cpuUsage, user + system) spent in the analyze() loop, and
 * MB (10^6 bytes of UTF-8 posting text) per CPU second. `ratio` = validated / fresh CPU time; about 1
 * means validation leaves no lasting cost. Nothing is asserted: this prints figures (speed targets
 * are benchmarks, not timed tests). With --json the last stdout line is one JSON object
 * `{ "freshCpuS", "validatedCpuS", "validationCpuS", "ratio", "posts", "mb" }`.
 * Exit 0 when it ran, 2 on unusable arguments or missing data, 1 when a child failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../engine/analyze';
import { bundledDocument } from '../indicators/bundled';
import { parseIndicatorList, type IndicatorList } from '../list/schema';
import { validateListDocument } from '../list/validate';
import { defaultDataDir, loadDatasets } from './datasets';

interface ChildResult {
  mode: 'fresh' | 'validated';
  /** CPU seconds of the analyze() loop. */
  cpuS: number;
  /** CPU seconds of validateListDocument (0 in mode fresh). */
  validationCpuS: number;
  posts: number;
  /** MB of posting text. */
  mb: number;
  /** Postings warned on (medium/high): both children must agree, or they did different work. */
  warned: number;
}

function cpuS(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** One measurement in this (fresh) process; prints one JSON line. */
function child(mode: ChildResult['mode'], dataDir: string): void {
  const postings = loadDatasets(dataDir).datasets.flatMap((d) => d.rows.map((r) => r.posting));
  const mb = postings.reduce((s, p) => s + Buffer.byteLength(p.text, 'utf8'), 0) / 1e6;
  // a copy of the document, as an update would arrive: nothing shared with the bundled list object
  const doc: unknown = JSON.parse(JSON.stringify(bundledDocument));
  let list: IndicatorList;
  let validationCpuS = 0;
  if (mode === 'validated') {
    const t = cpuS();
    const report = validateListDocument(doc, { disarmGate: true });
    validationCpuS = cpuS() - t;
    if (!report.ok || !report.list) throw new Error(`bundled list failed validation: ${report.errors[0] ?? '?'}`);
    list = report.list;
  } else {
    const parsed = parseIndicatorList(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    list = parsed.list;
  }
  let warned = 0;
  const t0 = cpuS();
  for (const p of postings) {
    const level = analyze(p, list).level;
    if (level === 'medium' || level === 'high') warned++;
  }
  const result: ChildResult = { mode, cpuS: cpuS() - t0, validationCpuS, posts: postings.length, mb, warned };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(mode: ChildResult['mode'], dataDir: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', mode, '--data', dataDir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`child "${mode}" failed (exit ${r.status}): ${(r.stderr ?? '').trim().slice(0, 500)}`);
  return JSON.parse(line) as ChildResult;
}

function main(argv: string[]): number {
  let json = false;
  let dataDir = join(defaultDataDir(), 'vietnam_job_titles');
  let childMode: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--data' && argv[i + 1]) dataDir = resolve(argv[++i]!);
    else if (a === '--child' && argv[i + 1]) childMode = argv[++i];
    else {
      process.stderr.write(`validation-bench: unknown argument "${a}"\nusage: validation-bench [--data <dir>] [--json]\n`);
      return 2;
    }
  }
  if (!existsSync(dataDir)) {
    process.stderr.write(`validation-bench: data directory not found: ${dataDir}\n`);
    return 2;
  }
  if (childMode === 'fresh' || childMode === 'validated') {
    child(childMode, dataDir);
    return 0;
  }
  let fresh: ChildResult;
  let validated: ChildResult;
  try {
    fresh = runChild('fresh', dataDir);
    validated = runChild('validated', dataDir);
  } catch (e) {
    process.stderr.write(`validation-bench: ${(e as Error).message}\n`);
    return 1;
  }
  const ratio = Math.round((validated.cpuS / fresh.cpuS) * 100) / 100;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  process.stdout.write(
    `validation-bench: ${fresh.posts} postings, ${fresh.mb.toFixed(2)} MB of text from ${dataDir}; CPU seconds of analyze() over all of them\n` +
      `fresh process              ${fresh.cpuS.toFixed(2)} s   ${(fresh.mb / fresh.cpuS).toFixed(2)} MB/s   (${fresh.warned} warned)\n` +
      `after validating the list  ${validated.cpuS.toFixed(2)} s   ${(validated.mb / validated.cpuS).toFixed(2)} MB/s   (${validated.warned} warned; validation itself ${validated.validationCpuS.toFixed(2)} s)\n` +
      `ratio                      ${ratio.toFixed(2)}× (about 1 = validation leaves the engine as fast as in a fresh process)\n`,
  );
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ freshCpuS: r2(fresh.cpuS), validatedCpuS: r2(validated.cpuS), validationCpuS: r2(validated.validationCpuS), ratio, posts: fresh.posts, mb: r2(fresh.mb) })}\n`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
