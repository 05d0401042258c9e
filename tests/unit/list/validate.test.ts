import { describe, expect, it } from 'vitest';
import { acceptSignedList, attackExplodes, BENIGN_SAMPLE, checkPatternRedos, checkUpdateHeader, LIMITS, validateListDocument, validateListText } from '../../../src/list/validate';
import { bundledDocument, bundledList } from '../../../src/indicators/bundled';
import { candidate, newerVersion, signed, testKey, type Doc } from './helpers';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const ctx = { currentVersion: bundledList.listVersion, now: NOW, extensionVersion: '9.9.9' };

/** A document where one indicator fires on ordinary words of many languages and warns alone. */
function warnsOnEverything(): Doc {
  const d = candidate({ listVersion: newerVersion() });
  d.indicators[0].strength = 'H';
  d.indicators[0].weight = 10;
  d.indicators[0].patterns.en.push('\\b(?:the|and|a|de|la|dan|di|kwa|na|và|ng|em|com|des)\\b', '(?:و|ที่|ร้าน)');
  d.indicators[0].examples.noMatch = [];
  return d;
}

describe('validateListDocument', () => {
  it('accepts the bundled list through the whole chain (schema, compile, ReDoS, self-test, sanity gate)', () => {
    const r = validateListDocument(bundledDocument);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stats.sanitySize).toBe(BENIGN_SAMPLE.length);
    expect(r.stats.sanityWarned! / r.stats.sanitySize!).toBeLessThanOrEqual(0.2);
  });
  it('refuses a pattern with catastrophic backtracking before running it', () => {
    const d = candidate();
    d.indicators[0].patterns.en.push('(\\w+\\s?)+$');
    const r = validateListDocument(d);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/catastrophic/);
    expect(r.stats.selfTestMs).toBe(0);
  });
  it('refuses a pattern that does not compile with "giu"', () => {
    const d = candidate();
    d.indicators[0].patterns.en.push('(?<n>a)\\k<m>');
    expect(validateListDocument(d).errors[0]).toMatch(/does not compile/);
  });
  it('refuses huge counted quantifiers, and nested large bounds that backtrack like (a+)+', () => {
    expect(checkPatternRedos('a{1,50000}').error).toMatch(/exceeds/);
    expect(checkPatternRedos('(?:a{1,1000}){1,1000}$').error).toMatch(/catastrophic/);
    expect(checkPatternRedos('(?:a{1,1000}?){1,1000}$').error).toMatch(/catastrophic/);
    expect(checkPatternRedos('\\b\\d{1,3}(?:[.,]\\d{3}){0,3}\\b')).toEqual({});
  });
  it('refuses repetitions of overlapping alternatives, which scslre alone misses', () => {
    expect(checkPatternRedos('^(a|a)*$').error).toMatch(/alternatives 1 and 2/);
    expect(checkPatternRedos('(?:ab|a\\w)+$').error).toMatch(/catastrophic/);
    expect(checkPatternRedos('(?:telegram|whatsapp|line)+\\s')).toEqual({});
  });
  it('warns, without failing, on polynomial backtracking', () => {
    expect(checkPatternRedos('\\s*\\w+@').warning).toMatch(/polynomial/);
    expect(checkPatternRedos('\\bcambodia\\b')).toEqual({});
  });
  it('refuses a list whose self-test examples fail', () => {
    const d = candidate();
    d.indicators[0].examples.match.push({ lang: 'en', text: 'nothing to see here' });
    expect(validateListDocument(d).errors[0]).toMatch(/self-test/);
  });
  it('sanity gate: refuses a list that warns on most honest posts', () => {
    const r = validateListDocument(warnsOnEverything());
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/sanity gate: warns on \d+ of \d+ honest sample posts/);
    expect(r.stats.sanityWarned).toBeGreaterThan(BENIGN_SAMPLE.length / 2);
  });
  it('disarm gate: refuses a list that no longer warns on obvious lures', () => {
    const d = candidate({ thresholds: { medium: 90, high: 99 } });
    for (const ind of d.indicators) ind.strength = 'W';
    d.rules = [];
    expect(validateListDocument(d).ok).toBe(true); // off by default: `list test` reports recall itself
    const r = validateListDocument(d, { disarmGate: true });
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/disarm gate: warns on only \d+ of \d+ sample lures/);
  });
  it('the bundled list warns on the built-in lure sample', () => {
    const r = validateListDocument(bundledDocument, { disarmGate: true });
    expect(r.errors).toEqual([]);
    expect(r.stats.luresWarned! / r.stats.luresSize!).toBeGreaterThanOrEqual(0.7);
  });
  it('refuses wrong schema versions and malformed documents with readable reasons', () => {
    expect(validateListDocument(candidate({ schemaVersion: 2 })).errors[0]).toMatch(/unsupported schemaVersion 2/);
    expect(validateListDocument({ hello: 1 }).errors[0]).toMatch(/^schema:/);
    expect(validateListDocument(candidate({ expires: '2020-01-01T00:00:00Z' })).errors[0]).toMatch(/not after published/);
  });
  it('refuses non-JSON, truncated JSON, HTML and oversize text', () => {
    const text = JSON.stringify(bundledDocument);
    expect(validateListText('hello').errors[0]).toMatch(/not valid JSON/);
    expect(validateListText(text.slice(0, text.length / 2)).errors[0]).toMatch(/truncated/);
    expect(validateListText('<!doctype html><p>hi').errors[0]).toMatch(/HTML/);
    expect(validateListText(' '.repeat(LIMITS.maxDocumentBytes + 1)).errors[0]).toMatch(/limit/);
  });
});

describe('checkUpdateHeader', () => {
  const list = { ...bundledList, listVersion: '2026.12.01', expires: '2027-03-01T00:00:00Z', minExtensionVersion: '0.2.0' };
  it('takes a strictly newer, unexpired list', () => {
    expect(checkUpdateHeader(list, { currentVersion: '2026.11.30.3', now: NOW, extensionVersion: '0.2.0' })).toBeNull();
  });
  it('refuses older, equal, expired and too-new-for-this-build lists', () => {
    expect(checkUpdateHeader(list, { currentVersion: '2026.12.01.1', now: NOW, extensionVersion: '1.0.0' })).toMatch(/older.*rollback/);
    expect(checkUpdateHeader(list, { currentVersion: '2026.12.01', now: NOW, extensionVersion: '1.0.0' })).toMatch(/already in use/);
    expect(checkUpdateHeader(list, { now: Date.parse('2027-03-02T00:00:00Z'), extensionVersion: '1.0.0' })).toMatch(/expired on 2027-03-01/);
    expect(checkUpdateHeader(list, { now: NOW, extensionVersion: '0.1.9' })).toMatch(/needs LureLens 0.2.0/);
  });
});

describe('acceptSignedList (the update chain)', () => {
  it('accepts a good, newer list signed by a trusted key and returns its exact document', async () => {
    const { priv, trusted } = await testKey();
    const docText = JSON.stringify(candidate({ listVersion: newerVersion() }), null, 1);
    const r = await acceptSignedList(await signed(docText, priv), [trusted], ctx);
    expect(r).toMatchObject({ ok: true, keyId: trusted.keyId, document: docText });
  });
  it.each([
    ['bad signature', async (p: Uint8Array) => (await signed(candidate({ listVersion: newerVersion() }), p)).replace(/"signature":"(.)/, (_m, c: string) => `"signature":"${c === 'A' ? 'B' : 'A'}`), /signature/],
    ['older version', async (p: Uint8Array) => signed(candidate({ listVersion: '2020.01.01' }), p), /older.*rollback/],
    ['equal version', async (p: Uint8Array) => signed(candidate(), p), /already in use/],
    ['expired', async (p: Uint8Array) => signed(candidate({ listVersion: newerVersion(), published: '2026-01-01T00:00:00Z', expires: '2026-02-01T00:00:00Z' }), p), /expired/],
    ['wrong schema', async (p: Uint8Array) => signed(candidate({ listVersion: newerVersion(), schemaVersion: 99 }), p), /unsupported schemaVersion 99/],
    ['ReDoS pattern', async (p: Uint8Array) => {
      const d = candidate({ listVersion: newerVersion() });
      d.indicators[1].patterns.en.push('(?:x+x+)+y');
      return signed(d, p);
    }, /catastrophic/],
    ['sanity gate', async (p: Uint8Array) => signed(warnsOnEverything(), p), /sanity gate/],
    ['non-JSON document inside a valid signature', async (p: Uint8Array) => signed('not json {', p), /not valid JSON/],
    ['non-JSON body', async () => 'hello world', /not valid JSON/],
    ['HTML body', async () => '<html><body>Login</body></html>', /HTML/],
    ['truncated body', async (p: Uint8Array) => (await signed(candidate({ listVersion: newerVersion() }), p)).slice(0, 500), /truncated/],
    ['oversize body', async () => `{"x":"${'a'.repeat(LIMITS.maxEnvelopeBytes)}"}`, /limit/],
    ['a bare list without envelope', async () => JSON.stringify(candidate({ listVersion: newerVersion() })), /not a signed list/],
  ])('refuses %s', async (_name, make, reason) => {
    const { priv, trusted } = await testKey();
    const r = await acceptSignedList(await make(priv), [trusted], ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(reason);
      expect(r.error).not.toContain('\n');
    }
  });
  it('refuses a list signed by a key that is not trusted', async () => {
    const a = await testKey();
    const b = await testKey();
    const r = await acceptSignedList(await signed(candidate({ listVersion: newerVersion() }), a.priv), [b.trusted], ctx);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/unknown key/) });
  });
});

describe('hardening from the break report (B3–B6)', () => {
  it('B3: refuses quantifiers that trade the same text (polynomial), e.g. five adjacent \\s*', () => {
    expect(checkPatternRedos('\\s*\\s*\\s*\\s*\\s*$').error).toMatch(/polynomial backtracking \(Trade/);
    expect(checkPatternRedos('\\d+\\s*\\d+x').error).toMatch(/polynomial/);
    const d = candidate();
    d.indicators[0].patterns.en.push('\\s*\\s*\\s*\\s*\\s*$');
    const r = validateListDocument(d);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(new RegExp(`^${d.indicators[0].id} \\[en\\].*unsafe: polynomial`));
  });
  it('B3: refuses repetitions that split one text several ways: (a|aa)+$ and (.*a){20}, before the self-test runs', () => {
    expect(checkPatternRedos('(a|aa)+$').error).toMatch(/one or as several repetitions/);
    expect(checkPatternRedos('(?:a|aaa)*x').error).toMatch(/catastrophic/);
    expect(checkPatternRedos('(.*a){20}').error).toMatch(/catastrophic/);
    const d = candidate();
    d.indicators[0].patterns.en.push('(.*a){20}');
    const r = validateListDocument(d);
    expect(r.errors[0]).toMatch(/unsafe: catastrophic/);
    expect(r.stats.selfTestMs).toBe(0);
  });
  it('B3: a small bounded ambiguous repetition ("up to 4 words") only warns, with an attack string for the timed guard', () => {
    const r = checkPatternRedos('(?:виза|билеты?)(?:,? (?:и )?\\S+){0,4} за');
    expect(r.error).toBeUndefined();
    expect(r.warning).toMatch(/bounded repetition/);
    expect(r.attack).toBeTruthy();
    expect(attackExplodes('(?:виза|билеты?)(?:,? (?:и )?\\S+){0,4} за', r.attack!)).toBeUndefined();
  });
  it('B3: the timed guard refuses a pattern whose match time explodes on its attack string, and passes a quadratic one', () => {
    expect(attackExplodes('(.*a){8}$', 'aa')).toMatch(/match time explodes/);
    expect(attackExplodes('\\d+ x', '0')).toBeUndefined();
  });
  it('B5: refuses patterns that match the empty string, naming the indicator', () => {
    for (const src of ['(?:)', 'a?', 'x*', '(?:abc|)']) {
      const d = candidate();
      d.indicators[2].patterns.en.push(src);
      const r = validateListDocument(d);
      expect(r.ok).toBe(false);
      expect(r.errors[0]).toBe(`${d.indicators[2].id} [en] pattern /${src}/ matches the empty string`);
    }
  });
  it('B5: refuses duplicate indicator ids', () => {
    const d = candidate();
    d.indicators.push(structuredClone(d.indicators[0]));
    expect(validateListDocument(d).errors).toContain(`duplicate indicator id ${d.indicators[0].id}`);
  });
  it('B4: with a current time given, refuses an expired list; without it (update path checks its own header) does not', () => {
    const d = candidate({ published: '2019-01-01T00:00:00Z', expires: '2020-01-01T00:00:00Z' });
    const r = validateListDocument(d, { now: NOW });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/expired on 2020-01-01/);
    expect(validateListDocument(d, { skipSanity: true }).errors).toEqual([]);
  });
  it('B6: says schemaVersion must be a number when it is a string', () => {
    const r = validateListDocument(candidate({ schemaVersion: '1' }));
    expect(r.errors).toEqual(['schemaVersion must be a number (got "1", a string)']);
  });
});
