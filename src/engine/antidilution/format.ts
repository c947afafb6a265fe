// Numbers as the arithmetic of an adjustment shows them: thousands separated, prices with at least two
// decimals, and a long expansion cut at six decimals with "..." (4.178571...), so a reader can redo the
// sum by hand: the "cut" mode of the one formatter (../format.ts). For display only.
import type { Decimal } from "../decimal";
import { formatNumber } from "../format";

/** `x` with thousands separators, at least `minDp` decimals and at most `maxDp`, "..." when cut. */
export function fmtNumber(value: Decimal, minDp = 0, maxDp = 6): string {
  return formatNumber(value, "cut", { minPlaces: minDp, maxPlaces: maxDp });
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
