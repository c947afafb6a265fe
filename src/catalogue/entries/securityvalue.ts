// CHARTER.SECURITYVALUE(terms, prices, closingDate, [market], [discount]): the value of one security
// received in a deemed liquidation (Juniper FOURTH 4(d)(ii), MagiNet FOURTH 2(d)): the average closing
// (or over-the-counter) price over the period the charter names, less a discount when restricted.
import { ZERO } from "../../engine/decimal";
import { MARKETS, securityValue } from "../../engine/deemed-liquidation";
import { readDate, readNumber } from "../args";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { readRecords } from "../records";
import { TERMS } from "../shared-params";
import type { HostMatrix } from "../types";
import type { CharterTerms } from "../../engine/terms/model";
import type { Decimal } from "../../engine/decimal";

const PARAMS = [
  TERMS,
  param.matrix("prices", "Closing prices with a header row Date, Price: one row per trading day, in any order (a day without a price has no row)."),
  param.date("closingDate", "The closing of the transaction (a date or YYYY-MM-DD)."),
  optional(
    param.choice(
      "market",
      "exchange (default: closing prices on a securities exchange) or otc (closing bid, or bid or sale, prices over the counter, as the charter says).",
      MARKETS,
    ),
  ),
  optional(param.ratio("discount", "For a security restricted in its marketability: the discount from the market value, a fraction (0.2 for 20%); default 0.")),
] as const;

function compute(terms: CharterTerms, prices: HostMatrix, closing: string, market: (typeof MARKETS)[number] | null, discount: Decimal | null) {
  const points = readRecords(prices, { date: { header: "Date", read: readDate }, price: { header: "Price", read: readNumber } }, "prices");
  return securityValue(terms, points, closing, market ?? "exchange", discount ?? ZERO);
}

export const SECURITYVALUE = defineFunction({
  name: "SECURITYVALUE",
  description:
    "Value of one security received in a deemed liquidation: the average closing price over the charter's period before the closing, less any discount.",
  params: PARAMS,
  result: "number",
  returns: "The value per security in dollars: the exact average (not rounded), times 1 less the discount.",
  run: (terms, prices, closing, market, discount) => compute(terms, prices, closing, market, discount).value,
  reasons: (terms, prices, closing, market, discount) => compute(terms, prices, closing, market, discount).reasons,
});
