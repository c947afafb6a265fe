// The value of one security received in a deemed liquidation: Juniper FOURTH 4(d)(ii)(A)-(B), MagiNet
// FOURTH 2(d)(i)-(ii) ("the average of the ... closing prices ... over the thirty-day period ending three
// (3) days prior to the closing"); JT Storage Art. IV(B)2(c)(ii) has no formula (the Board's good-faith value).
import { addDays } from "../dates";
import { Decimal, ONE, sum } from "../decimal";
import { invalid, type ErrorPlace } from "../errors";
import type { CharterTerms, IsoDate } from "../terms/model";
import { deemedLiquidationRule } from "./rule";
import type { Reason } from "./verdict";

export const MARKETS = ["exchange", "otc"] as const;
export type Market = (typeof MARKETS)[number];

export interface PricePoint {
  date: IsoDate;
  price: Decimal;
  /** The row the price came from, for messages (counted from 1 under the header). */
  row?: number;
}

export interface SecurityValueResult {
  /** The value of one security: the exact average (60 significant digits), less the discount; not rounded. */
  value: Decimal;
  average: Decimal;
  /** The window's first and last calendar days, both included. */
  from: IsoDate;
  to: IsoDate;
  /** The prices inside the window, in date order. */
  used: PricePoint[];
  reasons: Reason[];
}

/**
 * The calendar days of "the thirty-day period ending three (3) days prior to the closing".
 * Reading: "three days prior to the closing" is the calendar day three days before the closing date
 * (a closing on 2000-03-15 gives 2000-03-12), and the period is the thirty calendar days that end on
 * that day, both ends included (2000-02-12 to 2000-03-12). Alternatives not taken: thirty trading days
 * (the clause says "period", which runs in days, not in prices), three business days, and a period
 * ending the day before the third day (which would leave the named day out of the period it ends).
 */
export function valuationWindow(closing: IsoDate, days: number, before: number): { from: IsoDate; to: IsoDate } {
  const to = addDays(closing, -before);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * The value of one security under the charter's market formula. A day without a price (a weekend, a
 * holiday, a day with no trade) simply has no row: the average is over the trading days present in the
 * window. An empty window is an error naming its dates. `discount` (a fraction, 0 up to 1) is the
 * "appropriate discount" for a restricted security, which the clause leaves to be determined: an input.
 */
export function securityValue(
  terms: CharterTerms,
  prices: readonly PricePoint[],
  closing: IsoDate,
  market: Market,
  discount: Decimal,
  argument = "terms",
): SecurityValueResult {
  const rule = deemedLiquidationRule(terms, argument);
  if (rule.board) {
    throw invalid(
      { argument, column: "Deemed Liquidation", value: "securities board" },
      `the charter has no market formula (${rule.board.clause}: the Board of Directors values non-cash assets in good faith); use the Board's value as an input`,
    );
  }
  if (!rule.market) {
    throw invalid(
      { argument, column: "Deemed Liquidation", value: rule.text },
      "gives no securities part; add e.g. securities average 30 days ending 3 days before closing",
    );
  }
  if (market === "otc" && !rule.otc) {
    throw invalid({ argument: "market", value: market }, "the charter gives no over-the-counter formula; use exchange, or give the value as an input");
  }
  if (discount.isNegative() || discount.greaterThanOrEqualTo(1)) {
    throw invalid({ argument: "discount", value: discount.toString() }, "is a fraction from 0 up to 1 (a 20% discount is 0.2)");
  }
  const seen = new Map<IsoDate, PricePoint>();
  for (const p of prices) {
    const place: ErrorPlace = { argument: p.row === undefined ? "prices" : `prices row ${p.row}`, column: "Price", value: p.price.toString() };
    if (p.price.isNegative()) throw invalid(place, "a price must not be negative");
    const twin = seen.get(p.date);
    if (twin) {
      throw invalid(
        { argument: "prices", column: "Date", value: p.date },
        `appears twice${twin.row !== undefined && p.row !== undefined ? ` (rows ${twin.row} and ${p.row})` : ""}; give one closing price per trading day`,
      );
    }
    seen.set(p.date, p);
  }
  const { days, before } = rule.market;
  const { from, to } = valuationWindow(closing, days, before);
  const used = [...seen.values()].filter((p) => p.date >= from && p.date <= to).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (used.length === 0) {
    throw invalid(
      { argument: "prices" },
      `has no price in the ${days}-day period ${from} to ${to} (ending ${before} days before the closing on ${closing}); give the closing prices of the trading days in it`,
    );
  }
  const average = sum(used.map((p) => p.price)).div(used.length);
  const value = average.times(ONE.minus(discount));
  const what =
    market === "exchange"
      ? "closing prices on the exchange"
      : rule.otc!.prices === "bid"
        ? "closing bid prices over the counter"
        : "closing bid or sale prices (whichever is applicable) over the counter";
  const reasons: Reason[] = [
    {
      clause: market === "exchange" ? rule.market.clause : rule.otc!.clause,
      text: `the average of the ${what} over the ${days} days ${from} to ${to} (ending ${before} days before the closing on ${closing})`,
    },
    {
      clause: rule.market.clause,
      text: `${used.length} trading days with a price (days without one have no row): ${sum(used.map((p) => p.price)).toFixed()} / ${used.length} = ${average.toFixed()}`,
    },
  ];
  if (!discount.isZero()) {
    reasons.push({
      clause: rule.restricted?.clause ?? rule.market.clause,
      text: `restricted: less a discount of ${discount.times(100).toFixed()}%, ${average.toFixed()} x ${ONE.minus(discount).toFixed()} = ${value.toFixed()}`,
    });
  }
  return { value, average, from, to, used, reasons };
}
