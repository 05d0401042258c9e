/**
 * Wuzzuf (wuzzuf.net, Egypt; English and Arabic): search result cards and the job view (`/jobs/p/…`).
 *
 * Markup notes: Wuzzuf renders with emotion, so every class is a hash (`css-1gatmva`); those are kept as
 * first choices (they are what the site ships today) with structural fallbacks on the stable job link
 * pattern `/jobs/p/<id>-<slug>` so a restyle does not blind the adapter.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "wuzzuf", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const wuzzuf = defineSite({
  id: 'wuzzuf',
  name: 'Wuzzuf',
  hosts: ['wuzzuf.net'],
  paths: /^\/(search\/jobs|jobs|a\/|internship)/,
});
