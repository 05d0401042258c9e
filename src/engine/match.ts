/**
 * Find where an indicator's patterns hit a normalised text, skipping hits that a negation cue
 * cancels ("no experience" is a hit for IND-02; "we never ask for any fee" is not a hit for
 * IND-16). Matching is plain substring/regex search, so Thai, Chinese and Japanese need no
 * word boundaries.
 */
import type { CompiledIndicator } from './compile';
import type { Script } from './scripts';

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

function negated(ci: CompiledIndicator, scripts: Set<Script>, window: string): boolean {
  for (const [script, re] of ci.negByScript) {
    if (scripts.has(script) && re.test(window)) return true;
  }
  return false;
}

/**
 * First non-negated hit of `ci` in `text` among the scripts present, earliest position first.
 * @returns the hit, or null when nothing (un-negated) matches.
 */
export function firstHit(ci: CompiledIndicator, text: string, scripts: Set<Script>): Hit | null {
  let best: Hit | null = null;
  for (const [script, re] of ci.byScript) {
    if (!scripts.has(script)) continue;
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
      if (ci.negByScript.size && negated(ci, scripts, windowAround(text, from, to))) continue;
      best = { from, to };
      break;
    }
  }
  return best;
}
