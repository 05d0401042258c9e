/**
 * Every site adapter, in lookup order (the registry asks each `matches(url)` in turn, then falls back to
 * the generic JSON-LD / text-block extractor). One file per site; their selector defaults equal
 * src/indicators/sites.json (checked by tests/unit/sites/sites-json.test.ts).
 */
import type { DefinedSite } from './define-site';
import { linkedin } from './linkedin';
import { indeed } from './indeed';
import { glassdoor } from './glassdoor';
import { facebook } from './facebook';
import { x } from './x';
import { telegram } from './telegram';
import { reddit } from './reddit';
import { jobstreet } from './jobstreet';
import { bayt } from './bayt';
import { wuzzuf } from './wuzzuf';
import { jobberman } from './jobberman';
import { naukri } from './naukri';

export const siteAdapters: DefinedSite[] = [linkedin, indeed, glassdoor, facebook, x, telegram, reddit, jobstreet, bayt, wuzzuf, jobberman, naukri];

/** The adapter serving `url`, or undefined (the page is then left to the generic extractor). */
export function siteAdapterFor(url: URL): DefinedSite | undefined {
  return siteAdapters.find((a) => a.matches(url));
}
