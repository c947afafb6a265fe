// A class's clause citation for a terms-table column (its Clauses column), as the IPO, dividend,
// redemption, vote and ledger modules cite it in their steps.
import { columnKey } from "./columns";
import type { ShareClass } from "./model";

/** The class's clause for a terms-table column (from its Clauses column), or `fallback` when it cites none. */
export function clauseOf(cls: ShareClass, column: string, fallback: string): string {
  const key = columnKey(column);
  for (const [header, clause] of Object.entries(cls.clauses)) {
    if (columnKey(header) === key && clause.trim() !== "") return clause.trim();
  }
  return fallback;
}
