// The compiled waterfall is one table of segments over the exit value. On a segment every class's
// amount is linear in the exit: amount = base + weight x (exit - start), and so is p. Below total
// preferences the segments are the tiers' (p = 0); above, each segment is a piece of V(p) between two
// kinks; a waiver starts a new stage whose segments take over from its threshold.
import type { Decimal } from "../decimal";
import type { Claim } from "./claims";

export interface Segment {
  /** The exit value where the segment begins. */
  start: Decimal;
  /** p at the start. */
  p: Decimal;
  /** dp / d exit on the segment (0 below total preferences). */
  invSlope: Decimal;
  /** True for a piece of V(p) with no slope: the exit cannot go past its start on it. */
  flat: boolean;
  /** Per class, the amount at the start (options net of strike). */
  base: readonly Decimal[];
  /** Per class, d amount / d exit inside the segment. */
  weight: readonly Decimal[];
  /** Classes with a non-zero weight. */
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
