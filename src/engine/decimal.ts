// One configured Decimal for every amount in the engine, and the rounding modes as named pieces.
// No binary floating point touches an amount: numbers from hosts are converted through their
// shortest decimal string (see `dec`).
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const CENT = new Decimal("0.01");

/** A Decimal from a host value. A JS number is read through its shortest round-trip string, so 0.1 is 0.1. */
export function dec(x: DecimalInput): Decimal {
  return x instanceof Decimal ? x : new Decimal(typeof x === "number" ? String(x) : x);
}

/**
 * Rounding modes, named as charters name them.
 * - down: toward zero ("rounded down to the nearest whole share")
 * - up: away from zero ("issue one whole share for each fraction")
 * - nearest: half away from zero ("nearest whole number (with one-half being rounded upward)")
 * - half-even: banker's rounding (offered for completeness; no charter here uses it)
 * - none: no rounding at all
 */
export type RoundingMode = "down" | "up" | "nearest" | "half-even" | "none";

const MODE: Record<Exclude<RoundingMode, "none">, DecimalJs.Rounding> = {
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  nearest: DecimalJs.ROUND_HALF_UP,
  "half-even": DecimalJs.ROUND_HALF_EVEN,
};

/** Round to `places` decimal places with a named mode. */
export function roundTo(x: Decimal, places: number, mode: RoundingMode): Decimal {
  return mode === "none" ? x : x.toDecimalPlaces(places, MODE[mode]);
}

export function sum(xs: readonly Decimal[]): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
