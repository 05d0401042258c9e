/**
 * selfTest runs examples on throwaway RegExps (unique no-op suffix, so V8 interprets them and the
 * engine's compiled regexps are left alone; see src/engine/self-test.ts). These tests check that
 * the throwaway copies judge exactly as the engine's own matcher (firstHit on the compiled list)
 * does, on a list whose examples are shuffled across indicators so that many of them fail.
 */
import { describe, expect, it } from 'vitest';
import { bundledList } from '@/src/indicators/bundled';
import { selfTest, type SelfTestFailure } from '@/src/engine/self-test';
import { compileList } from '@/src/engine/compile';
import { firstHit } from '@/src/engine/match';
import { normalize } from '@/src/engine/normalize';
import { languagesByScript } from '@/src/engine/scripts';
import { parseIndicatorList, type IndicatorList } from '@/src/list/schema';

/** The self-test as the engine's cached regexps would judge it (the pre-throwaway implementation). */
function referenceSelfTest(list: IndicatorList): SelfTestFailure[] {
  const compiled = compileList(list);
  const out: SelfTestFailure[] = [];
  for (const ci of compiled.indicators) {
    const hit = (text: string) => {
      const n = normalize(text);
      return firstHit(ci, n.text, languagesByScript(n.text, compiled.languages)) !== null;
    };
    for (const e of ci.indicator.examples?.match ?? []) if (!hit(e.text)) out.push({ indicator: ci.indicator.id, kind: 'match', lang: e.lang, text: e.text });
    for (const e of ci.indicator.examples?.noMatch ?? []) if (hit(e.text)) out.push({ indicator: ci.indicator.id, kind: 'noMatch', lang: e.lang, text: e.text });
  }
  return out;
}

/** Each indicator gets the next indicator's examples, and its own match examples as must-not-match. */
function shuffledList(): IndicatorList {
  const doc = structuredClone(bundledList);
  const n = doc.indicators.length;
  doc.indicators = doc.indicators.map((ind, i) => {
    const next = bundledList.indicators[(i + 1) % n]!;
    return { ...ind, examples: { match: [...next.examples.match, ...next.examples.noMatch], noMatch: [...ind.examples.match] } };
  });
  const parsed = parseIndicatorList(doc);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.list;
}

describe('selfTest on throwaway regexps', () => {
  it('reports exactly the failures the engine’s own matcher gives on a shuffled list', () => {
    const list = shuffledList();
    const got = selfTest(list);
    const want = referenceSelfTest(list);
    // the shuffled list must really exercise both kinds, or the comparison proves little
    expect(want.some((f) => f.kind === 'match')).toBe(true);
    expect(want.some((f) => f.kind === 'noMatch')).toBe(true);
    const key = (f: SelfTestFailure) => `${f.indicator}|${f.kind}|${f.lang}|${f.text}`;
    expect(got.map(key).sort()).toEqual(want.map(key).sort());
  });

  it('leaves the engine’s compiled regexps unexecuted', () => {
    const list = shuffledList();
    const compiled = compileList(list);
    for (const ci of compiled.indicators) for (const re of ci.byLang.values()) re.lastIndex = 7;
    selfTest(list);
    for (const ci of compiled.indicators) for (const re of ci.byLang.values()) expect(re.lastIndex).toBe(7);
  });
});
