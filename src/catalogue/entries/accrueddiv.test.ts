import type { Decimal } from "../../engine/decimal";
import { call } from "../index";
import { asHostError } from "../../../test/helpers/catalogue";

const accrued = (...args: (number | string | null)[]) => (call("ACCRUEDDIV", args) as Decimal).toString();
const failure = (...args: (number | string | null)[]) => asHostError(call("ACCRUEDDIV", args));

describe("ACCRUEDDIV (JT Storage Art. IV(B)1(a), 2(a)(i): $0.09 per share per annum, cumulative)", () => {
  it("one common year: 1995-01-01 to 1996-01-01 is 365 days, 0.09 x 365/365 = 0.09", () => {
    expect(accrued(0.09, "1995-01-01", "1996-01-01")).toBe("0.09");
  });
  it("takes Excel serials: 43466 (2019-01-01) to 43831 (2020-01-01), 365 days = 0.09", () => {
    expect(accrued(0.09, 43466, 43831)).toBe("0.09");
  });
  it("a leap year on actual/365 (the default): 366 days, 0.09 x 366 / 365 = 32.94 / 365 = 0.0902465753...", () => {
    // 365 x 0.09 = 32.85; remainder 0.09 / 365 = 0.000246575342...; total 0.090246575342...
    const x = call("ACCRUEDDIV", [0.09, "1996-01-01", "1997-01-01"]) as Decimal;
    expect(x.toDecimalPlaces(10).toString()).toBe("0.0902465753");
  });
  it("the same leap year on actual/actual is one whole year: 0.09", () => {
    expect(accrued(0.09, "1996-01-01", "1997-01-01", null, "actual/actual")).toBe("0.09");
  });
  it("30/360: 1996-01-31 to 1996-07-31 counts 30 x 6 = 180 days of 360 = 0.5 year; 0.09 x 0.5 = 0.045", () => {
    expect(accrued(0.09, "1996-01-31", "1996-07-31", null, "30/360")).toBe("0.045");
  });
  it("less dividends paid: two years 0.09 x 2 = 0.18, less 0.05 paid = 0.13", () => {
    expect(accrued(0.09, "1995-01-01", "1997-01-01", 0.05, "actual/actual")).toBe("0.13");
  });
  it("never below zero: 0.09 accrued, 0.10 paid gives 0", () => {
    expect(accrued(0.09, "1995-01-01", "1996-01-01", 0.1)).toBe("0");
  });
  it("domain.md worked example: 8% of $2.50 = $0.20 a year, 2018-01-01 to 2020-01-01 (730 days) = 0.40 a share", () => {
    // 730 / 365 = 2 years; 0.20 x 2 = 0.40; x 2,000,000 shares = $800,000, so the preference is $5,800,000.
    expect(accrued(0.2, "2018-01-01", "2020-01-01")).toBe("0.4");
  });
  it("a date before the issue date is an error naming asOf and the issue date (issue #3), not 0", () => {
    const e = failure(0.09, "1996-01-01", "1995-06-30");
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument asOf, value "1995-06-30": is before issueDate 1996-01-01');
    // On the issue date itself nothing has accrued yet: 0 days.
    expect(accrued(0.09, "1996-01-01", "1996-01-01")).toBe("0");
  });
  it("blank optionals take their defaults (paid 0, basis actual/365)", () => {
    // 1995-01-01 to 1995-07-01: 181 days; 0.09 x 181 / 365 = 16.29 / 365 = 0.044630136986...
    const x = call("ACCRUEDDIV", [0.09, "1995-01-01", "1995-07-01", "", ""]) as Decimal;
    expect(x.toDecimalPlaces(9).toString()).toBe("0.044630137");
  });
  it("refuses a negative rate or payment, naming the argument and value", () => {
    expect(failure(-0.09, "1995-01-01", "1996-01-01").message).toBe('argument rate, value "-0.09": must not be negative');
    expect(failure(0.09, "1995-01-01", "1996-01-01", -1).message).toBe('argument paid, value "-1": must not be negative');
  });
  it("refuses an unknown basis, listing the three", () => {
    const e = failure(0.09, "1995-01-01", "1996-01-01", 0, "actual/360");
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument basis, value "actual/360": must be one of actual/365, actual/actual, 30/360, anniversary');
  });
  it("refuses a bad date and a missing one", () => {
    expect(failure(0.09, "1995-13-01", "1996-01-01").message).toBe('argument issueDate, value "1995-13-01": is not a date; write it as YYYY-MM-DD');
    expect(failure(0.09, "1995-01-01", null).message).toBe("argument asOf: is required");
  });
});
