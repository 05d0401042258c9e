/**
 * Glassdoor (glassdoor.com and country sites): job view (`/job-listing/…`, the detail pane of
 * `/Job/…` searches) and job list cards.
 *
 * Markup notes: Glassdoor uses CSS modules (`JobDetails_jobDescription__uW_fK`): the hash suffix changes
 * per deploy, so selectors match the stable prefix with `[class*="…"]`, plus `data-test` attributes.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "glassdoor", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const glassdoor = defineSite({
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: [/(^|\.)glassdoor\.(com|co\.uk|co\.in|com\.au|ca|de|fr|sg|ie|nl|be|at|ch|es|it|com\.br|com\.mx|com\.hk|co\.nz)$/],
  paths: /^\/(job-listing|Job|Jobs|partner\/jobListing|Salaries\/.*jobs)/i,
  keepQuery: ['jl', 'jobListingId'],
});
