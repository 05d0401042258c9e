/**
 * Glassdoor (glassdoor.com and country sites): job view (`/job-listing/…`, the detail pane of
 * `/Job/…` searches) and job list cards.
 *
 * Markup notes: Glassdoor uses CSS modules (`JobDetails_jobDescription__uW_fK`): the hash suffix changes
 * per deploy, so selectors match the stable prefix with `[class*="…"]`, plus `data-test` attributes.
 */
import { defineSite } from './define-site';

export const glassdoor = defineSite({
  id: 'glassdoor',
  name: 'Glassdoor',
  hosts: [/(^|\.)glassdoor\.(com|co\.uk|co\.in|com\.au|ca|de|fr|sg|ie|nl|be|at|ch|es|it|com\.br|com\.mx|com\.hk|co\.nz)$/],
  paths: /^\/(job-listing|Job|Jobs|partner\/jobListing|Salaries\/.*jobs)/i,
  keepQuery: ['jl', 'jobListingId'],
  defaults: {
    job: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '#JDCol', '.jobViewMinimal'],
    jobTitle: ['h1[id^="jd-job-title"]', '[class*="heading_Heading"] h1', '[data-test="job-title"]', 'h1'],
    jobCompany: ['[class*="EmployerProfile_employerNameHeading"] h4', '[class*="EmployerProfile_employerName"]', '[data-test="employer-name"]', '[data-test="employerName"]'],
    jobLocation: ['[data-test="location"]', '[class*="JobDetails_location"]'],
    jobSalary: ['[class*="SalaryEstimate_medianEstimate"]', '[class*="SalaryEstimate_salaryRange"]', '[data-test="detailSalary"]'],
    jobBody: ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent', '#JobDescriptionContainer', '[data-test="jobDescriptionContent"]'],
    jobAnchor: ['header[data-test="job-details-header"]', '[class*="JobDetails_jobDetailsHeader"]'],
    card: ['li[data-test="jobListing"]', 'li.react-job-listing', '[data-test="job-card-wrapper"]'],
    cardTitle: ['a[data-test="job-title"]', '[class*="JobCard_jobTitle"]', '.job-title'],
    cardCompany: ['[class*="EmployerProfile_compactEmployerName"]', '[data-test="employer-short-name"]', '.job-search-key-l2wjgv'],
    cardLocation: ['[data-test="emp-location"]', '[class*="JobCard_location"]'],
    cardSalary: ['[data-test="detailSalary"]', '[class*="JobCard_salaryEstimate"]'],
    cardBody: ['[data-test="descSnippet"]', '[class*="JobCard_jobDescriptionSnippet"]'],
    cardLink: ['a[data-test="job-title"]@href', 'a[data-test="job-link"]@href', 'a[href*="/job-listing/"]@href'],
    cardId: ['[data-jobid]@data-jobid', '[data-id]@data-id'],
  },
});
