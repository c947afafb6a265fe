// Whole cents as a result cell: an exact amount that a host of numbers (Excel, HyperFormula) turns
// into its double with integer arithmetic, and any other host into the same Decimal as before
// (call.ts converts). LIQPREF makes these from the waterfall's cents kernel without a Decimal per cell.
import { Decimal } from "../engine/decimal";
import { centsToDecimal } from "../engine/waterfall";

/** Cents of magnitude up to this are exact as a double (2^53 - 1). */
const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/** An exact amount of whole cents (a bigint count of cents; dollars = cents / 100). Immutable. */
export class Cents {
  constructor(readonly cents: bigint) {}

  /** The exact Decimal dollars. */
  toDecimal(): Decimal {
    return centsToDecimal(this.cents);
  }

  /** The double nearest the exact dollars (what Decimal.toNumber gives), or an infinity past a double's range. */
  toNumber(): number {
    return centsNumber(this.cents);
  }

  /** Dollars with exactly two decimals, e.g. "-1234.05". */
  toString(): string {
    const neg = this.cents < 0n;
    const s = (neg ? -this.cents : this.cents).toString().padStart(3, "0");
    return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
  }
}

export function isCents(x: unknown): x is Cents {
  return x instanceof Cents;
}

/**
 * The double nearest cents / 100. Up to 2^53 cents both the count and 100 are exact doubles, and one
 * IEEE division rounds the exact quotient to nearest (ties to even), as reading the decimal text does,
 * so both give the same double. Beyond, Number(cents) would round once before the division: the text.
 */
export function centsNumber(cents: bigint): number {
  if (cents <= MAX_SAFE_CENTS && cents >= -MAX_SAFE_CENTS) return Number(cents) / 100;
  return Number(new Cents(cents).toString());
}
