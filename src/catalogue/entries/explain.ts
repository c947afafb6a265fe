// CHARTER.EXPLAIN(terms, exitValue, [asOf]): the steps by which the waterfall pays an exit, each with its
// seniority tier, the amount, the clause and a sentence with the arithmetic.
import { dec } from "../../engine/decimal";
import { defineFunction } from "../define";
import { AS_OF, EXIT_VALUE, TERMS } from "../shared-params";
import type { ResultCell } from "../types";
import { checkExit, waterfallOf } from "../waterfall";

export const EXPLAIN_HEADER = ["Step", "Tier", "Class", "Amount", "Clause", "Text"] as const;

export const EXPLAIN = defineFunction({
  name: "EXPLAIN",
  description: "How an exit is paid, step by step: tier, class, amount, clause and the arithmetic (a header row, then one row per step).",
  params: [TERMS, EXIT_VALUE, AS_OF],
  result: "matrix",
  returns: "Rows of step, tier (blank for the rest shared as converted), class, exact amount, clause and text.",
  run: (terms, exitValue, asOf) => {
    const steps = waterfallOf(terms, asOf).explain(checkExit(exitValue, { argument: "exitValue" }));
    const rows: ResultCell[][] = [[...EXPLAIN_HEADER]];
    for (const s of steps) rows.push([dec(s.order), s.tier === null ? null : dec(s.tier), s.className, s.amount, s.clause, s.text]);
    return rows;
  },
});
