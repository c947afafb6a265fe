// Numbers in explanation texts: money to the cent, prices and share counts trimmed, with thousands separators.
import { Decimal, toCents } from "../decimal";

function group(fixed: string): string {
  const neg = fixed.startsWith("-");
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split(".");
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "-" : "") + withCommas + (frac !== undefined ? "." + frac : "");
}

/** "$22,000,006.00" */
export function money(x: Decimal): string {
  return "$" + group(toCents(x).toFixed(2));
}

/** A price per share: at least 2 and at most 6 decimals, "$4.50", "$2.272727". */
export function price(x: Decimal): string {
  let s = x.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6).replace(/0+$/, "");
  const decimals = s.split(".")[1] ?? "";
  if (decimals.length < 2) s = x.toFixed(2);
  return "$" + group(s);
}

/** A count of shares (or Common per share), up to 6 decimals, trailing zeros dropped. */
export function count(x: Decimal): string {
  const s = x.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6).replace(/\.?0+$/, "");
  return group(s);
}
