/**
 * Salary parsing: amounts with their currency, multiplier and period, in any of the engine's
 * languages ("USD 1,000–1,200/month", "RM15,000", "15 triệu/tháng", "gaji Rp 8 juta",
 * "月薪3万", "월 1,000만 원", "KSh 45000-60000", "$300 per day", "500.000 đồng/ngày"),
 * converted to US dollars per month and compared with what the role usually pays in the
 * country of the job (./salary-norms.ts).
 *
 * Verdicts: "high" when the pay is at least `highPayRatio` × the usual pay for the role class
 * (IND-01's bait), "plausible" when it is at most 1.5× (a dampener, indicators.md §3.4),
 * otherwise "unknown". Pure; bounded work per text (at most 12 amounts examined).
 */
import { CURRENCY_COUNTRY, DEFAULT_ENTRY_MONTHLY_USD, ENTRY_MONTHLY_USD, FX_TO_USD, ROLE_FACTOR, type RoleClass } from './salary-norms';

export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface SalaryMention {
  /** Offsets in the normalised text. */
  from: number;
  to: number;
  currency: string;
  /** Lower end of a range (or the single amount), in the currency's units per `period`. */
  amount: number;
  period: Period;
  /** True when the period was stated; false when "month" was assumed. */
  periodStated: boolean;
  monthlyUSD: number;
}

export interface SalaryJudgement {
  mention: SalaryMention;
  country: string | null;
  role: RoleClass;
  /** monthlyUSD / (usual entry pay × role factor). */
  ratio: number;
  verdict: 'high' | 'plausible' | 'unknown';
}

// Currency words before the number (normalised text is lower case).
const PRE = String.raw`(?:(?<![a-z])(?:us\s?\$|usd|usdt|eur|gbp|rm|myr|rp\.?|idr|vnd|php|thb|rmb|cny|krw|ksh?s?\.?|kes|ugx|aed|sar|mad|egp|etb|r\$|brl|inr|rs\.?|npr|lkr|pkr|ngn|s\$|sgd|hk\$|a\$|aud|cad|c\$)|[$€£₫₱฿¥₩₹₦])`;
const MULT = String.raw`(?:(?:k|m|mn|million|millones|milhões|juta|jt|triệu|tr|ribu|rb|nghìn|ngàn|lakh|lakhs|crore|mil|thousand|elfu|milioni)(?![\p{L}])|ألف|الف|مليون|万|萬|千|만|천|억|ล้าน|พัน|หมื่น)`;
const POST = String.raw`(?:(?:usd|usdt|dollars?|dolar(?:es)?|dólares|đô|euros?|eur|pounds?|ringgit|myr|rupiah|idr|vnd|đồng|dong|đ|pesos?|php|baht|thb|rmb|cny|yen|krw|won|shillings?|ksh|kes|dirhams?|dh|mad|aed|riyals?|egp|birr|etb|reais|brl|rupees?|inr|naira|ugx|tsh)(?![\p{L}])|美元|美金|달러|دولار|บาท|元|块|円|원|درهم|ريال|جنيه|₫|\$|руб(?:лей|\.)?|рублей|ዶላር|ብር|रुपये)`;

const AMOUNT_RE = new RegExp(
  String.raw`(${PRE})?\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d[\d.,]{0,14})\s?(${MULT})?(?:\s?(?:-|–|~|to|đến|sampai|hingga|s/d|a|à|até|hasta|至|到|و)\s?(?:${PRE})?\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d[\d.,]{0,14})\s?(${MULT})?)?\s?(${POST})?`,
  'gu',
);

const PERIOD_AFTER: [Period, RegExp][] = [
  ['hour', /^\s?(?:\/\s?(?:h|hr|hour|jam|giờ|hora|heure)|per\s(?:hour|jam)|an\shour|hourly|(?:a|la|de|por)\shora|de\sl'heure|mỗi\sgiờ|\/?小时|\/?時間|시간|في\sالساعة|kwa\ssaa)/u],
  ['day', /^\s?(?:в день|प्रति दिन|रोज़?|\/\s?(?:d|day|hari|ngày|día|dia|jour|siku|araw)|per\s(?:day|hari)|a\sday|daily|sehari|se\shari|mỗi\sngày|một\sngày|(?:al|por)\sdía|por\sdia|par\sjour|kwa\ssiku|bawat\saraw|kada\saraw|\/?(?:天|日)|일당|하루|يوميا|في\sاليوم|วันละ|ต่อวัน)/u],
  ['week', /^\s?(?:\/\s?(?:w|wk|week|minggu|tuần|semana|semaine|wiki)|per\s(?:week|minggu)|a\sweek|weekly|seminggu|mỗi\stuần|(?:a\sla|por)\ssemana|par\ssemaine|kwa\swiki|\/?(?:周|週)|주급|أسبوعيا)/u],
  ['month', /^\s?(?:в месяц|प्रति (?:माह|महीने)|\/\s?(?:m|mo|mth|month|bulan|bln|tháng|mes|mês|mois|mwezi|buwan)|per\s(?:month|bulan)|a\smonth|monthly|sebulan|se\sbulan|mỗi\stháng|một\stháng|(?:al|por)\smes|por\smês|par\smois|kwa\smwezi|bawat\sbuwan|kada\sbuwan|\/?月|월|شهريا|في\sالشهر|ต่อเดือน|เดือนละ)/u],
  ['year', /^\s?(?:\/\s?(?:y|yr|year|annum|tahun|năm|año|ano|an|mwaka|taon)|per\s(?:year|annum|tahun)|a\syear|annually|yearly|p\.?a\.?|setahun|mỗi\snăm|(?:al|por)\saño|par\san|kwa\smwaka|\/?年|연봉|سنويا)/u],
];
const PERIOD_BEFORE: [Period, RegExp][] = [
  ['month', /(?:ወርሃዊ ደመወዝ|monthly\s(?:salary|income|pay)|salary\sper\smonth|gaji\s(?:bulanan|per\sbulan|sebulan)|lương\s(?:tháng|cứng)|thu\snhập\s(?:tháng|hàng\stháng)|月薪|月入|月收入|月给|月給|월급|월\s?|월수입|راتب\sشهري|เงินเดือน|sueldo\smensual|salario\smensual|salário\smensal|salaire\smensuel|mshahara\swa\smwezi)\s?[:：]?\s?$/u],
  ['day', /(?:daily\s(?:pay|income)|gaji\sharian|日薪|日给|일당|ค่าแรงวันละ|รายได้วันละ)\s?[:：]?\s?$/u],
  ['year', /(?:annual\ssalary|yearly\ssalary|年薪|연봉)\s?[:：]?\s?$/u],
];
/** Salary context words: a bare amount near them is taken as monthly pay. */
const SALARY_CONTEXT = /(?:ደመወዝ|зарплат|वेतन|salary|wage|pay|earn|income|gaji|penghasilan|upah|lương|thu\snhập|sueldo|salario|salário|salaire|rémunération|sahod|kita|mshahara|راتب|اجر|رواتب|薪|工资|收入|급여|월급|เงินเดือน|รายได้|ค่าตอบแทน)/u;

const CUR_MAP: [RegExp, string][] = [
  [/^(?:us\s?\$|usd|dollars?|dolar(?:es)?|dólares|đô|美元|美金|달러|دولار)$/u, 'USD'], [/^usdt$/, 'USD'], [/^\$$/, 'USD'], [/^ዶላር$/u, 'USD'], [/^ብር$/u, 'ETB'], [/^(?:руб(?:лей|\.)?|рублей)$/u, 'RUB'], [/^रुपये$/u, 'INR'],
  [/^(?:€|eur|euros?)$/u, 'EUR'], [/^(?:£|gbp|pounds?)$/u, 'GBP'], [/^(?:rm|myr|ringgit)$/, 'MYR'],
  [/^(?:rp\.?|idr|rupiah)$/, 'IDR'], [/^(?:vnd|₫|đồng|dong|đ)$/u, 'VND'], [/^(?:₱|php|pesos?)$/u, 'PHP'],
  [/^(?:฿|thb|baht|บาท)$/u, 'THB'], [/^(?:rmb|cny|元|块)$/u, 'CNY'], [/^(?:¥)$/u, 'CNY'], [/^(?:円|yen)$/u, 'JPY'],
  [/^(?:₩|krw|원|won)$/u, 'KRW'], [/^(?:ksh?s?\.?|kes|shillings?)$/, 'KES'], [/^ugx$/, 'UGX'], [/^tsh$/, 'TZS'],
  [/^(?:aed)$/, 'AED'], [/^(?:sar|riyals?|ريال)$/u, 'SAR'], [/^(?:mad|dh|dirhams?|درهم)$/u, 'MAD'], [/^(?:egp|جنيه)$/u, 'EGP'],
  [/^(?:etb|birr)$/, 'ETB'], [/^(?:r\$|brl|reais)$/, 'BRL'], [/^(?:₹|inr|rs\.?|rupees?)$/u, 'INR'], [/^npr$/, 'NPR'],
  [/^lkr$/, 'LKR'], [/^pkr$/, 'PKR'], [/^(?:₦|ngn|naira)$/u, 'NGN'], [/^(?:s\$|sgd)$/, 'SGD'], [/^hk\$$/, 'HKD'],
  [/^(?:a\$|aud)$/, 'AUD'], [/^(?:c\$|cad)$/, 'CAD'],
];

const MULT_VALUE: [RegExp, number][] = [
  [/^(?:k|ribu|rb|nghìn|ngàn|thousand|ألف|الف|千|천|พัน|elfu)$/u, 1e3],
  [/^mil$/, 1e3],
  [/^(?:m|mn|million|millones|milhões|juta|jt|triệu|tr|مليون|ล้าน|milioni)$/u, 1e6],
  [/^(?:万|萬|만|หมื่น)$/u, 1e4], [/^억$/u, 1e8], [/^lakhs?$/, 1e5], [/^crore$/, 1e7],
];
/** Currency implied by a multiplier word when no currency is written. */
const MULT_CURRENCY: Record<string, string> = { triệu: 'VND', tr: 'VND', nghìn: 'VND', ngàn: 'VND', juta: 'IDR', jt: 'IDR', ribu: 'IDR', rb: 'IDR', 万: 'CNY', 萬: 'CNY', 만: 'KRW', 억: 'KRW', ล้าน: 'THB', หมื่น: 'THB', lakh: 'INR', lakhs: 'INR', crore: 'INR', elfu: 'KES' };

/** Parse "1,000" / "1.000" / "1.5" / "1,5" / "15.000.000" into a number. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[ \u00a0\u202f]/g, '').replace(/[.,]+$/, '');
  const groups = s.split(/[.,]/);
  if (groups.length === 1) return Number(s);
  const last = groups[groups.length - 1]!;
  // thousands separators: every group after the first has exactly 3 digits
  if (groups.slice(1).every((g) => g.length === 3)) return Number(groups.join(''));
  // otherwise the last separator is a decimal point
  return Number(`${groups.slice(0, -1).join('')}.${last}`);
}

function lookup<T>(table: [RegExp, T][], word: string | undefined): T | undefined {
  if (!word) return undefined;
  for (const [re, v] of table) if (re.test(word)) return v;
  return undefined;
}

/** Currencies whose job ads quote bare salaries per year ("$30,000-$45,000"). */
const ANNUAL_CONVENTION = new Set(['USD', 'GBP', 'EUR', 'CAD', 'AUD']);

const TO_MONTH: Record<Period, number> = { hour: 160, day: 22, week: 4.33, month: 1, year: 1 / 12 };

/** Find salary amounts in a normalised text (at most 12). */
export function findSalaries(text: string): SalaryMention[] {
  const out: SalaryMention[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = AMOUNT_RE.exec(text)) !== null && guard++ < 400 && out.length < 12) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const [whole, pre, n1, mult1, n2, mult2, post] = m;
    const mult = mult2 ?? mult1;
    let currency = lookup(CUR_MAP, pre?.trim()) ?? lookup(CUR_MAP, post?.trim()) ?? (mult ? MULT_CURRENCY[mult] : undefined);
    if (!currency) continue;
    // "m"/"k" right after a number are multipliers; a bare "a"/"à" range word needs a second number
    const mv = lookup(MULT_VALUE, mult) ?? 1;
    const mv1 = lookup(MULT_VALUE, mult1) ?? mv;
    const v1 = parseNumber(n1!) * mv1;
    const v2 = n2 ? parseNumber(n2) * mv : NaN;
    // judge the lower end of a range: the upper end of "8 – 50 triệu" is commission talk
    const amount = Number.isFinite(v2) && v2 > 0 && v2 < v1 ? v2 : v1;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const end = m.index + whole!.length;
    // "$400 to $450 extra per day": a filler word between the amount and its period
    const after = text.slice(end, end + 32).replace(/^\s?(?:extra|more|or more)(?=\s)/u, '');
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    let period: Period | undefined;
    for (const [p, re] of PERIOD_AFTER) if (re.test(after)) { period = p; break; }
    if (!period) for (const [p, re] of PERIOD_BEFORE) if (re.test(before)) { period = p; break; }
    const periodStated = period !== undefined;
    if (!period) {
      // a bare amount only counts as pay next to a salary word
      if (!SALARY_CONTEXT.test(text.slice(Math.max(0, m.index - 60), end + 30))) continue;
      period = 'month';
    }
    if (currency === 'CNY' && /[\u3040-\u30ff]/.test(text)) currency = 'JPY';
    // Where salaries are quoted per year by convention, a large bare amount is annual pay.
    if (!periodStated && ANNUAL_CONVENTION.has(currency) && amount >= 15000) period = 'year';
    const fx = FX_TO_USD[currency] ?? 0;
    if (!fx) continue;
    out.push({ from: m.index, to: end, currency, amount, period, periodStated, monthlyUSD: amount * fx * TO_MONTH[period] });
  }
  return out;
}

const SENIOR = /(?:\b(?:manager|director|head of|chief|lead|senior|sr\.?|principal|vp|president|officer in charge|supervisor|architect|consultant|manajer|kepala|gerente|directeur|directora?|jefe|chef de)\b|trưởng|giám đốc|quản lý|经理|总监|主管|部長|팀장|부장|이사|مدير|ผู้จัดการ)/u;
const SKILLED = /(?:\b(?:engineer|developer|programmer|accountant|nurse|doctor|physician|pharmacist|teacher|lecturer|analyst|designer|technician|lawyer|auditor|scientist|specialist|surveyor|pilot|dentist|therapist|electrician|mechanic|insinyur|akuntan|perawat|guru|dokter|ingeniero|ingénieur|engenheiro|enfermer[oa]|infirmier|professeur|profesor)\b|kỹ sư|kế toán|lập trình|giáo viên|bác sĩ|điều dưỡng|dược sĩ|工程师|会计|教师|护士|엔지니어|개발자|간호사|교사|مهندس|محاسب|ممرض|طبيب|معلم|วิศวกร|พยาบาล|ครู)/u;

/** Role class of a posting from its title (or, failing that, its first 200 characters). */
export function roleClass(titleOrText: string): RoleClass {
  if (SENIOR.test(titleOrText)) return 'senior';
  if (SKILLED.test(titleOrText)) return 'skilled';
  return 'entry';
}

/**
 * Judge the highest salary mentioned against the usual entry pay for `country` (or the
 * currency's country) and the role class.
 */
export function judgeSalary(mentions: SalaryMention[], country: string | null, role: RoleClass, highPayRatio: number): SalaryJudgement | null {
  if (mentions.length === 0) return null;
  let best = mentions[0]!;
  for (const m of mentions) if (m.monthlyUSD > best.monthlyUSD) best = m;
  const where = country ?? CURRENCY_COUNTRY[best.currency] ?? (best.currency === 'USD' ? null : null);
  const usual = (where ? ENTRY_MONTHLY_USD[where] : undefined) ?? (best.currency === 'USD' && !country ? ENTRY_MONTHLY_USD.US! : DEFAULT_ENTRY_MONTHLY_USD);
  const ratio = best.monthlyUSD / (usual * ROLE_FACTOR[role]);
  const verdict = ratio >= highPayRatio ? 'high' : ratio <= 1.5 && ratio >= 0.2 ? 'plausible' : 'unknown';
  return { mention: best, country: where ?? null, role, ratio, verdict };
}
