/**
 * Compile an indicator list into matchers, once per list object (cached in a WeakMap keyed by
 * the list identity, so repeated analyze() calls with the same list reuse the RegExps).
 *
 * Per indicator and per language, the pattern sources are joined into one alternation compiled
 * with flags "gu" (sources lower-cased, see ./pattern-text.ts); negation cues likewise (flags "u"). A source that does not compile
 * (hostile or broken list) is skipped and recorded in `errors` — the engine never throws on it.
 */
import type { Context, Indicator, IndicatorList, Rule } from '../list/schema';
import { normalizePattern } from './pattern-text';
import { scriptOfLang } from './scripts';

export interface CompiledIndicator {
  indicator: Indicator;
  /** Family id: the indicator id without a sub-indicator letter ("IND-07b" → "IND-07"). */
  family: string;
  /** One combined RegExp per pattern language (global, so use lastIndex). */
  byLang: Map<string, RegExp>;
  negByLang: Map<string, RegExp>;
}

export interface CompiledContext {
  context: Context;
  /**
   * Per language, one alternation with one capture group per pattern (flags "gu"): a single
   * pass finds which distinct patterns hit.
   */
  byLang: Map<string, RegExp>;
}

/**
 * All indicators of one pattern language in a single pass: `all` is an alternation with one
 * capture group per indicator (group g+1 ↔ `members[g]`); `sticky[g]` is that indicator's own
 * alternation with flag "y", used to check the other indicators at a position where the
 * single pass found a hit (two indicators may match at the same position).
 */
export interface LangPass {
  lang: string;
  all: RegExp;
  members: number[];
  sticky: RegExp[];
}

export interface CompiledList {
  indicators: CompiledIndicator[];
  /** Indicator id → compiled indicator. */
  byId: Map<string, CompiledIndicator>;
  /** One single-pass matcher per pattern language ("*" included). */
  passes: LangPass[];
  contexts: CompiledContext[];
  rules: Rule[];
  /** Every pattern language used by the list. */
  languages: Set<string>;
  /** Role → families having that role. */
  roleFamilies: Map<string, Set<string>>;
  errors: string[];
}

const cache = new WeakMap<IndicatorList, CompiledList>();

/** Largest regular-expression source per single pass (characters); see the chunking below. */
const PASS_SOURCE_LIMIT = 12_000;

/** Family id of an indicator id. */
export function familyOf(id: string): string {
  return id.replace(/[a-z]$/, '');
}

function tryCompile(src: string, flags: string, errors: string[], where: string): RegExp | null {
  try {
    return new RegExp(src, flags);
  } catch (e) {
    errors.push(`${where}: ${(e as Error).message}`);
    return null;
  }
}

/** Compile one alternation per language. Sources that do not compile are skipped. */
export function compileByLang(patterns: Record<string, string[]>, flags: string, errors: string[], where: string): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [lang, sources] of Object.entries(patterns)) {
    const ok: string[] = [];
    for (const raw of sources) {
      const src = normalizePattern(raw);
      if (tryCompile(src, flags, errors, `${where} [${lang}] ${raw.slice(0, 60)}`)) ok.push(src);
    }
    if (ok.length === 0) continue;
    const re = tryCompile(ok.map((s) => `(?:${s})`).join('|'), flags, errors, `${where} [${lang}] (combined)`);
    if (re) out.set(lang, re);
  }
  return out;
}

/** Like compileByLang, but each source becomes a capture group so distinct hits can be counted. */
function compileCounting(patterns: Record<string, string[]>, errors: string[], where: string): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [lang, sources] of Object.entries(patterns)) {
    const ok: string[] = [];
    for (const raw of sources) {
      // inner groups must not capture, or the group numbering breaks
      const src = normalizePattern(raw).replace(/(?<!\\)\((?!\?)/g, '(?:');
      if (tryCompile(src, 'u', errors, `${where} [${lang}] ${raw.slice(0, 60)}`)) ok.push(src);
    }
    if (ok.length === 0) continue;
    const re = tryCompile(ok.map((s) => `(${s})`).join('|'), 'gu', errors, `${where} [${lang}] (combined)`);
    if (re) out.set(lang, re);
  }
  return out;
}

/** Compile (or fetch from cache) the matchers of `list`. Never throws. */
export function compileList(list: IndicatorList): CompiledList {
  const hit = cache.get(list);
  if (hit) return hit;
  const errors: string[] = [];
  const roleFamilies = new Map<string, Set<string>>();
  const indicators: CompiledIndicator[] = [];
  for (const ind of list.indicators ?? []) {
    const family = familyOf(ind.id);
    for (const role of ind.roles ?? []) {
      const set = roleFamilies.get(role) ?? new Set<string>();
      set.add(family);
      roleFamilies.set(role, set);
    }
    indicators.push({
      indicator: ind,
      family,
      byLang: compileByLang(ind.patterns ?? {}, 'gu', errors, ind.id),
      negByLang: compileByLang(ind.negations ?? {}, 'u', errors, `${ind.id} negation`),
    });
  }
  const contexts: CompiledContext[] = [];
  for (const ctx of list.contexts ?? []) {
    contexts.push({ context: ctx, byLang: compileCounting(ctx.patterns, errors, ctx.id) });
  }
  const passes: LangPass[] = [];
  const perLang = new Map<string, { idx: number; src: string }[]>();
  for (let i = 0; i < indicators.length; i++) {
    for (const [lang, re] of indicators[i]!.byLang) {
      const arr = perLang.get(lang) ?? [];
      // inner groups must not capture, so that group g+1 is member g
      arr.push({ idx: i, src: re.source.replace(/(?<!\\)\((?!\?)/g, '(?:') });
      perLang.set(lang, arr);
    }
  }
  for (const [lang, all] of perLang) {
    // V8 stops optimising regular expressions whose source exceeds about 20 kB (they run 10× slower),
    // so a language with many patterns gets several passes of at most PASS_SOURCE_LIMIT characters.
    const chunks: { idx: number; src: string }[][] = [[]];
    let size = 0;
    for (const a of all) {
      if (size + a.src.length > PASS_SOURCE_LIMIT && chunks[chunks.length - 1]!.length > 0) {
        chunks.push([]);
        size = 0;
      }
      chunks[chunks.length - 1]!.push(a);
      size += a.src.length + 3;
    }
    for (const arr of chunks) {
      // Latin-script passes only start at word starts: one cheap look-behind instead of trying every
      // alternative at every position inside words (about twice as fast; patterns start at a word).
      const guard = scriptOfLang(lang) === 'latin' ? '(?<![\\p{L}\\p{N}_])' : '';
      const re = tryCompile(`${guard}(?:${arr.map((a) => `(${a.src})`).join('|')})`, 'gu', errors, `single pass [${lang}]`);
      const sticky = arr.map((a) => tryCompile(a.src, 'uy', errors, `sticky [${lang}]`));
      if (!re || sticky.some((r) => r === null)) continue;
      passes.push({ lang, all: re, members: arr.map((a) => a.idx), sticky: sticky as RegExp[] });
    }
  }
  const languages = new Set<string>();
  for (const ci of indicators) for (const l of ci.byLang.keys()) languages.add(l);
  for (const cc of contexts) for (const l of cc.byLang.keys()) languages.add(l);
  const byId = new Map(indicators.map((ci) => [ci.indicator.id, ci] as const));
  const compiled: CompiledList = { indicators, byId, passes, contexts, rules: list.rules ?? [], roleFamilies, languages, errors };
  cache.set(list, compiled);
  return compiled;
}
