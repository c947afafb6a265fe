// Dividends per share: the accrual of a cumulative rate, and the dividend part of a liquidation
// preference under each class's Dividend Accrual rule.
import { Decimal, ZERO, max } from "../decimal";
import { yearFraction } from "../dates";
import { invalid, type ErrorPlace } from "../errors";
import type { DayCount, IsoDate, ShareClass } from "../terms/model";

/** Where an accrual date is checked: the place naming `asOf` in an error, and the issue date's name. */
export interface AccrualPlace {
  place: ErrorPlace;
  /** e.g. "the class's Issue Date"; the message reads "is before <issueName> <date>". */
  issueName: string;
}

/**
 * Accrued dividend per share: rate x the year fraction from `issueDate` to `asOf` on `basis`, less
 * `paid`, never below zero. "Accrue ... from day to day" and "adjusted for partial years" (JT Storage
 * Art. IV(B)1(a), 2(a)(i)) are read as a simple (not compounded) accrual over the day-count basis.
 * An `asOf` before `issueDate` is an error (issue #3: a date before the issue date is bad input, not
 * a zero accrual), named by `where`.
 */
export function accruedPerShare(
  rate: Decimal,
  issueDate: IsoDate,
  asOf: IsoDate,
  paid: Decimal,
  basis: DayCount,
  where: AccrualPlace = { place: { argument: "asOf" }, issueName: "the issue date" },
): Decimal {
  if (asOf < issueDate) throw invalid({ ...where.place, value: asOf }, `is before ${where.issueName} ${issueDate}`);
  return max(ZERO, rate.times(yearFraction(issueDate, asOf, basis)).minus(paid));
}

/** The place of an accrual date `asOf` for a class: argument asOf, the class, against its Issue Date. */
export function classAccrualPlace(cls: ShareClass): AccrualPlace {
  return { place: { argument: "asOf", className: cls.name }, issueName: "the class's Issue Date" };
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
  const accrued = accruedPerShare(cls.dividendRate, cls.issueDate, asOf, cls.dividendsPaid, cls.dayCount, classAccrualPlace(cls));
  return cls.dividendAccrual === "cumulative" ? accrued : max(accrued, cls.declaredUnpaid);
}
