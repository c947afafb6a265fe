// Ranges with a header row whose rows are records, such as a cap table (Holder, Class, Shares), a list of
// holdings, or the funds for a redemption (Date, Amount). Headers match as the terms table's do (case,
// spaces, dashes and underscores ignored); each record's cells are read by the column's adapter, and a
// bad cell names the argument, the row (counted from 1 under the header), the column and the value.
import { invalid, type ErrorPlace } from "../engine/errors";
import { columnKey } from "../engine/terms/columns";
import { isBlank } from "./args";
import type { HostMatrix, HostScalar } from "./types";

export interface RecordColumn<T> {
  header: string;
  /** Reads a present cell; a blank cell is an error for a required column, null for an optional one. */
  read: (cell: NonNullable<HostScalar>, place: ErrorPlace) => T;
  optional?: boolean;
}

type Columns = Record<string, RecordColumn<unknown>>;
export type RecordOf<C extends Columns> = { [K in keyof C]: C[K] extends RecordColumn<infer T> ? (C[K]["optional"] extends true ? T | null : T) : never } & {
  /** The record's row, counted from 1 under the header (as messages count it). */
  row: number;
};

/** The place of a cell of a record for messages: "argument capTable row 2, column Shares, value ...". */
export function recordPlace(argument: string, row: number, column?: string, extra: ErrorPlace = {}): ErrorPlace {
  return {
    argument: `${argument} row ${row}`,
    ...(extra.className ? { className: extra.className } : {}),
    ...(column ? { column } : {}),
    ...(extra.value !== undefined ? { value: extra.value } : {}),
  };
}

/**
 * The records of `matrix`, whose first row is the header. Columns not listed are ignored (a cap table
 * often carries more, e.g. e-mail or notes). Decision: fully blank rows are skipped, inside the range
 * as at its end (a spacer row, or a range selected longer than the list), but row numbers in messages
 * still count them, so they match the sheet.
 */
export function readRecords<C extends Columns>(matrix: HostMatrix, columns: C, argument: string): RecordOf<C>[] {
  const header = matrix[0] ?? [];
  const keys = header.map((h) => (typeof h === "string" ? columnKey(h) : h === null ? "" : columnKey(String(h))));
  const index: Record<string, number> = {};
  for (const [field, col] of Object.entries(columns)) {
    const at = keys.indexOf(columnKey(col.header));
    if (at < 0) {
      if (col.optional) continue;
      const wanted = Object.values(columns)
        .map((c) => c.header)
        .join(", ");
      const found =
        header
          .filter((h) => !isBlank(h))
          .map(String)
          .join(", ") || "(none)";
      throw invalid({ argument, column: col.header }, `is missing from the header row; the first row must name the columns ${wanted} (it has ${found})`);
    }
    index[field] = at;
  }
  const records: RecordOf<C>[] = [];
  const shared: Record<string, ErrorPlace> = {};
  for (const [field, col] of Object.entries(columns)) shared[field] = { argument, column: col.header };
  for (let r = 0; r + 1 < matrix.length; r++) {
    const cells = matrix[r + 1];
    const row = r + 1;
    if (cells.every((c) => isBlank(c))) continue;
    const record: Record<string, unknown> = { row };
    for (const [field, col] of Object.entries(columns)) {
      const at = index[field];
      const cell = at === undefined ? null : cells[at];
      if (isBlank(cell)) {
        if (!col.optional) throw invalid(recordPlace(argument, row, col.header), "is blank; fill it in or remove the row");
        record[field] = null;
        continue;
      }
      // Read with the column's shared place first and again with the cell's own place only when it fails
      // (reads are pure): no place object and text per cell on a million-row cap table.
      try {
        record[field] = col.read(cell as NonNullable<HostScalar>, shared[field]);
      } catch {
        record[field] = col.read(cell as NonNullable<HostScalar>, recordPlace(argument, row, col.header));
      }
    }
    records.push(record as RecordOf<C>);
  }
  return records;
}
