// Checks of numeric arguments shared by conversion, anti-dilution and the ledger: each throws a
// ChartError (#VALUE!) naming the place and the value.
import { Decimal } from "../decimal";
import { invalid, type ErrorPlace } from "../errors";

/** Throws unless `x` is a finite Decimal. */
export function requireFinite(x: Decimal, place: ErrorPlace): void {
  if (!(x instanceof Decimal) || !x.isFinite()) {
    throw invalid({ ...place, value: String(x) }, "is not a number");
  }
}

/** Throws unless `x` is a finite Decimal >= 0. */
export function requireNonNegative(x: Decimal, place: ErrorPlace): void {
  requireFinite(x, place);
  if (x.isNegative() && !x.isZero()) throw invalid({ ...place, value: x.toString() }, "must not be negative");
}

/** Throws unless `x` is a finite Decimal > 0. */
export function requirePositive(x: Decimal, place: ErrorPlace): void {
  requireFinite(x, place);
  if (!x.greaterThan(0)) throw invalid({ ...place, value: x.toString() }, "must be more than zero");
}
