/**
 * Telegram: public channel previews (`t.me/s/<channel>`) and Telegram Web (web.telegram.org `/k/` and `/a/`).
 *
 * Markup notes (real t.me/s page in ../shared/data/real_pages/telegram): each message is a
 * `.tgme_widget_message_wrap` holding `.tgme_widget_message[data-post="channel/123"]`; a forwarded
 * message nests a second `.tgme_widget_message_text` inside the first (the outermost is read once).
 * Older messages are prepended when scrolling up. On Telegram Web message ids (`data-mid`,
 * `data-message-id`) are per chat, so keys are scoped by the chat in the URL hash.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "telegram", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const telegram = defineSite({
  id: 'telegram',
  name: 'Telegram',
  hosts: ['t.me', 'telegram.me', 'web.telegram.org'],
  paths: /^\/(s\/|k\/?|a\/?|z\/?)/,
  keyScope: (url) => (url.hostname === 'web.telegram.org' ? `${url.hash}/` : ''),
});
