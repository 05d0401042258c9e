/**
 * Node loader for the labelled datasets in ../shared/data (and tests/cases): every `*.jsonl`
 * and `*.jsonl.gz` file under a directory becomes one {@link EvalDataset} named after its
 * folder (or file, for files directly in the directory). Rows need `text` and
 * `label` ("fraud" | "legit"); `id`, `lang`, `title`, `company`, `location`, `salary`, `url`
 * are used when present. Bad lines are counted and skipped, never fatal.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Posting } from '../engine/types';
import type { EvalDataset, EvalRow } from './evaluate';

/** Default data directory: ../shared/data relative to the repository root (the working directory). */
export function defaultDataDir(): string {
  return resolve('..', 'shared', 'data');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...listFiles(p));
    else if (/\.jsonl(\.gz)?$/.test(name)) out.push(p);
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** Turn one parsed JSON line into an EvalRow, or undefined when it lacks text or a label. */
export function toEvalRow(obj: unknown, fallbackId: string): EvalRow | undefined {
  if (!obj || typeof obj !== 'object') return undefined;
  const o = obj as Record<string, unknown>;
  const text = str(o.text);
  const label = o.label;
  if (text === undefined || (label !== 'fraud' && label !== 'legit')) return undefined;
  const posting: Posting = { text };
  for (const k of ['title', 'company', 'location', 'salary', 'url'] as const) {
    const v = str(o[k]);
    if (v !== undefined) posting[k] = v;
  }
  posting.source = 'eval';
  return { id: str(o.id) ?? fallbackId, label, lang: str(o.lang) ?? 'und', posting };
}

export interface LoadResult {
  datasets: EvalDataset[];
  /** Lines skipped because they were not JSON or lacked text/label, per file. */
  skipped: Record<string, number>;
}

/**
 * Load every dataset under `dir`. Files in the same folder are merged into one dataset.
 * @throws Error when `dir` does not exist or holds no jsonl files.
 */
export function loadDatasets(dir: string): LoadResult {
  const files = listFiles(dir);
  if (files.length === 0) throw new Error(`no .jsonl or .jsonl.gz files under ${dir}`);
  const byName = new Map<string, EvalRow[]>();
  const skipped: Record<string, number> = {};
  for (const file of files) {
    const rel = relative(dir, file);
    const folder = dirname(rel);
    const name = folder === '.' ? basename(file).replace(/\.jsonl(\.gz)?$/, '') : folder.split(/[\\/]/)[0]!;
    const raw = readFileSync(file);
    const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    const rows = byName.get(name) ?? [];
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (!line.trim()) continue;
      let row: EvalRow | undefined;
      try {
        row = toEvalRow(JSON.parse(line), `${name}:${n}`);
      } catch {
        row = undefined;
      }
      if (row) rows.push(row);
      else skipped[rel] = (skipped[rel] ?? 0) + 1;
    }
    byName.set(name, rows);
  }
  return { datasets: [...byName].map(([name, rows]) => ({ name, rows })), skipped };
}
