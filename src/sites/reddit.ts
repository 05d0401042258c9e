/**
 * Reddit: submissions and comments on old.reddit.com (`div.thing`), the current web client
 * (`shreddit-post` / `shreddit-comment` custom elements) and the 2018–2023 redesign
 * (`[data-testid="post-container"]`, `div.Comment`).
 *
 * Markup notes (real old-reddit comments page in ../shared/data/real_pages/reddit): comments nest
 * (`.thing > .child > .sitetable > .thing`), so each part is read from the comment's own subtree only;
 * "load more comments" stubs have no body and are skipped. A link post without self-text is read by its title.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "reddit", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com'],
  paths: /^\/(r\/|user\/|u\/|$|comments\/|best|hot|new|top|rising)/,
});
