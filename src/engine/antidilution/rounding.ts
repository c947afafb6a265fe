// Rounding of an adjusted conversion price, by the class's Adjustment Rounding column.
//   cent: Juniper 6(d)(iv), "a price (calculated to the nearest cent)": half up to the cent.
//   carry-forward: MagiNet 3(f)(i)(B), "No adjustment ... in an amount less than one cent per share,
//     provided that any adjustment that is not required to be made by reason of this sentence shall be
//     carried forward and taken into account in any subsequent adjustment." Reading: the class keeps a
//     theoretical price, computed unrounded as if every adjustment had been made; the price in effect
//     moves to it only when the two differ by at least $0.01, so the part not made is carried into the
//     next adjustment. The price in effect is then the theoretical price itself, unrounded.
//   none: unrounded.
import { Decimal, CENT, min } from "../decimal";
import { roundToCents } from "../money";
import type { AdjustmentRounding } from "../terms/model";
import { formatCutMoney, formatCutPrice } from "../format";

export interface SeriesPrice {
  /** The conversion price in effect. */
  effective: Decimal;
  /** The price as if every adjustment had been made in full (equals `effective` unless carry-forward). */
  theoretical: Decimal;
}

export interface RoundedPrice extends SeriesPrice {
  /** What the rounding did, in words ("" when nothing to say). */
  note: string;
  /** True when an adjustment under one cent was not made and is carried forward. */
  carried: boolean;
}

/**
 * The prices after an adjustment to `computed` (the unrounded result of the formula, applied to the
 * theoretical price, never above it).
 */
export function roundAdjustment(rounding: AdjustmentRounding, before: SeriesPrice, computed: Decimal): RoundedPrice {
  switch (rounding) {
    case "cent": {
      const cents = roundToCents(computed, "half-up");
      // Half up can land above a price in effect that has more than two places (after a split): never raise.
      const effective = min(before.effective, cents);
      const note = effective.equals(computed) ? "" : `to the nearest cent: ${formatCutPrice(effective)}`;
      return { effective, theoretical: effective, note, carried: false };
    }
    case "carry-forward": {
      const change = before.effective.minus(computed).abs();
      if (change.greaterThanOrEqualTo(CENT) || change.isZero()) {
        return { effective: computed, theoretical: computed, note: "", carried: false };
      }
      return {
        effective: before.effective,
        theoretical: computed,
        note: `a change of ${formatCutMoney(change)}, under one cent: not made, carried forward; ${formatCutPrice(before.effective)} stays in effect`,
        carried: true,
      };
    }
    case "none":
      return { effective: computed, theoretical: computed, note: "", carried: false };
  }
}
