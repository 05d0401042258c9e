/**
 * Bayt (bayt.com, Middle East and North Africa; English and Arabic): job view and search result cards.
 *
 * Markup notes: result cards are `li[data-js-job]` in `#results_inner_card` with an `h2` title link;
 * the job view keeps the posting in `#view_inner` / `#jobViewContainer` (description in `.t-break`).
 * Arabic pages (`/ar/`) use the same markup with `dir="rtl"`.
 */
import { defineSite } from './define-site';

export const bayt = defineSite({
  id: 'bayt',
  name: 'Bayt',
  hosts: ['bayt.com'],
  paths: /^\/(en|ar|fr)\/[^/]+\/jobs?\b/,
  defaults: {
    job: ['#jobViewContainer', '#view_inner', '[data-automation-id="job-details"]'],
    jobTitle: ['h1#job_title', '#view_inner h1', 'h1'],
    jobCompany: ['.job-company-location-wrapper a.is-black', '[data-automation-id="id_company"] a', 'a[href*="/company/"]'],
    jobLocation: ['.job-company-location-wrapper .t-mute', '[data-automation-id="id_location"]'],
    jobSalary: ['[data-automation-id="id_salary"]', '.job-salary'],
    jobBody: ['#jobDescription .t-break', '.card-content .t-break', '[data-automation-id="id_description"]', '.t-break'],
    jobAnchor: ['.job-header', 'h1#job_title'],
    card: ['li[data-js-job]', '#results_inner_card li.has-pointer-d', '[data-automation-id="job-card"]'],
    cardTitle: ['h2 a', 'h2'],
    cardCompany: ['.jb-company', 'b.p10r', '[data-automation-id="job-company"]'],
    cardLocation: ['.jb-loc', '.t-mute span', '[data-automation-id="job-location"]'],
    cardSalary: ['.jb-salary', '[data-automation-id="job-salary"]'],
    cardBody: ['.jb-descr', 'p'],
    cardLink: ['h2 a@href', 'a[data-js-aid="jobID"]@href'],
    cardId: ['[data-job-id]@data-job-id', '[data-js-job]@data-js-job'],
  },
});
