// Whole cents between Decimal and bigint, exactly, for the cents kernel (./kernel.ts): an exit written
// with at most two decimals becomes a count of cents; a count of cents becomes the Decimal dollars.
import { Decimal } from "../decimal";

const WORD = 10_000_000n;

/**
 * The amount in whole cents (x 100), or null when it is not a finite amount of 0 or more with at most two
 * decimals. Reads decimal.js's documented read-only digits (d: base 1e7 words aligned on the decimal
 * point, e: exponent of the first digit) rather than printing the number.
 */
export function decimalToCents(x: Decimal): bigint | null {
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

/** Above this many cents the Decimal is made from its text. */
const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * decimal.js takes any object tagged as a Decimal (its isDecimalInstance) and copies its s, e and a slice
 * of d: one scratch object serves every call.
 */
const scratch = { s: 1, e: 0, d: [] as number[], toStringTag: "[object Decimal]" };

/**
 * A count of cents as Decimal dollars (exact). Below 2^53 cents the Decimal's words are made directly
 * (whole dollars in base 1e7 words, then the cents as the word of 10^-1 .. 10^-7), with whole-number
 * arithmetic only (exact below 2^53), about twice as fast as reading the text.
 */
export function centsToDecimal(cents: bigint): Decimal {
  if (cents < 0n) return centsToDecimal(-cents).neg();
  if (cents === 0n) return new Decimal(0);
  if (cents > MAX_SAFE_CENTS) {
    const s = cents.toString().padStart(3, "0");
    return new Decimal(`${s.slice(0, -2)}.${s.slice(-2)}`);
  }
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
