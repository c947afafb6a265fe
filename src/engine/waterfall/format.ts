// Numbers in explanation texts: money to the cent, prices and share counts trimmed, with thousands
// separators; modes of the one formatter (../format.ts).
import type { Decimal } from "../decimal";
import { formatNumber } from "../format";

/** "$22,000,006.00" */
export function money(x: Decimal): string {
  return formatNumber(x, "cent", { dollar: true });
}

/** A price per share: at least 2 and at most 6 decimals, "$4.50", "$2.272727". */
export function price(x: Decimal): string {
  return formatNumber(x, "price", { dollar: true });
}

/** A count of shares (or Common per share), up to 6 decimals, trailing zeros dropped. */
export function count(x: Decimal): string {
  return formatNumber(x, "count");
}
