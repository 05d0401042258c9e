/**
 * `lure-lens list keygen|sign|verify` — maintainers' signing tools (dispatched from src/cli/list.ts).
 *
 *   lure-lens list keygen <dir> [--force]                      writes <dir>/private.key and <dir>/public.key
 *   lure-lens list sign <list.json> --key <private.key> -o <signed.json> [--force]
 *   lure-lens list verify <signed.json> --pub <public.key>
 *
 * Exit codes: 0 done / good; 1 the input was checked and is bad (one-line reason on stderr); 2 usage error.
 * `sign` runs the full validation chain (src/list/validate.ts) first and refuses a list that fails it
 * unless --force is given; the signature covers the file's exact bytes (a leading BOM is dropped).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPair, keyIdOf, parseEnvelope, parseKeyText, serializeEnvelope, signDocument, toBase64, verifyEnvelope } from '../list/signing';
import { headline, parseJsonText, parseList as parseIndicatorList, validateListText } from '../list/validate';

const USAGE = `usage:
  lure-lens list keygen <dir> [--force]
  lure-lens list sign <list.json> --key <private.key> -o <signed.json> [--force]
  lure-lens list verify <signed.json> --pub <public.key>
`;

interface Parsed {
  positional: string[];
  opts: Map<string, string | true>;
}

/** Parse `--name value`, `--name=value`, `-o value` and bare flags listed in `flags`. Throws on a missing value. */
function parseArgs(argv: string[], valued: string[], flags: string[]): Parsed {
  const positional: string[] = [];
  const opts = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (valued.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || v === '') throw new Error(`${name} needs a value`);
        opts.set(name, v);
      } else if (flags.includes(name)) {
        opts.set(name, true);
      } else {
        throw new Error(`unknown option ${name}`);
      }
    } else {
      positional.push(a);
    }
  }
  return { positional, opts };
}

const fail = (msg: string): number => {
  process.stderr.write(`lure-lens list: ${msg}\n`);
  return 1;
};
const usage = (msg: string): number => {
  process.stderr.write(`lure-lens list: ${msg}\n${USAGE}`);
  return 2;
};

async function readText(path: string, what: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new Error(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function keygen(argv: string[]): Promise<number> {
  let p: Parsed;
  try {
    p = parseArgs(argv, [], ['--force']);
  } catch (e) {
    return usage((e as Error).message);
  }
  if (p.positional.length !== 1) return usage('keygen needs exactly one directory');
  const dir = p.positional[0]!;
  const priv = join(dir, 'private.key');
  const pub = join(dir, 'public.key');
  if (!p.opts.has('--force') && ((await exists(priv)) || (await exists(pub)))) {
    return fail(`${dir} already holds a key; refusing to overwrite it (use --force)`);
  }
  try {
    await mkdir(dir, { recursive: true });
    const { privateFile, publicFile } = await generateKeyPair();
    await writeFile(priv, JSON.stringify(privateFile, null, 2) + '\n', { mode: 0o600 });
    await writeFile(pub, JSON.stringify(publicFile, null, 2) + '\n');
    process.stdout.write(`key ${publicFile.keyId}\n  private: ${priv} (keep it secret, off the repository)\n  public:  ${pub} (add it to src/list/trusted-keys.json)\n`);
    return 0;
  } catch (e) {
    return fail(`cannot write keys to ${dir}: ${(e as Error).message}`);
  }
}

async function sign(argv: string[]): Promise<number> {
  let p: Parsed;
  try {
    p = parseArgs(argv, ['--key', '-o', '--out'], ['--force']);
  } catch (e) {
    return usage((e as Error).message);
  }
  const keyPath = p.opts.get('--key');
  const out = p.opts.get('-o') ?? p.opts.get('--out');
  if (p.positional.length !== 1 || typeof keyPath !== 'string' || typeof out !== 'string') return usage('sign needs <list.json> --key <private.key> -o <signed.json>');
  try {
    const doc = await readText(p.positional[0]!, 'list');
    const key = parseKeyText(await readText(keyPath, 'private key'), 'private');
    const report = validateListText(doc, { disarmGate: true, now: Date.now() });
    if (!report.ok) {
      if (!p.opts.has('--force')) return fail(`refusing to sign: ${headline(report.errors)}`);
      process.stderr.write(`lure-lens list: warning: signing a list that fails validation: ${headline(report.errors)}\n`);
    }
    const env = await signDocument(doc, key);
    await writeFile(out, serializeEnvelope(env));
    process.stdout.write(`signed list ${report.list?.listVersion ?? '(unknown version)'} with key ${env.keyId} -> ${out}\n`);
    return 0;
  } catch (e) {
    return fail((e as Error).message);
  }
}

async function verify(argv: string[]): Promise<number> {
  let p: Parsed;
  try {
    p = parseArgs(argv, ['--pub'], []);
  } catch (e) {
    return usage((e as Error).message);
  }
  const pubPath = p.opts.get('--pub');
  if (p.positional.length !== 1 || typeof pubPath !== 'string') return usage('verify needs <signed.json> --pub <public.key>');
  try {
    const pub = parseKeyText(await readText(pubPath, 'public key'), 'public');
    const keyId = await keyIdOf(pub);
    const j = parseJsonText(await readText(p.positional[0]!, 'signed list'), 'signed list');
    if (!j.ok) return fail(j.error);
    const env = parseEnvelope(j.value);
    if (!env.ok) return fail(env.error);
    if (env.envelope.keyId !== keyId) return fail(`signed by key ${env.envelope.keyId}, not by the given key ${keyId}`);
    const v = await verifyEnvelope(env.envelope, [{ keyId, publicKey: toBase64(pub) }]);
    if (!v.ok) return fail(v.error);
    const dj = parseJsonText(env.envelope.document, 'signed document');
    if (!dj.ok) return fail(dj.error);
    const list = parseIndicatorList(dj.value);
    if (!list.ok) return fail(`signed document is not a valid list: ${list.error}`);
    // The extension refuses an expired update (checkUpdateHeader), so it is not a good input here either.
    if (Date.parse(list.list.expires) <= Date.now()) return fail(`signature good but list ${list.list.listVersion} expired on ${list.list.expires.slice(0, 10)}`);
    process.stdout.write(`good signature by key ${keyId}: list ${list.list.listVersion}, expires ${list.list.expires.slice(0, 10)}\n`);
    return 0;
  } catch (e) {
    return fail((e as Error).message);
  }
}

/**
 * Run one of the signing subcommands.
 * @param sub which subcommand
 * @param argv arguments after the subcommand name
 * @returns exit code (0 ok, 1 bad input, 2 usage)
 */
export async function keysCommand(sub: 'keygen' | 'sign' | 'verify', argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (sub === 'keygen') return keygen(argv);
  if (sub === 'sign') return sign(argv);
  return verify(argv);
}
