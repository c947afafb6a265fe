// CHARTER.DIVIDENDS(terms, amount, [asOf]): a declared dividend shared among the classes: preferential
// dividends by Dividend Priority (MagiNet 1(a)-(c)), the same percentage on a shortfall (Juniper 3), the
// rest with Common as converted (JT Storage Art. IV(B)1(b)), in cents that add up to the amount.
import { allocateDividend } from "../../engine/dividends";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { TERMS } from "../shared-params";
import type { EntryCell } from "../types";

export const DIVIDENDS_HEADER = ["Class", "Amount"] as const;

export const DIVIDENDS = defineFunction({
  name: "DIVIDENDS",
  description: "A declared dividend shared among the classes, in cents that add up to the amount (a header row, then one row per class).",
  params: [
    TERMS,
    param.cash("amount", "Dividend declared, in dollars, for all classes together."),
    optional(param.date("asOf", "Dividend date (a date or YYYY-MM-DD), to accrue cumulative dividends to; needed when a class accrues them.")),
  ],
  result: "matrix",
  returns: "Rows of class and amount in dollars and cents, in terms order.",
  run: (terms, amount, asOf) => {
    const rows: EntryCell[][] = [[...DIVIDENDS_HEADER]];
    // Decision: the cents (largest remainder, adding up to the amount), since a dividend is paid in cents.
    for (const c of allocateDividend(terms, amount, asOf).classes) rows.push([c.className, c.cents]);
    return rows;
  },
});
