// CHARTER.REDEMPTION(terms, className, funds): the redemption schedule of a redeemable class (JT Storage
// Art. IV(B)3): the shares called on each redemption date, the price (Redemption Price plus accrued
// unpaid dividends), the whole shares the funds legally available cover, and what is carried forward.
import { redemptionSchedule } from "../../engine/redemption";
import { readCash, readDate } from "../args";
import { defineFunction } from "../define";
import { param } from "../params";
import { readRecords } from "../records";
import { CLASS_NAME, TERMS } from "../shared-params";
import type { ResultCell } from "../types";

export const REDEMPTION_HEADER = [
  "Date",
  "Portion",
  "Shares Called",
  "Shares Carried",
  "Shares Required",
  "Dividend Per Share",
  "Price",
  "Funds",
  "Shares Redeemed",
  "Amount Paid",
  "Funds Unused",
  "Shares Owed",
  "Shares Outstanding",
  "Clause",
] as const;

export const REDEMPTION = defineFunction({
  name: "REDEMPTION",
  description: "Redemption schedule of a class given the funds legally available on each date (a header row, then one row per date).",
  params: [TERMS, CLASS_NAME, param.matrix("funds", "Funds legally available, with a header row Date, Amount (a date or YYYY-MM-DD; dollars).")],
  result: "matrix",
  returns: "Rows per date: shares called, carried and redeemed, price per share, amount paid, shares still owed and outstanding.",
  run: (terms, className, funds) => {
    const available = readRecords(funds, { date: { header: "Date", read: readDate }, amount: { header: "Amount", read: readCash } }, "funds");
    const rows: ResultCell[][] = [[...REDEMPTION_HEADER]];
    for (const r of redemptionSchedule(terms, className, available).rows) {
      rows.push([
        r.date,
        r.portion,
        r.sharesCalled,
        r.sharesCarried,
        r.sharesRequired,
        r.dividendPerShare,
        r.price,
        r.funds,
        r.sharesRedeemed,
        r.amountPaid,
        r.fundsUnused,
        r.sharesOwed,
        r.sharesOutstanding,
        r.clause,
      ]);
    }
    return rows;
  },
});
