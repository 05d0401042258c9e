/**
 * Run every indicator's self-test examples against its own patterns.
 *
 *   selfTest(list: IndicatorList): SelfTestFailure[]
 *
 * - each `examples.match` text must produce a (non-negated) hit of that indicator;
 * - each `examples.noMatch` text must produce none.
 * Matching is what the engine does, minus the Latin marker gating: normalise the example, run
 * every language's patterns whose script appears (plus "*"), apply negation cues.
 * Also reports patterns that fail to compile (kind "match", lang "*", text = the error).
 * Pure; an empty array means every example behaves. Used by the unit tests and by
 * `lure-lens list validate` / `list test`.
 *
 * Why the examples run on throwaway RegExps: V8 compiles every regexp first to bytecode and to
 * native code on its second execution, and it compiles regexps *without optimisation* (and in
 * "slow safe" mode) once the process has generated more than 1 MB of regexp code and holds more
 * than 16 MB of executable memory (v8 src/regexp/regexp.cc, TooMuchRegExpCode). Running the
 * ~1,000 per-indicator alternations of the list twice or more each used to generate about 10 MB
 * of native code before analyze() first compiled its own big single passes, so those passes (and
 * the salary, language-marker and context regexps) stayed unoptimised for the life of the
 * process: analyze() 5× slower after a validation (Vietnamese set: 10 s instead of 2 s CPU).
 * Here each example gets fresh RegExp objects whose sources are unique (a no-op suffix), so V8's
 * regexp cache cannot hand them the engine's compiled data, and each is executed once: V8
 * interprets them and never generates native code for them. See src/eval/validation-bench.ts.
 */
import type { IndicatorList } from '../list/schema';
import { compileList, type CompiledIndicator } from './compile';
import { firstHit } from './match';
import { normalize } from './normalize';
import { languagesByScript } from './scripts';

export interface SelfTestFailure {
  indicator: string;
  kind: 'match' | 'noMatch';
  lang: string;
  text: string;
}

/** Distinguishes the throwaway sources; see the module comment. */
let serial = 0;

/**
 * A copy of `re` that V8 will interpret: a source no other RegExp has. The suffix
 * `(?:|[^\s\S]{n})` always matches the empty string first (its second branch can never match),
 * so matches and their extent are those of `re`.
 */
function throwaway(re: RegExp): RegExp {
  serial = (serial + 1) % 1_000_000_000;
  return new RegExp(`(?:${re.source})(?:|[^\\s\\S]{${serial}})`, re.flags);
}

/**
 * Whether `ci` has a non-negated hit in `text` (normalised), as {@link firstHit} over `langs` and "*"
 * would say, but on throwaway RegExps, one language at a time, `first` first: a match example
 * usually hits in its own language, and the other languages' alternations then need no compiling.
 */
function hitsInterpreted(ci: CompiledIndicator, text: string, langs: Set<string>, first: string): boolean {
  const order = [...ci.byLang.keys()].filter((l) => l === '*' || langs.has(l));
  order.sort((a, b) => Number(b === first) - Number(a === first));
  for (const lang of order) {
    const negByLang = new Map<string, RegExp>();
    for (const [l, re] of ci.negByLang) if (l === '*' || langs.has(l)) negByLang.set(l, throwaway(re));
    const one: CompiledIndicator = { ...ci, byLang: new Map([[lang, throwaway(ci.byLang.get(lang)!)]]), negByLang };
    if (firstHit(one, text, langs)) return true;
  }
  return false;
}

export function selfTest(list: IndicatorList): SelfTestFailure[] {
  const compiled = compileList(list);
  const failures: SelfTestFailure[] = [];
  for (const err of compiled.errors) {
    const id = err.split(/[\s:]/)[0] ?? '?';
    failures.push({ indicator: id, kind: 'match', lang: '*', text: `pattern does not compile: ${err}` });
  }
  const hits = (ci: CompiledIndicator, text: string, lang: string): boolean => {
    const n = normalize(text);
    const langs = languagesByScript(n.text, compiled.languages);
    return hitsInterpreted(ci, n.text, langs, lang);
  };
  for (const ci of compiled.indicators) {
    const ex = ci.indicator.examples;
    for (const e of ex?.match ?? []) {
      if (!hits(ci, e.text, e.lang)) failures.push({ indicator: ci.indicator.id, kind: 'match', lang: e.lang, text: e.text });
    }
    for (const e of ex?.noMatch ?? []) {
      if (hits(ci, e.text, e.lang)) failures.push({ indicator: ci.indicator.id, kind: 'noMatch', lang: e.lang, text: e.text });
    }
  }
  return failures;
}
