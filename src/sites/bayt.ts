/**
 * Bayt (bayt.com, Middle East and North Africa; English and Arabic): job view and search result cards.
 *
 * Markup notes: result cards are `li[data-js-job]` in `#results_inner_card` with an `h2` title link;
 * the job view keeps the posting in `#view_inner` / `#jobViewContainer` (description in `.t-break`).
 * Arabic pages (`/ar/`) use the same markup with `dir="rtl"`.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "bayt", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const bayt = defineSite({
  id: 'bayt',
  name: 'Bayt',
  hosts: ['bayt.com'],
  paths: /^\/(en|ar|fr)\/[^/]+\/jobs?\b/,
});
