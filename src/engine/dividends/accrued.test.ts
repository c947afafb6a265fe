import { Decimal } from "../decimal";
import type { ShareClass } from "../terms/model";
import { accruedPerShare, preferenceDividend } from "./accrued";
import { shareClass } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string | number) => new Decimal(x);
/** Equal to 40 decimal places (a repeating decimal such as 131.49 / 365 is held to 60 digits either way). */
const same = (a: Decimal, b: Decimal) => a.minus(b).abs().lessThan(d("1e-40"));
const RATE = d("0.09"); // JT Storage Art. IV(B)1(a): $0.09 per share per annum

describe("accruedPerShare: JT Storage $0.09 a year from 1996-01-10", () => {
  it("four whole years to 2000-01-10 on actual/actual and 30/360: 4 x $0.09 = $0.36", () => {
    expect(accruedPerShare(RATE, "1996-01-10", "2000-01-10", d(0), "actual/actual").eq(d("0.36"))).toBe(true);
    expect(accruedPerShare(RATE, "1996-01-10", "2000-01-10", d(0), "30/360").eq(d("0.36"))).toBe(true);
  });

  it("actual/365 over the same four years counts 1,461 days (1996-02-29 inside): $0.09 x 1461 / 365", () => {
    // 4 x 365 + 1 = 1461 days; 0.09 x 1461 = 131.49; / 365 = 0.36024657...
    const got = accruedPerShare(RATE, "1996-01-10", "2000-01-10", d(0), "actual/365");
    expect(same(got, d("131.49").div(365))).toBe(true);
    expect(got.toDecimalPlaces(8).toString()).toBe("0.36024658");
  });

  it("a partial year, 1996-01-10 to 1996-07-10 (182 days), on each basis", () => {
    // Days: Jan 21 + Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 10 = 182.
    // actual/365: 0.09 x 182 / 365 = 16.38 / 365
    expect(same(accruedPerShare(RATE, "1996-01-10", "1996-07-10", d(0), "actual/365"), d("16.38").div(365))).toBe(true);
    // actual/actual: the year from 1996-01-10 to 1997-01-10 has 366 days: 16.38 / 366
    expect(same(accruedPerShare(RATE, "1996-01-10", "1996-07-10", d(0), "actual/actual"), d("16.38").div(366))).toBe(true);
    // 30/360: six months = 180 / 360 = 0.5 year: 0.09 x 0.5 = 0.045
    expect(accruedPerShare(RATE, "1996-01-10", "1996-07-10", d(0), "30/360").eq(d("0.045"))).toBe(true);
  });

  it("30/360 treats the 31st as the 30th: 1996-01-31 to 1996-03-31 is 60 days, 0.09 x 60 / 360 = 0.015", () => {
    expect(accruedPerShare(RATE, "1996-01-31", "1996-03-31", d(0), "30/360").eq(d("0.015"))).toBe(true);
  });

  it("actual/actual after whole years: 1996-01-10 to 1998-07-10 is 2 years + 181/365 (the year from 1998-01-10 has 365 days)", () => {
    // 1998-01-10 to 1998-07-10: Jan 21 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 10 = 181 days
    // 0.09 x (2 + 181/365) = 0.18 + 16.29/365
    const got = accruedPerShare(RATE, "1996-01-10", "1998-07-10", d(0), "actual/actual");
    expect(same(got, d("0.18").plus(d("16.29").div(365)))).toBe(true);
  });

  it("subtracts dividends paid, never going below zero", () => {
    // 0.36 - 0.10 = 0.26
    expect(accruedPerShare(RATE, "1996-01-10", "2000-01-10", d("0.10"), "30/360").eq(d("0.26"))).toBe(true);
    // 0.36 - 0.40 = -0.04, floored at 0
    expect(accruedPerShare(RATE, "1996-01-10", "2000-01-10", d("0.40"), "30/360").isZero()).toBe(true);
  });

  it("accrues nothing on the issue date; a date before it is an error (issue #3), not 0", () => {
    expect(accruedPerShare(RATE, "1996-01-10", "1996-01-10", d(0), "actual/365").isZero()).toBe(true);
    expect(thrown(() => accruedPerShare(RATE, "1996-01-10", "1995-12-31", d(0), "actual/365")).message).toBe(
      'argument asOf, value "1995-12-31": is before the issue date 1996-01-10',
    );
  });
});

describe("preferenceDividend", () => {
  const jt = (over: Partial<ShareClass> = {}) =>
    shareClass({
      name: "Series A",
      dividendRate: d("0.09"),
      dividendAccrual: "greater-of",
      dayCount: "30/360",
      issueDate: "1996-01-10",
      ...over,
    });

  it("greater-of (JT Storage Art. IV(B)2(a)(i)-(ii)): the accrual less paid when larger", () => {
    // (i) 0.36 - 0.10 = 0.26 against (ii) declared unpaid 0.20: 0.26
    expect(preferenceDividend(jt({ dividendsPaid: d("0.10"), declaredUnpaid: d("0.20") }), "2000-01-10").eq(d("0.26"))).toBe(true);
  });

  it("greater-of: the declared but unpaid when larger", () => {
    // (i) 0.26 against (ii) 0.30: 0.30
    expect(preferenceDividend(jt({ dividendsPaid: d("0.10"), declaredUnpaid: d("0.30") }), "2000-01-10").eq(d("0.30"))).toBe(true);
  });

  it("cumulative: the accrual less paid, ignoring declared unpaid", () => {
    // 0.36 - 0.10 = 0.26
    const cls = jt({ dividendAccrual: "cumulative", dividendsPaid: d("0.10"), declaredUnpaid: d("0.30") });
    expect(preferenceDividend(cls, "2000-01-10").eq(d("0.26"))).toBe(true);
  });

  it("declared (Juniper 4(a)(ii), MagiNet 2(a)): the declared but unpaid only, no date needed", () => {
    expect(preferenceDividend(jt({ dividendAccrual: "declared", declaredUnpaid: d("0.05") }), null).eq(d("0.05"))).toBe(true);
  });

  it("with no rate: greater-of gives the declared unpaid, cumulative nothing", () => {
    expect(preferenceDividend(jt({ dividendRate: d(0), declaredUnpaid: d("0.07") }), null).eq(d("0.07"))).toBe(true);
    expect(preferenceDividend(jt({ dividendRate: d(0), dividendAccrual: "cumulative", declaredUnpaid: d("0.07") }), null).isZero()).toBe(true);
  });

  it("a date before the class's Issue Date is an error naming asOf, the class and both dates (issue #3)", () => {
    expect(thrown(() => preferenceDividend(jt(), "1996-01-09")).message).toBe(
      'argument asOf, class Series A, value "1996-01-09": is before the class\'s Issue Date 1996-01-10',
    );
    expect(thrown(() => preferenceDividend(jt({ dividendAccrual: "cumulative" }), "1990-01-01")).message).toBe(
      'argument asOf, class Series A, value "1990-01-01": is before the class\'s Issue Date 1996-01-10',
    );
    // A class whose dividends are only declared does not accrue: the date does not matter.
    expect(preferenceDividend(jt({ dividendAccrual: "declared", declaredUnpaid: d("0.05") }), "1990-01-01").eq(d("0.05"))).toBe(true);
  });

  it("names the missing Issue Date and the missing date", () => {
    expect(thrown(() => preferenceDividend(jt({ issueDate: null }), "2000-01-10")).message).toBe(
      "class Series A, column Issue Date: a greater-of dividend accrues from the issue date; give one",
    );
    expect(thrown(() => preferenceDividend(jt(), null)).message).toBe(
      "argument asOf, class Series A: a date is needed to accrue the cumulative dividend to; give the distribution date",
    );
  });
});

describe("accruedPerShare on the anniversary basis (JT Storage Art. IV(B)1(a), 2(a)(i): per annum, adjusted for partial years)", () => {
  it("three whole years across 29 February 1996: exactly 3 x $0.09 = $0.27 (actual/365 gives 0.09 x 1096 / 365 = 0.270246...)", () => {
    // 1995-06-01 to 1998-06-01: three anniversaries; 1996-02-29 inside. 365 + 366 + 365 = 1096 days.
    expect(accruedPerShare(RATE, "1995-06-01", "1998-06-01", d(0), "anniversary").eq(d("0.27"))).toBe(true);
    const old = accruedPerShare(RATE, "1995-06-01", "1998-06-01", d(0), "actual/365");
    expect(same(old, d("98.64").div(365))).toBe(true); // 0.09 x 1096 = 98.64
    expect(old.toDecimalPlaces(6).toString()).toBe("0.270247");
  });

  it("the day before and the day after the third anniversary", () => {
    // Day before: 2 whole years (to 1997-06-01), then 1997-06-01 to 1998-05-31 = 364 of the 365 days of
    // that year (1997-06-01 to 1998-06-01 holds no 29 February): 0.18 + 0.09 x 364/365 = 0.18 + 32.76/365.
    expect(same(accruedPerShare(RATE, "1995-06-01", "1998-05-31", d(0), "anniversary"), d("0.18").plus(d("32.76").div(365)))).toBe(true);
    // Day after: 3 whole years, then 1 day of the year 1998-06-01 to 1999-06-01 (365 days): 0.27 + 0.09/365.
    expect(same(accruedPerShare(RATE, "1995-06-01", "1998-06-02", d(0), "anniversary"), d("0.27").plus(d("0.09").div(365)))).toBe(true);
  });

  it("a partial year that holds 29 February is pro rata over 366 days: 1995-06-01 to 1996-03-01 is 274 of 366", () => {
    // 1995-06-01 to 1996-03-01: Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 = 274 days;
    // the year 1995-06-01 to 1996-06-01 has 366 days. 0.09 x 274 / 366 = 24.66 / 366.
    expect(same(accruedPerShare(RATE, "1995-06-01", "1996-03-01", d(0), "anniversary"), d("24.66").div(366))).toBe(true);
    // 29 February itself to 1 March: the year 1996-02-28 .. is not involved; from 1996-02-29 the anniversaries are
    // 1997-02-28 (clamped): one whole year to 1997-02-28 = $0.09.
    expect(accruedPerShare(RATE, "1996-02-29", "1997-02-28", d(0), "anniversary").eq(d("0.09"))).toBe(true);
  });

  it("anniversary and actual/actual are the one basis (actual/actual is its older name)", () => {
    for (const end of ["1996-03-01", "1998-05-31", "1998-06-02", "2001-12-31"]) {
      expect(accruedPerShare(RATE, "1995-06-01", end, d(0), "anniversary").eq(accruedPerShare(RATE, "1995-06-01", end, d(0), "actual/actual"))).toBe(true);
    }
  });
});
