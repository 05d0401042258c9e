/**
 * The indicator list bundled with the extension and the CLI, assembled from its parts:
 *   header.json     schemaVersion, listVersion, published, expires, minExtensionVersion, thresholds
 *   indicators.json the indicators (patterns per language, self-test examples, sources)
 *   channels.json   verified reporting channels
 *   sites.json      site-adapter selectors
 * It is validated once at load; a bundled list that fails validation is a build defect and throws.
 * `lure-lens list bundled` prints this document (the artefact maintainers sign and publish).
 */
import header from './header.json';
import indicators from './indicators.json';
import channels from './channels.json';
import sites from './sites.json';
import { parseIndicatorList, type IndicatorList } from '../list/schema';

/** The bundled list as a plain JSON document (before validation). */
export const bundledDocument: unknown = { ...header, indicators, channels, sites };

const parsed = parseIndicatorList(bundledDocument);
if (!parsed.ok) throw new Error(`bundled indicator list is invalid: ${parsed.error}`);

/** The validated bundled indicator list. */
export const bundledList: IndicatorList = parsed.list;
