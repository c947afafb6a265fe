// Money: an amount of whole cents, a bigint count of cents, with an exact Decimal view (dollars = cents / 100).
// Immutable. Rounding dollars to cents is ./round.ts's; sharing cents out is ./allocate.ts's.
import { Decimal } from "../decimal";

const WORD = 10_000_000n;

/**
 * The whole cents of a finite amount of 0 or more with at most two decimals, or null. Reads decimal.js's
 * documented read-only digits (d: base 1e7 words aligned on the decimal point, e: exponent of the first
 * digit) rather than printing the number: the cents kernel's exits come this way.
 */
function nonNegativeCents(x: Decimal): bigint | null {
  const d = x.d;
  if (!d) return null; // NaN or infinite
  if (d[0] === 0) return 0n; // zero (decimal.js keeps it as the one word 0)
  if (x.s < 0) return null;
  // The word w holds the digits from 10^(low + 6) down to 10^low, low = top - 7 w, top a multiple of 7.
  const top = Math.floor(x.e / 7) * 7;
  let cents = 0n;
  let low = top;
  for (let w = 0; w < d.length; w++) {
    low = top - 7 * w;
    if (low >= 0) cents = cents * WORD + BigInt(d[w]);
    else if (low === -7 && w === d.length - 1 && d[w] % 100_000 === 0) {
      // 10^-1 .. 10^-7, the last word (no digits below 10^-7): whole cents when its last five digits are 0.
      return cents * 100n + BigInt(d[w] / 100_000);
    } else return null;
  }
  // The last word held units of 10^low (trailing zero words are not stored).
  return cents * 10n ** BigInt(low + 2);
}

/** The whole cents of `x` (either sign), or null when it is not finite or has a fraction of a cent. */
export function wholeCentsOf(x: Decimal): bigint | null {
  if (x.s >= 0 || x.isZero()) return nonNegativeCents(x);
  const c = nonNegativeCents(x.neg());
  return c === null ? null : -c;
}

/** Above this many cents the Decimal is made from its text. */
const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * decimal.js takes any object tagged as a Decimal (its isDecimalInstance) and copies its s, e and a slice
 * of d: one scratch object serves every call.
 */
const scratch = { s: 1, e: 0, d: [] as number[], toStringTag: "[object Decimal]" };

/**
 * A count of cents 0 or more as Decimal dollars (exact). Below 2^53 cents the Decimal's words are made
 * directly (whole dollars in base 1e7 words, then the cents as the word of 10^-1 .. 10^-7), with
 * whole-number arithmetic only (exact below 2^53), about twice as fast as reading the text.
 */
function centsDecimal(cents: bigint): Decimal {
  if (cents === 0n) return new Decimal(0);
  if (cents > MAX_SAFE_CENTS) return new Decimal(centsText(cents));
  const c = Number(cents);
  const fraction = c % 100;
  const whole = (c - fraction) / 100; // < 2^53 / 100 < 1e14: two words at most
  const low = whole % 1e7;
  const high = (whole - low) / 1e7;
  const d = scratch.d;
  d.length = 0;
  if (high > 0) d.push(high, low);
  else if (whole > 0) d.push(low);
  if (fraction > 0) d.push(fraction * 100_000);
  while (d[d.length - 1] === 0) d.pop();
  // e: the exponent of the first digit.
  scratch.e = whole > 0 ? digitsOf(high > 0 ? high : low) - 1 + (high > 0 ? 7 : 0) : fraction >= 10 ? -1 : -2;
  return new Decimal(scratch as unknown as Decimal);
}

function digitsOf(word: number): number {
  let k = 1;
  for (let x = word; x >= 10; x = (x - (x % 10)) / 10) k++;
  return k;
}

/** Dollars with exactly two decimals, e.g. "-1234.05". */
function centsText(cents: bigint): string {
  const neg = cents < 0n;
  const s = (neg ? -cents : cents).toString().padStart(3, "0");
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
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
  return Number(centsText(cents));
}

/** An exact amount of whole cents. */
export class Money {
  /** The double, once asked for: a spill hands one Money down a column for a repeated amount. */
  private number: number | undefined = undefined;

  private constructor(readonly cents: bigint) {}

  /**
   * `cents` cents. Always a new object: a shared zero made LIQPREF through the Excel wrapper about 30%
   * slower (measured with bench/liqpref.bench.ts; one object then stood in every column of a spill).
   */
  static ofCents(cents: bigint): Money {
    return new Money(cents);
  }

  /** `x` dollars, which must be a whole number of cents (to round first, roundToMoney in ./round.ts). */
  static fromDecimal(x: Decimal): Money {
    const cents = wholeCentsOf(x);
    if (cents === null) throw new RangeError(`money must be a whole number of cents, not ${x.toFixed()}; round it to the cent first (roundToMoney)`);
    return Money.ofCents(cents);
  }

  /** The exact Decimal dollars. */
  toDecimal(): Decimal {
    return this.cents < 0n ? centsDecimal(-this.cents).neg() : centsDecimal(this.cents);
  }

  /** The double nearest the exact dollars (what Decimal.toNumber gives), or an infinity past a double's range. */
  toNumber(): number {
    return this.number ?? (this.number = centsNumber(this.cents));
  }

  /** Dollars with exactly two decimals, e.g. "-1234.05". */
  toString(): string {
    return centsText(this.cents);
  }
}

/** The sum of `amounts` (0 for none). */
export function sumMoney(amounts: readonly Money[]): Money {
  let c = 0n;
  for (const m of amounts) c += m.cents;
  return Money.ofCents(c);
}
