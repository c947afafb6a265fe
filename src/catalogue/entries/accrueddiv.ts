// CHARTER.ACCRUEDDIV(rate, issueDate, asOf, [paid], [basis]): the cumulative dividend accrued on one
// share, e.g. JT Storage Art. IV(B)1(a) ($0.09 per share per annum, accruing "from day to day") and
// the accrual in the liquidation preference, Art. IV(B)2(a)(i) ("adjusted ... for partial years").
import { ZERO } from "../../engine/decimal";
import { accruedPerShare, DAY_COUNTS } from "../../engine/dividends";
import { requireNonNegative } from "../../engine/checks";
import { defineFunction } from "../define";
import { optional, param } from "../params";

export const ACCRUEDDIV = defineFunction({
  name: "ACCRUEDDIV",
  description: "Cumulative dividend accrued on one share from its issue date to a date, less dividends paid (simple accrual, never below zero).",
  params: [
    param.number("rate", "Dividend per share per annum, e.g. 0.09 for $0.09 a share a year."),
    param.date("issueDate", "Original issue date, from which the dividend accrues (a date or YYYY-MM-DD)."),
    param.date("asOf", "Date to accrue to, e.g. the date of distribution (a date or YYYY-MM-DD)."),
    optional(param.number("paid", "Dividends already paid per share, deducted from the accrual. Default 0.")),
    optional(
      param.choice(
        "basis",
        "Day count for partial years: actual/365 (default), anniversary (whole years by anniversary plus the partial year by its actual days; actual/actual is the same) or 30/360.",
        DAY_COUNTS,
      ),
    ),
  ],
  result: "number",
  returns: "The accrued and unpaid dividend per share, unrounded.",
  run: (rate, issueDate, asOf, paid, basis) => {
    requireNonNegative(rate, { argument: "rate" });
    const paidSoFar = paid ?? ZERO;
    requireNonNegative(paidSoFar, { argument: "paid" });
    // Decision: a date before the issue date is an error naming asOf and issueDate's value (issue #3:
    // bad input gets a clear message, never a wrong number); the accrual is per share and left
    // unrounded, since the charters round only the payment, not the accrual.
    return accruedPerShare(rate, issueDate, asOf, paidSoFar, basis ?? DAY_COUNTS[0], {
      place: { argument: "asOf" },
      issueName: "issueDate",
    });
  },
});
