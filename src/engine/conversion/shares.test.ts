import fc from "fast-check";
import { ChartError } from "../errors";
import { conversionShares, conversionRoundingRule } from "./shares";
import { d } from "../../../test/fixtures/classes";

describe("conversionShares: shares x Issue Price / Conversion Price", () => {
  test("Juniper Series C, rounded down with cash in lieu (6(a)(i), 6(g)(i))", () => {
    // 1,000 x $8.93 / $3.97 = 8,930 / 3.97 = 2,249.370277078...; 3.97 x 2,249 = 8,928.53, rest 1.47 / 3.97
    // = 0.370277078...; cash at a $10.00 market value: 0.370277078... x 10 = $3.70277078...
    const r = conversionShares(d(1000), d("8.93"), d("3.97"), "down", d(10));
    expect(r.commonShares.toString()).toBe("2249");
    expect(r.exact.toFixed(9)).toBe("2249.370277078");
    expect(r.fraction.toFixed(9)).toBe("0.370277078");
    expect(r.cashInLieu!.toFixed(8)).toBe("3.70277078");
  });

  test("Juniper Series A at $1.00 / $0.44", () => {
    // 100 x 1.00 / 0.44 = 227.2727...; down: 227
    const r = conversionShares(d(100), d("1.00"), d("0.44"), "down");
    expect(r.commonShares.toString()).toBe("227");
    expect(r.exact.toFixed(4)).toBe("227.2727");
    expect(r.cashInLieu).toBeNull(); // no fair market value given
  });

  test("MagiNet Series A at $2.00 / $2.00 converts one for one (3(a)(i)): no fraction, no cash", () => {
    // 1,500 x 2.00 / 2.00 = 1,500
    const r = conversionShares(d(1500), d("2.00"), d("2.00"), "down", d(3));
    expect(r.commonShares.toString()).toBe("1500");
    expect(r.fraction.isZero()).toBe(true);
    expect(r.cashInLieu!.isZero()).toBe(true);
  });

  test("JT Storage rounds a fraction up to one whole share (4(c)(i)), with no cash", () => {
    // $1.00 / $0.30 per share; 10 shares: 10 x 1.00 / 0.30 = 33.333...; up: 34
    const r = conversionShares(d(10), d("1.00"), d("0.30"), "up", d(2));
    expect(r.commonShares.toString()).toBe("34");
    expect(r.fraction.toFixed(6)).toBe("0.333333");
    expect(r.cashInLieu).toBeNull();
  });

  test("nearest rounds half up; none keeps the fraction", () => {
    // 5 x 1.00 / 2.00 = 2.5 -> 3 (half up); 100 x 1.00 / 0.44 = 227.27... -> 227
    expect(conversionShares(d(5), d(1), d(2), "nearest").commonShares.toString()).toBe("3");
    expect(conversionShares(d(100), d(1), d("0.44"), "nearest").commonShares.toString()).toBe("227");
    // none: 5 x 1.00 / 2.00 = 2.5 stays 2.5
    expect(conversionShares(d(5), d(1), d(2), "none").commonShares.toString()).toBe("2.5");
  });

  test("zero shares convert into zero", () => {
    const r = conversionShares(d(0), d("4.50"), d("4.50"), "down", d(5));
    expect(r.commonShares.isZero()).toBe(true);
    expect(r.cashInLieu!.isZero()).toBe(true);
  });

  test("errors name the argument and the value", () => {
    expect(() => conversionShares(d(-1), d(1), d(1), "down")).toThrow('argument preferredShares, value "-1": must not be negative');
    expect(() => conversionShares(d(1), d(0), d(1), "down")).toThrow('argument issuePrice, value "0": must be more than zero');
    expect(() => conversionShares(d(1), d(1), d("-0.5"), "down")).toThrow('argument conversionPrice, value "-0.5": must be more than zero');
    expect(() => conversionShares(d(1), d(1), d(1), "down", d(-2))).toThrow('argument fairMarketValue, value "-2": must not be negative');
    expect(() => conversionShares(d(1), d(1), d(1), "sideways" as never)).toThrow('argument rounding, value "sideways": is not a rounding rule');
    expect(() => conversionShares(d("NaN"), d(1), d(1), "down")).toThrow('argument preferredShares, value "NaN": is not a number');
    try {
      conversionShares(d(1), d(1), d(0), "down");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ChartError);
      expect((e as ChartError).kind).toBe("value");
      expect((e as ChartError).place.argument).toBe("conversionPrice");
    }
  });

  test("rounding rules are read case-insensitively", () => {
    expect(conversionRoundingRule(" Down ")).toBe("down");
    expect(conversionShares(d(10), d(1), d("0.3"), "UP" as never).commonShares.toString()).toBe("34");
  });

  test("property: rounding down delivers the whole part and the fraction is below one share", () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 });
    const cents = fc.integer({ min: 1, max: 100_000 });
    fc.assert(
      fc.property(amount, cents, cents, (shares, oip, cp) => {
        const r = conversionShares(d(shares), d(oip).div(100), d(cp).div(100), "down", d(1));
        return (
          r.commonShares.plus(r.fraction).equals(r.exact) && r.fraction.greaterThanOrEqualTo(0) && r.fraction.lessThan(1) && r.cashInLieu!.equals(r.fraction)
        );
      }),
      { numRuns: 200 },
    );
  });
});
