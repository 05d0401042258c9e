import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import type { Assessment, Posting } from '@/src/engine/types';
import { bundledList } from '@/src/indicators/bundled';

const run = (text: string, extra: Omit<Posting, 'text'> = {}) => analyze({ text, ...extra }, bundledList);
const ids = (a: Assessment) => a.findings.map((f) => f.indicator);
const warned = (a: Assessment) => a.level === 'medium' || a.level === 'high';

describe('indicator families', () => {
  it('offer: high pay, no experience, free travel', () => {
    const a = run('Huge salary, no experience required, free flight and accommodation provided.');
    expect(ids(a)).toEqual(expect.arrayContaining(['IND-01', 'IND-02', 'IND-06']));
  });
  it('place: gazetteer tiers', () => {
    expect(ids(run('Office in KK Park'))).toContain('IND-07');
    expect(ids(run('Work in Sihanoukville'))).toContain('IND-07b');
    expect(ids(run('Office in Bangkok'))).toContain('IND-07c');
  });
  it('place: false-positive notes of the gazetteer (Clark, KK, Golden Triangle)', () => {
    expect(ids(run('Sales rep, Clark Street branch'))).not.toContain('IND-07b');
    expect(ids(run('Cashier wanted at KK Mart'))).not.toContain('IND-07');
    expect(ids(run('Tour guide for the Golden Triangle circuit: Delhi, Agra and Jaipur'))).not.toContain('IND-07');
    expect(ids(run('Hotel staff at Clark Freeport Zone'))).toContain('IND-07b');
  });
  it('contact, payment, documents, tasks', () => {
    expect(ids(run('Add me on Telegram for details'))).toContain('IND-11');
    expect(ids(run('Pay a processing fee of $100 before the interview'))).toContain('IND-16');
    expect(ids(run('The company keeps your passport during the contract'))).toContain('IND-17');
    expect(ids(run('Earn commission for each task: like videos and rate products to earn money'))).toContain('IND-24');
    expect(ids(run('Receive payments into your personal account and forward them to our partners'))).toContain('IND-27');
  });
  it('Thai and Chinese match without word boundaries', () => {
    expect(ids(run('งานออนไลน์รายได้สูงไม่ต้องใช้ทักษะ'))).toEqual(expect.arrayContaining(['IND-01', 'IND-02']));
    expect(ids(run('柬埔寨高薪招聘客服包吃包住'))).toEqual(expect.arrayContaining(['IND-07b', 'IND-01', 'IND-05', 'IND-06']));
  });
});

describe('combination logic', () => {
  it('weak signals never warn alone', () => {
    const a = run('URGENT hiring! Customer service agents, age 18-30, no experience needed, Bangkok office.');
    expect(warned(a)).toBe(false);
  });
  it('a hard indicator warns alone', () => {
    const a = run('Send the registration fee of 50 USD to reserve your place.');
    expect(a.level).toBe('high');
    expect(a.pattern).toBe('P-F2');
  });
  it('P-T1: place + bait + easy role warns with the trafficking pattern', () => {
    const a = run('Customer service job in Cambodia, salary 1500 USD per month, free flight, contact on Telegram.');
    expect(warned(a)).toBe(true);
    expect(a.pattern).toBe('P-T1');
  });
  it('place + bait without an easy role or informal contact is not P-T1', () => {
    const a = run('Engineering role in Cambodia with relocation; visa provided.');
    expect(a.pattern).not.toBe('P-T1');
  });
  it('P-T2: tourist visa for work', () => {
    const a = run('You will enter on a tourist visa and we convert it to a work visa after arrival.');
    expect(a.level).toBe('high');
    expect(a.pattern).toBe('P-T2');
  });
  it('P-F1: task scam with a deposit to unlock tasks', () => {
    const a = run('Simple online job: like videos and rate hotels to earn a commission. Top up your account to unlock the next set of tasks. Contact us on WhatsApp.');
    expect(a.pattern).toBe('P-F1');
    expect(a.level).toBe('high');
  });
  it('P-F3: three generic fake-job signals', () => {
    const a = run('Easy work from home, no experience needed, earn $400 per day. Interview via Telegram chat only.');
    expect(warned(a)).toBe(true);
  });
});

describe('negation', () => {
  it('"no experience required" is an indicator; "experience required" is not', () => {
    expect(ids(run('No experience required.'))).toContain('IND-02');
    expect(ids(run('Two years of experience required.'))).not.toContain('IND-02');
  });
  it('a fee the employer says it never charges is not a fee request (English NLP)', () => {
    const a = run('We will never ask you to pay a registration fee at any stage.');
    expect(ids(a)).not.toContain('IND-16');
    expect(warned(a)).toBe(false);
  });
  it('a conditional sentence is not read as negation', () => {
    expect(ids(run('If you do not pay the registration fee today you lose the slot.'))).toContain('IND-16');
  });
  it('negation in other languages', () => {
    expect(ids(run('Không thu bất kỳ phí hồ sơ nào.'))).not.toContain('IND-16');
    expect(ids(run('Tanpa biaya pendaftaran apa pun.'))).not.toContain('IND-16');
  });
});

describe('salary parsing', () => {
  it('judges pay against the usual pay for the role and country', () => {
    const lure = run('Typist job in Cambodia, salary 2,000 USD per month.');
    expect(lure.salary?.verdict).toBe('high');
    expect(ids(lure)).toContain('IND-01');
    const honest = run('Accountant in Nairobi, salary KSh 60,000 per month.');
    expect(honest.salary?.currency).toBe('KES');
    expect(honest.salary?.verdict).toBe('plausible');
  });
  it('reads amounts written in words (English, compromise)', () => {
    const a = run('Earn two thousand dollars a week typing from home.');
    expect(a.salary?.currency).toBe('USD');
    expect(a.salary?.period).toBe('week');
    expect(a.salary?.amount).toBe(2000);
  });
  it('reads multipliers and periods in other languages', () => {
    expect(run('月薪3万包机票').salary).toMatchObject({ currency: 'CNY', amount: 30000, period: 'month' });
    expect(run('lương 15 triệu/tháng').salary).toMatchObject({ currency: 'VND', amount: 15_000_000, period: 'month' });
  });
});

describe('dampeners', () => {
  it('an awareness post quoting a lure does not warn', () => {
    const a = run('Beware of fake job offers: "customer service in Cambodia, $1,500 a month, free flight, contact on Telegram". Never pay any fee and report such ads to the police.');
    expect(warned(a)).toBe(false);
    expect(a.contexts).toContain('D-AWARE');
  });
  it('a news report about a rescue does not warn', () => {
    const a = run('Police rescued 30 victims from a scam compound in Myawaddy; they had been promised high pay and free flights.');
    expect(warned(a)).toBe(false);
  });
  it('a plausible salary lowers the score', () => {
    const a = run('Customer care agent, Nairobi. Salary KSh 30,000 per month. Contact us on WhatsApp.');
    expect(a.contexts).toContain('plausible-salary');
    expect(warned(a)).toBe(false);
  });
  it('an employer careers site with a real process lowers the score but never cancels a hard indicator', () => {
    const text = 'Customer service in Bangkok. Free flight and accommodation. Interview and background check. Add us on WhatsApp.';
    const onSite = run(text, { url: 'https://careers.example-airline.com/jobs/123' });
    expect(onSite.contexts).toContain('careers-site');
    const fee = run('Pay a training fee of 100 USD. Interview and background check follow.', { url: 'https://careers.example.com/jobs/9' });
    expect(fee.level).toBe('high');
  });
});

describe('evidence offsets', () => {
  it('evidence points into the original field text', () => {
    const text = 'ＵＲＧＥＮＴ!! Work in Cambo\u200bdia, contact on Te1egram, وَظِيفَةٌ براتب مرتفع';
    const a = run(text, { title: 'Data entry in Myawaddy' });
    expect(a.findings.length).toBeGreaterThan(2);
    for (const f of a.findings) {
      const field = f.evidence.field ?? 'text';
      const src = field === 'text' ? text : 'Data entry in Myawaddy';
      expect(src.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    }
    expect(a.findings.some((f) => f.evidence.field === 'title')).toBe(true);
  });
});

describe('absurd input', () => {
  it('empty, whitespace, emoji-only and non-string text give level none', () => {
    for (const t of ['', '   \n\t', '🔥💰🔥🚀', undefined as unknown as string, 42 as unknown as string]) {
      const a = run(t);
      expect(a.level).toBe('none');
      expect(a.findings).toEqual([]);
    }
  });
  it('a 1 MB posting is analysed without throwing', () => {
    const chunk = 'Customer service in Cambodia, free flight, contact on Telegram. Lorem ipsum dolor sit amet. ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const a = run(big);
    expect(a.level).not.toBe('none');
    for (const f of a.findings) expect(big.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });
  it('a hostile list (broken pattern) does not make analyze throw', () => {
    const list = structuredClone(bundledList);
    list.indicators[0]!.patterns.en = ['(unclosed', '[z-a]'];
    expect(() => analyze({ text: 'high salary' }, list)).not.toThrow();
  });
  it('repeated calls with the same list reuse compiled matchers and agree', () => {
    const t = 'Free flight and visa, work in Laos, message on WhatsApp, high salary for typists';
    const a = run(t);
    const b = run(t);
    expect(b).toEqual(a);
  });
});
