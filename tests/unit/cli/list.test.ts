import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCommand } from '@/src/cli/list';
import { diffLists, formatDiff } from '@/src/cli/list-diff';
import { compareResults, parseTestArgs } from '@/src/cli/list-test';
import { validateListDocument } from '@/src/cli/list-files';
import { bundledDocument } from '@/src/indicators/bundled';
import type { DatasetResult } from '@/src/eval/evaluate';
import { memoryIO, runCli } from './helpers';

type Doc = { listVersion: string; indicators: Record<string, unknown>[]; [k: string]: unknown };
const copy = (): Doc => structuredClone(bundledDocument) as Doc;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lurelens-list-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, value: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
}

describe('lure-lens list bundled / validate (child process)', () => {
  it('round-trips: the printed bundled list validates with exit 0', async () => {
    const bundled = await runCli(['list', 'bundled']);
    expect(bundled.code).toBe(0);
    const doc = JSON.parse(bundled.stdout) as Doc;
    expect(doc).toEqual(JSON.parse(JSON.stringify(bundledDocument)));
    const file = write('bundled.json', bundled.stdout);
    const valid = await runCli(['list', 'validate', file]);
    expect(valid.code).toBe(0);
    expect(valid.stderr).toBe('');
  });

  it('rejects a pattern that does not compile with exit 1 and one line naming it', async () => {
    const doc = copy();
    const ind = doc.indicators[0] as { id: string; patterns: Record<string, string[]> };
    const lang = Object.keys(ind.patterns)[0]!;
    ind.patterns[lang]!.push('(unclosed');
    const r = await runCli(['list', 'validate', write('bad-pattern.json', doc)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(ind.id);
    expect(lines[0]).toMatch(/does not compile/);
  });
});

describe('lure-lens list validate (in-process)', () => {
  async function validate(path: string) {
    const io = memoryIO();
    const code = await listCommand(['validate', path], io);
    return { code, err: io.stderr.text };
  }

  it('gives one line for a schema error, bad JSON, a missing file and a failing self-test example', async () => {
    const noVersion = copy();
    delete (noVersion as Partial<Doc>).listVersion;
    const failingExample = copy();
    const ind = failingExample.indicators[0] as { id: string; examples: { match: { lang: string; text: string }[] } };
    ind.examples.match.push({ lang: 'en', text: 'zebra quartz violin, an example nothing should ever match' });
    const cases = [
      [write('schema.json', noVersion), /listVersion/],
      [write('not-json.json', '{ "schemaVersion": 1, '), /not valid JSON/],
      [join(tmp, 'nowhere.json'), /no such file/],
      [write('example.json', failingExample), new RegExp(ind.id)],
    ] as const;
    for (const [path, reason] of cases) {
      const r = await validate(path);
      expect(r.code).toBe(1);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(reason);
    }
  });

  it('B4: refuses an expired list with one line (exit 1) unless --allow-expired', async () => {
    const file = write('expired.json', { ...copy(), published: '2019-01-01T00:00:00Z', expires: '2020-01-01T00:00:00Z' });
    const r = await validate(file);
    expect(r.code).toBe(1);
    expect(r.err).toBe('invalid: list ' + copy().listVersion + ' expired on 2020-01-01\n');
    const io = memoryIO();
    expect(await listCommand(['validate', '--allow-expired', file], io)).toBe(0);
  });

  it('accepts the bundled document', async () => {
    const r = await validateListDocument(copy());
    expect(r.ok).toBe(true);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [['validate'], ['validate', 'a.json', 'b.json'], ['validate', '--strict', 'a.json'], ['nonsense'], []]) {
      const io = memoryIO();
      expect(await listCommand(argv, io)).toBe(2);
      expect(io.stderr.text).not.toBe('');
    }
  });
});

describe('lure-lens list diff', () => {
  it('lists added, removed and changed indicators with the fields and pattern languages', async () => {
    const a = copy();
    const b = copy();
    b.listVersion = '2099.01.01';
    const [first, second] = b.indicators as { id: string; name: string; weight: number; patterns: Record<string, string[]> }[];
    first!.weight = first!.weight + 1;
    first!.patterns.xx = ['zzz-new-language-pattern'];
    const removedLang = Object.keys(second!.patterns)[0]!;
    delete second!.patterns[removedLang];
    const removed = b.indicators.pop() as { id: string };
    b.indicators.push({ ...b.indicators[0], id: 'ZZ-99', name: 'Invented test indicator' });

    const d = diffLists(a, b);
    expect(d.header).toEqual([{ field: 'listVersion', from: a.listVersion, to: '2099.01.01' }]);
    expect(d.indicators.added.map((i) => i.id)).toEqual(['ZZ-99']);
    expect(d.indicators.removed.map((i) => i.id)).toEqual([removed.id]);
    const c1 = d.indicators.changed.find((c) => c.id === first!.id)!;
    expect(c1.fields).toEqual(['patterns', 'weight']);
    expect(c1.languagesAdded).toEqual(['xx']);
    expect(d.indicators.changed.find((c) => c.id === second!.id)!.languagesRemoved).toEqual([removedLang]);

    const text = formatDiff(d, 'a.json', 'b.json');
    expect(text).toContain('+ ZZ-99 Invented test indicator');
    expect(text).toContain(`- ${removed.id}`);
    expect(text).toMatch(/~ listVersion: ".+" → "2099\.01\.01"/);
    expect(text).toContain('pattern languages added: xx');

    const io = memoryIO();
    expect(await listCommand(['diff', '--json', write('a.json', a), write('b.json', b)], io)).toBe(0);
    expect(JSON.parse(io.stdout.text)).toEqual(JSON.parse(JSON.stringify(d)));
  });

  it('compares a signed envelope by the list inside it; validate points envelopes to verify', async () => {
    const doc = copy();
    const envelope = { format: 'lurelens-signed-list/1', keyId: '0123456789abcdef', signature: 'AAAA', document: JSON.stringify(doc) };
    const signed = write('signed.json', envelope);
    const changed = copy();
    changed.listVersion = '2099.02.02';
    const io = memoryIO();
    expect(await listCommand(['diff', signed, write('changed.json', changed)], io)).toBe(0);
    expect(io.stdout.text).toMatch(/~ listVersion: ".+" → "2099\.02\.02"/);
    expect(io.stdout.text).toMatch(/indicators: 0 added, 0 removed, 0 changed/);

    const v = memoryIO();
    expect(await listCommand(['validate', signed], v)).toBe(1);
    expect(v.stderr.text).toMatch(/signed list envelope, not a list: check it with "lure-lens list verify"/);
  });

  it('says so when there is no difference, and rejects non-lists', async () => {
    expect(formatDiff(diffLists(copy(), copy()), 'a', 'b')).toMatch(/no differences/);
    const io = memoryIO();
    expect(await listCommand(['diff', write('same.json', copy()), write('other.json', { hello: 1 })], io)).toBe(1);
    expect(io.stderr.text).toMatch(/not an indicator list/);
    expect(await listCommand(['diff', 'only-one.json'], memoryIO())).toBe(2);
  });
});

describe('lure-lens list test (regression gate)', () => {
  const result = (name: string, recall: number | null, fw: number | null): DatasetResult => ({
    name,
    fraud: recall === null ? 0 : 100,
    legit: fw === null ? 0 : 1000,
    warnedFraud: recall === null ? 0 : Math.round(recall * 100),
    warnedLegit: fw === null ? 0 : Math.round(fw * 1000),
    recall,
    falseWarningRate: fw,
    byLang: {},
  });

  it('fails a dataset whose recall drops or false warnings rise beyond the thresholds, not within', () => {
    const base = [result('fraud-set', 0.8, null), result('legit-set', null, 0.01), result('mixed', 0.5, 0.02)];
    const cand = [result('fraud-set', 0.78, null), result('legit-set', null, 0.016), result('mixed', 0.47, 0.02)];
    const rows = compareResults(base, cand, 0.02, 0.005);
    expect(rows.map((r) => r.failures.length)).toEqual([0, 1, 1]);
    expect(rows[1]!.failures[0]).toMatch(/false warnings \+0\.60 pts > 0\.50 allowed/);
    expect(rows[2]!.failures[0]).toMatch(/recall −3\.00 pts/);
  });

  it('parses thresholds and refuses nonsense', () => {
    expect(parseTestArgs(['c.json'])).toMatchObject({ candidate: 'c.json', maxRecallDrop: 0.02, maxFwRise: 0.005, useData: true, files: [] });
    expect(parseTestArgs(['c.json', '--max-fw-rise', '0', 'x.jsonl'])).toMatchObject({ maxFwRise: 0, files: ['x.jsonl'] });
    expect(() => parseTestArgs(['c.json', '--max-recall-drop', 'lots'])).toThrow(/fraction/);
    expect(() => parseTestArgs([])).toThrow(/no candidate/);
  });

  it('passes an unchanged list and fails one that lost its indicators, on given labelled files', async () => {
    const labelled = write(
      'labelled.jsonl',
      [
        { id: 'f1', label: 'fraud', text: 'Earn $2,500 per month in Sihanoukville, Cambodia. Free flight and visa. Contact us on Telegram; registration fee $100 before you travel.' },
        { id: 'f2', label: 'fraud', text: 'Typing job abroad in Cambodia, salary $3,000 per month, no experience needed. WhatsApp us now, pay the processing fee to book your seat.' },
        { id: 'l1', label: 'legit', text: 'Assistant accountant in Nakuru, two years of experience, apply on our careers page.' },
        { id: 'bad', text: 'a row without a label is skipped' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const same = write('same-candidate.json', copy());
    const ok = memoryIO();
    expect(await listCommand(['test', same, '--no-data', labelled], ok)).toBe(0);
    expect(ok.stdout.text).toMatch(/^PASS/m);
    expect(ok.stderr.text).toMatch(/1 rows without text or a fraud\/legit label skipped/);

    // A candidate whose indicators never fire: recall on the fraud rows falls to zero.
    const gutted = copy();
    for (const ind of gutted.indicators as { patterns: Record<string, string[]>; examples: unknown }[]) {
      ind.patterns = { en: ['qqqzzzxxq'] };
      ind.examples = { match: [{ lang: 'en', text: 'qqqzzzxxq' }], noMatch: [] };
    }
    const fail = memoryIO();
    expect(await listCommand(['test', write('gutted.json', gutted), '--no-data', labelled], fail)).toBe(1);
    expect(fail.stdout.text).toMatch(/labelled .*FAIL: recall −/);
    expect(fail.stdout.text).toMatch(/^FAIL: 1 of 1 datasets regress \(labelled\)/m);
  });

  it('refuses an invalid candidate (1) and missing data (2)', async () => {
    const io = memoryIO();
    const rows = write('x.jsonl', JSON.stringify({ label: 'legit', text: 'Receptionist for a dental clinic in Kisumu, apply by e-mail.' }));
    expect(await listCommand(['test', write('broken.json', '[]'), '--no-data', rows], io)).toBe(1);
    expect(io.stderr.text).toMatch(/candidate list is not valid/);
    expect(await listCommand(['test', write('fine.json', copy()), '--data', join(tmp, 'no-such-dir')], memoryIO())).toBe(2);
    expect(await listCommand(['test', write('fine2.json', copy()), '--no-data'], memoryIO())).toBe(2);
    expect(await listCommand(['test', write('fine3.json', copy()), '--no-data', write('empty.jsonl', '')], memoryIO())).toBe(2);
  });
});

describe('lure-lens list sign / verify on an expired list (child process)', () => {
  it('B4: sign refuses it; verify of a force-signed copy says the signature is good but the list expired (exit 1)', async () => {
    const file = write('expired-sign.json', { ...copy(), published: '2019-01-01T00:00:00Z', expires: '2020-01-01T00:00:00Z' });
    const keys = join(tmp, 'keys');
    expect((await runCli(['list', 'keygen', keys])).code).toBe(0);
    const out = join(tmp, 'signed-expired.json');
    const refused = await runCli(['list', 'sign', file, '--key', join(keys, 'private.key'), '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to sign: list .* expired on 2020-01-01/);
    expect((await runCli(['list', 'sign', file, '--key', join(keys, 'private.key'), '-o', out, '--force'])).code).toBe(0);
    const v = await runCli(['list', 'verify', out, '--pub', join(keys, 'public.key')]);
    expect(v.code).toBe(1);
    expect(v.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/signature good but list .* expired on 2020-01-01$/)]);
  }, 120_000);
});
