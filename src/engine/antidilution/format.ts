// Numbers as the arithmetic of an adjustment shows them: thousands separated, prices with at least two
// decimals, and a long expansion cut at six decimals with "..." (4.178571...), so a reader can redo the
// sum by hand. For display only: no amount is ever computed from these strings.
import { Decimal } from "../decimal";
import { groupDigits } from "../format";

/** `x` with thousands separators, at least `minDp` decimals and at most `maxDp`, "..." when cut. */
export function fmtNumber(value: Decimal, minDp = 0, maxDp = 6): string {
  // Places beyond the 20th are the residue of 60-digit division (a 3-for-1 split then a 1-for-3
  // combination leaves 0.999...9 for 1): shown as the number they stand for.
  const x = value.toDecimalPlaces(20, Decimal.ROUND_HALF_UP);
  const cut = x.decimalPlaces() > maxDp;
  const shown = cut ? x.toDecimalPlaces(maxDp, Decimal.ROUND_DOWN) : x;
  const text = shown.toFixed(Math.max(minDp, Math.min(shown.decimalPlaces(), maxDp)));
  return groupDigits(text) + (cut ? "..." : "");
}

/** A price per share: 4.50, 2.1875, 4.178571... */
export function fmtPrice(x: Decimal): string {
  return fmtNumber(x, 2, 6);
}

/** A count of shares: 12,000,000 or 1,004,132.231404... */
export function fmtShares(x: Decimal): string {
  return fmtNumber(x, 0, 6);
}

/** An amount of money: $5,000,000.00 or $0.0015... */
export function fmtMoney(x: Decimal): string {
  return `$${fmtNumber(x, 2, 6)}`;
}
