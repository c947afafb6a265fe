// One exit value through the compiled table: find its segment (binary search), then one subtraction, one
// division t = (exit - start) / scale, and per moving class one multiplication and one addition
// (amount = base + rate x t); above total preferences p = p_start + t.
import { Decimal, ZERO } from "../decimal";
import { invalid, type ErrorPlace } from "../errors";
import type { Claim } from "./claims";
import { formatMoney } from "../format";
import type { Segment, Stage } from "./segment";
import { locate } from "./stages";

export interface Compiled {
  /** The claims as written (stage 0), in terms order. */
  claims: readonly Claim[];
  names: readonly string[];
  stages: readonly Stage[];
  segments: readonly Segment[];
  /** n x K of each option under the "cash" convention (0 for every other class). */
  strikeCash: readonly Decimal[];
}

export interface Point {
  exit: Decimal;
  segment: Segment;
  /** The exit is exactly the segment's start. */
  atStart: boolean;
  p: Decimal;
  /** Per class; options net of strike, or gross under "cash". */
  amounts: Decimal[];
  converts: readonly number[];
  exerciseCash: Decimal;
}

/**
 * The largest exit value the engine guarantees exact to the cent: $10^15 (a thousand trillion dollars).
 * Amounts carry 60 significant digits (../decimal.ts); 10^15 dollars is 17 digits of cents, and cents are
 * decided on amounts rounded to NOISE_PLACES = 30 decimals (./rounding.ts), 47 digits in all, which leaves
 * 13 digits for a quotient's noise. Past about 10^58 the cents of the exit itself no longer fit. Hosts
 * refuse a larger exit naming their argument (checkExitBound).
 */
export const MAX_EXIT = new Decimal("1e15");

/** The problem stated when an exit is above MAX_EXIT. */
export const ABOVE_MAX_EXIT = "is above the largest exit value the engine computes to the cent, 1e15 ($1,000,000,000,000,000)";

/** `exit` (a finite number) when at most MAX_EXIT; else a #VALUE! naming `place` and the value. */
export function checkExitBound(exit: Decimal, place: ErrorPlace): Decimal {
  if (exit.greaterThan(MAX_EXIT)) throw invalid({ ...place, value: exit.toString() }, ABOVE_MAX_EXIT);
  return exit;
}

/** The exit value checked: a finite number of 0 or more, at most MAX_EXIT (names argument exitValue otherwise). */
export function checkExit(exit: unknown): Decimal {
  let x: Decimal | null = null;
  if (exit instanceof Decimal) x = exit;
  else if ((typeof exit === "number" || typeof exit === "string") && String(exit).trim() !== "") {
    try {
      x = new Decimal(typeof exit === "number" ? String(exit) : exit.trim());
    } catch {
      x = null;
    }
  }
  if (x === null || x.isNaN() || !x.isFinite()) {
    throw invalid(
      { argument: "exitValue", value: exit instanceof Decimal ? exit.toString() : exit },
      "is not a number; give the amount distributed, 0 or more",
    );
  }
  if (x.isZero()) return ZERO;
  if (x.isNeg()) throw invalid({ argument: "exitValue", value: x.toString() }, "must not be negative");
  return checkExitBound(x, { argument: "exitValue" });
}

export function evaluate(w: Compiled, exitValue: unknown): Point {
  const exit = checkExit(exitValue);
  const segment = w.segments[locate(w.segments, exit)];
  const d = exit.minus(segment.start);
  const atStart = d.isZero();
  const amounts = segment.base.slice();
  let p = segment.p;
  if (!atStart) {
    if (segment.flat) {
      throw invalid(
        { argument: "exitValue", value: exit.toString() },
        `is more than the ${formatMoney(segment.start)} the classes can take: no class shares beyond it (no Common, participating, convertible or option shares)`,
      );
    }
    const t = d.div(segment.scale);
    for (const i of segment.moving) amounts[i] = segment.base[i].plus(segment.rates[i].times(t));
    if (segment.tier === null) p = p.plus(t);
  }
  const converts = atStart ? segment.convertsAtStart : segment.convertsInside;
  let exerciseCash = ZERO;
  for (const i of converts) {
    const cash = w.strikeCash[i];
    if (!cash.isZero()) {
      // "cash": the holders pay n x K in and are paid p gross; net p - K plus the strike is p.
      amounts[i] = amounts[i].plus(cash);
      exerciseCash = exerciseCash.plus(cash);
    }
  }
  return { exit, segment, atStart, p, amounts, converts, exerciseCash };
}
