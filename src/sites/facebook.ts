/**
 * Facebook: feed and group posts on www.facebook.com (React DOM: `div[role="feed"]` children,
 * `aria-posinset` units, `data-ad-preview="message"` bodies) and on the basic mobile site
 * (m./mbasic.: `<article data-ft>` stories with `.story_body_container`), plus Marketplace item pages
 * (jobs are still advertised there as listings).
 *
 * Markup notes (real m.facebook group feed in ../shared/data/real_pages/facebook): a shared post is
 * rendered inside the sharer's article, so its text is part of that article's body (both `._5rgt`
 * blocks are joined). The desktop feed is lazily rendered: empty `div[role="feed"] > div` placeholders
 * are skipped until they fill in. Class names on www are obfuscated, so only roles and data-attributes are used.
 */
import { defineSite } from './define-site';

export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com', 'fb.com'],
  paths: /^\/(?!(messages|settings|login|help|privacy|ads\/manager|business)\b)/,
  keepQuery: ['story_fbid', 'id', 'fbid', 'multi_permalinks'],
  defaults: {
    job: ['div[data-pagelet="MarketplacePDP"]', 'div[aria-label="Marketplace listing viewer"]'],
    jobTitle: ['h1 span', 'h1'],
    jobSalary: ['h1 + div span', '[data-testid="marketplace_pdp_price"]'],
    jobBody: ['div[data-pagelet="MarketplacePDP"] div[class] > span[dir="auto"]', 'span[dir="auto"]'],
    post: ['div[role="feed"] > div', 'div[aria-posinset]', '[data-pagelet^="FeedUnit_"]', 'article[data-ft], article[data-store]', 'div[role="article"]', 'article'],
    postBody: ['[data-ad-rendering-role="story_message"]', '[data-ad-comet-preview="message"]', '[data-ad-preview="message"]', '.userContent', '._5rgt', '.story_body_container p'],
    postAuthor: ['[data-ad-rendering-role="profile_name"] strong', 'h2 strong', 'h3 strong', 'h4 strong', 'header strong'],
    postLink: ['a[href*="/posts/"]@href', 'a[href*="/permalink/"]@href', 'a[href*="story_fbid="]@href', 'a[href*="/photos/"]@href'],
    postAnchor: ['header', '[data-ad-rendering-role="profile_name"]'],
  },
});
