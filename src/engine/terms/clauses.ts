// A class's clause citation for a terms-table column (its Clauses column), as the IPO, dividend,
// redemption, vote and ledger modules cite it in their steps.
import { columnKey } from "./columns";
import type { ShareClass } from "./model";

/** The class's clause for a terms-table column (from its Clauses column), or `fallback` when it cites none. */
export function clauseOf(cls: ShareClass, column: string, fallback: string): string {
  // Kept per class and column: VOTES and HOLDERPAYOUTS ask once per holding, a million times on a large
  // cap table, and matching every Clauses header each time was most of their time.
  let known = found.get(cls);
  if (!known) found.set(cls, (known = new Map()));
  const memo = known.get(column);
  if (memo !== undefined) return memo ?? fallback;
  const key = columnKey(column);
  let clause: string | null = null;
  for (const [header, text] of Object.entries(cls.clauses)) {
    if (columnKey(header) === key && text.trim() !== "") {
      clause = text.trim();
      break;
    }
  }
  known.set(column, clause);
  return clause ?? fallback;
}

const found = new WeakMap<ShareClass, Map<string, string | null>>();
