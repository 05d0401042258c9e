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
 */
import type { IndicatorList } from '../list/schema';
import { compileList } from './compile';
import { firstHit } from './match';
import { normalize } from './normalize';
import { languagesByScript } from './scripts';

export interface SelfTestFailure {
  indicator: string;
  kind: 'match' | 'noMatch';
  lang: string;
  text: string;
}

export function selfTest(list: IndicatorList): SelfTestFailure[] {
  const compiled = compileList(list);
  const failures: SelfTestFailure[] = [];
  for (const err of compiled.errors) {
    const id = err.split(/[\s:]/)[0] ?? '?';
    failures.push({ indicator: id, kind: 'match', lang: '*', text: `pattern does not compile: ${err}` });
  }
  for (const ci of compiled.indicators) {
    const ex = ci.indicator.examples;
    for (const e of ex?.match ?? []) {
      const n = normalize(e.text);
      if (!firstHit(ci, n.text, languagesByScript(n.text, compiled.languages))) failures.push({ indicator: ci.indicator.id, kind: 'match', lang: e.lang, text: e.text });
    }
    for (const e of ex?.noMatch ?? []) {
      const n = normalize(e.text);
      if (firstHit(ci, n.text, languagesByScript(n.text, compiled.languages))) failures.push({ indicator: ci.indicator.id, kind: 'noMatch', lang: e.lang, text: e.text });
    }
  }
  return failures;
}
