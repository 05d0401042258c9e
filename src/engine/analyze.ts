/**
 * analyze(posting, list) → Assessment: the whole pipeline for one posting.
 *
 *   normalise (offset-mapped) → scripts present → match every indicator (patterns of every
 *   language whose script appears; negation cues) → English negation scope for hard
 *   indicators (compromise, one sentence) → salary parsed and judged against the role's usual
 *   pay → contexts that lower the risk (awareness, news, licensed agency, careers site,
 *   plausible salary) → combination patterns and score → level.
 *
 * Evidence offsets point into the ORIGINAL posting field: `posting[field].slice(start, end)
 * === evidence.text`. Regular expressions are compiled once per list object (./compile.ts).
 * Never throws: odd input (non-string, empty, huge, emoji only) gives a valid assessment.
 * Texts above MAX_CHARS are analysed on a head window (first HEAD_CHARS characters) and a tail
 * window (last MAX_CHARS − HEAD_CHARS characters), so padding a lure with filler in front or
 * behind does not hide it; only a lure buried in the middle of a >200k-character text escapes
 * (cost stays bounded; a real posting is a few thousand characters). Evidence offsets still
 * index the whole original field.
 */
import type { IndicatorList } from '../list/schema';
import type { Assessment, Finding, Posting, PostingField, RiskLevel } from './types';
import { compileList, type CompiledIndicator } from './compile';
import { combine, type FiredFamily } from './combine';
import { hasWordAmount, isNegatedSentence, sentenceAround, wordAmount } from './english';
import { detectLanguage } from './lang';
import { allFirstHits } from './match';
import { normalize, toOriginalSpan, type Normalized } from './normalize';
import { findSalaries, judgeSalary, roleClass, type SalaryMention } from './salary';
import { languagesNeeded } from './scripts';

/** Longest text analysed (UTF-16 units). Lure posts are short; this bounds the cost of hostile input. */
export const MAX_CHARS = 200_000;
/** Of MAX_CHARS, how much comes from the start of an over-long text; the rest is its end. */
export const HEAD_CHARS = 150_000;
/** Between the two windows: a paragraph break, so sentence-bound patterns stop there. */
const WINDOW_GAP = '\n\n';

interface FieldView {
  field: PostingField;
  original: string;
  norm: Normalized;
  /** Pattern languages this field needs (set once the main language is known). */
  langs: Set<string>;
  /** For over-long fields: index in norm.text where the head window ends (WINDOW_GAP follows). */
  gapAt?: number;
}

const OTHER_FIELDS: PostingField[] = ['title', 'location', 'salary', 'company'];

function view(field: PostingField, value: unknown): FieldView | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  if (value.length <= MAX_CHARS) return { field, original: value, norm: normalize(value), langs: new Set<string>() };
  const { norm, gapAt } = headAndTail(value);
  return { field, original: value, norm, langs: new Set<string>(), gapAt };
}

/**
 * Normalise the first HEAD_CHARS and the last MAX_CHARS − HEAD_CHARS units of `value` (cuts moved
 * off surrogate pairs) joined by WINDOW_GAP, with offset maps into the whole of `value`.
 */
function headAndTail(value: string): { norm: Normalized; gapAt: number } {
  let headEnd = HEAD_CHARS;
  if (isHighSurrogate(value.charCodeAt(headEnd - 1))) headEnd--;
  let tailStart = value.length - (MAX_CHARS - HEAD_CHARS);
  if (isLowSurrogate(value.charCodeAt(tailStart))) tailStart++;
  const head = normalize(value.slice(0, headEnd));
  const tail = normalize(value.slice(tailStart));
  const text = head.text + WINDOW_GAP + tail.text;
  const startMap = new Uint32Array(text.length);
  const endMap = new Uint32Array(text.length);
  const h = head.text.length;
  for (let i = 0; i < h; i++) {
    startMap[i] = head.identity ? i : head.startMap![i]!;
    endMap[i] = head.identity ? i + 1 : head.endMap![i]!;
  }
  for (let i = h; i < h + WINDOW_GAP.length; i++) {
    startMap[i] = headEnd;
    endMap[i] = headEnd;
  }
  const t0 = h + WINDOW_GAP.length;
  for (let i = 0; i < tail.text.length; i++) {
    startMap[t0 + i] = tailStart + (tail.identity ? i : tail.startMap![i]!);
    endMap[t0 + i] = tailStart + (tail.identity ? i + 1 : tail.endMap![i]!);
  }
  return { norm: { text, startMap, endMap, identity: false }, gapAt: h };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Blank or invisible at original offset i (whitespace, Hangul fillers, default-ignorables). */
const BLANK_RE = /^[\s\p{Default_Ignorable_Code_Point}]$/u;

/**
 * Evidence for normalised span [from, to) of `v`: mapped to the original field, cut at the gap
 * between head and tail windows, and trimmed to non-blank boundaries so the popup never quotes
 * a leading or trailing space (break-report B20). A span that is all blank is kept as is.
 */
function evidenceOf(v: FieldView, from: number, to: number): Finding['evidence'] {
  if (v.gapAt !== undefined && from < v.gapAt && to > v.gapAt) to = v.gapAt;
  let { start, end } = toOriginalSpan(v.norm, from, to);
  const o = v.original;
  let s = start;
  let e = end;
  while (s < e) {
    const cp = o.codePointAt(s)!;
    const w = cp > 0xffff ? 2 : 1;
    if (s + w > e || !BLANK_RE.test(String.fromCodePoint(cp))) break;
    s += w;
  }
  while (e > s) {
    const w = e - 2 >= s && isLowSurrogate(o.charCodeAt(e - 1)) && isHighSurrogate(o.charCodeAt(e - 2)) ? 2 : 1;
    if (!BLANK_RE.test(o.slice(e - w, e))) break;
    e -= w;
  }
  if (s < e) {
    start = s;
    end = e;
  }
  const ev: Finding['evidence'] = { text: o.slice(start, end), start, end };
  if (v.field !== 'text') ev.field = v.field;
  return ev;
}

/** Place → country, for judging pay against the country where the job is said to be. */
const COUNTRY_HINTS: [RegExp, string][] = [
  [/cambodia|kamboja|campuchia|camboya|camboja|cambodge|sihanoukville|phnom penh|poipet|bavet|柬埔寨|西港|캄보디아|كمبوديا|กัมพูชา/u, 'KH'],
  [/myanmar|burma|birmanie|birmania|miến điện|myawaddy|shwe kokko|kk park|缅甸|妙瓦底|미얀마|ميانمار|พม่า|เมียนมา/u, 'MM'],
  [/\blaos\b|\blào\b|golden triangle|bokeo|老挝|라오스|لاوس|ลาว/u, 'LA'],
  [/thailand|thái lan|tailandia|thaïlande|tailândia|bangkok|泰国|태국|تايلاند|ประเทศไทย|กรุงเทพ/u, 'TH'],
  [/philippines|filipinas|pilipinas|manila|pampanga|菲律宾|필리핀|الفلبين/u, 'PH'],
  [/dubai|\buae\b|emirates|迪拜|두바이|دبي|الامارات/u, 'AE'],
  [/malaysia|kuala lumpur|马来西亚|말레이시아|ماليزيا/u, 'MY'],
  [/kenya|nairobi|mombasa/u, 'KE'],
  [/indonesia|jakarta/u, 'ID'],
  [/vietnam|việt nam|hà nội|hồ chí minh/u, 'VN'],
];

function countryOf(text: string): string | null {
  for (const [re, c] of COUNTRY_HINTS) if (re.test(text)) return c;
  return null;
}

const JOB_BOARDS = /(?:^|\.)(?:linkedin|indeed|glassdoor|jobstreet|jobsdb|seek|topcv|vietnamworks|brightermonday|fuzu|myjobmag|monster|ziprecruiter|careerbuilder|naukri|kalibrr|glints|facebook|t\.me|telegram|whatsapp|reddit|twitter|x|instagram|tiktok)\./;
const HIRING_PROCESS = /\b(?:interview|application process|apply (?:online|via our|through our)|assessment|background check|equal opportunity|reference check|probation|hiring process)\b/;

/** Posting on the employer's own careers site with a real hiring process (dampener). */
function isCareersSite(url: string | undefined, text: string): boolean {
  if (!url) return false;
  let host = '';
  let path = '';
  try {
    const m = /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url);
    if (!m) return false;
    host = m[1]!.toLowerCase();
    path = m[2]!.toLowerCase();
  } catch {
    return false;
  }
  if (JOB_BOARDS.test(`.${host}`)) return false;
  const careersy = /^(?:careers?|jobs|karriere|recrutement|empleo)\./.test(host) || /\/(?:careers?|jobs|vacancies|join-us|karir|lowongan)(?:\/|$)/.test(path);
  return careersy && HIRING_PROCESS.test(text);
}

const ENGLISH_MONEY_CURRENCY: [RegExp, string][] = [[/dollars?|usd|\$/, 'USD'], [/pounds?|gbp|£/, 'GBP'], [/euros?|€/, 'EUR']];
const WORD_PERIOD: [RegExp, SalaryMention['period']][] = [[/\b(?:hour|hourly)\b/, 'hour'], [/\b(?:day|daily)\b/, 'day'], [/\b(?:week|weekly)\b/, 'week'], [/\b(?:month|monthly)\b/, 'month'], [/\b(?:year|yearly|annually|annual)\b/, 'year']];
const FX: Record<string, number> = { USD: 1, GBP: 1.27, EUR: 1.08 };
const TO_MONTH: Record<SalaryMention['period'], number> = { hour: 160, day: 22, week: 4.33, month: 1, year: 1 / 12 };

/** English amounts written in words ("two thousand dollars a week"), read with compromise. */
function wordSalaries(text: string): SalaryMention[] {
  const out: SalaryMention[] = [];
  const re = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|a few)\s(?:hundred|thousand|grand|million)\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < 3) {
    const { start, end } = sentenceAround(text, m.index, m.index + m[0].length);
    const sentence = text.slice(start, end);
    const currency = ENGLISH_MONEY_CURRENCY.find(([r]) => r.test(sentence))?.[1];
    if (!currency) continue;
    const amount = wordAmount(sentence);
    if (!amount || amount < 10) continue;
    const period = WORD_PERIOD.find(([r]) => r.test(sentence))?.[1];
    if (!period) continue;
    out.push({ from: m.index, to: m.index + m[0].length, currency, amount, period, periodStated: true, monthlyUSD: amount * FX[currency]! * TO_MONTH[period] });
  }
  return out;
}

const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * Assess one posting against an indicator list.
 * @param posting the posting text and optional fields (title, company, location, salary, url)
 * @param list a validated indicator list
 * @returns the assessment; never throws (empty text gives level "none")
 */
export function analyze(posting: Posting, list: IndicatorList): Assessment {
  try {
    return analyzeUnsafe(posting, list);
  } catch {
    // A defect must not break the page or the worker: report nothing rather than crash.
    return { level: 'none', score: 0, lang: 'und', findings: [] };
  }
}

const mentionField = new WeakMap<SalaryMention, FieldView>();

function analyzeUnsafe(posting: Posting, list: IndicatorList): Assessment {
  const compiled = compileList(list);
  const main = view('text', posting?.text);
  const views: FieldView[] = main ? [main] : [];
  for (const f of OTHER_FIELDS) {
    const v = view(f, posting?.[f]);
    // fields already quoted in the body (many boards repeat title/company/salary) add nothing
    if (v && !(main && main.norm.text.includes(v.norm.text))) views.push(v);
  }
  if (views.length === 0) return { level: 'none', score: 0, lang: 'und', findings: [] };
  const lang = main ? detectLanguage(main.norm.text) : detectLanguage(views.map((v) => v.norm.text).join(' '));
  const allText = views.map((v) => v.norm.text).join('\n');
  for (const v of views) v.langs = languagesNeeded(v.norm.text, lang, compiled.languages);

  // 1. indicators
  const findings: Finding[] = [];
  const hitInfo = new Map<Finding, { v: FieldView; from: number; to: number; ci: CompiledIndicator }>();
  const hitsPerView = views.map((v) => allFirstHits(compiled, v.norm.text, v.langs));
  compiled.indicators.forEach((ci, idx) => {
    for (let k = 0; k < views.length; k++) {
      const hit = hitsPerView[k]![idx];
      if (!hit) continue;
      const v = views[k]!;
      const f: Finding = {
        indicator: ci.indicator.id,
        category: ci.indicator.category,
        evidence: evidenceOf(v, hit.from, hit.to),
        weight: ci.indicator.weight,
        explanationKey: ci.indicator.explanationKey,
      };
      findings.push(f);
      hitInfo.set(f, { v, from: hit.from, to: hit.to, ci });
      break;
    }
  });

  // 2. English negation scope for hard indicators ("we will never ask you to pay a fee")
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i]!;
    const info = hitInfo.get(f)!;
    if (info.ci.indicator.strength !== 'H') continue;
    const { start, end } = sentenceAround(info.v.norm.text, info.from, info.to);
    const sentence = info.v.norm.text.slice(start, end);
    // only English sentences (mostly ASCII letters) go to compromise
    if (!/^[\x20-\x7e]*$/.test(sentence) || !/\b(?:not|never|no|n't|dont|don't|won't|cannot)\b/.test(sentence)) continue;
    if (isNegatedSentence(sentence)) findings.splice(i, 1);
  }

  // 3. salary
  const titleText = (views.find((v) => v.field === 'title') ?? main ?? views[0]!).norm.text;
  const mentions: SalaryMention[] = [];
  for (const v of views) {
    const ms = findSalaries(v.field === 'salary' ? `salary ${v.norm.text}` : v.norm.text);
    for (const m of ms) {
      const shift = v.field === 'salary' ? 7 : 0;
      mentions.push({ ...m, from: Math.max(0, m.from - shift), to: Math.max(0, m.to - shift) });
      mentionField.set(mentions[mentions.length - 1]!, v);
    }
  }
  if (main && (lang === 'en' || lang === 'und') && hasWordAmount(main.norm.text)) {
    for (const m of wordSalaries(main.norm.text)) {
      mentions.push(m);
      mentionField.set(m, main);
    }
  }
  // role and country only matter when there is a salary to judge
  const judgement = mentions.length
    ? judgeSalary(mentions, countryOf(allText), roleClass(titleText.slice(0, 200)), list.scoring?.highPayRatio ?? 2.5)
    : null;
  const payInd = compiled.indicators.find((c) => c.family === 'IND-01' && c.indicator.roles.includes('bait'));
  let dampening = 0;
  const contextsApplied: string[] = [];
  if (judgement?.verdict === 'high' && payInd && !findings.some((f) => f.indicator.startsWith('IND-01'))) {
    const v = mentionField.get(judgement.mention) ?? main ?? views[0]!;
    const f: Finding = {
      indicator: payInd.indicator.id,
      category: payInd.indicator.category,
      evidence: evidenceOf(v, judgement.mention.from, Math.min(judgement.mention.to, v.norm.text.length)),
      weight: payInd.indicator.weight,
      explanationKey: payInd.indicator.explanationKey,
    };
    findings.push(f);
  } else if (judgement?.verdict === 'plausible' && !findings.some((f) => f.indicator.startsWith('IND-01'))) {
    dampening += list.scoring?.plausibleSalary ?? -2;
    contextsApplied.push('plausible-salary');
  }

  // 4. contexts that lower the risk
  let cap: RiskLevel | undefined;
  const langs = new Set<string>();
  for (const v of views) for (const l of v.langs) langs.add(l);
  for (const cc of compiled.contexts) {
    const hits = countDistinctHits(cc.byLang, langs, allText, cc.context.minHits);
    if (hits >= cc.context.minHits) {
      dampening += cc.context.weight;
      contextsApplied.push(cc.context.id);
      const c = cc.context.capLevel;
      if (c && (cap === undefined || LEVEL_RANK[c] < LEVEL_RANK[cap])) cap = c;
    }
  }
  if (isCareersSite(posting?.url, allText)) {
    dampening += list.scoring?.careersSite ?? -3;
    contextsApplied.push('careers-site');
  }

  // 5. combine
  const byFamily = new Map<string, FiredFamily>();
  const strengthRank = { W: 0, M: 1, S: 2, H: 3 } as const;
  for (const f of findings) {
    const ci = compiled.byId.get(f.indicator)!;
    const prev = byFamily.get(ci.family);
    const roles = [...new Set([...(prev?.roles ?? []), ...ci.indicator.roles])];
    if (!prev) byFamily.set(ci.family, { family: ci.family, ids: [f.indicator], strength: ci.indicator.strength, weight: f.weight, roles });
    else {
      byFamily.set(ci.family, {
        family: ci.family,
        ids: [...prev.ids, f.indicator],
        strength: strengthRank[ci.indicator.strength] > strengthRank[prev.strength] ? ci.indicator.strength : prev.strength,
        weight: Math.max(prev.weight, f.weight),
        roles,
      });
    }
  }
  // partners that make an indicator one step stronger (indicators.md §3.3)
  const STEP = { W: 'M', M: 'S', S: 'S', H: 'H' } as const;
  const TABLE = { W: 1, M: 2, S: 3, H: 5 } as const;
  for (const f of findings) {
    const ci = compiled.byId.get(f.indicator)!;
    const partners = ci.indicator.strongWith ?? [];
    if (partners.length === 0) continue;
    if (!partners.some((p) => byFamily.has(p.replace(/[a-z]$/, '')) && p.replace(/[a-z]$/, '') !== ci.family)) continue;
    const fam = byFamily.get(ci.family)!;
    if (fam.strength === 'H') continue;
    const up = STEP[ci.indicator.strength];
    if (strengthRank[up] > strengthRank[fam.strength] || TABLE[up] > fam.weight) {
      byFamily.set(ci.family, { ...fam, strength: strengthRank[up] > strengthRank[fam.strength] ? up : fam.strength, weight: Math.max(fam.weight, TABLE[up]) });
    }
  }
  const result = combine(list, { fired: [...byFamily.values()], dampening, ...(cap ? { cap } : {}) });
  findings.sort((a, b) => b.weight - a.weight || a.evidence.start - b.evidence.start);
  const out: Assessment = { level: result.level, score: result.score, lang, findings };
  if (result.pattern) out.pattern = result.pattern;
  if (contextsApplied.length) out.contexts = contextsApplied;
  if (judgement) out.salary = { currency: judgement.mention.currency, period: judgement.mention.period, amount: judgement.mention.amount, monthlyUSD: Math.round(judgement.mention.monthlyUSD), ratio: Math.round(judgement.ratio * 100) / 100, verdict: judgement.verdict };
  return out;
}

/** Count distinct capture groups (patterns) that match, stopping once `enough` are found. */
function countDistinctHits(byLang: Map<string, RegExp>, langs: Set<string>, text: string, enough: number): number {
  let total = 0;
  for (const [lang, re] of byLang) {
    if (lang !== '*' && !langs.has(lang)) continue;
    const seen = new Set<number>();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(text)) !== null && guard++ < 200) {
      if (m[0].length === 0) re.lastIndex++;
      for (let g = 1; g < m.length; g++) if (m[g] !== undefined) { seen.add(g); break; }
      if (total + seen.size >= enough) return total + seen.size;
    }
    total += seen.size;
  }
  return total;
}
