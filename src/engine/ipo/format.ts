// Amounts in explanation text: exact (never rounded for display), with thousands separators and at
// least two decimals, so "$10,000,000.00", "$10.4805", "$0.44".
import type { Decimal } from "../decimal";

/** An exact amount as text: "$1,234.5678"; at least two decimals; a minus sign for negatives. */
export function money(x: Decimal): string {
  return (x.isNegative() ? "-$" : "$") + grouped(x.abs(), 2);
}

/** An exact number as text with thousands separators and at least `minPlaces` decimals: "1,743,751". */
export function grouped(x: Decimal, minPlaces = 0): string {
  const s = x.decimalPlaces() < minPlaces ? x.toFixed(minPlaces) : x.toFixed();
  const [whole, frac] = s.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const withCommas = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + withCommas + (frac !== undefined ? "." + frac : "");
}

/** A percentage as text: 85 -> "85%", 92.5 -> "92.5%". */
export function percent(p: Decimal): string {
  return `${p.toFixed()}%`;
}
