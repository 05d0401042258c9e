/** Test helpers: parse HTML with linkedom (as the CLI does) and locate fixtures and real pages. */
import { parseHTML } from 'linkedom';
// Registers the bundled selector defaults (src/indicators/sites.json), as the CLI and background do.
import '../../../src/sites/defaults';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Repo-relative fixture folder for site pages (written for this project, invented texts). */
export const FIXTURES = fileURLToPath(new URL('../../e2e/fixtures/sites/', import.meta.url));
/** Real saved pages, read at run time from the shared data folder beside the repository (never copied in). */
export const REAL_PAGES = fileURLToPath(new URL('../../../../shared/data/real_pages/', import.meta.url));
export const haveRealPages = existsSync(REAL_PAGES);

/** Parse an HTML string; fragments (no <html>) are wrapped in a document first. */
export function parse(html: string): Document {
  const doc = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(doc).document as unknown as Document;
}

export function loadFile(path: string): Document {
  return parse(readFileSync(path, 'utf8'));
}
