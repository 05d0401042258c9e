/**
 * JobStreet, JobsDB and SEEK (one platform since 2024: jobstreet.com, jobstreet.com.my/.sg/.ph,
 * jobstreet.co.id, jobsdb.com, seek.com.au, seek.co.nz): job view, split-view job details and
 * result cards.
 *
 * Markup notes (real SEEK job view in ../shared/data/real_pages/seek): classes are hashed
 * (`_1ud99l34x`), but `data-automation` attributes are stable and used throughout.
 */
import { defineSite } from './define-site';

export const jobstreet = defineSite({
  id: 'jobstreet',
  name: 'JobStreet / SEEK',
  hosts: [/(^|\.)jobstreet\.(com|vn|com\.[a-z]{2}|co\.[a-z]{2})$/, 'jobsdb.com', 'seek.com.au', 'seek.co.nz'],
  paths: /(\/job\/|\/jobs?(\/|$|-)|-jobs(\/|$)|^\/[a-z]{2}\/job)/,
  keepQuery: ['jobId'],
  defaults: {
    job: ['[data-automation="jobDetailsPage"]', '[data-automation="splitViewJobDetailsWrapper"]', '[data-automation="job-details-page"]'],
    jobTitle: ['[data-automation="job-detail-title"]', 'h1'],
    jobCompany: ['[data-automation="advertiser-name"]', '[data-automation="job-header-company-review-title"]'],
    jobLocation: ['[data-automation="job-detail-location"]'],
    jobSalary: ['[data-automation="job-detail-salary"]'],
    jobBody: ['[data-automation="jobAdDetails"]', '[data-automation="jobDescription"]'],
    jobAnchor: ['[data-automation="job-detail-title"]'],
    card: ['article[data-card-type="JobCard"]', 'article[data-automation="normalJob"], article[data-automation="premiumJob"]', '[data-automation="job-card"]'],
    cardTitle: ['[data-automation="jobTitle"]', 'h3'],
    cardCompany: ['[data-automation="jobCompany"]', '[data-automation="jobCardCompanyLink"]'],
    cardLocation: ['[data-automation="jobLocation"]', '[data-automation="jobCardLocation"]'],
    cardSalary: ['[data-automation="jobSalary"]'],
    cardBody: ['[data-automation="jobShortDescription"]', '[data-automation="job-card-teaser"]'],
    cardLink: ['a[data-automation="jobTitle"]@href', 'a[data-automation="job-list-view-job-link"]@href', 'a[href*="/job/"]@href'],
    cardId: ['[data-job-id]@data-job-id'],
  },
});
