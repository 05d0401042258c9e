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
 */
import { defineSite } from './define-site';

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  paths: /^\/(jobs|feed|posts|groups|search\/results|company\/[^/]+\/(posts|jobs)|in\/[^/]+\/(recent-activity|detail\/recent-activity)|hiring)/,
  keepQuery: ['currentJobId'],
  defaults: {
    job: ['.jobs-search__job-details--wrapper', '.job-view-layout', '.jobs-details', 'section.core-rail > .details', '.top-card-layout'],
    jobTitle: ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', 'h1.top-card-layout__title', 'h1.topcard__title', 'h1'],
    jobCompany: ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', '.topcard__org-name-link', '.topcard__flavor'],
    jobLocation: ['.job-details-jobs-unified-top-card__primary-description-container .tvm__text', '.job-details-jobs-unified-top-card__bullet', '.jobs-unified-top-card__bullet', '.topcard__flavor--bullet'],
    jobSalary: ['.job-details-jobs-unified-top-card__job-insight--highlight', '.jobs-unified-top-card__job-insight--highlight', '.compensation__salary', '.salary'],
    jobBody: ['#job-details', '.jobs-description__content .jobs-box__html-content', '.jobs-description-content__text', '.description__text .show-more-less-html__markup', '.description__text'],
    jobAnchor: ['.job-details-jobs-unified-top-card__container--two-pane', '.jobs-unified-top-card', '.top-card-layout'],
    card: ['li[data-occludable-job-id]', '.job-card-container[data-job-id]', 'ul.jobs-search__results-list > li', '.base-card[data-entity-urn*="jobPosting"]', '.job-search-card'],
    cardTitle: ['.job-card-list__title--link', '.job-card-list__title', '.artdeco-entity-lockup__title', '.base-search-card__title', '.base-main-card__title', '.base-aside-card__title', 'h3'],
    cardCompany: ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.job-card-container__company-name', '.base-search-card__subtitle', '.base-main-card__subtitle', '.base-aside-card__subtitle', 'h4'],
    cardLocation: ['.job-card-container__metadata-wrapper li', '.job-card-container__metadata-item', '.artdeco-entity-lockup__caption', '.job-search-card__location', '.main-job-card__location', '.aside-job-card__location'],
    cardSalary: ['.job-card-container__metadata-item--salary', '.artdeco-entity-lockup__metadata', '.job-search-card__salary-info', '.main-job-card__salary-info'],
    cardBody: ['.job-card-container__job-insight-text', '.job-search-card__snippet'],
    cardLink: ['a.job-card-list__title--link@href', 'a.job-card-container__link@href', 'a.base-card__full-link@href', 'a[href*="/jobs/view/"]@href'],
    cardId: ['[data-occludable-job-id]@data-occludable-job-id', '[data-job-id]@data-job-id', '[data-entity-urn]@data-entity-urn'],
    post: ['div.feed-shared-update-v2[data-urn]', 'div[data-urn^="urn:li:activity"]', 'div[data-id^="urn:li:activity"]', '.feed-shared-update-v2', '.occludable-update'],
    postBody: ['.update-components-text', '.feed-shared-inline-show-more-text', '.feed-shared-update-v2__description', '.feed-shared-text'],
    postAuthor: ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__name span[aria-hidden="true"]', '.update-components-actor__title', '.feed-shared-actor__name'],
    postId: ['[data-urn^="urn:li:activity"]@data-urn', '[data-id^="urn:li:activity"]@data-id', '[data-urn]@data-urn'],
    postAnchor: ['.update-components-actor', '.feed-shared-actor'],
  },
});
