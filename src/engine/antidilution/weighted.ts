// The weighted-average conversion price: CP2 = CP1 x (A + B) / (A + C), where A is the Common deemed
// outstanding before the issue (the base), B = consideration / CP1 (the Common the consideration would buy
// at CP1) and C the new shares; equivalently (CP1 x A + consideration) / (A + C).
//   Juniper 6(d)(iv): numerator "outstanding ... plus the number ... the aggregate consideration ... would
//     purchase at such Conversion Price"; denominator "outstanding ... plus the number of such Additional
//     Shares"; only when the price per share is below the price in effect (6(d)(ii)).
//   MagiNet 3(f)(i)(A)(1)-(3): (CP1 x A + consideration) / (A + shares issued), only when the
//     consideration per share is below the price in effect.
import { Decimal, roundTo, min } from "../decimal";
import { invalid } from "../errors";
import { requireNonNegative, requirePositive } from "../checks";
import { formatCutPrice, formatCutShares } from "../format";

/**
 * CP2 = (CP1 x A + consideration) / (A + newShares), unrounded; CP1 itself when the price per new share
 * (consideration / newShares) is not below CP1: an issue at or above the price never adjusts it, and the
 * formula never raises it.
 */
export function weightedAverage(cp1: Decimal, a: Decimal, newShares: Decimal, consideration: Decimal): Decimal {
  requirePositive(cp1, { argument: "conversionPrice" });
  requireNonNegative(a, { argument: "sharesOutstanding" });
  requirePositive(newShares, { argument: "newShares" });
  requireNonNegative(consideration, { argument: "consideration" });
  // Juniper 6(d)(ii); MagiNet 3(f)(i)(A): no adjustment unless the price per share is below CP1.
  if (!consideration.div(newShares).lessThan(cp1)) return cp1;
  return cp1.times(a).plus(consideration).div(a.plus(newShares));
}

/** Checks a count of decimal places (0 to 20), naming the argument. */
export function decimalPlaces(decimals: number, argument = "decimals"): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw invalid({ argument, value: decimals }, "must be a whole number of decimal places from 0 to 20");
  }
  return decimals;
}

/**
 * The per-share form: the issue is `newShares` at `pricePerNewShare` each (consideration = shares x
 * price). With `decimals`, CP2 is rounded half up to that many places (2: Juniper's "nearest cent",
 * 6(d)(iv)), and never above CP1.
 */
export function weightedAverageAtPrice(cp1: Decimal, a: Decimal, newShares: Decimal, pricePerNewShare: Decimal, decimals?: number | null): Decimal {
  requireNonNegative(pricePerNewShare, { argument: "pricePerNewShare" });
  requirePositive(newShares, { argument: "newShares" });
  const cp2 = weightedAverage(cp1, a, newShares, newShares.times(pricePerNewShare));
  if (decimals == null) return cp2;
  // Rounding half up can land above a CP1 that has more places than `decimals`: the adjustment only lowers.
  return min(cp1, roundTo(cp2, decimalPlaces(decimals), "nearest"));
}

/** "4.50 x (12,000,000 + 1,000,000) / (12,000,000 + 2,000,000) = 4.178571...": CP1 x (A + B) / (A + C) = CP2. */
export function weightedAverageArithmetic(cp1: Decimal, a: Decimal, newShares: Decimal, consideration: Decimal, cp2: Decimal): string {
  const b = consideration.div(cp1);
  return `${formatCutPrice(cp1)} x (${formatCutShares(a)} + ${formatCutShares(b)}) / (${formatCutShares(a)} + ${formatCutShares(newShares)}) = ${formatCutPrice(cp2)}`;
}
