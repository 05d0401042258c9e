import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { scanCommand, parseScanArgs } from '@/src/cli/scan';
import { jsonlPostings, splitLines, formatOf } from '@/src/cli/postings';
import { declaredPageUrl } from '@/src/cli/html';
import { BIN, FIXTURES, REPO, jsonLines, memoryIO, runCli } from './helpers';

const WARN = ['medium', 'high'];
const fixture = (name: string) => join(FIXTURES, name);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lurelens-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('lure-lens scan (child process)', () => {
  it('scans a .txt file into one JSON line with the contract fields', async () => {
    const r = await runCli(['scan', '--json', fixture('lure.txt')]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    const rec = lines[0]!;
    expect(Object.keys(rec).sort()).toEqual(['findings', 'id', 'lang', 'level', 'score']);
    expect(rec.id).toBe(0);
    expect(WARN).toContain(rec.level);
    expect(rec.lang).toBe('en');
    const text = readFileSync(fixture('lure.txt'), 'utf8');
    const findings = rec.findings as { indicator: string; evidence: { text: string; start: number; end: number; field?: string } }[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.indicator).toMatch(/^[A-Z]{2,4}-\d{2,3}[a-z]?$/);
      if (!f.evidence.field || f.evidence.field === 'text') expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    }
  });

  it('reads one posting from stdin and prints a readable report with explanations', async () => {
    const r = await runCli(['scan', '-'], readFileSync(fixture('lure.txt'), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/(HIGH|MEDIUM) RISK · score [\d.]+ · language en/);
    expect(r.stdout).toMatch(/evidence: ".+"/);
    expect(r.stdout).toMatch(/why it matters: \S.{20,}/);
    expect(r.stdout).toMatch(/scanned 1 posting: 1 with a warning/);
    expect(r.stderr).toBe('');
  });

  it('reports a bad JSONL line by number on stderr and still scans the others (exit 0)', async () => {
    const r = await runCli(['scan', '--json', fixture('postings.jsonl')]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['lure-1', 'honest-1', 4]);
    expect(WARN).toContain(lines[0]!.level);
    expect(WARN).not.toContain(lines[1]!.level);
    expect(r.stderr).toMatch(/postings\.jsonl: line 3: not valid JSON/);
    expect(r.stderr).toMatch(/postings\.jsonl: line 4: no "text" field/);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('exits 2 on unusable arguments, with a message', async () => {
    const [unknownFlag, missing, none] = await Promise.all([
      runCli(['scan', '--jsn', fixture('lure.txt')]),
      runCli(['scan', join(tmp, 'does-not-exist.jsonl')]),
      runCli(['scan']),
    ]);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/unknown option "--jsn"/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*does-not-exist\.jsonl: no such file/);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
  });

  it('stops quietly with exit 0 when the reader closes the pipe', async () => {
    const rows = Array.from({ length: 30000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Packer wanted for shift ${i}, apply at the gate.` })).join('\n');
    const file = join(tmp, 'many.jsonl.gz');
    writeFileSync(file, gzipSync(rows));
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'scan', '--json', file], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let first = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString().split('\n')[0]!;
        child.stdout.destroy(); // like `| head -1`
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    expect(JSON.parse(result.first).id).toBe('r0');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('lure-lens scan (in-process)', () => {
  it('stays quiet on an honest posting', async () => {
    const io = memoryIO();
    expect(await scanCommand(['--json', fixture('honest.txt')], io)).toBe(0);
    const [rec] = jsonLines(io.stdout.text);
    expect(WARN).not.toContain(rec!.level);
  });

  it('scans a .jsonl.gz file line by line', async () => {
    const file = join(tmp, 'set.jsonl.gz');
    const src = readFileSync(fixture('postings.jsonl'), 'utf8');
    writeFileSync(file, gzipSync(src));
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    expect(jsonLines(io.stdout.text).map((l) => l.id)).toEqual(['lure-1', 'honest-1', 4]);
    expect(io.stderr.text).toMatch(/line 3: not valid JSON/);
  });

  it('reports a truncated .gz file and keeps the postings read before the break', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: i, text: `Cashier needed at branch ${i}; apply at the front desk with your papers.` })).join('\n');
    const gz = gzipSync(rows);
    const file = join(tmp, 'cut.jsonl.gz');
    writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    const n = jsonLines(io.stdout.text).length;
    expect(n).toBeGreaterThan(100);
    expect(n).toBeLessThan(4000);
    expect(io.stderr.text).toMatch(new RegExp(`line ${n + 1}: input unreadable from here on`));
  });

  it('reports the first 100 bad records one by one and counts the rest; strips a BOM on line 1', async () => {
    const input = `\uFEFF{"id":"first","text":"Cook wanted, Naivasha, apply at the hotel."}\n${'{oops\n'.repeat(150)}{"text":"Gardener, weekends, Karen."}\n`;
    const io = memoryIO(input);
    expect(await scanCommand(['--json', '--format', 'jsonl', '-'], io)).toBe(0);
    expect(jsonLines(io.stdout.text).map((l) => l.id)).toEqual(['first', 151]);
    const messages = io.stderr.text.trimEnd().split('\n');
    expect(messages).toHaveLength(101);
    expect(messages[0]).toMatch(/stdin: line 2: not valid JSON/);
    expect(messages[100]).toMatch(/50 more records skipped \(messages not shown; 150 in all\)/);
  });

  it('reports empty text, reads JSONL from stdin with --format, and gives index ids', async () => {
    const empty = memoryIO('   \n');
    expect(await scanCommand(['--json', '-'], empty)).toBe(0);
    expect(empty.stdout.text).toBe('');
    expect(empty.stderr.text).toMatch(/stdin: empty text/);

    const io = memoryIO('{"text":"Security guard, night shift, Kisumu."}\n{"text":"Driver with a clean licence, Eldoret."}\n');
    expect(await scanCommand(['--json', '--format', 'jsonl', '-'], io)).toBe(0);
    expect(jsonLines(io.stdout.text).map((l) => l.id)).toEqual([0, 1]);
  });

  it('the readable report explains each finding and sums up', async () => {
    const io = memoryIO();
    expect(await scanCommand([fixture('postings.jsonl')], io)).toBe(0);
    expect(io.stdout.text).toMatch(/── lure-1 \(line 1\)/);
    expect(io.stdout.text).toMatch(/title: Online typist/);
    expect(io.stdout.text).toMatch(/scanned 3 postings: 1 with a warning .* 2 skipped/);
  });
});

describe('lure-lens scan on HTML', () => {
  it('finds the JSON-LD posting and the job-like text blocks the way the content script does', async () => {
    const io = memoryIO();
    expect(await scanCommand(['--json', fixture('page.html')], io)).toBe(0);
    const lines = jsonLines(io.stdout.text);
    // JSON-LD lure, feed lure, honest bakery post — in page order, ids are indexes.
    expect(lines.map((l) => l.id)).toEqual([0, 1, 2]);
    expect(lines.map((l) => WARN.includes(l.level as string))).toEqual([true, true, false]);
    expect(io.stderr.text).toBe('');

    const readable = memoryIO();
    expect(await scanCommand([fixture('page.html')], readable)).toBe(0);
    expect(readable.stdout.text).toMatch(/^page file:\/\/.*page\.html \(address from the file name\)/);
    expect(readable.stdout.text).toContain('title: Online Customer Support (Overseas)');
  });

  it('takes the page address from --url, else from the page itself', async () => {
    const { parseHTML } = await import('linkedom');
    const doc = (html: string) => parseHTML(html).document as unknown as Document;
    expect(declaredPageUrl(doc('<html><head><link rel="canonical" href="https://jobs.example.org/view/7"></head><body></body></html>'))).toEqual({
      url: new URL('https://jobs.example.org/view/7'),
      source: 'canonical',
    });
    expect(declaredPageUrl(doc('<html><head><link rel="canonical" href="/relative"><meta property="og:url" content="https://a.example/p"></head></html>'))?.source).toBe('og:url');
    expect(declaredPageUrl(doc('<html><head></head><body>x</body></html>'))).toBeUndefined();

    const io = memoryIO();
    expect(await scanCommand(['--url', 'https://board.example.net/jobs/1', fixture('page.html')], io)).toBe(0);
    expect(io.stdout.text).toMatch(/^page https:\/\/board\.example\.net\/jobs\/1\n/);
  });

  it('refuses an absurdly nested page quickly instead of hanging', async () => {
    const file = join(tmp, 'deep.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(3000)}Hiring now, salary $3000 per month, contact on Telegram${'</div>'.repeat(3000)}</body></html>`);
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    expect(io.stdout.text).toBe('');
    expect(io.stderr.text).toMatch(/deep\.html: page: elements nested \d+ levels deep \(limit 1000\); 1 deeper subtree not searched/);
  });

  it('B21: notes on stderr when an id is not a string or number, and echoes the record index', async () => {
    const file = join(tmp, 'ids.jsonl');
    writeFileSync(file, ['{"id":null,"text":"Opening hours are 9 to 5."}', '{"id":7,"text":"Opening hours are 9 to 5."}', '{"id":false,"text":"Opening hours are 9 to 5."}', '{"text":"Opening hours are 9 to 5."}'].join('\n'));
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    const ids = io.stdout.text.trim().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id);
    expect(ids).toEqual([0, 7, 2, 3]);
    const notes = io.stderr.text.trim().split('\n');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/line 1: "id" is null, not a string or number; echoing the record index 0 instead/);
    expect(notes[1]).toMatch(/line 3: "id" is boolean/);
  });

  it('B1: a deeply nested decoy elsewhere on the page hides only itself; the lure beside it is still found', async () => {
    const file = join(tmp, 'deep-sibling.html');
    const lure = 'Hiring customer service staff in Sihanoukville, Cambodia. Salary $2500 per month, no experience needed, free flight ticket and visa. Contact us on Telegram @fastjob_hr now.';
    writeFileSync(file, `<html><body><article><h2>Job</h2><p>${lure}</p></article><div hidden>${'<i>'.repeat(1200)}${'</i>'.repeat(1200)}</div></body></html>`);
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    const rows = io.stdout.text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: string });
    expect(rows.map((r) => r.level)).toContain('high');
    expect(io.stderr.text).toMatch(/elements nested 1203 levels deep \(limit 1000\); 1 deeper subtree not searched/);
  });

  it('says when a page has no postings, and still exits 0', async () => {
    const file = join(tmp, 'empty.html');
    writeFileSync(file, '<!doctype html><html><body><p>Opening hours: 9 to 5.</p></body></html>');
    const io = memoryIO();
    expect(await scanCommand(['--json', file], io)).toBe(0);
    expect(io.stdout.text).toBe('');
    expect(io.stderr.text).toMatch(/empty\.html: page: no postings found on the page/);
  });
});

describe('scan argument and input parsing', () => {
  it('parses flags and rejects bad ones', () => {
    expect(parseScanArgs(['--json', 'a.jsonl'])).toEqual({ json: true, input: 'a.jsonl', format: undefined, url: undefined });
    expect(parseScanArgs(['-'])).toMatchObject({ json: false, input: '-' });
    expect(() => parseScanArgs(['a', 'b'])).toThrow(/one input at a time/);
    expect(() => parseScanArgs(['--format', 'csv', 'a'])).toThrow(/--format must be one of/);
    expect(() => parseScanArgs(['--url', 'not a url', 'a.html'])).toThrow(/--url is not a URL/);
  });

  it('chooses the format by name', () => {
    expect(formatOf('x/y.JSONL.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(formatOf('page.htm')).toEqual({ format: 'html', gzip: false });
    expect(formatOf('notes.md')).toEqual({ format: 'txt', gzip: false });
  });

  it('splits lines across chunk borders, CRLF and multi-byte characters, and drops over-long lines', async () => {
    const bytes = Buffer.from('ab\r\nçé\n\nxyz');
    async function* chunks() {
      for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
    }
    const got: (string | null)[] = [];
    for await (const l of splitLines(chunks())) got.push(l);
    expect(got).toEqual(['ab', 'çé', '', 'xyz']);

    const long: (string | null)[] = [];
    for await (const l of splitLines(['short\n', 'x'.repeat(50), 'y'.repeat(50), '\nafter\n'], 60)) long.push(l);
    expect(long).toEqual(['short', null, 'after']);
  });

  it('names non-object records and non-string text', async () => {
    const items = [];
    for await (const it of jsonlPostings(['[1,2]\n', '{"text": 5}\n', '"just a string"\n'])) items.push(it);
    expect(items.map((i) => (i.kind === 'problem' ? `${i.where}: ${i.message}` : 'posting'))).toEqual([
      'line 1: expected a JSON object, got an array',
      'line 2: "text" is number, not a string',
      'line 3: expected a JSON object, got string',
    ]);
  });
});
