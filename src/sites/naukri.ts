/**
 * Naukri (naukri.com, India; also naukrigulf.com for the Gulf): search result tuples and the job view
 * (`/job-listings-…`).
 *
 * Markup notes: result cards are `.srp-jobtuple-wrapper[data-job-id]` with `a.title`, `a.comp-name`,
 * `.locWdth`, `.sal` and a `.job-desc` snippet; the job view uses CSS modules (`styles_jd-header-title__…`),
 * matched by stable prefix with `[class*="…"]`.
 */
import { defineSite } from './define-site';

export const naukri = defineSite({
  id: 'naukri',
  name: 'Naukri',
  hosts: ['naukri.com', 'naukrigulf.com'],
  paths: /(^\/job-listings-|-jobs(-in-[^/]*)?(-\d+)?\/?$|^\/jobs?\b|^\/[^/]+-jobs)/,
  keepQuery: ['jobId'],
  defaults: {
    job: ['main[class*="jd-container"]', '#job_header + section', '[class*="styles_left-section-container"]', '.jd-container'],
    jobTitle: ['h1[class*="jd-header-title"]', 'header h1', 'h1'],
    jobCompany: ['[class*="jd-header-comp-name"] a', '[class*="jd-header-comp-name"]', '.jd-header-comp-name'],
    jobLocation: ['[class*="jhc__location"]', '.location'],
    jobSalary: ['[class*="jhc__salary"]', '.salary'],
    jobBody: ['[class*="JDC__dang-inner-html"]', '[class*="job-desc-container"]', '.job-desc', '.dang-inner-html'],
    jobAnchor: ['#job_header', '[class*="jd-header"]'],
    card: ['.srp-jobtuple-wrapper', 'div.cust-job-tuple', 'article.jobTuple', 'div[data-job-id]'],
    cardTitle: ['a.title', '.row1 h2 a', '.title'],
    cardCompany: ['a.comp-name', '.comp-name', '.companyInfo a'],
    cardLocation: ['.locWdth', '.loc-wrap .loc', '.location'],
    cardSalary: ['.sal-wrap .sal', '.sal', '.salary'],
    cardBody: ['.job-desc', '.job-description', '.job-desc-wrap'],
    cardLink: ['a.title@href', '.row1 h2 a@href'],
    cardId: ['[data-job-id]@data-job-id'],
  },
});
