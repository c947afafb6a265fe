// One exit value through the compiled table: find its segment (binary search), then one subtraction, one
// division t = (exit - start) / scale, and per moving class one multiplication and one addition
// (amount = base + rate x t); above total preferences p = p_start + t.
import { Decimal, ZERO } from "../decimal";
import { invalid } from "../errors";
import type { Claim } from "./claims";
import { money } from "./format";
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

/** The exit value checked: a finite number of 0 or more (names argument exitValue otherwise). */
export function checkExit(exit: unknown): Decimal {
  let x: Decimal | null = null;
  if (exit instanceof Decimal) x = exit;
  else if ((typeof exit === "number" || typeof exit === "string") && String(exit).trim() !== "") {
    try { x = new Decimal(typeof exit === "number" ? String(exit) : exit.trim()); } catch { x = null; }
  }
  if (x === null || x.isNaN() || !x.isFinite()) {
    throw invalid({ argument: "exitValue", value: exit instanceof Decimal ? exit.toString() : exit }, "is not a number; give the amount distributed, 0 or more");
  }
  if (x.isZero()) return ZERO;
  if (x.isNeg()) throw invalid({ argument: "exitValue", value: x.toString() }, "must not be negative");
  return x;
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
        `is more than the ${money(segment.start)} the classes can take: no class shares beyond it (no Common, participating, convertible or option shares)`,
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
