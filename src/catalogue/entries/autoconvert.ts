// CHARTER.AUTOCONVERT(terms, className, ipoPrice, proceeds, [closingDate], [filingDate], [events]):
// whether an IPO converts a class automatically: its Auto Convert Price and Auto Convert Proceeds tests
// (JT Storage Art. IV(B)4(b)(i), Juniper 6(a)(ii), MagiNet 3(a)(v)), each one the class has must be met.
// Each date is the one the clauses name: the closing (the conversion itself, and MagiNet 3(f)(iv)'s
// reset "immediately prior to the closing"), the filing of the registration statement (Juniper 6(c)).
import { autoConverts } from "../../engine/ipo";
import { eventsFromTable, termsAsOf } from "../../engine/ledger";
import { invalid } from "../../engine/errors";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { CLASS_NAME, IPO_PRICE, TERMS } from "../shared-params";

export const AUTOCONVERT = defineFunction({
  name: "AUTOCONVERT",
  description: "TRUE when an IPO at this price and these proceeds converts the class automatically (every test the class has is met).",
  params: [
    TERMS,
    CLASS_NAME,
    IPO_PRICE,
    param.number("proceeds", "Offering proceeds in dollars, as the charter measures them (gross, or net of underwriting discounts)."),
    optional(
      param.date(
        "closingDate",
        "The closing of the offering, on which the class converts (JT Storage Art. IV(B)4(b)(i); Juniper 6(a)(ii); MagiNet 3(a)(v)); an offering-rule reset (MagiNet 3(f)(iv)) is taken immediately before it. Omitted: no offering-rule reset.",
      ),
    ),
    optional(
      param.date(
        "filingDate",
        "The filing of the registration statement, which a filing-window reset counts to (Juniper 6(c), Series D1). Omitted: no filing-window reset.",
      ),
    ),
    optional(
      param.matrix(
        "events",
        "Events as CPHISTORY takes them: those on or before closingDate give the conversion prices in effect, and their splits, combinations and stock dividends adjust a price test stated in dollars (JT Storage: $5.00 as adjusted). Needs closingDate.",
      ),
    ),
  ],
  result: "boolean",
  returns: "TRUE or FALSE.",
  run: (terms, className, ipoPrice, proceeds, closingDate, filingDate, events) => {
    const dates = { closing: closingDate, filing: filingDate };
    if (!events) return autoConverts(terms, className, ipoPrice, proceeds, dates).converts;
    if (!closingDate) throw invalid({ argument: "closingDate" }, "give the closing date: the events count up to the closing");
    const now = termsAsOf(terms, eventsFromTable(events, "events"), closingDate);
    return autoConverts(now.terms, className, ipoPrice, proceeds, dates, { commonFactor: now.commonFactor }).converts;
  },
});
