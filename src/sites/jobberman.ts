/**
 * Jobberman (Nigeria, Ghana) and BrighterMonday (Kenya, Uganda, Tanzania) — one platform:
 * search result cards (`/jobs`) and the job view (`/listings/<slug>`).
 *
 * Markup notes: the site is server-rendered with Tailwind utility classes and `data-cy` test hooks;
 * the `data-cy` attributes are the stable part and come first.
 *
 * Selectors (ordered fallbacks per part) are data: src/indicators/sites.json → "jobberman", shipped in the
 * indicator list so a redesign is fixed by a list update.
 */
import { defineSite } from './define-site';

export const jobberman = defineSite({
  id: 'jobberman',
  name: 'Jobberman / BrighterMonday',
  hosts: [/(^|\.)jobberman\.com(\.gh)?$/, /(^|\.)brightermonday\.co\.(ke|ug|tz)$/],
  paths: /^\/(jobs|listings|job\/)/,
});
