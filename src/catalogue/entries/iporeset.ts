// CHARTER.IPORESET(terms, className, ipoPrice, date, [issueDate]): a class's conversion price after an
// IPO reset: Juniper 6(c) (Series D1 at 85%/75%/65% of the IPO price by filing date) and MagiNet 3(f)(iv)
// (Series D, the lower of (A) and (B), floored at the Series C price). A class without a rule keeps its price.
import { ipoReset } from "../../engine/ipo";
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
    param.date("date", "Date of the event the rule counts from: the filing date for a filing-window rule, the offering date otherwise."),
    optional(param.date("issueDate", "Original issue date of the class for a filing-window rule; omitted: its Issue Date in the terms.")),
  ],
  result: "number",
  returns: "The conversion price after the IPO, in dollars.",
  run: (terms, className, ipoPrice, date, issueDate) => ipoReset(terms, className, ipoPrice, date, issueDate).price,
});
