// The compiled waterfall is one table of segments over the exit value. On a segment every class's
// amount is linear in the exit. With t = (exit - start) / scale (one correctly rounded division, so a
// terminating quotient is exact), amount = base + rate x t; above total preferences t is the rise in p. Below total
// preferences the segments are the tiers' (p = 0); above, each segment is a piece of V(p) between two
// kinks; a waiver starts a new stage whose segments take over from its threshold.
import { ZERO, type Decimal } from "../decimal";
import type { Claim } from "./claims";

export interface Segment {
  /** The exit value where the segment begins. */
  start: Decimal;
  /** p at the start. */
  p: Decimal;
  /**
   * The exit per unit of t: the sum of the moving classes' rates (above total preferences: the shares
   * sharing as converted, so t = the rise in p; in a tier: the sum of the basis weights). 0 when flat.
   */
  scale: Decimal;
  /** True for a piece of V(p) with no slope: the exit cannot go past its start on it. */
  flat: boolean;
  /** Per class, the amount at the start (options net of strike). */
  base: readonly Decimal[];
  /** Per class, d amount / dt inside the segment. */
  rates: readonly Decimal[];
  /** Classes with a non-zero rate. */
  moving: readonly number[];
  /** The seniority of the tier being paid (below total preferences), or null. */
  tier: number | null;
  /** The stage (waived set) the segment belongs to. */
  stage: number;
  /** Classes that convert / exercise at the start (p = the start's p) and inside (p above it). */
  convertsAtStart: readonly number[];
  convertsInside: readonly number[];
}

export interface Stage {
  /** Claims of this stage, in terms order (waived classes with their preference removed). */
  claims: readonly Claim[];
  /** Indices of the waived classes. */
  waived: readonly number[];
  /** The exit value from which the stage holds. */
  from: Decimal;
}

/** The classes with a non-zero rate and the sum of the rates (a segment's `moving` and `scale`). */
export function movingOf(rates: readonly Decimal[]): { moving: number[]; scale: Decimal } {
  const moving: number[] = [];
  let scale = ZERO;
  rates.forEach((r, i) => {
    if (!r.isZero()) {
      moving.push(i);
      scale = scale.plus(r);
    }
  });
  return { moving, scale };
}
