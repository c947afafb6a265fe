// One class's conversion price on an issue of Additional Shares of Common (actual or deemed), by its
// Anti-Dilution column (broad, narrow, full-ratchet, none) and Adjustment Rounding column.
// The price compared and adjusted is the theoretical price (the price in effect unless carry-forward:
// see rounding.ts): an issue at or above it does not adjust (Juniper 6(d)(ii); MagiNet 3(f)(i)(A)).
import { Decimal, min } from "../decimal";
import type { AdjustmentRounding, AntiDilution } from "../terms/model";
import type { Base } from "./base";
import { formatCutMoney, formatCutPrice, formatCutShares } from "../format";
import { roundAdjustment, type SeriesPrice } from "./rounding";
import { weightedAverage, weightedAverageArithmetic } from "./weighted";

export interface IssueFacts {
  /** Additional Shares of Common issued or deemed issued (C). */
  shares: Decimal;
  /** Total consideration received or deemed received. */
  consideration: Decimal;
}

export interface AdjustmentOutcome extends SeriesPrice {
  /** True when the price in effect changed. */
  changed: boolean;
  /** Why, in words: "weighted average (broad base)", "no adjustment: ...". */
  reason: string;
  /** The arithmetic, e.g. "4.50 x (12,000,000 + 1,000,000) / (12,000,000 + 2,000,000) = 4.178571..."; "" when none. */
  arithmetic: string;
  /** What the class's Adjustment Rounding did ("" when nothing): already part of `arithmetic`. */
  roundingNote: string;
  /** True when the adjustment was under one cent: not made, carried forward (MagiNet 3(f)(i)(B)). */
  carried: boolean;
}

/**
 * The class's prices after the issue. `base` is the class's A (see base.ts) for broad and narrow.
 * An adjustment never raises the price (MagiNet 3(f)(i)(B); Juniper 6(d)(ii)).
 */
export function adjustForIssue(kind: AntiDilution, rounding: AdjustmentRounding, before: SeriesPrice, base: Base | null, issue: IssueFacts): AdjustmentOutcome {
  const unchanged = (reason: string): AdjustmentOutcome => ({ ...before, changed: false, reason, arithmetic: "", roundingNote: "", carried: false });
  if (kind === "none") return unchanged("no adjustment: the class has no price protection against dilutive issues");
  const ref = before.theoretical;
  const pricePerShare = issue.consideration.div(issue.shares);
  if (!pricePerShare.lessThan(ref)) {
    return unchanged(`no adjustment: ${formatCutMoney(pricePerShare)} per share is not less than the conversion price ${formatCutMoney(ref)}`);
  }
  let computed: Decimal;
  let arithmetic: string;
  let reason: string;
  if (kind === "full-ratchet") {
    computed = min(ref, pricePerShare);
    arithmetic = `${formatCutMoney(issue.consideration)} / ${formatCutShares(issue.shares)} = ${formatCutPrice(pricePerShare)}`;
    reason = "full ratchet: the price per share of the issue";
  } else {
    if (!base) throw new Error(`a ${kind} weighted average needs its base`);
    computed = weightedAverage(ref, base.shares, issue.shares, issue.consideration);
    arithmetic = weightedAverageArithmetic(ref, base.shares, issue.shares, issue.consideration, computed);
    reason = `weighted average (${kind} base)`;
  }
  const rounded = roundAdjustment(rounding, before, computed);
  if (rounded.note) arithmetic += `; ${rounded.note}`;
  return {
    effective: rounded.effective,
    theoretical: rounded.theoretical,
    changed: !rounded.effective.equals(before.effective),
    reason,
    arithmetic,
    roundingNote: rounded.note,
    carried: rounded.carried,
  };
}
