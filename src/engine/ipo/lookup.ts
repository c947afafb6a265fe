// Looking up a class by name and a class's clause citation, shared by the IPO, dividend, redemption and
// vote modules. The terms parser is to export its own `findClass` (src/engine/terms/parse.ts); until it
// lands this is the one lookup these modules use, and it behaves the same way (case-insensitive,
// notFound listing the classes).
import { notFound } from "../errors";
import { columnKey } from "../terms/columns";
import type { CharterTerms, ShareClass } from "../terms/model";

/** The class named `name` (case-insensitive, surrounding spaces ignored), or a not-found error listing the classes. */
export function findClass(terms: CharterTerms, name: string, argument = "className"): ShareClass {
  const key = String(name ?? "").trim().toLowerCase();
  const found = terms.classes.find((c) => c.name.trim().toLowerCase() === key);
  if (found) return found;
  const names = terms.classes.map((c) => c.name).join(", ");
  throw notFound({ argument, value: name }, `no such class in the terms; the classes are ${names || "(none)"}`);
}

/** The class's clause for a terms-table column (from its Clauses column), or `fallback` when it cites none. */
export function clauseOf(cls: ShareClass, column: string, fallback: string): string {
  const key = columnKey(column);
  for (const [header, clause] of Object.entries(cls.clauses)) {
    if (columnKey(header) === key && clause.trim() !== "") return clause.trim();
  }
  return fallback;
}
