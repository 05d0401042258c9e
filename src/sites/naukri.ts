/**
 * Naukri (naukri.com, India; also naukrigulf.com for the Gulf): search result tuples and the job view
 * (`/job-listings-…`).
 *
 * Markup notes: result cards are `.srp-jobtuple-wrapper[data-job-id]` with `a.title`, `a.comp-name`,
 * `.locWdth`, `.sal` and a `.job-desc` snippet; the job view uses CSS modules (`styles_jd-header-title__…`),
 * matched by stable prefix with `[class*="…"]`.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "naukri", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const naukri = defineSite({
  id: 'naukri',
  name: 'Naukri',
  hosts: ['naukri.com', 'naukrigulf.com'],
  paths: /(^\/job-listings-|-jobs(-in-[^/]*)?(-\d+)?\/?$|^\/jobs?\b|^\/[^/]+-jobs)/,
  keepQuery: ['jobId'],
});
