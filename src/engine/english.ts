/**
 * English NLP with compromise, used only where regular expressions are weak and only on one
 * sentence at a time (never on the whole posting, which keeps the cost small):
 *  - negation scope: "We will never ask you to pay a registration fee" / "Applicants are not
 *    required to send their passport" — the sentence's verb is negated, so a hard indicator
 *    that matched inside it is not a request. Conditionals ("if you don't pay the fee…") are
 *    not treated as negation.
 *  - amounts written in words: "earn two thousand dollars a week" → 2000.
 * compromise is about 200 ms to load; the engine runs in the background worker and the CLI,
 * never in the page (src/engine is not imported by the content script).
 */
import nlp from 'compromise';

const SENTENCE_END = /[.!?\n]/;

/** Bounds of the sentence around [from, to) in `text` (at most 300 characters each side). */
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  const minStart = Math.max(0, from - 300);
  while (start > minStart && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = to;
  const maxEnd = Math.min(text.length, to + 300);
  while (end < maxEnd && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

const CONDITIONAL = /\b(?:if|unless|otherwise|or else|until)\b/;

/** True when the sentence's main verb is negated ("never ask", "don't charge", "are not required"). */
export function isNegatedSentence(sentence: string): boolean {
  if (CONDITIONAL.test(sentence)) return false;
  try {
    return nlp(sentence).verbs().isNegative().found;
  } catch {
    return false;
  }
}

const WORD_NUMBER = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a few)\s(?:hundred|thousand|grand|million)\b/;

/** Cheap pre-check: does the text contain an amount written in words? */
export function hasWordAmount(text: string): boolean {
  return WORD_NUMBER.test(text);
}

/** Largest number compromise reads in the sentence ("two thousand dollars" → 2000), or null. */
export function wordAmount(sentence: string): number | null {
  try {
    const values = nlp(sentence).numbers().get() as unknown[];
    let best: number | null = null;
    for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && (best === null || v > best)) best = v;
    return best;
  } catch {
    return null;
  }
}
