// CHARTER.IPORESET(terms, className, ipoPrice, date, [issueDate], [events]): a class's conversion price
// after an IPO reset: Juniper 6(c) (Series D1 at 85%/75%/65% of the IPO price by the filing of the
// registration statement) and MagiNet 3(f)(iv) (Series D, the lower of (A) and (B) at the closing of the
// Public Offering, floored at the Series C price). A class without a rule keeps its price. With `events`
// (a range as CPHISTORY's), the prices in effect and the $7.00 of 3(f)(iv)(A) follow the events on or
// before `date` (splits, combinations and stock dividends; issues that adjusted the prices).
import { ipoReset } from "../../engine/ipo";
import { eventsFromTable, termsAsOf } from "../../engine/ledger";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { CLASS_NAME, IPO_PRICE, TERMS } from "../shared-params";

export const IPORESET = defineFunction({
  name: "IPORESET",
  description: "Conversion price of a class after its IPO reset rule (the price unchanged when the class has none).",
  params: [
    TERMS,
    CLASS_NAME,
    IPO_PRICE,
    param.date(
      "date",
      "The date the class's rule counts from, as the charter names it: for a filing-window rule the filing of the registration statement (Juniper 6(c)); for an offering rule the closing of the Public Offering (MagiNet 3(f)(iv)).",
    ),
    optional(param.date("issueDate", "Original issue date of the class for a filing-window rule; omitted: its Issue Date in the terms.")),
    optional(
      param.matrix(
        "events",
        "Events as CPHISTORY takes them (header row Date, Event, ...): those on or before date give the conversion prices in effect, and their splits, combinations and stock dividends adjust the offering rule's price threshold (MagiNet 3(f)(iv)(A): $7.00 as adjusted). Omitted: the terms' prices, no splits.",
      ),
    ),
  ],
  result: "number",
  returns: "The conversion price after the IPO, in dollars.",
  run: (terms, className, ipoPrice, date, issueDate, events) => {
    if (!events) return ipoReset(terms, className, ipoPrice, date, issueDate).price;
    const now = termsAsOf(terms, eventsFromTable(events, "events"), date);
    return ipoReset(now.terms, className, ipoPrice, date, issueDate, undefined, { commonFactor: now.commonFactor }).price;
  },
});
