/**
 * `lure-lens list <subcommand>`: maintainers' tooling for the indicator list.
 *
 *   bundled                                    print the bundled list document (pretty JSON) to stdout
 *   validate [--allow-expired] <list.json>     exit 0 when the list is good, 1 with a one-line reason when not
 *                                              (an expired list is not good unless --allow-expired)
 *   test <candidate.json> [options] [files…]   regression gate against the current list (src/cli/list-test.ts)
 *   diff [--json] <a.json> <b.json>            indicators added/removed/changed, header changes (src/cli/list-diff.ts)
 *   keygen <dir>                               writes <dir>/private.key and <dir>/public.key   } signing tools,
 *   sign <list.json> --key <private.key> -o <signed.json>                                       } in
 *   verify <signed.json> --pub <public.key>    exit 0 good, 1 with a one-line reason            } src/cli/list-keys.ts
 *
 * Exit codes: 0 ran / good, 1 the input was checked and found bad, 2 unusable arguments.
 * `validate` reports a list file that cannot be read or parsed as bad input (1): the contract is
 * "0 when the input is good, 1 with a one-line reason when it is not".
 */
import { bundledDocument } from '../indicators/bundled';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, processIO, warn, type CliIO } from './io';
import { readValidList } from './list-files';

export const LIST_USAGE = `usage: lure-lens list <subcommand>

  bundled                                      print the bundled indicator list (JSON)
  validate [--allow-expired] <list.json>       check a list: schema, not expired, patterns compile, ReDoS, self-test
  test <candidate.json> [--baseline <list.json>] [--data <dir> | --no-data]
       [--max-recall-drop 0.02] [--max-fw-rise 0.005] [labelled.jsonl ...]
                                               regression gate against the current list
  diff [--json] <a.json> <b.json>              what changed between two lists
  keygen <dir>                                 write <dir>/private.key and <dir>/public.key
  sign <list.json> --key <private.key> -o <signed.json>
  verify <signed.json> --pub <public.key>

exit codes: 0 ran / good, 1 checked and found bad, 2 unusable arguments
`;

/** `keygen`, `sign`, `verify`: the signing tools in src/cli/list-keys.ts (loaded only when used). */
async function runKeys(sub: 'keygen' | 'sign' | 'verify', argv: string[]): Promise<number> {
  return (await import('./list-keys')).keysCommand(sub, argv);
}

/** `list bundled`: the bundled list document, pretty-printed. */
async function bundledCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.length > 0) {
    warn(io, `lure-lens list bundled: takes no arguments (got ${argv.join(' ')})`);
    return EXIT_USAGE;
  }
  io.stdout.write(`${JSON.stringify(bundledDocument, null, 2)}\n`);
  return EXIT_OK;
}

/** `list validate <list.json>`: 0 good (one "ok" line on stdout), 1 with a one-line reason on stderr. */
export async function validateCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const allowExpired = argv.includes('--allow-expired');
  argv = argv.filter((a) => a !== '--allow-expired');
  const unknown = argv.find((a) => a.startsWith('-') && a !== '-');
  if (unknown || argv.length !== 1) {
    warn(io, `lure-lens list validate: ${unknown ? `unknown option "${unknown}"` : `expected one list file, got ${argv.length}`}\nusage: lure-lens list validate [--allow-expired] <list.json>`);
    return EXIT_USAGE;
  }
  const r = await readValidList(argv[0]!, false, allowExpired ? {} : { now: Date.now() });
  if (!r.ok) {
    warn(io, `invalid: ${r.reason}`);
    return EXIT_BAD_INPUT;
  }
  io.stdout.write(`ok: ${argv[0]} is a valid indicator list (version ${r.list.listVersion}, ${r.list.indicators.length} indicators)\n`);
  return EXIT_OK;
}

/**
 * Run `lure-lens list …`.
 * @param argv arguments after "list"
 * @returns exit code
 */
export async function listCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'bundled':
      return bundledCommand(rest, io);
    case 'validate':
      return validateCommand(rest, io);
    case 'test':
      return (await import('./list-test')).testCommand(rest, io);
    case 'diff':
      return (await import('./list-diff')).diffCommand(rest, io);
    case 'keygen':
    case 'sign':
    case 'verify':
      return runKeys(sub, rest);
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(LIST_USAGE);
      return EXIT_OK;
    case undefined:
      warn(io, `lure-lens list: no subcommand\n${LIST_USAGE}`);
      return EXIT_USAGE;
    default:
      warn(io, `lure-lens list: unknown subcommand "${sub}"\n${LIST_USAGE}`);
      return EXIT_USAGE;
  }
}
