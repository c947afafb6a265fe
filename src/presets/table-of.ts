// A preset's table written one record per class (column header -> cell), so each value sits beside its
// column's name; the record keys must be header columns (a misspelt key is an error, not a lost value).
import type { Cell, TermsTable } from "../engine/terms/table";

export function tableOf(header: readonly string[], records: readonly Record<string, Cell>[]): TermsTable {
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!header.includes(key)) throw new Error(`preset table: "${key}" is not in the header`);
    }
  }
  return { header: [...header], rows: records.map((record) => header.map((h) => record[h] ?? null)) };
}

/** "Column=clause; ..." from pairs, in the order given. */
export function clauses(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([column, clause]) => `${column}=${clause}`)
    .join("; ");
}
