/**
 * LinkedIn: job view (logged-in two-pane `/jobs/view`, `/jobs/search`, `/jobs/collections` and the
 * guest `/jobs/view` page), job search result cards (logged-in occluded list items and guest
 * `base-card`s) and feed posts (home feed, profile activity, company posts, groups, search results).
 *
 * Markup notes (checked against the real guest job view and activity pages in ../shared/data/real_pages):
 * - the logged-in job list is virtualised: `li[data-occludable-job-id]` stays in the DOM while scrolled
 *   away but is emptied; an empty card is skipped and found again when it fills in;
 * - names are rendered twice (visible `aria-hidden` span + `visually-hidden` copy): the visible span is read;
 * - feed posts carry `data-urn="urn:li:activity:…"`, used as the posting key.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "linkedin", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  paths: /^\/(jobs|feed|posts|groups|search\/results|company\/[^/]+\/(posts|jobs)|in\/[^/]+\/(recent-activity|detail\/recent-activity)|hiring)/,
  keepQuery: ['currentJobId'],
});
