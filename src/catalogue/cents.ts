// Whole cents as a result cell: an exact amount that a host of numbers (Excel, a test formula engine) turns
// into its double with integer arithmetic, and any other host into the same Decimal as before
// (call.ts converts). LIQPREF makes these from the waterfall's cents kernel without a Decimal per cell.
import { Decimal } from "../engine/decimal";
import { centsToDecimal } from "../engine/waterfall";

/** An exact amount of whole cents (a bigint count of cents; dollars = cents / 100). Immutable. */
export class Cents {
  /** The double, once asked for: a spill hands one Cents down a column for a repeated amount. */
  private number: number | undefined = undefined;

  constructor(readonly cents: bigint) {}

  /** The exact Decimal dollars. */
  toDecimal(): Decimal {
    return centsToDecimal(this.cents);
  }

  /** The double nearest the exact dollars (what Decimal.toNumber gives), or an infinity past a double's range. */
  toNumber(): number {
    return this.number ?? (this.number = centsNumber(this.cents));
  }

  /** Dollars with exactly two decimals, e.g. "-1234.05". */
  toString(): string {
    const neg = this.cents < 0n;
    const s = (neg ? -this.cents : this.cents).toString().padStart(3, "0");
    return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
  }
}

/**
 * The double nearest cents / 100. Up to 2^53 cents both the count and 100 are exact doubles, and one
 * IEEE division rounds the exact quotient to nearest (ties to even), as reading the decimal text does,
 * so both give the same double. Beyond, Number(cents) would round once before the division: the text.
 */
export function centsNumber(cents: bigint): number {
  // Number(cents) is a safe integer exactly when |cents| < 2^53 (past it, it rounds to 2^53 or more).
  const n = Number(cents);
  if (Number.isSafeInteger(n)) return n / 100;
  return Number(new Cents(cents).toString());
}
