// Automatic conversion on an IPO: the class's Auto Convert Price and Auto Convert Proceeds thresholds
// (JT Storage Art. IV(B)4(b)(i), Juniper 6(a)(ii), MagiNet 3(a)(v)).
import { Decimal } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { CharterTerms, IsoDate, ShareClass, Threshold } from "../terms/model";
import { formatExact, formatExactMoney } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";
import { ipoReset } from "./reset";
import type { AsAdjusted } from "./result";
import { parseIpoReset } from "./rule";

/**
 * The dates the clauses count from, each as the charter names it:
 * - closing: the closing of the offering. The automatic conversion happens on it (JT Storage
 *   Art. IV(B)4(b)(i) "Upon the closing"; Juniper 6(a)(ii) "immediately upon ... the closing of the
 *   issuance of shares"; MagiNet 3(a)(v)); an offering rule's reset is taken "immediately prior to the
 *   closing" and dated by it (MagiNet 3(f)(iv)(A), (B)).
 * - filing: the filing of the registration statement, which a filing-window reset counts to (Juniper
 *   6(c): "files a registration statement ... within one hundred eighty (180) days after the Original
 *   Issue Date").
 */
export interface AutoConvertDates {
  closing?: IsoDate | null;
  filing?: IsoDate | null;
}

export interface AutoConvertReason {
  /** price / proceeds: a threshold test; reset: the conversion price then in effect; none: no thresholds. */
  test: "price" | "proceeds" | "reset" | "none";
  /** Whether the test is met (true for the informational "reset" line, false for "none"). */
  met: boolean;
  text: string;
  clause: string;
}

export interface AutoConvertResult {
  converts: boolean;
  /** The conversion price the thresholds were measured against (after an IPO reset when a date was given). */
  conversionPrice: Decimal;
  reasons: AutoConvertReason[];
}

function passes(x: Decimal, op: Threshold["op"], limit: Decimal): boolean {
  return op === ">=" ? x.greaterThanOrEqualTo(limit) : x.greaterThan(limit);
}

/**
 * The threshold's amount and how it was reached, e.g. "3 x the conversion price $0.44 = $1.32". A price
 * per share stated in dollars follows the splits (`factor`: JT Storage Art. IV(B)4(b)(i) "$5.00 per share
 * (as adjusted for any Recapitalization)"); a multiple of the conversion price follows them through the
 * price itself (Juniper 6(a)(ii)); proceeds are money and never move.
 */
function limitOf(t: Threshold, cp: Decimal, show: (x: Decimal) => string, factor: Decimal): { limit: Decimal; how: string } {
  if (!t.ofConversionPrice) {
    if (factor.eq(1)) return { limit: t.value, how: show(t.value) };
    const limit = t.value.times(factor);
    return {
      limit,
      how: `${show(t.value)} as adjusted for splits, combinations and stock dividends (x ${factor.toSignificantDigits(12).toFixed()}) = ${show(limit)}`,
    };
  }
  const limit = t.value.times(cp);
  return { limit, how: `${t.value.toFixed()} x the conversion price ${formatExactMoney(cp)} = ${show(limit)}` };
}

function test(kind: "price" | "proceeds", cls: ShareClass, t: Threshold, x: Decimal, cp: Decimal, factor: Decimal): AutoConvertReason {
  const column = kind === "price" ? "Auto Convert Price" : "Auto Convert Proceeds";
  const show = kind === "price" ? formatExactMoney : (v: Decimal) => `$${formatExact(v)}`;
  const { limit, how } = limitOf(t, cp, show, kind === "price" ? factor : new Decimal(1));
  const met = passes(x, t.op, limit);
  const what = kind === "price" ? "the IPO price per share" : "the offering proceeds";
  const word = t.op === ">=" ? "at least" : "more than";
  return {
    test: kind,
    met,
    text: `${what} ${show(x)} ${met ? "is" : "is not"} ${word} ${how}: ${met ? "met" : "not met"}`,
    clause: clauseOf(cls, column, column),
  };
}

/**
 * Whether `className` converts automatically on an IPO at `ipoPrice` per share raising `proceeds` (as the
 * charter measures them: JT Storage and MagiNet net of underwriting, Juniper at the public offering
 * price). Every threshold the class has must be met. A class with an IPO Reset is tested against its reset
 * conversion price when the date its rule counts from is given (`dates`: the filing for a filing-window
 * rule, the closing for an offering rule). `terms` carries the conversion prices in effect immediately
 * before the closing; `adjusted.commonFactor` the splits up to it (see AsAdjusted).
 */
export function autoConverts(
  terms: CharterTerms,
  className: string,
  ipoPrice: Decimal,
  proceeds: Decimal,
  dates: AutoConvertDates = {},
  adjusted: AsAdjusted = {},
): AutoConvertResult {
  const cls = findClass(terms, className);
  if (cls.kind !== "preferred") {
    throw invalid(
      { argument: "className", className: cls.name, value: className },
      `is ${cls.kind}, not preferred: only preferred stock converts automatically`,
    );
  }
  if (!ipoPrice.isFinite() || ipoPrice.lte(0)) {
    throw invalid({ argument: "ipoPrice", className: cls.name, value: ipoPrice.toString() }, "the IPO price per share must be a number above zero");
  }
  if (!proceeds.isFinite() || proceeds.isNegative()) {
    throw invalid({ argument: "proceeds", className: cls.name, value: proceeds.toString() }, "the offering proceeds must be a number, zero or more");
  }
  const dateOf = (x: IsoDate | null | undefined, argument: string) =>
    x === undefined || x === null || String(x).trim() === "" ? null : parseIsoDate(x, { argument, className: cls.name });
  const closing = dateOf(dates.closing, "closingDate");
  const filing = dateOf(dates.filing, "filingDate");
  if (closing !== null && filing !== null && filing > closing) {
    throw invalid(
      { argument: "filingDate", className: cls.name, value: filing },
      `is after the closing ${closing}: the registration statement is filed before the offering closes`,
    );
  }
  const factor = adjusted.commonFactor ?? new Decimal(1);

  const reasons: AutoConvertReason[] = [];
  let cp = cls.conversionPrice;
  if (cls.ipoReset && cls.ipoReset.trim() !== "") {
    const form = parseIpoReset(cls.ipoReset, cls.name).form;
    const given = form === "filing" ? filing : closing;
    const argument = form === "filing" ? "filingDate" : "closingDate";
    if (given !== null) {
      // Reading: the thresholds measure "the ... Conversion Price then in effect" (MagiNet 3(a)(v)); the
      // reset takes effect "immediately prior to the closing ... and immediately prior to any automatic
      // conversion" (MagiNet 3(f)(iv)(A)), so the reset price is the one in effect for the test. The same
      // is read into Juniper 6(a)(ii) ("the then effective Conversion Price") for the Series D1 reset.
      const reset = ipoReset(terms, cls.name, ipoPrice, given, null, { argument }, adjusted);
      cp = reset.price;
      const on = form === "filing" ? `the filing of the registration statement on ${given}` : `the closing on ${given}`;
      reasons.push({
        test: "reset",
        met: true,
        text: `the IPO reset for ${on} makes the conversion price then in effect ${formatExactMoney(cp)}`,
        clause: reset.clause,
      });
    } else {
      reasons.push({
        test: "reset",
        met: true,
        text: `no ${form === "filing" ? "filing date" : "closing date"} given: the IPO reset is not applied; the test uses the conversion price ${formatExactMoney(cp)}`,
        clause: clauseOf(cls, "IPO Reset", "IPO Reset"),
      });
    }
  }

  if (!cls.autoConvertPrice && !cls.autoConvertProceeds) {
    return {
      converts: false,
      conversionPrice: cp,
      reasons: [
        ...reasons,
        {
          test: "none",
          met: false,
          text: `${cls.name} has no Auto Convert Price or Auto Convert Proceeds threshold: it does not convert automatically on an IPO`,
          clause: clauseOf(cls, "Auto Convert Price", "Auto Convert Price"),
        },
      ],
    };
  }
  if (cls.autoConvertPrice) reasons.push(test("price", cls, cls.autoConvertPrice, ipoPrice, cp, factor));
  if (cls.autoConvertProceeds) reasons.push(test("proceeds", cls, cls.autoConvertProceeds, proceeds, cp, factor));
  const converts = reasons.filter((r) => r.test === "price" || r.test === "proceeds").every((r) => r.met);
  return { converts, conversionPrice: cp, reasons };
}
