/**
 * Measure an indicator list against labelled postings: recall on fraud rows and
 * false-warning rate on legit rows, per dataset and per language (never pooled across
 * datasets: they differ in style and age).
 *
 * Signature (imported by `lure-lens eval` and by `lure-lens list test`'s regression gate):
 *
 *   evaluate(list: IndicatorList, datasets: EvalDataset[], options?: EvaluateOptions): EvalReport
 *
 *   EvalDataset = { name: string; rows: EvalRow[] }
 *   EvalRow     = { id: string; label: 'fraud' | 'legit'; lang: string; posting: Posting }
 *   EvalReport  = { datasets: DatasetResult[]; worstMisses: EvalExample[]; worstFalseWarnings: EvalExample[]; posts: number }
 *   DatasetResult = { name, fraud, legit, warnedFraud, warnedLegit, recall | null, falseWarningRate | null,
 *                     byLang: { [lang]: LangResult } }
 *
 * "Warned" means level medium or high (the levels that show a warning on the page).
 * recall = warnedFraud / fraud (null when the dataset has no fraud rows);
 * falseWarningRate = warnedLegit / legit (null when it has no legit rows).
 * Worst misses are the fraud rows with the lowest score; worst false warnings the legit
 * rows with the highest score. Examples carry only ids, indicator ids and short snippets
 * (≤ 80 characters each) so reports never reproduce whole dataset rows.
 *
 * Pure (no Node API): the caller loads the rows (see ./datasets.ts for the Node loader).
 */
import { analyze } from '../engine/analyze';
import type { Assessment, Posting } from '../engine/types';
import type { IndicatorList } from '../list/schema';

export interface EvalRow {
  id: string;
  label: 'fraud' | 'legit';
  /** Language of the row as given by the dataset ("und" when absent). */
  lang: string;
  posting: Posting;
}

export interface EvalDataset {
  name: string;
  rows: EvalRow[];
}

export interface LangResult {
  fraud: number;
  legit: number;
  warnedFraud: number;
  warnedLegit: number;
  recall: number | null;
  falseWarningRate: number | null;
}

export interface DatasetResult extends LangResult {
  name: string;
  byLang: Record<string, LangResult>;
}

export interface EvalExample {
  dataset: string;
  id: string;
  lang: string;
  level: Assessment['level'];
  score: number;
  pattern?: string;
  /** Indicator ids that fired with a short evidence snippet each. */
  fired: { indicator: string; snippet: string }[];
  /** First 80 characters of the posting text. */
  snippet: string;
}

export interface EvalReport {
  datasets: DatasetResult[];
  worstMisses: EvalExample[];
  worstFalseWarnings: EvalExample[];
  posts: number;
}

export interface EvaluateOptions {
  /** How many worst misses / false warnings to keep (default 10). */
  worst?: number;
  /** The analysis function (default: the engine's analyze). */
  analyzeFn?: (posting: Posting, list: IndicatorList) => Assessment;
}

/** True when the assessment shows a warning on the page. */
export function isWarning(a: Pick<Assessment, 'level'>): boolean {
  return a.level === 'medium' || a.level === 'high';
}

function snip(s: string, n = 80): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function emptyCounts(): LangResult {
  return { fraud: 0, legit: 0, warnedFraud: 0, warnedLegit: 0, recall: null, falseWarningRate: null };
}

function finish(c: LangResult): LangResult {
  c.recall = c.fraud ? c.warnedFraud / c.fraud : null;
  c.falseWarningRate = c.legit ? c.warnedLegit / c.legit : null;
  return c;
}

function example(dataset: string, row: EvalRow, a: Assessment): EvalExample {
  return {
    dataset,
    id: row.id,
    lang: row.lang,
    level: a.level,
    score: a.score,
    ...(a.pattern ? { pattern: a.pattern } : {}),
    fired: a.findings.map((f) => ({ indicator: f.indicator, snippet: snip(f.evidence.text, 40) })),
    snippet: snip(row.posting.text),
  };
}

/** Keep the `n` best items by `key` (descending) without sorting everything. */
function pushTop<T>(arr: T[], item: T, key: (t: T) => number, n: number): void {
  arr.push(item);
  arr.sort((x, y) => key(y) - key(x));
  if (arr.length > n) arr.length = n;
}

/**
 * Run the engine over every row of every dataset.
 * @throws never on odd rows: a row whose analysis throws counts as "not warned" and is
 *   reported as a miss/clean with level "none" (the engine itself must not throw).
 */
export function evaluate(list: IndicatorList, datasets: EvalDataset[], options: EvaluateOptions = {}): EvalReport {
  const worst = options.worst ?? 10;
  const run = options.analyzeFn ?? analyze;
  const results: DatasetResult[] = [];
  const misses: EvalExample[] = [];
  const falseWarnings: EvalExample[] = [];
  let posts = 0;
  for (const ds of datasets) {
    const total = emptyCounts();
    const byLang: Record<string, LangResult> = {};
    for (const row of ds.rows) {
      posts++;
      let a: Assessment;
      try {
        a = run(row.posting, list);
      } catch {
        a = { level: 'none', score: 0, lang: 'und', findings: [] };
      }
      const warned = isWarning(a);
      const lang = (byLang[row.lang] ??= emptyCounts());
      for (const c of [total, lang]) {
        if (row.label === 'fraud') {
          c.fraud++;
          if (warned) c.warnedFraud++;
        } else {
          c.legit++;
          if (warned) c.warnedLegit++;
        }
      }
      if (row.label === 'fraud' && !warned) pushTop(misses, example(ds.name, row, a), (e) => -e.score, worst);
      if (row.label === 'legit' && warned) pushTop(falseWarnings, example(ds.name, row, a), (e) => e.score, worst);
    }
    for (const k of Object.keys(byLang)) finish(byLang[k]!);
    results.push({ name: ds.name, ...finish(total), byLang });
  }
  return { datasets: results, worstMisses: misses, worstFalseWarnings: falseWarnings, posts };
}
