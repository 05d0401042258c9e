/**
 * JobStreet, JobsDB and SEEK (one platform since 2024: jobstreet.com, jobstreet.com.my/.sg/.ph,
 * jobstreet.co.id, jobsdb.com, seek.com.au, seek.co.nz): job view, split-view job details and
 * result cards.
 *
 * Markup notes (real SEEK job view in ../shared/data/real_pages/seek): classes are hashed
 * (`_1ud99l34x`), but `data-automation` attributes are stable and used throughout.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "jobstreet", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const jobstreet = defineSite({
  id: 'jobstreet',
  name: 'JobStreet / SEEK',
  hosts: [/(^|\.)jobstreet\.(com|vn|com\.[a-z]{2}|co\.[a-z]{2})$/, 'jobsdb.com', 'seek.com.au', 'seek.co.nz'],
  paths: /(\/job\/|\/jobs?(\/|$|-)|-jobs(\/|$)|^\/[a-z]{2}\/job)/,
  keepQuery: ['jobId'],
});
