// The IPO reset of a class's conversion price, driven by its IPO Reset column (see ./rule.ts for the
// two rule forms). Called by the conversion-price ledger for an IPO event and by CHARTER.IPORESET.
import type { Decimal } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid, type ErrorPlace } from "../errors";
import type { CharterTerms, IsoDate } from "../terms/model";
import { applyFilingRule } from "./filing";
import { formatExactMoney } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";
import { applyOfferingRule } from "./offering";
import type { AsAdjusted, IpoResetResult } from "./result";
import { parseIpoReset } from "./rule";

/**
 * The conversion price of `className` after an IPO at `ipoPrice` per share.
 * `eventDate` is the date the rule keys on: for a filing rule (Juniper 6(c)) the filing of the
 * registration statement; for an offering rule (MagiNet 3(f)(iv)) the date of the Public Offering (its
 * closing). `issueDate`, when given, replaces the class's Issue Date as the Original Issue Date of a
 * filing rule (an offering rule counts from its own date and ignores it).
 * `datePlace` names `eventDate` in errors as the caller calls it: by default the `date` argument of
 * IPORESET and AUTOCONVERT; the ledger passes the Date column of its events row.
 * `adjusted.commonFactor`: the splits, combinations and stock dividends up to the offering, which the
 * offering rule's threshold price follows (MagiNet 3(f)(iv)(A): "$7.00 (as adjusted for any stock
 * dividends, combinations, or splits)"); the conversion prices in `terms` are those in effect.
 * A class without an IPO Reset rule keeps its conversion price (applied false).
 */
export function ipoReset(
  terms: CharterTerms,
  className: string,
  ipoPrice: Decimal,
  eventDate: IsoDate,
  issueDate?: IsoDate | null,
  datePlace: ErrorPlace = { argument: "date" },
  adjusted: AsAdjusted = {},
): IpoResetResult {
  const cls = findClass(terms, className);
  if (!ipoPrice.isFinite() || ipoPrice.lte(0)) {
    throw invalid({ argument: "ipoPrice", className: cls.name, value: ipoPrice.toString() }, "the IPO price per share must be a number above zero");
  }
  const date = parseIsoDate(eventDate, { ...datePlace, className: cls.name });
  const clause = clauseOf(cls, "IPO Reset", "IPO Reset");
  const rule = cls.ipoReset?.trim();
  if (!rule) {
    return {
      price: cls.conversionPrice,
      applied: false,
      steps: [{ text: `${cls.name} has no IPO Reset rule: the conversion price stays ${formatExactMoney(cls.conversionPrice)}`, clause }],
      clause,
    };
  }
  const parsed = parseIpoReset(rule, cls.name);
  if (parsed.form === "offering") return applyOfferingRule(parsed, terms, cls, ipoPrice, date, clause, adjusted.commonFactor);

  // Juniper 6(c): the windows run from the Original Issue Date; the argument, when given, wins over
  // the class's Issue Date column.
  const given = issueDate === undefined || issueDate === null || String(issueDate).trim() === "" ? null : issueDate;
  const start = given !== null ? parseIsoDate(given, { argument: "issueDate", className: cls.name }) : cls.issueDate;
  if (!start) {
    throw invalid(
      { className: cls.name, column: "Issue Date" },
      "the IPO reset windows run from the Original Issue Date; give the class an Issue Date or pass issueDate",
    );
  }
  return applyFilingRule(parsed, cls, ipoPrice, date, start, clause, datePlace);
}
