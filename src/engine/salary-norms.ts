/**
 * What entry-level work usually pays, so a promised salary can be judged "far above the role"
 * (IND-01) or "plausible" (dampener, indicators.md §3.4) instead of matching digits.
 *
 * ENTRY_MONTHLY_USD: rough monthly gross pay, in US dollars, of entry-level office / customer-
 * service / sales / data-entry work in each country (ISO 3166-1 alpha-2). These are ORDER-OF-
 * MAGNITUDE anchors, deliberately generous, written by the LureLens authors from published
 * statutory minimum wages and typical advertised entry pay (2024–2025), e.g. Cambodia's garment
 * minimum wage (about USD 200–210/month, 2024–25), Vietnam's region-I minimum (about VND 5m),
 * Jakarta's provincial minimum (about IDR 5.4m), Malaysia's national minimum (MYR 1,700),
 * Thailand's daily minimum (about THB 400, Bangkok), Kenya's urban minimum (about KSh 15,000),
 * the US federal minimum (USD 7.25/hour, with typical entry office pay well above it).
 * The research notes (shared/domain/indicators.md IND-01) give the lure side: USD 1,000–1,200
 * for customer service in Cambodia [S25b], RM 15,000 [S28a], USD 2,000–4,000 [S28b], "17× my
 * teacher salary" in Ethiopia [S33], KRW 10m a month [S21b]. Review and update with the list.
 *
 * ROLE_FACTOR: skilled and senior roles legitimately pay multiples of entry pay.
 * FX_TO_USD: approximate exchange rates (2025), only used for ratios, never shown as money.
 */

export const ENTRY_MONTHLY_USD: Record<string, number> = {
  US: 3000, CA: 2800, GB: 2600, IE: 2600, AU: 3500, NZ: 2800, EU: 2200, SG: 2200, HK: 2000, TW: 1200, JP: 1800, KR: 1900,
  CN: 800, MY: 450, TH: 450, VN: 400, ID: 320, PH: 350, KH: 250, MM: 150, LA: 150,
  IN: 250, PK: 150, BD: 130, NP: 150, LK: 150,
  KE: 250, UG: 120, TZ: 150, ET: 80, NG: 120, GH: 150, ZA: 450,
  MA: 350, TN: 300, DZ: 250, EG: 150, AE: 1000, SA: 1000, QA: 1100, TR: 600,
  BR: 350, MX: 450, CO: 350, PE: 350, EC: 470, AR: 400, RU: 600,
};

/** Used when the country is unknown: between the two groups above. */
export const DEFAULT_ENTRY_MONTHLY_USD = 700;

export type RoleClass = 'entry' | 'skilled' | 'senior';

export const ROLE_FACTOR: Record<RoleClass, number> = { entry: 1, skilled: 2.2, senior: 4 };

export const FX_TO_USD: Record<string, number> = {
  USD: 1, EUR: 1.08, GBP: 1.27, AUD: 0.66, CAD: 0.73, SGD: 0.75, HKD: 0.13, TWD: 0.031, JPY: 0.0067, KRW: 0.00073,
  CNY: 0.14, MYR: 0.22, THB: 0.028, VND: 0.00004, IDR: 0.000062, PHP: 0.018, KHR: 0.00025, MMK: 0.00048, LAK: 0.000046,
  INR: 0.012, PKR: 0.0036, BDT: 0.0083, NPR: 0.0075, LKR: 0.0033,
  KES: 0.0077, UGX: 0.00027, TZS: 0.00038, ETB: 0.008, NGN: 0.00065, GHS: 0.065, ZAR: 0.055,
  MAD: 0.1, TND: 0.32, DZD: 0.0074, EGP: 0.02, AED: 0.27, SAR: 0.27, QAR: 0.27, TRY: 0.029,
  BRL: 0.18, MXN: 0.055, COP: 0.00025, PEN: 0.27, ARS: 0.001, RUB: 0.011,
};

/** Country whose pay level a currency most likely refers to (USD/EUR: unknown without a place). */
export const CURRENCY_COUNTRY: Record<string, string> = {
  GBP: 'GB', AUD: 'AU', CAD: 'CA', SGD: 'SG', HKD: 'HK', TWD: 'TW', JPY: 'JP', KRW: 'KR', CNY: 'CN', MYR: 'MY', THB: 'TH',
  VND: 'VN', IDR: 'ID', PHP: 'PH', KHR: 'KH', MMK: 'MM', LAK: 'LA', INR: 'IN', PKR: 'PK', BDT: 'BD', NPR: 'NP', LKR: 'LK',
  KES: 'KE', UGX: 'UG', TZS: 'TZ', ETB: 'ET', NGN: 'NG', GHS: 'GH', ZAR: 'ZA', MAD: 'MA', TND: 'TN', DZD: 'DZ', EGP: 'EG',
  AED: 'AE', SAR: 'SA', QAR: 'QA', TRY: 'TR', BRL: 'BR', MXN: 'MX', COP: 'CO', PEN: 'PE', ARS: 'AR', RUB: 'RU', EUR: 'EU',
};
