// The one formatter of numbers as text, for explanation steps, the task pane and the command. Each way of
// showing a number is a named mode, so a reader of any output knows what was done to the digits:
//   exact    every digit, at least `minPlaces` decimals ("$10,000,000.00", "$10.4805")
//   cent     to the cent, half up ("$22,000,006.00")
//   price    2 to 6 decimals, half up, trailing zeros dropped ("$4.50", "$2.272727")
//   count    0 to 6 decimals, half up, trailing zeros dropped ("1,743,751", "1.5")
//   cut      `minPlaces` to `maxPlaces` decimals, cut (not rounded) and marked "..." ("4.178571...")
//   reading  for reading a long result: at least 2 decimals, 6 significant digits; marked "~" when
//            rounded ("~2.24299"); a number with at most 2 decimals is shown exactly (a fraction with two)
// Display only: no amount is ever computed from these strings. Thousands are separated by commas
// (`group: false` leaves them out, for output read back by programs): one grouping rule, groupDigits.
// Each use has a named function below (formatMoney, formatPrice, formatCount, ...), so every caller
// shows a kind of number the same way. Two rules stay apart on purpose: a price in an explanation is
// rounded half up ("price": "$2.272727"), a price in an anti-dilution's arithmetic is cut and marked
// ("cut": "4.178571..."), so the reader of a sum sees the digits were not all shown.
import { Decimal } from "./decimal";
import { Money, roundToCents } from "./money";

export type FormatMode = "exact" | "cent" | "price" | "count" | "cut" | "reading";

export interface FormatOptions {
  /** "$" before the number (after a minus sign). */
  dollar?: boolean;
  /** Thousands separators; default true. */
  group?: boolean;
  /** Decimals at least (exact, cut). */
  minPlaces?: number;
  /** Decimals at most (cut). */
  maxPlaces?: number;
}

/** The mark of a number rounded for reading. */
export const ROUNDED_MARK = "~";

/** A number already written out ("-1234567.25") with thousands separators: "-1,234,567.25". */
export function groupDigits(fixed: string): string {
  const negative = fixed.startsWith("-");
  const [whole, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + withCommas + (frac !== undefined ? "." + frac : "");
}

function trimmed(x: Decimal, minPlaces: number, maxPlaces: number): string {
  const s = x.toDecimalPlaces(maxPlaces, Decimal.ROUND_HALF_UP).toFixed(maxPlaces);
  const [whole, frac = ""] = s.split(".");
  const kept = frac.replace(/0+$/, "").padEnd(minPlaces, "0");
  return kept === "" ? whole : `${whole}.${kept}`;
}

/** `x` as text in `mode` (see the file's head). */
export function formatNumber(x: Decimal, mode: FormatMode, options: FormatOptions = {}): string {
  const minPlaces = options.minPlaces ?? 0;
  let text: string;
  let mark = "";
  switch (mode) {
    case "exact":
      text = x.decimalPlaces() < minPlaces ? x.toFixed(minPlaces) : x.toFixed();
      break;
    case "cent":
      text = roundToCents(x, "half-up").toFixed(2);
      break;
    case "price":
      text = trimmed(x, 2, 6);
      break;
    case "count":
      text = trimmed(x, 0, 6);
      break;
    case "cut": {
      // Places beyond the 20th are the residue of 60-digit division (a 3-for-1 split then a 1-for-3
      // combination leaves 0.999...9 for 1): shown as the number they stand for.
      const maxPlaces = options.maxPlaces ?? 6;
      const y = x.toDecimalPlaces(20, Decimal.ROUND_HALF_UP);
      const cut = y.decimalPlaces() > maxPlaces;
      const shown = cut ? y.toDecimalPlaces(maxPlaces, Decimal.ROUND_DOWN) : y;
      text = shown.toFixed(Math.max(minPlaces, Math.min(shown.decimalPlaces(), maxPlaces)));
      if (cut) mark = "...";
      break;
    }
    case "reading": {
      if (x.decimalPlaces() <= 2) {
        // Exact: whole numbers as they are, a fraction to the cent (92651890.2 is 92651890.20).
        text = x.toFixed(x.decimalPlaces() === 0 ? 0 : 2);
        break;
      }
      const wholeDigits = x.abs().greaterThanOrEqualTo(1) ? x.abs().truncated().toFixed().length : 0;
      const places = wholeDigits > 0 ? Math.max(2, 6 - wholeDigits) : x.toSignificantDigits(6, Decimal.ROUND_HALF_UP).decimalPlaces();
      const rounded = x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
      text = rounded.toFixed(Math.max(2, rounded.decimalPlaces()));
      if (!rounded.equals(x)) return ROUNDED_MARK + finish(text, options);
      break;
    }
  }
  return finish(text, options) + mark;
}

function finish(text: string, options: FormatOptions): string {
  const grouped = options.group === false ? text : groupDigits(text);
  if (!options.dollar) return grouped;
  return grouped.startsWith("-") ? `-$${grouped.slice(1)}` : `$${grouped}`;
}

/** Money to the cent, half up (an exact amount shown, not changed): "$22,000,006.00", "-$0.05". */
export function formatMoney(x: Decimal | Money): string {
  return x instanceof Money ? finish(x.toString(), { dollar: true }) : formatNumber(x, "cent", { dollar: true });
}

/** An exact amount as text with every digit: "$1,234.5678"; at least two decimals; a minus sign for negatives. */
export function formatExactMoney(x: Decimal): string {
  return formatNumber(x, "exact", { dollar: true, minPlaces: 2 });
}

/** A price per share: at least 2 and at most 6 decimals, half up, "$4.50", "$2.272727". */
export function formatPrice(x: Decimal): string {
  return formatNumber(x, "price", { dollar: true });
}

/** A count of shares (or Common per share), up to 6 decimals, half up, trailing zeros dropped: "1,743,751", "1.5". */
export function formatCount(x: Decimal): string {
  return formatNumber(x, "count");
}

/** An exact number with thousands separators and at least `minPlaces` decimals: "1,743,751". */
export function formatExact(x: Decimal, minPlaces = 0): string {
  return formatNumber(x, "exact", { minPlaces });
}

/** A count exact up to six decimals, else to six decimals half up and marked "~": "1,250,000", "~33,333.333333". */
export function formatApproxCount(x: Decimal): string {
  return x.decimalPlaces() <= 6 ? formatExact(x) : ROUNDED_MARK + formatExact(x.toDecimalPlaces(6, Decimal.ROUND_HALF_UP));
}

/** A percentage as text: 85 -> "85%", 92.5 -> "92.5%" (every digit). */
export function formatPercent(p: Decimal): string {
  return `${p.toFixed()}%`;
}

/** Exactly `places` decimals, half up, no thousands separators (a column of valuation figures): "4321000.37". */
export function formatFixed(x: Decimal, places: number): string {
  return x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/** A fraction as a percentage to two decimals, half up: 0.1 -> "10.00%", 0.123456 -> "12.35%". */
export function formatFraction(x: Decimal): string {
  return `${formatNumber(x.times(100), "cent", { group: false })}%`;
}

/** Shares that may have a fraction: whole ones every digit, a fraction to two decimals, half up: "1,250,000", "3,142.86". */
export function formatShares(x: Decimal): string {
  return formatNumber(x, x.isInteger() ? "exact" : "cent");
}

/** In an adjustment's arithmetic: at least `minPlaces`, at most `maxPlaces` decimals, "..." when cut: "4.178571...". */
export function formatCut(x: Decimal, minPlaces = 0, maxPlaces = 6): string {
  return formatNumber(x, "cut", { minPlaces, maxPlaces });
}

/** A price in an adjustment's arithmetic: 4.50, 2.1875, 4.178571... */
export function formatCutPrice(x: Decimal): string {
  return formatCut(x, 2, 6);
}

/** A count of shares in an adjustment's arithmetic: 12,000,000 or 1,004,132.231404... */
export function formatCutShares(x: Decimal): string {
  return formatCut(x, 0, 6);
}

/** An amount in an adjustment's arithmetic: $5,000,000.00 or $0.0015... */
export function formatCutMoney(x: Decimal): string {
  return `$${formatCut(x, 2, 6)}`;
}
