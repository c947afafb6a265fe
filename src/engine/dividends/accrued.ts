// Dividends per share: the accrual of a cumulative rate, and the dividend part of a liquidation
// preference under each class's Dividend Accrual rule.
import { Decimal, ZERO, max } from "../decimal";
import { yearFraction } from "../dates";
import { invalid } from "../errors";
import type { DayCount, IsoDate, ShareClass } from "../terms/model";

/**
 * Accrued dividend per share: rate x the year fraction from `issueDate` to `asOf` on `basis`, less
 * `paid`, never below zero. "Accrue ... from day to day" and "adjusted for partial years" (JT Storage
 * Art. IV(B)1(a), 2(a)(i)) are read as a simple (not compounded) accrual over the day-count basis.
 */
export function accruedPerShare(rate: Decimal, issueDate: IsoDate, asOf: IsoDate, paid: Decimal, basis: DayCount): Decimal {
  return max(ZERO, rate.times(yearFraction(issueDate, asOf, basis)).minus(paid));
}

/**
 * The dividends added to one share's liquidation preference at `asOf` (the distribution date):
 * - declared: declared but unpaid (Juniper 4(a)(ii); MagiNet 2(a))
 * - cumulative: the accrual less dividends paid
 * - greater-of: the greater of the accrual less dividends paid and the declared but unpaid
 *   (JT Storage Art. IV(B)2(a)(i)-(ii))
 */
export function preferenceDividend(cls: ShareClass, asOf: IsoDate | null): Decimal {
  if (cls.dividendAccrual === "declared") return cls.declaredUnpaid;
  if (cls.dividendRate.isZero()) {
    return cls.dividendAccrual === "greater-of" ? cls.declaredUnpaid : ZERO;
  }
  if (!cls.issueDate) {
    throw invalid({ className: cls.name, column: "Issue Date" }, `a ${cls.dividendAccrual} dividend accrues from the issue date; give one`);
  }
  if (!asOf) {
    throw invalid({ argument: "asOf", className: cls.name }, "a date is needed to accrue the cumulative dividend to; give the distribution date");
  }
  const accrued = accruedPerShare(cls.dividendRate, cls.issueDate, asOf, cls.dividendsPaid, cls.dayCount);
  return cls.dividendAccrual === "cumulative" ? accrued : max(accrued, cls.declaredUnpaid);
}
