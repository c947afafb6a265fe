// Amounts in explanation text: exact (never rounded for display), with thousands separators and at
// least two decimals, so "$10,000,000.00", "$10.4805", "$0.44". Used by the IPO, dividend, redemption
// and vote steps; `groupDigits` is the one way of putting in thousands separators.
import type { Decimal } from "./decimal";

/** A number already written out ("-1234567.25") with thousands separators: "-1,234,567.25". */
export function groupDigits(fixed: string): string {
  const negative = fixed.startsWith("-");
  const [whole, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + withCommas + (frac !== undefined ? "." + frac : "");
}

/** An exact amount as text: "$1,234.5678"; at least two decimals; a minus sign for negatives. */
export function money(x: Decimal): string {
  return (x.isNegative() ? "-$" : "$") + grouped(x.abs(), 2);
}

/** An exact number as text with thousands separators and at least `minPlaces` decimals: "1,743,751". */
export function grouped(x: Decimal, minPlaces = 0): string {
  return groupDigits(x.decimalPlaces() < minPlaces ? x.toFixed(minPlaces) : x.toFixed());
}

/** A percentage as text: 85 -> "85%", 92.5 -> "92.5%". */
export function percent(p: Decimal): string {
  return `${p.toFixed()}%`;
}
