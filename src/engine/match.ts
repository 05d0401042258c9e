/**
 * Find where an indicator's patterns hit a normalised text, skipping hits that a negation cue
 * cancels ("no experience" is a hit for IND-02; "we never ask for any fee" is not a hit for
 * IND-16). Matching is plain substring/regex search, so Thai, Chinese and Japanese need no
 * word boundaries.
 */
import type { CompiledIndicator, CompiledList } from './compile';

export interface Hit {
  /** Offsets into the normalised text. */
  from: number;
  to: number;
}

/** Sentence boundaries used to bound the negation window. */
const BOUNDARY = /[.!?\n\u3002\uff01\uff1f\u0964|;•]/;
const BEFORE = 48;
const AFTER = 32;
/** Give up on an indicator after this many negated hits (keeps huge texts linear). */
const MAX_TRIES = 40;

/** The same-sentence window around [from, to): up to 48 chars before and 32 after. */
export function windowAround(text: string, from: number, to: number): string {
  let a = Math.max(0, from - BEFORE);
  const before = text.slice(a, from);
  for (let i = before.length - 1; i >= 0; i--) {
    if (BOUNDARY.test(before[i]!)) {
      a += i + 1;
      break;
    }
  }
  let b = Math.min(text.length, to + AFTER);
  const after = text.slice(to, b);
  for (let i = 0; i < after.length; i++) {
    if (BOUNDARY.test(after[i]!)) {
      b = to + i;
      break;
    }
  }
  return text.slice(a, b);
}

/** English conditionals: "if you do not pay the fee…" states a demand, not its absence. */
const CONDITIONAL_EN = /\b(?:if|unless|otherwise)\b/;

function negated(ci: CompiledIndicator, langs: Set<string>, window: string): boolean {
  for (const [lang, re] of ci.negByLang) {
    if (!(langs.has(lang) || lang === '*')) continue;
    if (lang === 'en' && CONDITIONAL_EN.test(window)) continue;
    if (re.test(window)) return true;
  }
  return false;
}

/**
 * First non-negated hit of `ci` in `text` using the patterns of `langs` (and "*"), earliest first.
 * @returns the hit, or null when nothing (un-negated) matches.
 */
export function firstHit(ci: CompiledIndicator, text: string, langs: Set<string>): Hit | null {
  let best: Hit | null = null;
  for (const [lang, re] of ci.byLang) {
    if (lang !== '*' && !langs.has(lang)) continue;
    re.lastIndex = 0;
    let tries = 0;
    let m: RegExpExecArray | null;
    while (tries++ < MAX_TRIES && (m = re.exec(text)) !== null) {
      const from = m.index;
      const to = from + m[0].length;
      if (to === from) {
        re.lastIndex = from + 1; // empty match: step on
        continue;
      }
      if (best && from >= best.from) break;
      if (ci.negByLang.size && negated(ci, langs, windowAround(text, from, to))) continue;
      best = { from, to };
      break;
    }
  }
  return best;
}

/** Most hit positions examined per language pass (bounds hostile input). */
const MAX_POSITIONS = 400;

/**
 * First non-negated hit of every indicator, in one pass per language (see LangPass).
 * Equivalent to calling {@link firstHit} for each indicator, but scans the text once per
 * language instead of once per indicator and language.
 * @returns hits[i] for compiled.indicators[i] (null when none)
 */
export function allFirstHits(compiled: CompiledList, text: string, langs: Set<string>): (Hit | null)[] {
  const n = compiled.indicators.length;
  const best: (Hit | null)[] = new Array(n).fill(null);
  const negatedSeen = new Set<number>();
  for (const pass of compiled.passes) {
    if (pass.lang !== '*' && !langs.has(pass.lang)) continue;
    const re = pass.all;
    re.lastIndex = 0;
    let remaining = 0;
    for (const i of pass.members) if (best[i] === null) remaining++;
    let positions = 0;
    let m: RegExpExecArray | null;
    while (remaining > 0 && positions++ < MAX_POSITIONS && (m = re.exec(text)) !== null) {
      const at = m.index;
      re.lastIndex = at + 1;
      if (m[0].length === 0) continue;
      for (let g = 0; g < pass.members.length; g++) {
        const idx = pass.members[g]!;
        const cur = best[idx];
        if (cur && cur.from <= at) continue;
        let to: number;
        if (m[g + 1] !== undefined) to = at + m[g + 1]!.length;
        else {
          const st = pass.sticky[g]!;
          st.lastIndex = at;
          const sm = st.exec(text);
          if (!sm || sm[0].length === 0) continue;
          to = at + sm[0].length;
        }
        const ci = compiled.indicators[idx]!;
        if (ci.negByLang.size && negated(ci, langs, windowAround(text, at, to))) {
          negatedSeen.add(idx);
          continue;
        }
        if (!cur) remaining--;
        best[idx] = { from: at, to };
      }
    }
  }
  // an indicator whose early hits were negated may still have a later, un-negated hit
  for (const idx of negatedSeen) {
    if (best[idx] === null) best[idx] = firstHit(compiled.indicators[idx]!, text, langs);
  }
  return best;
}
