// A class's clause citation for a terms-table column, "" where the terms give none.
import { columnKey } from "../terms/columns";
import type { ShareClass } from "../terms/model";

/** The clause the class's Clauses column gives for `header` (headers compared as the table compares them). */
export function clauseFor(cls: ShareClass, header: string): string {
  const want = columnKey(header);
  for (const [key, clause] of Object.entries(cls.clauses)) {
    if (columnKey(key) === want) return clause;
  }
  return "";
}

/** The first clause found among `headers`, in order. */
export function firstClause(cls: ShareClass, ...headers: string[]): string {
  for (const h of headers) {
    const c = clauseFor(cls, h);
    if (c) return c;
  }
  return "";
}
