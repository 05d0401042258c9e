/**
 * Indeed (all country sites: indeed.com, au.indeed.com, indeed.co.uk, indeed.co.in…): the job view
 * (`/viewjob`, and the right pane of a search page) and search result cards.
 *
 * Markup notes (real job view in ../shared/data/real_pages/indeed): class names are emotion hashes
 * (`css-1b1jw74`) that change often, so selectors use the stable `jobsearch-*` classes, ids and
 * `data-testid`s. The job key is Indeed's job key (`jk`/`vjk` query, `data-jk` on cards).
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "indeed", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const indeed = defineSite({
  id: 'indeed',
  name: 'Indeed',
  hosts: [/(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/],
  paths: /^\/(viewjob|jobs|m\/|q-|l-|cmp\/[^/]+\/jobs|rc\/clk|pagead|career)/,
  keepQuery: ['jk', 'vjk'],
});
