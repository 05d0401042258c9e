/**
 * The full validation chain for a candidate indicator list, shared by the background worker
 * (before any update is stored) and the CLI (`lure-lens list validate|sign`).
 *
 * Order (cheap and safe checks first; nothing executes a pattern before the ReDoS check passed):
 *   size → JSON → schema (parseList) → limits, duplicate ids, expiry (when `now` is given) → every
 *   pattern compiles with "giu" → ReDoS check (scslre, refa, timed guard) → no pattern matches the
 *   empty string → self-test examples → sanity gate (must not warn on more than 20 % of an
 *   invented honest sample) → disarm gate (signed updates and `list sign` only: must still warn on at
 *   least 70 % of an invented lure sample).
 * For a signed update, {@link acceptSignedList} puts envelope, signature and header rules in front.
 *
 * ReDoS check: scslre 0.3 (RunDevelopment; the analyser behind eslint-plugin-regexp's
 * no-super-linear-backtracking). It works on the regexpp AST — no eval, no WASM, ~0.5 ms a pattern —
 * so it runs inside an MV3 service worker. Errors: exponential backtracking (e.g. `(\w+\s?)+$`) and
 * polynomial backtracking between quantifiers (scslre Trade/Self, e.g. `\s*\s*\s*$`: O(n^k), 13 s on
 * 80 spaces for five `\s*` — no cap on the scanned text makes that safe). Warnings: Move reports
 * (`\w+@` retried at every start: at most quadratic), which are then timed on their attack string
 * ({@link attackExplodes}) and refused if the match time explodes. scslre only finds attacks built from
 * one repeated character, so with refa (its automata library) every repetition E{2,} is checked for
 * ambiguity — one text that is both one E and several Es (`(a|aa)+$`, `(.*a){20}`) or two alternatives
 * sharing a word (`(a|a)*$`): an error when unbounded, a timed-guard warning for small fixed bounds
 * ("up to 4 words"); large finite bounds count as unbounded.
 *
 * Pure module: no DOM, no browser API, no Node API.
 */
import { analyse } from 'scslre';
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { JS, NFA, getIntersectionWords, isDisjointWith } from 'refa';
import { compareListVersions, parseIndicatorList, type IndicatorList } from './schema';
import { parseEnvelope, verifyEnvelope, utf8, type TrustedKey } from './signing';
import { analyze } from '../engine/analyze';
import { selfTest } from '../engine/self-test';
import benignSample from './benign-sample.json';
import lureSample from './lure-sample.json';

/** Hard limits for any candidate list. Units: bytes of UTF-8, counts. */
export const LIMITS = {
  /** The list document itself (the bundled list is far below this). */
  maxDocumentBytes: 2_000_000,
  /** The signed envelope as fetched (document escaped inside a JSON string, plus signature). */
  maxEnvelopeBytes: 2_600_000,
  /** All pattern sources across all indicators and languages. */
  maxPatterns: 8000,
  /** Largest finite bound allowed in a counted quantifier `{n,m}` (huge bounds blow up matching). */
  maxQuantifierBound: 1000,
  /** Channels and site selector sets. */
  maxChannels: 2000,
} as const;

/** Sanity gate: the candidate may warn (medium/high) on at most this share of the benign sample. */
export const SANITY_MAX_WARN_SHARE = 0.2;
/** Disarm gate: the candidate must warn on at least this share of the built-in lure sample. */
export const LURE_MIN_WARN_SHARE = 0.7;

interface BenignPost {
  id: string;
  lang: string;
  title?: string;
  text: string;
}
/** Invented honest postings in 12 languages (src/list/benign-sample.json); no dataset text. */
export const BENIGN_SAMPLE: readonly BenignPost[] = benignSample as BenignPost[];
/**
 * Invented lures with the unmistakable signs (hub, pay, free travel, Telegram, fee) in English and
 * Arabic (src/list/lure-sample.json): a signed list that stops warning on them would disarm the extension.
 */
export const LURE_SAMPLE: readonly BenignPost[] = lureSample as BenignPost[];

export interface ValidationReport {
  ok: boolean;
  /** The parsed list when the schema check passed (even if later checks failed). */
  list?: IndicatorList;
  /** Fatal problems, each one line. The first is the headline reason. */
  errors: string[];
  /** Non-fatal findings (e.g. polynomial-backtracking patterns). */
  warnings: string[];
  stats: {
    patterns: number;
    /** Milliseconds spent in the ReDoS analysis. */
    redosMs: number;
    /** Milliseconds spent in the self-test. */
    selfTestMs: number;
    /** Milliseconds spent in the sanity gate. */
    sanityMs: number;
    /** Sample posts the candidate warned on / sample size. */
    sanityWarned?: number;
    sanitySize?: number;
    /** Sample lures the candidate warned on / lure sample size. */
    luresWarned?: number;
    luresSize?: number;
  };
}

export interface ValidateOptions {
  /** Skip the sanity gate (only for tools that run their own regression gate). */
  skipSanity?: boolean;
  /** Override {@link SANITY_MAX_WARN_SHARE}. */
  maxWarnShare?: number;
  /**
   * Also require warnings on the built-in lure sample (disarm gate). On for signed updates and for
   * `list sign`; off by default so `list test` can report a recall drop through its own regression gate.
   */
  disarmGate?: boolean;
  /**
   * Current time (ms since epoch): when given, a list whose `expires` is not after it is refused
   * ("expired on YYYY-MM-DD"). The CLI passes Date.now(); acceptSignedList checks expiry itself.
   */
  now?: number;
}

/** One-line summary of a report's errors: "first reason (and 3 more problems)". */
export function headline(errors: readonly string[]): string {
  if (errors.length === 0) return 'ok';
  return errors.length === 1 ? errors[0]! : `${errors[0]} (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})`;
}

const now = (): number => Date.now();

/** Iterate every regex source in the list (indicator patterns, negation cues, context patterns). */
function* allPatterns(list: IndicatorList): Generator<{ id: string; lang: string; src: string }> {
  for (const ind of list.indicators) {
    for (const [lang, srcs] of Object.entries(ind.patterns)) for (const src of srcs) yield { id: ind.id, lang, src };
    for (const [lang, srcs] of Object.entries(ind.negations ?? {})) for (const src of srcs) yield { id: `${ind.id} negation`, lang, src };
  }
  for (const ctx of list.contexts ?? []) for (const [lang, srcs] of Object.entries(ctx.patterns)) for (const src of srcs) yield { id: ctx.id, lang, src };
}

const parser = new RegExpParser({ ecmaVersion: 2025 });
/** Finite quantifier bounds above this are treated as unbounded by the ReDoS analysis. */
const WIDEN_ABOVE = 10;

/**
 * ReDoS check of one pattern source (flags "giu").
 * @returns `{ error }` for exponential backtracking, polynomial backtracking between quantifiers
 *          (scslre Trade/Self reports), an ambiguous repetition or an absurd counted quantifier;
 *          `{ warning, attack, attacks }` for a Move report (quadratic at most) or a small bounded
 *          ambiguous repetition; `attacks` are the strings whose repetition triggers them (for the
 *          timed guard), `attack` the first of them; `{}` when clean.
 */
export function checkPatternRedos(src: string): { error?: string; warning?: string; attack?: string; attacks?: string[] } {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(src, 0, src.length, { unicode: true });
  } catch (e) {
    return { error: `does not parse: ${(e as Error).message}` };
  }
  let bigBound: number | undefined;
  // scslre only reasons about unbounded quantifiers, yet (a{1,1000}){1,1000} backtracks as badly as
  // (a+)+ on real input. Analyse a copy where every large finite bound is made unbounded.
  const widen: { from: number; to: number; text: string }[] = [];
  visitRegExpAST(pattern, {
    onQuantifierEnter(q) {
      const m = Number.isFinite(q.max) ? q.max : q.min;
      if (m > LIMITS.maxQuantifierBound) bigBound = m;
      if (Number.isFinite(q.max) && q.max > WIDEN_ABOVE) widen.push({ from: q.element.end, to: q.end, text: `{${q.min},}${q.greedy ? '' : '?'}` });
    },
  });
  if (bigBound !== undefined) return { error: `quantifier bound ${bigBound} exceeds ${LIMITS.maxQuantifierBound}` };
  if (widen.length) {
    let widened = src;
    for (const w of widen.sort((a, b) => b.from - a.from)) widened = widened.slice(0, w.from) + w.text + widened.slice(w.to);
    try {
      pattern = parser.parsePattern(widened, 0, widened.length, { unicode: true });
    } catch {
      // keep the original AST
    }
  }
  const flags = parser.parseFlags('giu');
  const result = analyse({ pattern, flags }, { maxReports: 5 });
  const exp = result.reports.find((r) => r.exponential);
  if (exp) return { error: `catastrophic (exponential) backtracking on repeated "${exp.character.pick}"` };
  let amb: string | undefined;
  let finiteAttack: string | undefined;
  try {
    ({ found: amb, finiteAttack } = ambiguousRepetition(pattern, flags));
  } catch (e) {
    return { error: `too complex for the ReDoS check (${(e as Error).message.slice(0, 60)})` };
  }
  if (amb) return { error: `catastrophic backtracking: ${amb}` };
  // Trade/Self: two quantifiers (or one with itself) can share the same run of text, e.g. `\s*\s*$`;
  // the cost grows with a power of the run length (O(n^5) for five `\s*`: 13 s on 80 spaces), which
  // no cap on the scanned text makes safe. Move (`\w+@` retried at every start) is at most quadratic
  // and stays a warning; validateListDocument then times such patterns on their attack string.
  const poly = result.reports.find((r) => r.type !== 'Move');
  if (poly) return { error: `polynomial backtracking (${poly.type}: quantifiers share repeated "${poly.character.pick}")` };
  const move = result.reports[0];
  if (move) {
    const attacks = [...new Set([...(finiteAttack === undefined ? [] : [finiteAttack]), ...result.reports.map((r) => r.character.pick)])];
    return { warning: `polynomial backtracking (${move.type}) on repeated "${move.character.pick}"`, attack: attacks[0], attacks };
  }
  if (finiteAttack !== undefined) return { warning: `bounded repetition that can split the same text several ways ("${finiteAttack.slice(0, 20)}")`, attack: finiteAttack, attacks: [finiteAttack] };
  return {};
}

/**
 * Timed guard: a run over this many milliseconds on the attack string refuses the pattern. A
 * quadratic pattern needs ~25 ms at {@link ATTACK_MAX_CHARS} (8× margin for a loaded machine); a
 * cubic one crosses the limit near 350 characters.
 */
export const ATTACK_MAX_MS = 200;
/** Timed guard: longest attack subject tried (UTF-16 units); the engine's own inputs are far longer. */
export const ATTACK_MAX_CHARS = 2000;

/**
 * Timed guard for the patterns the static check only warns about (quadratic Move reports, small
 * bounded ambiguous repetitions): run the pattern ("giu") on `attack` repeated, followed by a
 * character that makes the match fail, growing the subject by 25 % a step up to
 * {@link ATTACK_MAX_CHARS}. A super-linear pattern crosses {@link ATTACK_MAX_MS} on a short subject,
 * so the run that crosses it stays short (growth per step is 1.25^degree).
 * Only call on a pattern that passed {@link checkPatternRedos} (no exponential case reaches here).
 * @returns a one-line reason when the match time explodes, else undefined.
 */
export function attackExplodes(src: string, attack: string): string | undefined {
  if (attack.length === 0) return undefined;
  const re = new RegExp(src, 'giu');
  for (let reps = 4; ; reps = Math.ceil(reps * 1.25)) {
    const subject = attack.repeat(reps) + '\u0000!';
    const t = now();
    re.lastIndex = 0;
    re.test(subject);
    const ms = now() - t;
    if (ms > ATTACK_MAX_MS) return `match time explodes (${Math.round(ms)} ms on ${subject.length} characters of "${attack.slice(0, 10)}")`;
    if (subject.length >= ATTACK_MAX_CHARS) return undefined;
  }
}

/**
 * scslre finds attacks made of one repeated character; it misses repetitions of an alternation whose
 * branches can match the same text, e.g. `(a|a)*$` or `(\w|\d)+x`, which backtrack exponentially.
 * For every unbounded repetition of a group with several alternatives, check with refa (automata)
 * that no two alternatives share a non-empty word.
 * @returns a description of the first ambiguous repetition, or undefined. Throws when refa gives up.
 */
function ambiguousRepetition(pattern: AST.Pattern, flags: AST.Flags): { found?: string; finiteAttack?: string } {
  const refaParser = JS.Parser.fromAst({ pattern, flags });
  let found: string | undefined;
  let finiteAttack: string | undefined;
  visitRegExpAST(pattern, {
    onQuantifierEnter(q) {
      if (found || q.max < 2) return;
      const el = q.element;
      if (el.type !== 'Group' && el.type !== 'CapturingGroup') return;
      // A repetition E{2,} is ambiguous when one text is both one E and several Es, e.g. "aa" in
      // (a|aa)+ or (.*a){5}: every way of splitting a run is then tried (exponential, or n^k for {k}).
      const whole = refaParser.parseElement(el, { backreferences: 'disable', assertions: 'disable', maxNodes: 10_000 });
      const one = NFA.fromRegex(whole.expression, { maxCharacter: whole.maxCharacter });
      one.withoutEmptyWord();
      const many = one.copy();
      many.quantify(2, Number.isFinite(q.max) ? q.max : Infinity);
      if (!isDisjointWith(one, many, 10_000)) {
        if (Number.isFinite(q.max)) {
          // A small fixed bound (e.g. "up to 4 words", {0,4}) limits the damage: the timed guard decides.
          if (!finiteAttack) {
            const w = getIntersectionWords(one, many, 10_000)[Symbol.iterator]().next();
            if (!w.done) finiteAttack = String.fromCodePoint(...w.value);
          }
          return;
        }
        found = `${el.raw.slice(0, 40)} can match the same text as one or as several repetitions`;
        return;
      }
      if (Number.isFinite(q.max) || el.alternatives.length < 2) return;
      const nfas = el.alternatives.map((alt) => {
        const { expression, maxCharacter } = refaParser.parseElement(alt, { backreferences: 'disable', assertions: 'disable', maxNodes: 10_000 });
        const nfa = NFA.fromRegex(expression, { maxCharacter });
        nfa.withoutEmptyWord();
        return nfa;
      });
      for (let i = 0; i < nfas.length && !found; i++) {
        for (let j = i + 1; j < nfas.length; j++) {
          if (!isDisjointWith(nfas[i]!, nfas[j]!, 10_000)) {
            found = `alternatives ${i + 1} and ${j + 1} of ${el.raw.slice(0, 40)} can match the same text inside a repetition`;
            break;
          }
        }
      }
    },
  });
  return { found, finiteAttack };
}

/**
 * {@link parseIndicatorList} with a readable reason for a schemaVersion of the wrong type
 * (`"1"` used to read "unsupported schemaVersion 1 (this build reads 1)").
 */
export function parseList(value: unknown): ReturnType<typeof parseIndicatorList> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'schemaVersion' in value) {
    const v = (value as { schemaVersion: unknown }).schemaVersion;
    if (typeof v !== 'number') return { ok: false, error: `schemaVersion must be a number (got ${JSON.stringify(v) ?? String(v)}, a ${v === null ? 'null' : typeof v})` };
  }
  return parseIndicatorList(value);
}

/**
 * Validate a parsed JSON value as a candidate list: schema, limits, compile, ReDoS, self-test, sanity gate.
 * Never throws; every problem becomes a one-line entry in `errors`.
 */
export function validateListDocument(value: unknown, opts: ValidateOptions = {}): ValidationReport {
  const report: ValidationReport = { ok: false, errors: [], warnings: [], stats: { patterns: 0, redosMs: 0, selfTestMs: 0, sanityMs: 0 } };
  const parsed = parseList(value);
  if (!parsed.ok) {
    report.errors.push(parsed.error);
    return report;
  }
  const list = parsed.list;
  report.list = list;

  // Limits
  const patterns = [...allPatterns(list)];
  report.stats.patterns = patterns.length;
  if (patterns.length > LIMITS.maxPatterns) report.errors.push(`too many patterns: ${patterns.length} (limit ${LIMITS.maxPatterns})`);
  if (list.channels.length > LIMITS.maxChannels) report.errors.push(`too many reporting channels: ${list.channels.length} (limit ${LIMITS.maxChannels})`);
  if (Date.parse(list.expires) <= Date.parse(list.published)) report.errors.push(`expires (${list.expires}) is not after published (${list.published})`);
  if (list.thresholds.high < list.thresholds.medium) report.errors.push('thresholds: high is below medium');
  if (opts.now !== undefined && Date.parse(list.expires) <= opts.now) report.errors.push(`list ${list.listVersion} expired on ${list.expires.slice(0, 10)}`);
  const seen = new Set<string>();
  for (const ind of list.indicators) {
    // Findings, explanations and strongWith partners are keyed by id: a duplicate makes them ambiguous.
    if (seen.has(ind.id)) report.errors.push(`duplicate indicator id ${ind.id}`);
    seen.add(ind.id);
  }
  if (report.errors.length) return report;

  // Compile
  for (const p of patterns) {
    try {
      new RegExp(p.src, 'giu');
    } catch (e) {
      report.errors.push(`${p.id} [${p.lang}] pattern does not compile with flags "giu": ${(e as Error).message}`);
    }
  }
  if (report.errors.length) return report;

  // ReDoS — before anything runs a pattern against text.
  const t0 = now();
  for (const p of patterns) {
    const r = checkPatternRedos(p.src);
    if (r.error) report.errors.push(`${p.id} [${p.lang}] pattern /${p.src.slice(0, 60)}/ is unsafe: ${r.error}`);
    else if (r.warning) {
      // Static analysis passed (nothing exponential, no quantifiers trading text), so running it is safe.
      let boom: string | undefined;
      for (const a of r.attacks ?? []) if (!boom) boom = attackExplodes(p.src, a);
      if (boom) report.errors.push(`${p.id} [${p.lang}] pattern /${p.src.slice(0, 60)}/ is unsafe: ${boom}`);
      else report.warnings.push(`${p.id} [${p.lang}] /${p.src.slice(0, 60)}/: ${r.warning}`);
    }
  }
  report.stats.redosMs = now() - t0;
  // A pattern that matches the empty string fires at every position of every text and, inside the
  // engine's combined alternation, shadows the real patterns after it (detection collapses).
  // Safe to run now: every pattern passed the ReDoS check.
  for (const p of patterns) {
    let empty = false;
    try {
      empty = new RegExp(p.src, 'u').test('') || new RegExp(`^(?:${p.src})$`, 'u').test('');
    } catch {
      // compiled with "giu" above; a "u"-only failure cannot happen, and is not an empty match
    }
    if (empty) report.errors.push(`${p.id} [${p.lang}] pattern /${p.src.slice(0, 60)}/ matches the empty string`);
  }
  if (report.errors.length) return report;

  // Self-test examples (src/engine/self-test.ts)
  const t1 = now();
  try {
    for (const f of selfTest(list)) {
      const what = f.kind === 'match' ? 'does not fire on its example' : 'fires on its counter-example';
      report.errors.push(f.text.startsWith('pattern does not compile') ? `self-test: ${f.indicator} ${f.text}` : `self-test: ${f.indicator} ${what} (${f.lang}) "${f.text.slice(0, 60)}"`);
    }
  } catch (e) {
    report.errors.push(`self-test crashed: ${(e as Error).message}`);
  }
  report.stats.selfTestMs = now() - t1;
  if (report.errors.length) return report;

  // Sanity gate
  if (!opts.skipSanity) {
    const t2 = now();
    const share = opts.maxWarnShare ?? SANITY_MAX_WARN_SHARE;
    const warned: string[] = [];
    for (const post of BENIGN_SAMPLE) {
      try {
        const a = analyze({ text: post.text, title: post.title, source: 'sanity' }, list);
        if (a.level === 'medium' || a.level === 'high') warned.push(post.id);
      } catch (e) {
        report.errors.push(`engine failed on benign sample post ${post.id}: ${(e as Error).message}`);
        break;
      }
    }
    report.stats.sanityMs = now() - t2;
    report.stats.sanityWarned = warned.length;
    report.stats.sanitySize = BENIGN_SAMPLE.length;
    const limit = Math.floor(BENIGN_SAMPLE.length * share);
    if (warned.length > limit) {
      report.errors.push(`sanity gate: warns on ${warned.length} of ${BENIGN_SAMPLE.length} honest sample posts (limit ${limit}; e.g. ${warned.slice(0, 3).join(', ')})`);
    }
  }
  if (!opts.skipSanity && opts.disarmGate) {
    const t3 = now();
    let caught = 0;
    for (const post of LURE_SAMPLE) {
      try {
        const level = analyze({ text: post.text, source: 'sanity' }, list).level;
        if (level === 'medium' || level === 'high') caught++;
      } catch {
        // counted as missed; an engine crash on the benign sample is already reported
      }
    }
    report.stats.luresWarned = caught;
    report.stats.luresSize = LURE_SAMPLE.length;
    const need = Math.ceil(LURE_SAMPLE.length * LURE_MIN_WARN_SHARE);
    if (caught < need) report.errors.push(`disarm gate: warns on only ${caught} of ${LURE_SAMPLE.length} sample lures (needs ${need})`);
    report.stats.sanityMs += now() - t3;
  }

  report.ok = report.errors.length === 0;
  return report;
}

/** Parse JSON text without throwing; recognises the usual wrong bodies with a readable reason. */
export function parseJsonText(text: string, what: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (t.length === 0) return { ok: false, error: `${what} is empty` };
  if (t.startsWith('<')) return { ok: false, error: `${what} is HTML, not JSON (wrong URL or an error page?)` };
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch (e) {
    const msg = (e as Error).message;
    const atEnd = /position (\d+)/.exec(msg);
    const truncated = /end of (json )?input|unterminated|unexpected end/i.test(msg) || (atEnd !== null && Number(atEnd[1]) >= t.length);
    return { ok: false, error: `${what} is not valid JSON${truncated ? ' (truncated?)' : ''}: ${msg.slice(0, 100)}` };
  }
}

/** Validate a list document given as text (size → JSON → {@link validateListDocument}). */
export function validateListText(text: string, opts: ValidateOptions = {}): ValidationReport {
  const size = utf8(text).length;
  if (size > LIMITS.maxDocumentBytes) {
    return { ok: false, errors: [`list document is ${size} bytes (limit ${LIMITS.maxDocumentBytes})`], warnings: [], stats: { patterns: 0, redosMs: 0, selfTestMs: 0, sanityMs: 0 } };
  }
  const j = parseJsonText(text, 'list document');
  if (!j.ok) return { ok: false, errors: [j.error], warnings: [], stats: { patterns: 0, redosMs: 0, selfTestMs: 0, sanityMs: 0 } };
  return validateListDocument(j.value, opts);
}

/** Compare dotted numeric versions ("0.1.0" < "0.10.0"). */
export function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface UpdateContext {
  /** Version of the list in use now (the update must be strictly newer). */
  currentVersion?: string;
  /** Current time (ms since epoch). */
  now: number;
  /** This extension's version (manifest.version), checked against minExtensionVersion. */
  extensionVersion: string;
}

/**
 * Header rules for an update (the schemaVersion rule is in parseIndicatorList):
 * strictly newer listVersion (no rollback, equal refused), not already expired, minExtensionVersion met.
 * @returns null when the update may be taken, else a one-line reason.
 */
export function checkUpdateHeader(list: IndicatorList, ctx: UpdateContext): string | null {
  if (ctx.currentVersion !== undefined) {
    const c = compareListVersions(list.listVersion, ctx.currentVersion);
    if (c < 0) return `list ${list.listVersion} is older than the one in use (${ctx.currentVersion}); rollback refused`;
    if (c === 0) return `list ${list.listVersion} is the version already in use`;
  }
  if (Date.parse(list.expires) <= ctx.now) return `list ${list.listVersion} expired on ${list.expires.slice(0, 10)}`;
  if (compareSemver(ctx.extensionVersion, list.minExtensionVersion) < 0) {
    return `list ${list.listVersion} needs LureLens ${list.minExtensionVersion} or newer (this is ${ctx.extensionVersion})`;
  }
  return null;
}

export type AcceptResult =
  | { ok: true; list: IndicatorList; document: string; keyId: string; warnings: string[] }
  | { ok: false; error: string; code?: 'same-version' };

/**
 * The whole chain for a fetched update body: size → JSON → envelope → trusted key → Ed25519 signature
 * → document size/JSON → schema → header rules → patterns compile → ReDoS → self-test → sanity gate.
 * @param body the response body as text
 * @returns the verified list and its exact document text, or a one-line reason a person can read.
 */
export async function acceptSignedList(body: string, trusted: readonly TrustedKey[], ctx: UpdateContext): Promise<AcceptResult> {
  const size = utf8(body).length;
  if (size > LIMITS.maxEnvelopeBytes) return { ok: false, error: `update is ${size} bytes (limit ${LIMITS.maxEnvelopeBytes})` };
  const j = parseJsonText(body, 'update');
  if (!j.ok) return { ok: false, error: j.error };
  const env = parseEnvelope(j.value);
  if (!env.ok) return { ok: false, error: env.error };
  const sig = await verifyEnvelope(env.envelope, trusted);
  if (!sig.ok) return { ok: false, error: sig.error };
  const docSize = utf8(env.envelope.document).length;
  if (docSize > LIMITS.maxDocumentBytes) return { ok: false, error: `list document is ${docSize} bytes (limit ${LIMITS.maxDocumentBytes})` };
  const dj = parseJsonText(env.envelope.document, 'signed document');
  if (!dj.ok) return { ok: false, error: dj.error };
  // Header rules need only the schema; check them before the costly pattern checks.
  const parsed = parseList(dj.value);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const header = checkUpdateHeader(parsed.list, ctx);
  if (header) {
    // A correctly signed copy of the list already in use: "up to date", not a failure.
    const same = ctx.currentVersion !== undefined && compareListVersions(parsed.list.listVersion, ctx.currentVersion) === 0;
    return same ? { ok: false, error: header, code: 'same-version' } : { ok: false, error: header };
  }
  const report = validateListDocument(dj.value, { disarmGate: true });
  if (!report.ok || !report.list) return { ok: false, error: headline(report.errors) };
  return { ok: true, list: report.list, document: env.envelope.document, keyId: env.envelope.keyId, warnings: report.warnings };
}
