// Terms-table headers: which column a header names (compared by `columnKey`, so case, spaces, dashes
// and underscores do not matter), free note columns, and the error for a header that names no column.
// A mistyped header must never be silently ignored: the error lists the known headers closest to it.
import { COLUMNS, columnKey, type ColumnSpec } from "./columns";
import { invalid, type ChartError, type ErrorPlace } from "../errors";

const BY_KEY: ReadonlyMap<string, ColumnSpec> = new Map(COLUMNS.map((c) => [columnKey(c.header), c]));

/** The column a header names, or null. */
export function columnSpec(header: string): ColumnSpec | null {
  return BY_KEY.get(columnKey(header.trim())) ?? null;
}

/** A free note column: its header starts with "Note" (any case), e.g. "Note", "Notes", "Note on inputs". */
export function isNoteHeader(header: string): boolean {
  return /^note/i.test(header.trim());
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The known headers close to `name`, closest first (at most four): a few letters apart, or one
 * containing the other ("Price" suggests Issue Price, Conversion Price, ...).
 */
export function closeHeaders(name: string, known: readonly string[]): string[] {
  const key = columnKey(name);
  if (key === "") return [];
  const scored = known.map((header) => {
    const k = columnKey(header);
    const distance = editDistance(key, k);
    const near = distance <= Math.max(2, Math.floor(Math.max(key.length, k.length) / 4));
    const contains = key.length >= 3 && (k.includes(key) || key.includes(k));
    return { header, distance, close: near || contains };
  });
  return scored
    .filter((s) => s.close)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 4)
    .map((s) => s.header);
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** "did you mean Issue Price or Waiver Price?" or, with nothing close, the full list of `known`. */
export function suggestion(name: string, known: readonly string[]): string {
  const close = closeHeaders(name, known);
  return close.length > 0 ? `did you mean ${orList(close)}?` : `the known ones are ${known.join(", ")}`;
}

/** The headers of every terms-table column, in table order. */
export const KNOWN_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** The error for a header that names no terms-table column (`place.column` is set to the header). */
export function unknownColumn(place: ErrorPlace, header: string): ChartError {
  return invalid(
    { ...place, column: header.trim() },
    `is not a terms-table column; ${suggestion(header, KNOWN_HEADERS)} (free notes go in a column whose header starts with "Note")`,
  );
}
