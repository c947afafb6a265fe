// Whole cents between Decimal and bigint, exactly, for the cents kernel (./kernel.ts): an exit written
// with at most two decimals becomes a count of cents; a count of cents becomes the Decimal dollars.
import { Decimal, ZERO } from "../decimal";

const WORD = 10_000_000n;

/**
 * The amount in whole cents (x 100), or null when it is not a finite amount of 0 or more with at most two
 * decimals. Reads decimal.js's documented read-only digits (d: base 1e7 words aligned on the decimal
 * point, e: exponent of the first digit) rather than printing the number.
 */
export function decimalToCents(x: Decimal): bigint | null {
  const d = x.d;
  if (!d) return null; // NaN or infinite
  if (d[0] === 0) return ZERO.eq(x) ? 0n : null;
  if (x.s < 0) return null;
  // The word w holds the digits from 10^(low + 6) down to 10^low, low = top - 7 w, top a multiple of 7.
  const top = Math.floor(x.e / 7) * 7;
  let cents = 0n;
  let low = top;
  for (let w = 0; w < d.length; w++) {
    low = top - 7 * w;
    if (low >= 0) cents = cents * WORD + BigInt(d[w]);
    else if (low === -7 && d[w] % 100_000 === 0) {
      // 10^-1 .. 10^-7: whole cents when the last five digits are 0.
      return cents * 100n + BigInt(d[w] / 100_000);
    } else return null;
  }
  // The last word held units of 10^low (trailing zero words are not stored).
  return cents * 10n ** BigInt(low + 2);
}

/** A count of cents as Decimal dollars (exact). */
export function centsToDecimal(cents: bigint): Decimal {
  const neg = cents < 0n;
  const s = (neg ? -cents : cents).toString().padStart(3, "0");
  return new Decimal(`${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`);
}
