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
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "facebook", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com', 'fb.com'],
  paths: /^\/(?!(messages|settings|login|help|privacy|ads\/manager|business)\b)/,
  keepQuery: ['story_fbid', 'id', 'fbid', 'multi_permalinks'],
});
