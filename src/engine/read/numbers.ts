// Reading numbers, the one rule for every host (the terms table, the catalogue's arguments as Excel and
// the formula-engine host pass them, the command's flags and files). A value is a JS number (a cell as Excel holds
// it) or a text (a CSV field, a typed argument). What it may be depends on what it counts:
//
//   kind       what                                        "$"  "%"  fraction        bound
//   amount     a price or any other sum per share          yes  no   any             |x| <= 1e15
//   money      an exit, a payment, a fund amount           yes  no   whole cents     (the caller's)
//   shares     a count of shares                           no   no   none (whole)    0..1e15
//   integer    a count such as seniority or decimals       no   no   none (whole)    safe integer
//   ratio      a multiple or a rate ("150%" is 1.5)        no   yes  any             |x| <= 1e15
//
// Texts: an optional sign, digits with optional thousands separators in groups of three ("1,743,751"),
// an optional fraction after a point, or an exponent ("1e6"). Refused with the forms accepted: a decimal
// comma ("1,5"), points as thousands separators ("1.000.000"), and where the value must be whole (shares,
// counts) or whole cents (money) a single point followed by exactly three digits ("1.000", "12.500"),
// which reads as one in some locales and as one thousand in others. At most 60 significant digits (the
// engine's precision), so nothing is silently rounded on the way in.
//
// JS numbers (binary doubles): read through their shortest text (dec), so 0.1 is 0.1; where the value
// must be whole or whole cents, first as Excel shows it, to 15 significant digits, so a computed
// =A1*1.1 worth 110.00000000000001 is 110, never refused for binary noise.
import { Decimal, dec } from "../decimal";
import { Money } from "../money";
import { NUMBER_PROBLEMS } from "../checks";
import { invalid, type ErrorPlace } from "../errors";

export type NumberKind = "amount" | "money" | "shares" | "integer" | "ratio";

/** The largest number read (money's own bound is the engine's MAX_EXIT, checked by the caller). */
export const MAX_NUMBER = new Decimal("1e15");
/** The engine's precision: a text with more significant digits would be rounded on the way in. */
export const MAX_DIGITS = 60;

/** The forms each kind accepts, as messages list them. */
export const NUMBER_FORMS: Record<NumberKind, string> = {
  amount: "write digits such as 8.93, $8.93, 1743751 or 1,743,751",
  money: "write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8",
  shares: "write a whole number of shares such as 1743751 or 1,743,751",
  integer: "write a whole number such as 2",
  ratio: "write a number such as 1.5 or a percentage such as 150%",
};

const WHOLE = new Set<NumberKind>(["shares", "integer"]);
// Digits with optional thousands separators in groups of three, and an optional fraction.
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;
const EXPONENT = /^(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;
// "1.000", "12.500", "100.250": a thousands separator in some locales, a decimal point in others.
const AMBIGUOUS_POINT = /^[1-9]\d{0,2}\.\d{3}$/;

function problem(kind: NumberKind, what: string = NUMBER_PROBLEMS.notANumber): string {
  return `${what}; ${NUMBER_FORMS[kind]}`;
}

/**
 * A number written as text, read exactly by the rule of `kind` (see the file's head). Throws a
 * ChartError naming the place and the text; the text is the caller's value unless `shown` is given.
 */
export function readNumberText(text: string, place: ErrorPlace, kind: NumberKind = "amount", shown: unknown = text): Decimal {
  const fail = (what?: string) => invalid({ ...place, value: shown }, problem(kind, what));
  let s = text.trim();
  let percent = false;
  if (s.endsWith("%")) {
    if (kind !== "ratio") {
      throw fail(
        kind === "shares" || kind === "integer"
          ? "is a percentage, not a count"
          : "is a percentage; a percentage is read only where a rate or multiple is meant, not as an amount",
      );
    }
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  // "-$5", "$-5" and "-5" are all minus five (the sign check then names the value).
  const signed = /^([+-]?)\s*(\$?)\s*([+-]?)(.*)$/.exec(s)!;
  if (signed[1] && signed[3]) throw fail();
  if (signed[2] && kind !== "amount" && kind !== "money") throw fail(`is an amount of money, not ${kind === "ratio" ? "a multiple" : "a count"}`);
  const negative = (signed[1] || signed[3]) === "-";
  const body = signed[4];
  if (!/\d/.test(body)) throw fail();
  if (!(GROUPED.test(body) || EXPONENT.test(body))) {
    if (/^\d{1,3}(\.\d{3})+(,\d*)?$/.test(body)) throw fail("is not a number: thousands are separated by commas, and the fraction comes after a point");
    if (/^\d+,\d{1,2}$/.test(body) || /^\d+,\d{4,}$/.test(body))
      throw fail("is not a number: a comma separates thousands (three digits follow it), and the fraction comes after a point");
    throw fail();
  }
  if ((WHOLE.has(kind) || kind === "money") && AMBIGUOUS_POINT.test(body)) {
    // "1.000" is one thousand in some places and one in others. Where the decimal reading cannot be
    // meant (a fraction of a share or of a cent) the message says so and names the thousands reading.
    const decimal = new Decimal(body);
    const thousands = body.replace(".", "");
    const fits = kind === "money" ? decimal.times(100).isInteger() : decimal.isInteger();
    if (!fits) {
      const what = kind === "money" ? "is not a whole number of cents" : "is not a whole number";
      throw invalid({ ...place, value: shown }, `${what}; if the point separates thousands, write ${thousands}`);
    }
    const readings = `${thousands} or ${kind === "money" ? Money.fromDecimal(decimal).toString() : decimal.toFixed()}`;
    throw invalid(
      { ...place, value: shown },
      `is ambiguous: a point followed by three digits separates thousands in some places and marks a fraction in others; write ${readings}`,
    );
  }
  let value = new Decimal(body.replace(/,/g, ""));
  if (significantDigits(body) > MAX_DIGITS) {
    throw fail(`has more than ${MAX_DIGITS} significant digits, more than are read exactly`);
  }
  if (negative) value = value.neg();
  if (percent) value = value.div(100);
  return checkKind(value, place, kind, shown);
}

/** Significant digits of a plain or exponent number text. */
function significantDigits(body: string): number {
  const mantissa = body.split(/e/i)[0].replace(/[,.]/g, "").replace(/^0+/, "");
  return mantissa.replace(/0+$/, "").length;
}

/** A JS number as Excel shows it: its 15 significant digits. */
export function asExcelShows(x: number): Decimal {
  return new Decimal(x.toPrecision(15));
}

/** A number cell (a JS number or a text) read by the rule of `kind`. */
export function readNumberValue(v: unknown, place: ErrorPlace, kind: NumberKind = "amount"): Decimal {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw invalid({ ...place, value: String(v) }, NUMBER_PROBLEMS.notFinite);
    const exact = dec(v);
    // Whole and whole-cent kinds read a double as Excel shows it (binary noise of a computed cell).
    const whole = kind === "money" ? exact.times(100).isInteger() : exact.isInteger();
    const value = (WHOLE.has(kind) || kind === "money") && !whole ? asExcelShows(v) : exact;
    return checkKind(value, place, kind, v);
  }
  if (typeof v === "string") return readNumberText(v, place, kind);
  throw invalid({ ...place, value: v }, problem(kind));
}

function checkKind(value: Decimal, place: ErrorPlace, kind: NumberKind, shown: unknown): Decimal {
  const at = { ...place, value: shown };
  if (WHOLE.has(kind)) {
    if (!value.isInteger()) throw invalid(at, kind === "shares" ? "is not a whole number of shares; share counts are whole" : NUMBER_PROBLEMS.notWhole);
    if (kind === "integer" && value.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw invalid(at, "is too large");
  }
  if (kind === "money") {
    if (!value.times(100).isInteger())
      throw invalid(at, "is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places");
    return value.isZero() ? new Decimal(0) : value;
  }
  if (kind !== "integer" && value.abs().greaterThan(MAX_NUMBER)) {
    throw invalid(
      at,
      kind === "shares"
        ? "is more than 1e15 (1,000,000,000,000,000) shares, the largest share count read"
        : "is above 1e15 (1,000,000,000,000,000), the largest number read",
    );
  }
  return value.isZero() ? new Decimal(0) : value;
}
