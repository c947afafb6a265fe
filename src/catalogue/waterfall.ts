// The waterfall as the catalogue's entries use it: the engine's compiled solver (cached per parsed terms
// and date by the engine), an exit value checked with its place named, and a class's position.
import type { Decimal } from "../engine/decimal";
import { invalid, type ErrorPlace } from "../engine/errors";
import { findClass } from "../engine/terms/parse";
import type { CharterTerms, IsoDate } from "../engine/terms/model";
import { checkExitBound, compileWaterfall, type Waterfall } from "../engine/waterfall";
import { ABOVE_MAX_EXIT, MAX_EXIT } from "../engine/waterfall/evaluate";

export function waterfallOf(terms: CharterTerms, asOf: IsoDate | null): Waterfall {
  return compileWaterfall(terms, asOf);
}

/**
 * An exit value of 0 or more, at most the engine's MAX_EXIT (1e15, exact to the cent); otherwise a
 * #VALUE! naming the argument (or cell) and the value.
 */
export function checkExit(exit: Decimal, place: ErrorPlace, shown: unknown = exit.toString()): Decimal {
  if (!exit.isFinite() || exit.isNegative()) {
    throw invalid({ ...place, value: shown }, "an exit value must be 0 or more");
  }
  if (exit.greaterThan(MAX_EXIT)) throw invalid({ ...place, value: shown }, ABOVE_MAX_EXIT);
  return checkExitBound(exit, place);
}

/** The position of `className` among the waterfall's classes (terms order); #N/A listing the classes when unknown. */
export function classIndex(terms: CharterTerms, w: Waterfall, className: string, argument = "className"): number {
  const name = findClass(terms, className, argument).name;
  return w.classes.indexOf(name);
}
