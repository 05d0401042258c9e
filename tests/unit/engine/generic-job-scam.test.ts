/**
 * Generic online job scams (indicators.md §2 part D, P-F3): work-from-home "cash jobs", pay per
 * day for trivial work, "be your own boss" pitches. Invented texts only; each case checks both
 * that the signals are found and how the combination logic weighs them, and the honest
 * counterparts check that one such phrase in a real listing does not warn.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/src/engine/analyze';
import { findSalaries } from '@/src/engine/salary';
import type { Assessment } from '@/src/engine/types';
import { bundledList } from '@/src/indicators/bundled';

const run = (text: string, title?: string) => analyze(title ? { text, title } : { text }, bundledList);
const ids = (a: Assessment) => a.findings.map((f) => f.indicator);
const warned = (a: Assessment) => a.level === 'medium' || a.level === 'high';

describe('generic fake job (P-F3)', () => {
  it('cash job from home: easy hours, no experience, big daily pay → warns, named P-F3', () => {
    const a = run(
      'Weekend cash jobs for students. Do it from home in your spare time, only 1 to 2 hrs daily. ' +
        'No any experience needed, perfect for everyone. Sign up is totally free to join.',
    );
    expect(ids(a)).toEqual(expect.arrayContaining(['IND-31', 'IND-19', 'IND-02']));
    expect(warned(a)).toBe(true);
    expect(a.pattern).toBe('P-F3');
  });

  it('"$350 to $400 extra per day" is read as daily pay and judged far above the role', () => {
    const [m] = findSalaries('you can earn $350 to $400 extra per day');
    expect(m?.period).toBe('day');
    expect(m?.amount).toBe(350);
    const a = run('Typist wanted. You can earn $350 to $400 extra per day working from home.', 'Typist');
    expect(ids(a)).toEqual(expect.arrayContaining(['IND-31', 'IND-01']));
    expect(warned(a)).toBe(true);
  });

  it('MLM-style pitch: be your own boss + passive income + no experience → warns', () => {
    const a = run('Tired of the 9-5? Be your own boss, build passive income and reach financial freedom. Experience is not required.');
    expect(ids(a)).toEqual(expect.arrayContaining(['IND-19', 'IND-01', 'IND-02']));
    expect(warned(a)).toBe(true);
  });

  it('pay per listing for posting ads online, free to join → at least flagged', () => {
    const a = run('Get paid for posting ads on the internet: $30 per listing, no start-up fee, suitable for anyone.');
    expect(ids(a)).toEqual(expect.arrayContaining(['IND-31', 'IND-19', 'IND-02']));
    expect(warned(a)).toBe(true);
  });
});

describe('honest listings with one generic phrase stay quiet', () => {
  it('weekly pay for a warehouse shift', () => {
    const a = run('Warehouse associate, Dock 4. Weekly pay, $17 per hour, forklift licence required, 8 hours a day.', 'Warehouse Associate');
    expect(warned(a)).toBe(false);
  });
  it('volunteer tutoring in your spare time', () => {
    const a = run('Volunteer reading tutors needed at the Riverside library. Help children read in your spare time; training provided by our librarian, Ms Okafor.');
    expect(warned(a)).toBe(false);
  });
  it('remote data entry with a normal salary and a real process', () => {
    const a = run(
      'Data entry clerk (work from home). Salary $2,900 per month. Two years of clerical experience, typing test and video interview with our HR team.',
      'Data Entry Clerk',
    );
    expect(warned(a)).toBe(false);
  });
  it('an awareness post quoting the lure does not warn', () => {
    const a = run('Beware of fake job offers: "cash jobs from home, earn $400 per day, totally free to join" are scams. Never pay anyone; report them to the police.');
    expect(warned(a)).toBe(false);
  });
});
