// Options, warrants and convertible securities are deemed issued when granted: at the maximum number of
// Common shares they can deliver, for the consideration paid for them plus the minimum consideration
// payable on exercise or conversion.
//   Juniper 6(d)(iii) (maximum number "without regard to any provisions ... for a subsequent adjustment"),
//     6(d)(v)(B) (consideration per share = (amount received + minimum aggregate additional
//     consideration) / maximum shares).
//   MagiNet 3(f)(i)(E)(1) (options: consideration received "plus the minimum purchase price"),
//     (E)(2) (convertibles: consideration received plus the additional consideration on conversion).
// On expiry unexercised, the issue is recomputed as if only the shares not expired had been deemed issued
// (Juniper 6(d)(iii)(C)(1): for the consideration actually received for all the options, whether or not
// exercised, plus that received on exercise; MagiNet 3(f)(i)(E)(4)).
import type { Decimal } from "../decimal";
import { requireNonNegative, requirePositive } from "../checks";

export interface OptionTerms {
  /** The maximum Common shares deliverable on exercise or conversion. */
  maxShares: Decimal;
  /** Consideration received for the grant of the options (or the issue of the convertibles), in total. */
  consideration: Decimal;
  /** The minimum exercise (or conversion) price per Common share. */
  minExercisePrice: Decimal;
}

export interface DeemedIssue {
  /** Common shares deemed issued. */
  shares: Decimal;
  /** Total consideration deemed received. */
  consideration: Decimal;
  /** consideration / shares (null when no shares remain deemed issued). */
  pricePerShare: Decimal | null;
}

function check(o: OptionTerms): void {
  requirePositive(o.maxShares, { argument: "option", column: "maxShares" });
  requireNonNegative(o.consideration, { argument: "option", column: "consideration" });
  requireNonNegative(o.minExercisePrice, { argument: "option", column: "minExercisePrice" });
}

/** The Additional Shares deemed issued on a grant: maxShares, for consideration + maxShares x minExercisePrice. */
export function deemedIssue(o: OptionTerms): DeemedIssue {
  check(o);
  const consideration = o.consideration.plus(o.maxShares.times(o.minExercisePrice));
  return { shares: o.maxShares, consideration, pricePerShare: consideration.div(o.maxShares) };
}
