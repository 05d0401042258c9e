/**
 * Helpers for the CLI tests: run `node src/cli/bin.mjs …` as a child process, or a command
 * function in-process with collected streams.
 */
import { spawn } from 'node:child_process';
import { PassThrough, Writable } from 'node:stream';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '@/src/cli/io';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '..', '..', '..');
export const FIXTURES = resolve(HERE, 'fixtures');
export const BIN = resolve(REPO, 'src', 'cli', 'bin.mjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real CLI in a child process (cwd = repository root), optionally feeding stdin. */
export function runCli(args: string[], stdin?: string): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A writable that keeps what is written. */
export class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** In-process streams: `stdin` fed with `input`, stdout/stderr collected. */
export function memoryIO(input = ''): CliIO & { stdout: Collector; stderr: Collector } {
  const stdin = new PassThrough();
  stdin.end(input);
  return { stdin, stdout: new Collector(), stderr: new Collector() };
}

/** Parse JSON Lines output. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
