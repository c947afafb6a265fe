// Automatic conversion on an IPO: the class's Auto Convert Price and Auto Convert Proceeds thresholds
// (JT Storage Art. IV(B)4(b)(i), Juniper 6(a)(ii), MagiNet 3(a)(v)).
import type { Decimal } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { CharterTerms, IsoDate, ShareClass, Threshold } from "../terms/model";
import { grouped, money } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";
import { ipoReset } from "./reset";

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

/** The threshold's amount and how it was reached, e.g. "3 x the conversion price $0.44 = $1.32". */
function limitOf(t: Threshold, cp: Decimal, show: (x: Decimal) => string): { limit: Decimal; how: string } {
  if (!t.ofConversionPrice) return { limit: t.value, how: show(t.value) };
  const limit = t.value.times(cp);
  return { limit, how: `${t.value.toFixed()} x the conversion price ${money(cp)} = ${show(limit)}` };
}

function test(
  kind: "price" | "proceeds",
  cls: ShareClass,
  t: Threshold,
  x: Decimal,
  cp: Decimal,
): AutoConvertReason {
  const column = kind === "price" ? "Auto Convert Price" : "Auto Convert Proceeds";
  const show = kind === "price" ? money : (v: Decimal) => `$${grouped(v)}`;
  const { limit, how } = limitOf(t, cp, show);
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
 * price). Every threshold the class has must be met. With `date`, a class with an IPO Reset is tested
 * against its reset conversion price (see ipoReset for what the date means).
 */
export function autoConverts(
  terms: CharterTerms,
  className: string,
  ipoPrice: Decimal,
  proceeds: Decimal,
  date?: IsoDate | null,
): AutoConvertResult {
  const cls = findClass(terms, className);
  if (cls.kind !== "preferred") {
    throw invalid({ argument: "className", className: cls.name, value: className }, `is ${cls.kind}, not preferred: only preferred stock converts automatically`);
  }
  if (!ipoPrice.isFinite() || ipoPrice.lte(0)) {
    throw invalid({ argument: "ipoPrice", className: cls.name, value: ipoPrice.toString() }, "the IPO price per share must be a number above zero");
  }
  if (!proceeds.isFinite() || proceeds.isNegative()) {
    throw invalid({ argument: "proceeds", className: cls.name, value: proceeds.toString() }, "the offering proceeds must be a number, zero or more");
  }
  const given = date === undefined || date === null || String(date).trim() === "" ? null : parseIsoDate(date, { argument: "date", className: cls.name });

  const reasons: AutoConvertReason[] = [];
  let cp = cls.conversionPrice;
  if (cls.ipoReset && cls.ipoReset.trim() !== "") {
    if (given !== null) {
      // Reading: the thresholds measure "the ... Conversion Price then in effect" (MagiNet 3(a)(v)); the
      // reset takes effect "immediately prior to the closing ... and immediately prior to any automatic
      // conversion" (MagiNet 3(f)(iv)(A)), so the reset price is the one in effect for the test. The same
      // is read into Juniper 6(a)(ii) ("the then effective Conversion Price") for the Series D1 reset.
      const reset = ipoReset(terms, cls.name, ipoPrice, given);
      cp = reset.price;
      reasons.push({
        test: "reset",
        met: true,
        text: `the IPO reset on ${given} makes the conversion price then in effect ${money(cp)}`,
        clause: reset.clause,
      });
    } else {
      reasons.push({
        test: "reset",
        met: true,
        text: `no date given: the IPO reset is not applied; the test uses the conversion price ${money(cp)}`,
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
  if (cls.autoConvertPrice) reasons.push(test("price", cls, cls.autoConvertPrice, ipoPrice, cp));
  if (cls.autoConvertProceeds) reasons.push(test("proceeds", cls, cls.autoConvertProceeds, proceeds, cp));
  const converts = reasons.filter((r) => r.test === "price" || r.test === "proceeds").every((r) => r.met);
  return { converts, conversionPrice: cp, reasons };
}
