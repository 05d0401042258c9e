import { describe, expect, it } from 'vitest';
import { bundledList } from '@/src/indicators/bundled';
import { selfTest } from '@/src/engine/self-test';
import { parseIndicatorList } from '@/src/list/schema';

describe('bundled indicator list self-test', () => {
  it('every indicator matches its must-match examples and none of its must-not-match examples', () => {
    expect(selfTest(bundledList)).toEqual([]);
  });

  it('reports a broken example as a failure', () => {
    const doc = structuredClone(bundledList) as unknown as { indicators: { examples: { match: { lang: string; text: string }[] } }[] };
    doc.indicators[0]!.examples.match.push({ lang: 'en', text: 'zzzz nothing relevant here zzzz' });
    const parsed = parseIndicatorList(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    const failures = selfTest(parsed.list);
    expect(failures).toContainEqual({ indicator: bundledList.indicators[0]!.id, kind: 'match', lang: 'en', text: 'zzzz nothing relevant here zzzz' });
  });

  it('reports a pattern that does not compile instead of throwing', () => {
    const doc = structuredClone(bundledList) as unknown as { indicators: { patterns: Record<string, string[]> }[] };
    doc.indicators[0]!.patterns.en = ['(unclosed'];
    const parsed = parseIndicatorList(doc);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(selfTest(parsed.list).some((f) => f.text.startsWith('pattern does not compile'))).toBe(true);
  });
});
