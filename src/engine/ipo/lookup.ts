// Looking up a class by name and a class's clause citation, shared by the IPO, dividend, redemption,
// vote and ledger modules. The lookup itself is the terms parser's (one rule for matching names:
// case-insensitive, not-found listing the classes).
import { columnKey } from "../terms/columns";
import type { ShareClass } from "../terms/model";

export { findClass } from "../terms/parse";

/** The class's clause for a terms-table column (from its Clauses column), or `fallback` when it cites none. */
export function clauseOf(cls: ShareClass, column: string, fallback: string): string {
  const key = columnKey(column);
  for (const [header, clause] of Object.entries(cls.clauses)) {
    if (columnKey(header) === key && clause.trim() !== "") return clause.trim();
  }
  return fallback;
}
