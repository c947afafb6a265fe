// CHARTER.BREAKPOINTS(terms, [asOf]): the exit values where the waterfall changes course: a preference
// paid in full, a class starting to share, reaching its cap, converting, an option exercising, a
// preference waived; each with the clause of the rule at work.
import { defineFunction } from "../define";
import { AS_OF, TERMS } from "../shared-params";
import type { ResultCell } from "../types";
import { waterfallOf } from "../waterfall";

export const BREAKPOINTS_HEADER = ["Exit Value", "Class", "Event", "Clause"] as const;

export const BREAKPOINTS = defineFunction({
  name: "BREAKPOINTS",
  description: "The exit values where the waterfall changes course (a header row, then one row per event, lowest exit first).",
  params: [TERMS, AS_OF],
  result: "matrix",
  returns: "Rows of exit value (exact, in dollars), class, event and clause.",
  run: (terms, asOf) => {
    const rows: ResultCell[][] = [[...BREAKPOINTS_HEADER]];
    for (const b of waterfallOf(terms, asOf).breakpoints()) rows.push([b.exitValue, b.className, b.event, b.clause]);
    return rows;
  },
});
