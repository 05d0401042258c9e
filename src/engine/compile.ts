/**
 * Compile an indicator list into matchers, once per list object (cached in a WeakMap keyed by
 * the list identity, so repeated analyze() calls with the same list reuse the RegExps).
 *
 * Per indicator and per script, all languages' pattern sources are joined into one alternation
 * compiled with flags "giu"; negation cues likewise (flags "iu"). A source that does not compile
 * (hostile or broken list) is skipped and recorded in `errors` — the engine never throws on it.
 */
import type { Context, Indicator, IndicatorList, Rule } from '../list/schema';
import { normalizePattern } from './pattern-text';
import { scriptOfLang, type Script } from './scripts';

export interface CompiledIndicator {
  indicator: Indicator;
  /** Family id: the indicator id without a sub-indicator letter ("IND-07b" → "IND-07"). */
  family: string;
  /** One combined RegExp per script (global, so use lastIndex). */
  byScript: Map<Script, RegExp>;
  negByScript: Map<Script, RegExp>;
}

export interface CompiledContext {
  context: Context;
  /** Individually compiled patterns (distinct hits are counted), each tagged with its script. */
  patterns: { script: Script; re: RegExp }[];
}

export interface CompiledList {
  indicators: CompiledIndicator[];
  contexts: CompiledContext[];
  rules: Rule[];
  /** Role → families having that role. */
  roleFamilies: Map<string, Set<string>>;
  errors: string[];
}

const cache = new WeakMap<IndicatorList, CompiledList>();

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

/** Group per-language sources by script and compile one alternation per script. */
export function compileByScript(patterns: Record<string, string[]>, flags: string, errors: string[], where: string): Map<Script, RegExp> {
  const groups = new Map<Script, string[]>();
  for (const [lang, sources] of Object.entries(patterns)) {
    const script = scriptOfLang(lang);
    for (const raw of sources) {
      const src = normalizePattern(raw);
      if (!tryCompile(src, flags, errors, `${where} [${lang}] ${raw.slice(0, 60)}`)) continue;
      const g = groups.get(script) ?? [];
      g.push(src);
      groups.set(script, g);
    }
  }
  const out = new Map<Script, RegExp>();
  for (const [script, srcs] of groups) {
    const re = tryCompile(srcs.map((s) => `(?:${s})`).join('|'), flags, errors, `${where} (${script} combined)`);
    if (re) out.set(script, re);
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
      byScript: compileByScript(ind.patterns ?? {}, 'giu', errors, ind.id),
      negByScript: compileByScript(ind.negations ?? {}, 'iu', errors, `${ind.id} negation`),
    });
  }
  const contexts: CompiledContext[] = [];
  for (const ctx of list.contexts ?? []) {
    const patterns: CompiledContext['patterns'] = [];
    for (const [lang, sources] of Object.entries(ctx.patterns)) {
      for (const raw of sources) {
        const re = tryCompile(normalizePattern(raw), 'iu', errors, `${ctx.id} [${lang}]`);
        if (re) patterns.push({ script: scriptOfLang(lang), re });
      }
    }
    contexts.push({ context: ctx, patterns });
  }
  const compiled: CompiledList = { indicators, contexts, rules: list.rules ?? [], roleFamilies, errors };
  cache.set(list, compiled);
  return compiled;
}
