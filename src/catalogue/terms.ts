// The `terms` argument: a terms table with its header row (a range), or a preset name such as
// "maginet". Parsed once per distinct content: thousands of cells on one terms range (Excel passes a
// fresh array on every call) find the parsed terms in a bounded cache keyed by the table's content, so
// the same CharterTerms object comes back and whatever the engine compiled from it is reused.
import type { ErrorPlace } from "../engine/errors";
import { parseTerms } from "../engine/terms/parse";
import type { CharterTerms } from "../engine/terms/model";
import { contentKey, tableFromMatrix, type TermsTable } from "../engine/terms/table";
import { presetTable } from "../presets";
import { isMatrix } from "./args";
import { BoundedCache } from "./cache";
import type { HostArg } from "./types";

/**
 * Distinct terms tables kept parsed. Decision: 64, far above the handful of terms tables a workbook
 * holds (one per charter, a few scenario copies), small enough that memory stays bounded when a
 * user edits a table cell by cell (each edit is a new content).
 */
export const TERMS_CACHE_SIZE = 64;

const parsed = new BoundedCache<string, CharterTerms>(TERMS_CACHE_SIZE);
/**
 * A preset name as typed -> its parsed terms, so a cell naming a preset skips copying the preset's table and
 * keying its content on every call (presets are constants; an unknown name throws and is not kept).
 */
const byPresetName = new BoundedCache<string, CharterTerms>(TERMS_CACHE_SIZE);

/** The parsed terms of a table, from the cache when the same content was parsed before. */
export function termsFromTable(table: TermsTable, argument = "terms"): CharterTerms {
  return parsed.getOrCompute(contentKey(table), () => parseTerms(table, argument));
}

/**
 * The preset name a terms argument gives, if it gives one: a text, or a single cell holding a text
 * (Excel passes a single value to a range parameter as a 1 x 1 range). A real table has a header row
 * and at least one class row, so a single cell is never a table.
 */
function presetName(v: NonNullable<HostArg>): string | null {
  if (typeof v === "string") return v;
  if (isMatrix(v) && v.length === 1 && v[0].length === 1 && typeof v[0][0] === "string") return v[0][0];
  return null;
}

/** Reads a terms argument: a preset name (#N/A listing the presets when unknown) or a terms range. */
export function readTerms(v: NonNullable<HostArg>, place: ErrorPlace): CharterTerms {
  const argument = place.argument ?? "terms";
  const name = presetName(v);
  if (name !== null) {
    const key = name.trim();
    return byPresetName.getOrCompute(`${argument}\u0000${key}`, () => termsFromTable(presetTable(key, argument), argument));
  }
  const matrix = isMatrix(v) ? v : [[v]];
  return termsFromTable(tableFromMatrix(matrix, argument), argument);
}

/** Empties the parsed-terms cache (for tests and benchmarks of a cold start). */
export function clearTermsCache(): void {
  parsed.clear();
  byPresetName.clear();
}
