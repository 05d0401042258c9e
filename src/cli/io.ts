/**
 * Terminal plumbing shared by the `lure-lens` subcommands: the streams a command writes to,
 * an output buffer that respects back-pressure and stops quietly when the reader goes away
 * (`lure-lens scan big.jsonl.gz | head`), and a usage-error type that maps to exit code 2.
 */
import type { Readable, Writable } from 'node:stream';

/** The streams a command uses. Tests pass their own; the real CLI uses the process streams. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Exit codes of every subcommand (see src/cli/main.ts). */
export const EXIT_OK = 0;
/** The input was checked and found bad (list validate / verify / test / diff of a non-list). */
export const EXIT_BAD_INPUT = 1;
/** Unusable arguments: unknown flag, missing or extra operand, file that cannot be opened (scan). */
export const EXIT_USAGE = 2;

/** Thrown for unusable arguments; the command prints `message` and exits with {@link EXIT_USAGE}. */
export class UsageError extends Error {}

/**
 * Buffered writer over a stream. Writes are batched (≈64 kB) so 20 000 result lines cost a few
 * hundred `write` calls, `flush` waits for "drain" so memory stays bounded, and an EPIPE (or any
 * other write error) marks the output `closed` instead of crashing: callers check `closed` and
 * stop producing.
 */
export class BufferedOutput {
  /** True once the reader has gone away (EPIPE) or the stream failed; further writes are dropped. */
  closed = false;
  private parts: string[] = [];
  private size = 0;
  // EPIPE: the reader closed the pipe (e.g. `| head`). Any other write error: nowhere left to write.
  private readonly onError = () => {
    this.closed = true;
  };

  constructor(
    private readonly stream: Writable,
    private readonly highWater = 64 * 1024,
  ) {
    stream.on('error', this.onError);
  }

  /** Queue `text`; flushes when the buffer passes the high-water mark. */
  async write(text: string): Promise<void> {
    if (this.closed) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.highWater) await this.flush();
  }

  /** Hand the buffered text to the stream and wait for it to drain if it asks us to. */
  async flush(): Promise<void> {
    if (this.closed || this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    let ok: boolean;
    try {
      ok = this.stream.write(chunk);
    } catch {
      this.closed = true;
      return;
    }
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.once('drain', done);
        this.stream.once('close', done);
        this.stream.once('error', done);
      });
    }
  }

  /**
   * Flush what is left. The error listener stays: a late EPIPE from the last chunk must still be
   * swallowed, or it would crash the process after the command returned.
   */
  async end(): Promise<void> {
    await this.flush();
  }
}

/** Write one line to stderr (never throws). */
export function warn(io: CliIO, line: string): void {
  try {
    io.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  } catch {
    /* stderr gone: nothing else to tell */
  }
}

/** Squash a message onto one line (for the "one-line reason" contract). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
