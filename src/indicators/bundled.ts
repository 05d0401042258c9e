/**
 * The indicator list bundled with the extension and the CLI (src/indicators/list.json),
 * validated once at load. A bundled list that fails validation is a build defect: it throws.
 */
import raw from './list.json';
import { parseIndicatorList, type IndicatorList } from '../list/schema';

const parsed = parseIndicatorList(raw);
if (!parsed.ok) throw new Error(`bundled indicator list is invalid: ${parsed.error}`);

/** The validated bundled indicator list. */
export const bundledList: IndicatorList = parsed.list;
