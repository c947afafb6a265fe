// A preset's table written one record per class (column header -> cell), so each value sits beside its
// column's name. The header is not written out again per preset: it is the terms columns in their one
// order (src/engine/terms/columns.ts, with Kind second, after Class), each required column and each column
// some record fills (or `blank` names, to show a term the charter leaves empty), then Note. A record key
// that is not a column is an error, not a lost value.
import { COLUMNS } from "../engine/terms/columns";
import type { Cell, TermsTable } from "../engine/terms/table";

const NOTE = "Note";
const ORDER = ["Class", "Kind", ...COLUMNS.map((c) => c.header).filter((h) => h !== "Class" && h !== "Kind"), NOTE];
const REQUIRED = new Set(COLUMNS.filter((c) => c.required).map((c) => c.header));

export function tableOf(records: readonly Record<string, Cell>[], options: { blank?: readonly string[] } = {}): TermsTable {
  const used = new Set<string>(options.blank ?? []);
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!ORDER.includes(key)) throw new Error(`preset table: "${key}" is not a terms column`);
      used.add(key);
    }
  }
  for (const key of used) if (!ORDER.includes(key)) throw new Error(`preset table: "${key}" is not a terms column`);
  const header = ORDER.filter((h) => REQUIRED.has(h) || used.has(h));
  return { header, rows: records.map((record) => header.map((h) => record[h] ?? null)) };
}

/** "Column=clause; ..." from pairs, in the order given. */
export function clauses(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([column, clause]) => `${column}=${clause}`)
    .join("; ");
}
