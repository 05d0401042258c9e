/**
 * `lure-lens eval [--data <dir>] [--out <file>] [--cases] [--json]`
 *
 * Scans every dataset under the data directory (default ../shared/data, resolved from the
 * repository root) with the bundled indicator list and prints, per dataset and per language,
 * recall on fraud rows and the false-warning rate on legit rows (warning = medium or high),
 * then the 10 worst misses and 10 worst false warnings with the indicators that fired.
 * The same figures are written as JSON to --out (default .eval/eval.json, git-ignored).
 * --cases also evaluates the invented multilingual cases in tests/cases/*.jsonl.
 * Exit 0 when the evaluation ran, 2 on unusable arguments or a missing data directory.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundledList } from '../indicators/bundled';
import { evaluate, type EvalReport, type LangResult } from './evaluate';
import { defaultDataDir, loadDatasets } from './datasets';

function pct(x: number | null): string {
  return x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
}

function line(name: string, c: LangResult): string {
  return `${name.padEnd(40)} ${String(c.fraud).padStart(6)} ${String(c.legit).padStart(6)}  recall ${pct(c.recall)}  false-warn ${pct(c.falseWarningRate)}`;
}

/** Render the report as a plain-text table (used by the command and by the report). */
export function formatReport(r: EvalReport): string {
  const out: string[] = [];
  out.push(`${'dataset / lang'.padEnd(40)} ${'fraud'.padStart(6)} ${'legit'.padStart(6)}`);
  for (const d of r.datasets) {
    out.push(line(d.name, d));
    for (const [lang, c] of Object.entries(d.byLang).sort()) out.push(line(`  ${lang}`, c));
  }
  const ex = (title: string, list: EvalReport['worstMisses']) => {
    out.push('', title);
    if (list.length === 0) out.push('  (none)');
    for (const e of list) {
      out.push(`  ${e.dataset}/${e.id} [${e.lang}] ${e.level} score=${e.score}${e.pattern ? ` ${e.pattern}` : ''} :: ${e.snippet}`);
      out.push(`      fired: ${e.fired.map((f) => `${f.indicator}("${f.snippet}")`).join(' ') || '-'}`);
    }
  };
  ex('worst misses (fraud rows not warned, lowest score first):', r.worstMisses);
  ex('worst false warnings (legit rows warned, highest score first):', r.worstFalseWarnings);
  return out.join('\n');
}

export async function evalCommand(argv: string[]): Promise<number> {
  let dataDir = defaultDataDir();
  let outFile = resolve('.eval', 'eval.json');
  let withCases = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data' && argv[i + 1]) dataDir = resolve(argv[++i]!);
    else if (a === '--out' && argv[i + 1]) outFile = resolve(argv[++i]!);
    else if (a === '--cases') withCases = true;
    else {
      process.stderr.write(`lure-lens eval: unknown argument "${a}"\nusage: lure-lens eval [--data <dir>] [--out <file>] [--cases]\n`);
      return 2;
    }
  }
  if (!existsSync(dataDir)) {
    process.stderr.write(`lure-lens eval: data directory not found: ${dataDir}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = loadDatasets(dataDir);
    if (withCases && existsSync(resolve('tests', 'cases'))) {
      const cases = loadDatasets(resolve('tests', 'cases'));
      const rows = cases.datasets.flatMap((d) => d.rows);
      loaded.datasets.push({ name: 'tests/cases', rows });
    }
  } catch (e) {
    process.stderr.write(`lure-lens eval: ${(e as Error).message}\n`);
    return 2;
  }
  for (const [file, n] of Object.entries(loaded.skipped)) process.stderr.write(`lure-lens eval: ${file}: skipped ${n} line(s) without text/label\n`);
  const t0 = performance.now();
  const report = evaluate(bundledList, loaded.datasets);
  const ms = performance.now() - t0;
  process.stdout.write(`${formatReport(report)}\n\n${report.posts} posts in ${(ms / 1000).toFixed(1)} s (list ${bundledList.listVersion})\n`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ listVersion: bundledList.listVersion, dataDir, ...report }, null, 1)}\n`);
  process.stdout.write(`wrote ${outFile}\n`);
  return 0;
}
