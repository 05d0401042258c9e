import { describe, expect, it } from 'vitest';
import { buildWarningView, explain, firstSentence, patternKey, strongestFindings } from '@/src/background/warning-view';
import { translator } from '@/src/i18n/index';
import type { Assessment, Finding } from '@/src/engine/types';

const f = (indicator: string, weight: number, explanationKey?: string): Finding => ({
  indicator,
  category: 'x',
  weight,
  explanationKey,
  evidence: { text: indicator, start: 0, end: indicator.length },
});

describe('warning view', () => {
  it('keeps the strongest finding per indicator, at most three, strongest first', () => {
    const got = strongestFindings([f('IND-01', 2), f('IND-07', 4), f('IND-01', 5), f('IND-11', 3), f('IND-16', 1)]);
    expect(got.map((x) => [x.indicator, x.weight])).toEqual([
      ['IND-01', 5],
      ['IND-07', 4],
      ['IND-11', 3],
    ]);
  });

  it('is undefined for none/low and carries a localised headline for medium/high', () => {
    const t = translator('en');
    const base: Assessment = { level: 'low', score: 1, lang: 'en', findings: [f('IND-11', 3, 'ind_11')] };
    expect(buildWarningView(base, t)).toBeUndefined();
    const high = buildWarningView({ ...base, level: 'high' }, t)!;
    expect(high.headline).toBe(t('warning_danger_title'));
    expect(high.reasons).toHaveLength(1);
    const ar = buildWarningView({ ...base, level: 'medium' }, translator('ar'))!;
    expect(ar.headline).toBe(translator('ar')('warning_caution_title'));
    expect(ar.headline).not.toBe(high.headline);
  });

  it('explains with the explanation key, then the id-derived key, then a generic line', () => {
    const t = (k: string, subs: (string | number)[] = []) => ({ ind_07: 'Known hub. More text.', good_key: 'Own text.' })[k] ?? (k === 'warning_reason_fallback' ? `sign ${subs[0]}` : k);
    expect(explain(f('IND-01', 1, 'good_key'), t)).toBe('Own text.');
    expect(explain(f('IND-07', 1, 'missing_key'), t)).toBe('Known hub. More text.');
    expect(explain(f('IND-99', 1, 'missing_key'), t)).toBe('sign IND-99');
  });

  it('lists a shared explanation once', () => {
    const t = (k: string) => ({ ind_07: 'Known hub.', ind_08: 'Known hub.', ind_11: 'Chat apps only.', ind_01: 'High pay.' })[k] ?? k;
    const v = buildWarningView({ level: 'high', score: 9, lang: 'en', findings: [f('IND-07', 4, 'ind_07'), f('IND-08', 3, 'ind_08'), f('IND-11', 2, 'ind_11'), f('IND-01', 1, 'ind_01')] }, t)!;
    expect(v.reasons.map((r) => r.indicator)).toEqual(['IND-07', 'IND-11', 'IND-01']);
  });

  it('first sentences and pattern keys', () => {
    expect(firstSentence('Pay is far above normal. Scammers use it.')).toBe('Pay is far above normal.');
    expect(firstSentence('x'.repeat(300), 20)).toHaveLength(20);
    expect(firstSentence('لا تدفع رسوماً؟ أبداً')).toBe('لا تدفع رسوماً؟');
    expect(patternKey('P-T1')).toBe('pattern_t1');
  });

  it('every locale has every warning text (no English fallbacks left)', async () => {
    const { UI_LOCALES, messagesOf } = await import('@/src/i18n/index');
    const keys = Object.keys(messagesOf('en')).filter((k) => k.startsWith('warning_'));
    expect(keys.length).toBeGreaterThanOrEqual(15);
    for (const l of UI_LOCALES) {
      const m = messagesOf(l);
      const missing = keys.filter((k) => !m[k]?.message);
      expect(missing, l).toEqual([]);
      if (l !== 'en') expect(m.warning_why!.message, l).not.toBe(messagesOf('en').warning_why!.message);
    }
  });
});
