// Splits and combinations of Common: the conversion price moves in inverse proportion, so a share of
// Preferred converts into the same fraction of the Common.
//   JT Storage Art. IV(B)4(d)(i); Juniper 6(e)(i); MagiNet 3(c): on a subdivision (split, stock dividend)
//   "proportionately decreased", on a combination "proportionately increased".
// No rounding: the charters round only the diluting-issue adjustment (Juniper 6(d)(iv) "nearest cent";
// MagiNet 3(f)(i)(B) sits in 3(f)), so a split's price is kept exact.
import { Decimal, ONE } from "../decimal";
import { requirePositive } from "../checks";

/**
 * CP x oldShares / newShares: a 2-for-1 split (newShares 2, oldShares 1) halves the price, a 1-for-4
 * combination (newShares 1, oldShares 4, or newShares 0.25) quadruples it.
 */
export function splitAdjustment(cp: Decimal, newShares: Decimal, oldShares: Decimal = ONE): Decimal {
  requirePositive(cp, { argument: "conversionPrice" });
  requirePositive(newShares, { argument: "newShares" });
  requirePositive(oldShares, { argument: "oldShares" });
  return cp.times(oldShares).div(newShares);
}
