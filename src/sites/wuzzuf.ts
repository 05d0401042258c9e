/**
 * Wuzzuf (wuzzuf.net, Egypt; English and Arabic): search result cards and the job view (`/jobs/p/…`).
 *
 * Markup notes: Wuzzuf renders with emotion, so every class is a hash (`css-1gatmva`); those are kept as
 * first choices (they are what the site ships today) with structural fallbacks on the stable job link
 * pattern `/jobs/p/<id>-<slug>` so a restyle does not blind the adapter.
 */
import { defineSite } from './define-site';

export const wuzzuf = defineSite({
  id: 'wuzzuf',
  name: 'Wuzzuf',
  hosts: ['wuzzuf.net'],
  paths: /^\/(search\/jobs|jobs|a\/|internship)/,
  defaults: {
    job: ['main section.css-1t5f0fr', 'main:has(h1)', '[data-testid="job-details"]'],
    jobTitle: ['h1'],
    jobCompany: ['h1 + strong a', 'strong a[href*="/jobs/careers/"]', 'a[href*="/jobs/careers/"]'],
    jobLocation: ['h1 + strong', 'strong.css-9geu3q'],
    jobSalary: ['[data-testid="job-salary"]', 'span.css-4xky9y'],
    jobBody: ['section:has(> h2) .css-1uobp1k', '[data-testid="job-description"]', 'section:has(> h2)'],
    jobAnchor: ['h1'],
    card: ['div.css-1gatmva', 'div.css-ghe2tq', 'div:has(> div > h2 > a[href*="/jobs/p/"])', 'div:has(> h2 > a[href*="/jobs/p/"])'],
    cardTitle: ['h2 a[href*="/jobs/p/"]', 'h2'],
    cardCompany: ['a[href*="/jobs/careers/"]', 'a.css-17s97q8'],
    cardLocation: ['span.css-5wys0k', 'a[href*="/jobs/careers/"] + span'],
    cardBody: ['div.css-y4udm8', 'div.css-1lh32fc'],
    cardLink: ['h2 a[href*="/jobs/p/"]@href'],
  },
});
