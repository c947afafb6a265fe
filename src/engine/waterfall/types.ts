// The public shapes of the waterfall: what a compiled solver answers for one exit value.
import type { Decimal } from "../decimal";
import type { Money } from "../money";

/** Exact payouts at one exit value (Decimal at the engine's 60 significant digits; no rounding to cents). */
export interface Payout {
  exitValue: Decimal;
  /** Class names, in terms order (Common included): the order of `amounts`. */
  classes: readonly string[];
  /**
   * What each class receives, in terms order. Options: net of strike (p - K per option) under the "net"
   * convention, gross (p per option, the strike having been paid in) under "cash".
   */
  amounts: Decimal[];
  /** Classes that take conversion (non-participating or capped) and options that exercise, in terms order. */
  converts: readonly string[];
  /** Classes whose preference has no force at this exit (a Waiver Price met; JT Storage Art. IV(B)2(b) proviso). */
  waived: readonly string[];
  /** p: what one share of Common receives. */
  commonPrice: Decimal;
  /** Strike paid in by options that exercise under the "cash" convention (K x options); 0 otherwise. */
  exerciseCash: Decimal;
  /** exitValue + exerciseCash: what the amounts add up to. */
  total: Decimal;
}

/** Payouts rounded to the cent by largest remainder (../money/allocate.ts). */
export interface ClassCents {
  exitValue: Decimal;
  classes: readonly string[];
  /** Per class, whole cents; they add up to `total` exactly. */
  amounts: Money[];
  /** Strike paid in under the "cash" convention (exact, not rounded). */
  exerciseCash: Decimal;
  /** exitValue + exerciseCash rounded to the cent (half up): the sum of `amounts`. */
  total: Money;
}

/**
 * Whole cents at an exit in whole cents, as bigints (no Decimal made): the cents kernel's answer. Bigint,
 * not Money, at this boundary: a Money per class per exit made the kernel's 10,000 exits 24-31% slower
 * (Juniper, MagiNet, measured), and LIQPREF makes one Money per cell only where the amount changes
 * (../../catalogue/entries/liqpref.ts). cents() gives Money.
 */
export interface CentsAt {
  /** The exit value in cents. */
  exitCents: bigint;
  /** Per class, terms order, whole cents: the amounts of `cents(exit)`, adding up to `totalCents`. */
  cents: readonly bigint[];
  /** exitValue + exercise cash, rounded to the cent (half up). */
  totalCents: bigint;
  /** As in Payout: classes that take conversion and options that exercise; classes whose preference is waived. */
  converts: readonly string[];
  waived: readonly string[];
}

export type BreakpointEvent = "preference paid in full" | "starts to share" | "reaches its cap" | "converts" | "exercises" | "preference waived";

export interface Breakpoint {
  /** The exit value at which the event happens (exact). */
  exitValue: Decimal;
  className: string;
  event: BreakpointEvent;
  /** The class's clause for the rule at work ("" where the terms give none). */
  clause: string;
  text: string;
  /** p, the Common price, just above the breakpoint's exit value (0 below total preferences). */
  commonPrice: Decimal;
}

export interface Step {
  /** 1, 2, 3 ... in the order the waterfall pays. */
  order: number;
  /** The seniority tier for a preference (or a conversion or waiver noted in its tier); null for the residual shared as converted. */
  tier: number | null;
  className: string;
  /** What this step pays the class; the steps of a class add up to its payout. */
  amount: Decimal;
  clause: string;
  text: string;
}

export interface CapTableRow {
  holder: string;
  className: string;
  shares: Decimal;
}

export interface HolderPayout {
  holder: string;
  className: string;
  shares: Decimal;
  amount: Money;
}

export interface Unallocated {
  className: string;
  /** Shares of the class that no holder in the cap table holds. */
  shares: Decimal;
  amount: Money;
}

export interface HolderPayouts {
  /** One row per cap-table row, in its order. */
  holders: HolderPayout[];
  /** Per class (terms order), what the shares no holder holds receive; classes fully held are left out. */
  unallocated: Unallocated[];
  /** The class cents of `cents(exit)`: each class's holders and unallocated add up to it. */
  classCents: ClassCents;
}
