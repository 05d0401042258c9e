/**
 * Indeed (all country sites: indeed.com, au.indeed.com, indeed.co.uk, indeed.co.in…): the job view
 * (`/viewjob`, and the right pane of a search page) and search result cards.
 *
 * Markup notes (real job view in ../shared/data/real_pages/indeed): class names are emotion hashes
 * (`css-1b1jw74`) that change often, so selectors use the stable `jobsearch-*` classes, ids and
 * `data-testid`s. The job key is Indeed's job key (`jk`/`vjk` query, `data-jk` on cards).
 */
import { defineSite } from './define-site';

export const indeed = defineSite({
  id: 'indeed',
  name: 'Indeed',
  hosts: [/(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/],
  paths: /^\/(viewjob|jobs|m\/|q-|l-|cmp\/[^/]+\/jobs|rc\/clk|pagead|career)/,
  keepQuery: ['jk', 'vjk'],
  defaults: {
    job: ['.jobsearch-JobComponent', '.jobsearch-ViewJobLayout-jobDisplay', '#jobsearch-ViewjobPaneWrapper', '.fastviewjob'],
    jobTitle: ['[data-testid="jobsearch-JobInfoHeader-title"] > span:first-child', 'h1.jobsearch-JobInfoHeader-title', '[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title-container h2', 'h1'],
    jobCompany: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-CompanyInfoContainer a', '.jobsearch-InlineCompanyRating div'],
    jobLocation: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '#jobLocationText', '.jobsearch-JobInfoHeader-subtitle > div:last-child'],
    jobSalary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"] [data-testid*="-tile"]', '.jobsearch-JobMetadataHeader-item'],
    jobBody: ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.jobsearch-JobComponent-description'],
    jobAnchor: ['.jobsearch-InfoHeaderContainer', '.jobsearch-JobInfoHeader-title-container'],
    card: ['.job_seen_beacon', 'li > .cardOutline', '.jobsearch-SerpJobCard', 'a.tapItem'],
    cardTitle: ['h2.jobTitle span[title]', 'h2.jobTitle', '.jcs-JobTitle'],
    cardCompany: ['[data-testid="company-name"]', '.companyName', '.company'],
    cardLocation: ['[data-testid="text-location"]', '.companyLocation', '.location'],
    cardSalary: ['.salary-snippet-container', '[data-testid="attribute_snippet_testid"]', '.estimated-salary', '.salaryText'],
    cardBody: ['[data-testid="belowJobSnippet"]', '.job-snippet', '.summary'],
    cardLink: ['a.jcs-JobTitle@href', 'h2.jobTitle a@href', 'a.tapItem@href'],
    cardId: ['a[data-jk]@data-jk', '[data-jk]@data-jk'],
  },
});
