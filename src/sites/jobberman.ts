/**
 * Jobberman (Nigeria, Ghana) and BrighterMonday (Kenya, Uganda, Tanzania) — one platform:
 * search result cards (`/jobs`) and the job view (`/listings/<slug>`).
 *
 * Markup notes: the site is server-rendered with Tailwind utility classes and `data-cy` test hooks;
 * the `data-cy` attributes are the stable part and come first.
 */
import { defineSite } from './define-site';

export const jobberman = defineSite({
  id: 'jobberman',
  name: 'Jobberman / BrighterMonday',
  hosts: [/(^|\.)jobberman\.com(\.gh)?$/, /(^|\.)brightermonday\.co\.(ke|ug|tz)$/],
  paths: /^\/(jobs|listings|job\/)/,
  defaults: {
    job: ['article.job__details', '[data-cy="job-details"]', 'main article'],
    jobTitle: ['h1', '[data-cy="job-title"]'],
    jobCompany: ['[data-cy="job-company"]', 'h1 + a', 'h2 a[href*="/company/"]'],
    jobLocation: ['[data-cy="job-location"]', 'a[href*="location="]'],
    jobSalary: ['[data-cy="job-salary"]', 'span.text-gray-700.font-medium'],
    jobBody: ['[data-cy="job-description"]', '.job__details__user-edit', '.text-sm.text-gray-500 p'],
    jobAnchor: ['h1'],
    card: ['[data-cy="listing-cards-components"]', 'div.w-full.bg-white.border-b[data-cy]'],
    cardTitle: ['[data-cy="listing-title-link"] p', '[data-cy="listing-title-link"]', 'p.text-lg'],
    cardCompany: ['[data-cy="listing-company"]', 'p.text-sm.text-link-500', 'p.text-sm a'],
    cardLocation: ['[data-cy="listing-location"]', 'span.mb-3.px-3'],
    cardSalary: ['[data-cy="listing-salary"]', 'span.text-gray-700'],
    cardBody: ['[data-cy="listing-summary"]', 'p.text-sm.font-normal'],
    cardLink: ['a[data-cy="listing-title-link"]@href', 'a[href*="/listings/"]@href'],
  },
});
