// Which clause a ledger step cites. The terms carry a class's clauses by column (its Clauses column,
// e.g. "Anti-Dilution=6(d)(iv); Adjustment Rounding=6(d)(iv)"); a rule with no column of its own is
// looked up under the key named here, and an event may name its own clause, which wins.
//   adjustment   Anti-Dilution                       (weighted average, full ratchet, no adjustment)
//   rounding     Adjustment Rounding                 (appended when the rounding changed the result)
//   exempt       Exempt Issues, else Anti-Dilution
//   deemed       Deemed Issues, else Anti-Dilution   (grants, exercises and expiries of options)
//   split        Splits                              (splits, combinations and stock dividends; no fallback:
//                                                     a split is not an anti-dilution clause)
//   series-split Series Split Adjusts, else Splits  (a split of the series itself)
//   identical-split  Identical Split, else Splits  (a split of Common with the series split alike)
//   option-change  Option Changes, else Deemed Issues, else Anti-Dilution
//   reclassification  Reclassifications              (no fallback)
//   distribution Distributions                       (no fallback)
// (Option Changes, Reclassifications and Distributions are not yet keys of the terms' Clauses column:
// until they are, those events cite the clause of the rule they fall back to, or their own Clause.)
import { clauseOf } from "../terms/clauses";
import type { ShareClass } from "../terms/model";

export type ClauseRule =
  "adjustment" | "rounding" | "exempt" | "deemed" | "split" | "series-split" | "identical-split" | "option-change" | "reclassification" | "distribution";

const KEYS: Record<ClauseRule, string[]> = {
  adjustment: ["Anti-Dilution"],
  rounding: ["Adjustment Rounding"],
  exempt: ["Exempt Issues", "Anti-Dilution"],
  deemed: ["Deemed Issues", "Anti-Dilution"],
  split: ["Splits"],
  "series-split": ["Series Split Adjusts", "Splits"],
  "identical-split": ["Identical Split", "Splits"],
  "option-change": ["Option Changes", "Deemed Issues", "Anti-Dilution"],
  reclassification: ["Reclassifications"],
  distribution: ["Distributions"],
};

/** The clause `cls` cites for `rule`, or the event's own clause when it gives one; "" when none is cited. */
export function clauseFor(cls: ShareClass, rule: ClauseRule, eventClause: string | null = null): string {
  if (eventClause) return eventClause;
  for (const key of KEYS[rule]) {
    const found = clauseOf(cls, key, "");
    if (found) return found;
  }
  return "";
}

/** The adjustment's clause, with the rounding clause added when it differs and the rounding acted. */
export function adjustmentClause(cls: ShareClass, rounded: boolean, eventClause: string | null = null): string {
  const main = clauseFor(cls, "adjustment", eventClause);
  const rounding = rounded ? clauseFor(cls, "rounding") : "";
  return rounding && rounding !== main ? (main ? `${main}; ${rounding}` : rounding) : main;
}
