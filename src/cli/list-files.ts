/**
 * Reading indicator-list files for the `lure-lens list …` tools, and the full validation
 * chain every maintainer command applies to a list before trusting it:
 *   1. the file is readable UTF-8 JSON;
 *   2. it passes the schema (src/list/schema.ts `parseIndicatorList`, zod);
 *   3. every pattern compiles with the engine's flags "giu";
 *   4. every pattern passes the ReDoS check of the list-update module (src/list/, when present);
 *   5. the indicators' own self-test examples pass (src/engine/self-test.ts `selfTest`, when
 *      present; otherwise each `match` example must make the engine report that indicator and
 *      no `noMatch` example may).
 * Each failure is one line naming the indicator, language and pattern at fault.
 */
import { readFile } from 'node:fs/promises';
import { analyze } from '../engine/analyze';
import { parseIndicatorList, type IndicatorList } from '../list/schema';
import { oneLine } from './io';

/** Result of reading or validating a list: the list, or a one-line reason. */
export type ListResult = { ok: true; list: IndicatorList; document: unknown } | { ok: false; reason: string };

/**
 * Read a JSON document from `path`.
 * @returns the parsed value, or a one-line reason ("cannot read …", "not valid JSON …")
 */
export async function readJsonFile(path: string): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (err) {
    return { ok: false, reason: `${path} is not valid JSON: ${oneLine((err as Error).message)}` };
  }
}

/** Check that every pattern compiles with the engine's flags. @returns a one-line reason, or undefined */
export function checkPatternsCompile(list: IndicatorList): string | undefined {
  for (const ind of list.indicators) {
    for (const [lang, sources] of Object.entries(ind.patterns)) {
      for (let i = 0; i < sources.length; i++) {
        try {
          new RegExp(sources[i]!, 'giu');
        } catch (err) {
          return `${ind.id} pattern ${lang}[${i}] does not compile: ${oneLine((err as Error).message)}`;
        }
      }
    }
  }
  return undefined;
}

// Optional modules written by other parts of the project; resolved at run time so the CLI works
// (with its built-in fallback) before they exist.
const SELF_TEST_MODULE = '../engine/self-test';
const LIST_VALIDATE_MODULE = '../list/validate';

async function optionalImport(specifier: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Does the file exist/i.test((err as Error).message)) return undefined;
    throw err;
  }
}

/** One-line reason from whatever shape a validation module returns (string, {ok,error}, {ok,reason}, list of failures). */
function reasonFrom(result: unknown): string | undefined {
  if (result === undefined || result === null || result === true) return undefined;
  if (typeof result === 'string') return result || undefined;
  if (Array.isArray(result)) return result.length ? reasonFrom(result[0]) ?? `${result.length} failures` : undefined;
  if (typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (r.ok === true) return undefined;
    for (const k of ['reason', 'error', 'message']) if (typeof r[k] === 'string') return r[k] as string;
    for (const k of ['failures', 'errors', 'problems']) if (Array.isArray(r[k])) return reasonFrom(r[k]);
    if (r.ok === false) return 'invalid';
  }
  return undefined;
}

/** Built-in self-test: match examples must fire their indicator, noMatch examples must not. */
function fallbackSelfTest(list: IndicatorList): string | undefined {
  for (const ind of list.indicators) {
    for (const ex of ind.examples.match) {
      const fired = analyze({ text: ex.text }, list).findings.some((f) => f.indicator === ind.id);
      if (!fired) return `${ind.id} self-test: match example (${ex.lang}) does not fire: "${oneLine(ex.text).slice(0, 80)}"`;
    }
    for (const ex of ind.examples.noMatch) {
      const fired = analyze({ text: ex.text }, list).findings.some((f) => f.indicator === ind.id);
      if (fired) return `${ind.id} self-test: noMatch example (${ex.lang}) fires: "${oneLine(ex.text).slice(0, 80)}"`;
    }
  }
  return undefined;
}

/**
 * Validate an indicator-list document (already parsed JSON) with the full chain above.
 * @returns `{ ok: true, list }` or `{ ok: false, reason }` with a one-line reason
 */
export async function validateListDocument(document: unknown): Promise<ListResult> {
  // The list-update module's validator, when it exists, is the single source of truth for
  // schema + compile + ReDoS; the CLI only adds what it does not cover.
  const shared = await optionalImport(LIST_VALIDATE_MODULE);
  const sharedFn = shared && (['validateListDocument', 'validateList', 'validateIndicatorList'] as const).map((k) => shared[k]).find((f) => typeof f === 'function');
  const parsed = parseIndicatorList(document);
  if (!parsed.ok) return { ok: false, reason: oneLine(parsed.error) };
  const list = parsed.list;
  const compile = checkPatternsCompile(list);
  if (compile) return { ok: false, reason: compile };
  if (sharedFn) {
    const reason = reasonFrom(await (sharedFn as (d: unknown) => unknown)(document));
    if (reason) return { ok: false, reason: oneLine(reason) };
  }
  const selfTestMod = await optionalImport(SELF_TEST_MODULE);
  const selfTest = selfTestMod?.selfTest;
  const reason = typeof selfTest === 'function' ? reasonFrom(await (selfTest as (l: IndicatorList) => unknown)(list)) : fallbackSelfTest(list);
  if (reason) return { ok: false, reason: oneLine(reason) };
  return { ok: true, list, document };
}

/** Read and fully validate the list at `path`. */
export async function readValidList(path: string): Promise<ListResult> {
  const json = await readJsonFile(path);
  if (!json.ok) return json;
  return validateListDocument(json.value);
}
