import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalDataset } from '@/src/eval/evaluate';
import { loadDatasets } from '@/src/eval/datasets';
import { runBench } from '@/src/eval/bench-command';
import { bundledList } from '@/src/indicators/bundled';

const lure = 'Customer service job in Cambodia, salary 1500 USD per month, free flight and visa, contact us on Telegram.';
const honest = 'Accountant wanted in Nairobi. Three years of experience. Apply through our website.';

describe('evaluate', () => {
  const ds: EvalDataset[] = [
    {
      name: 'mixed',
      rows: [
        { id: 'a', label: 'fraud', lang: 'en', posting: { text: lure } },
        { id: 'b', label: 'fraud', lang: 'en', posting: { text: honest } },
        { id: 'c', label: 'legit', lang: 'sw', posting: { text: honest } },
        { id: 'd', label: 'legit', lang: 'en', posting: { text: lure } },
      ],
    },
  ];
  const r = evaluate(bundledList, ds);

  it('computes recall and false-warning rate per dataset and per language', () => {
    const d = r.datasets[0]!;
    expect(d).toMatchObject({ fraud: 2, legit: 2, warnedFraud: 1, warnedLegit: 1, recall: 0.5, falseWarningRate: 0.5 });
    expect(d.byLang.en).toMatchObject({ fraud: 2, legit: 1, recall: 0.5, falseWarningRate: 1 });
    expect(d.byLang.sw).toMatchObject({ fraud: 0, legit: 1, recall: null, falseWarningRate: 0 });
    expect(r.posts).toBe(4);
  });

  it('lists misses and false warnings with indicator ids and short snippets only', () => {
    expect(r.worstMisses.map((e) => e.id)).toEqual(['b']);
    expect(r.worstFalseWarnings.map((e) => e.id)).toEqual(['d']);
    const fw = r.worstFalseWarnings[0]!;
    expect(fw.fired.length).toBeGreaterThan(0);
    expect(fw.snippet.length).toBeLessThanOrEqual(80);
    for (const f of fw.fired) expect(f.snippet.length).toBeLessThanOrEqual(40);
  });

  it('counts a row whose analysis throws as not warned', () => {
    const r2 = evaluate(bundledList, ds, { analyzeFn: () => { throw new Error('boom'); } });
    expect(r2.datasets[0]).toMatchObject({ warnedFraud: 0, warnedLegit: 0 });
  });
});

describe('loadDatasets', () => {
  it('reads jsonl and jsonl.gz per folder and skips bad lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lurelens-eval-'));
    mkdirSync(join(dir, 'setA'));
    writeFileSync(join(dir, 'setA', 'part.jsonl'), `${JSON.stringify({ id: 'x1', label: 'fraud', lang: 'en', text: lure, title: 'CS' })}\nnot json\n${JSON.stringify({ label: 'legit', text: '' })}\n`);
    writeFileSync(join(dir, 'setA', 'more.jsonl.gz'), gzipSync(`${JSON.stringify({ id: 'x2', label: 'legit', text: honest })}\n`));
    const { datasets, skipped } = loadDatasets(dir);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.name).toBe('setA');
    expect(datasets[0]!.rows.map((r) => r.id).sort()).toEqual(['x1', 'x2']);
    expect(datasets[0]!.rows.find((r) => r.id === 'x1')!.posting.title).toBe('CS');
    expect(skipped['setA/part.jsonl']).toBe(2);
  });
  it('throws a clear error on a directory without data', () => {
    expect(() => loadDatasets(mkdtempSync(join(tmpdir(), 'lurelens-empty-')))).toThrow(/no \.jsonl/);
  });
});

describe('runBench', () => {
  it('returns the five figures with positive values', () => {
    const r = runBench([{ text: lure }, { text: honest }], 1);
    expect(r.posts).toBe(2);
    for (const k of ['engineMBps', 'baselineMBps', 'p50ms', 'p95ms'] as const) expect(r[k]).toBeGreaterThanOrEqual(0);
    expect(r.p95ms).toBeGreaterThanOrEqual(r.p50ms);
  });
});
