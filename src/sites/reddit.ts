/**
 * Reddit: submissions and comments on old.reddit.com (`div.thing`), the current web client
 * (`shreddit-post` / `shreddit-comment` custom elements) and the 2018–2023 redesign
 * (`[data-testid="post-container"]`, `div.Comment`).
 *
 * Markup notes (real old-reddit comments page in ../shared/data/real_pages/reddit): comments nest
 * (`.thing > .child > .sitetable > .thing`), so each part is read from the comment's own subtree only;
 * "load more comments" stubs have no body and are skipped. A link post without self-text is read by its title.
 */
import { defineSite } from './define-site';

export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com'],
  paths: /^\/(r\/|user\/|u\/|$|comments\/|best|hot|new|top|rising)/,
  defaults: {
    post: ['.thing[data-fullname]', 'shreddit-post, shreddit-comment', '[data-testid="post-container"], div.Comment'],
    postTitle: ['a.title', 'shreddit-post@post-title', '[slot="title"]', 'h1', 'h3'],
    postBody: ['.entry .usertext-body .md', '.usertext-body', '[slot="text-body"]', 'div[slot="comment"]', '[data-click-id="text"]', '[data-testid="comment"]'],
    postAuthor: ['[data-author]@data-author', 'shreddit-post@author', 'shreddit-comment@author', 'a.author', '[data-testid="post_author_link"]'],
    postLink: ['[data-permalink]@data-permalink', 'shreddit-post@permalink', 'shreddit-comment@permalink', 'a.bylink@href', 'a[data-click-id="body"]@href'],
    postId: ['[data-fullname]@data-fullname', 'shreddit-post@id', 'shreddit-comment@thingid'],
    postAnchor: ['.entry', '[slot="credit-bar"]'],
  },
});
