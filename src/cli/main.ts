/**
 * `lure-lens` command dispatcher. Each subcommand is a function `(argv) → Promise<exit code>`.
 * Exit codes: 0 the command ran, 1 the input was checked and found bad (list validate/verify/test),
 * 2 unusable arguments.
 */
const USAGE = `usage: lure-lens <command> [options]

commands:
  scan [--json] <file | ->   assess postings (.txt, .jsonl, .jsonl.gz, .html, or "-" for stdin);
                             more: lure-lens scan --help
  eval                       measure recall and false warnings on ../shared/data
  bench                      engine throughput benchmark
  list <subcommand>          indicator-list tools (bundled, validate, test, diff, keygen, sign, verify);
                             more: lure-lens list --help

exit codes: 0 ran / good, 1 checked and found bad, 2 unusable arguments
`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan')).scanCommand,
  eval: async () => (await import('../eval/eval-command')).evalCommand,
  bench: async () => (await import('../eval/bench-command')).benchCommand,
  list: async () => (await import('./list')).listCommand,
};

/** Run the CLI with `argv` (without node and script). Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process[name ? 'stdout' : 'stderr'].write(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`lure-lens: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}
