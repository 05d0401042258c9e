/**
 * X (Twitter): posts in timelines, search, lists and conversation pages.
 *
 * Markup notes: the timeline is virtualised (`div[data-testid="cellInnerDiv"]` cells positioned with
 * `transform`, recycled as you scroll), so a post is keyed by its status permalink, never by node
 * identity. The status link is the one wrapping `<time>` (quoted posts carry a second one, later in the article).
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "x", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const x = defineSite({
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['x.com', 'twitter.com'],
  paths: /^\/(?!(messages|settings|compose|login|logout|i\/flow|i\/bookmarks|account)\b)/,
});
