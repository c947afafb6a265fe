// CHARTER.AUTOCONVERT(terms, className, ipoPrice, proceeds, [date]): whether an IPO converts a class
// automatically: its Auto Convert Price and Auto Convert Proceeds tests (JT Storage Art. IV(B)4(b)(i),
// Juniper 6(a)(ii), MagiNet 3(a)(v)), each one the class has must be met.
import { autoConverts } from "../../engine/ipo";
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
    optional(param.date("date", "IPO date: a class with an IPO reset is then tested against its reset conversion price; omitted: the price in the terms.")),
  ],
  result: "boolean",
  returns: "TRUE or FALSE.",
  run: (terms, className, ipoPrice, proceeds, date) => autoConverts(terms, className, ipoPrice, proceeds, date).converts,
});
