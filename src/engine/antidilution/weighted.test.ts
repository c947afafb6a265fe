import fc from "fast-check";
import { d } from "../../../test/fixtures/classes";
import { weightedAverage, weightedAverageArithmetic, weightedAverageAtPrice } from "./weighted";

describe("weightedAverage: CP2 = CP1 x (A + B) / (A + C)", () => {
  // The public down-round example (shared/notes/domain.md): CP1 $2.50; 4,000,000 new shares for
  // $5,000,000 ($1.25 each); Common 8,000,000, Series A 2,000,000 as converted, options 2,000,000.
  test("broad base: A = 8,000,000 + 2,000,000 + 2,000,000 = 12,000,000 gives $2.1875", () => {
    // (2.50 x 12,000,000 + 5,000,000) / (12,000,000 + 4,000,000) = 35,000,000 / 16,000,000 = 2.1875
    expect(weightedAverage(d("2.50"), d(12_000_000), d(4_000_000), d(5_000_000)).toString()).toBe("2.1875");
  });

  test("narrow base (Common and Preferred only): A = 10,000,000 gives $2.142857...", () => {
    // (2.50 x 10,000,000 + 5,000,000) / 14,000,000 = 30,000,000 / 14,000,000 = 2.142857142857...
    expect(weightedAverage(d("2.50"), d(10_000_000), d(4_000_000), d(5_000_000)).toFixed(12)).toBe("2.142857142857");
  });

  test("pool of 1,000,000 counted in A = 13,000,000 gives $2.205882...", () => {
    // (2.50 x 13,000,000 + 5,000,000) / 17,000,000 = 37,500,000 / 17,000,000 = 2.205882352941...
    expect(weightedAverage(d("2.50"), d(13_000_000), d(4_000_000), d(5_000_000)).toFixed(12)).toBe("2.205882352941");
  });

  test("the form CP1 x (A + B) / (A + C) equals (CP1 x A + consideration) / (A + C)", () => {
    // B = 5,000,000 / 2.50 = 2,000,000; 2.50 x (12,000,000 + 2,000,000) / 16,000,000 = 2.50 x 0.875 = 2.1875
    expect(weightedAverageArithmetic(d("2.50"), d(12_000_000), d(4_000_000), d(5_000_000), d("2.1875"))).toBe(
      "2.50 x (12,000,000 + 2,000,000) / (12,000,000 + 4,000,000) = 2.1875",
    );
  });

  test("the arithmetic shows a long result cut at six places", () => {
    // 2,000,000 new at $2.25 = $4,500,000; B = 4,500,000 / 4.50 = 1,000,000;
    // 4.50 x 13,000,000 / 14,000,000 = 58,500,000 / 14,000,000 = 4.178571428...
    const cp2 = weightedAverage(d("4.50"), d(12_000_000), d(2_000_000), d(4_500_000));
    expect(cp2.toFixed(9)).toBe("4.178571429");
    expect(weightedAverageArithmetic(d("4.50"), d(12_000_000), d(2_000_000), d(4_500_000), cp2)).toBe(
      "4.50 x (12,000,000 + 1,000,000) / (12,000,000 + 2,000,000) = 4.178571...",
    );
  });

  test("no adjustment when the new price is at or above CP1 (Juniper 6(d)(ii); MagiNet 3(f)(i)(A))", () => {
    // 1,000,000 at $2.50 = $2,500,000: not below $2.50
    expect(weightedAverage(d("2.50"), d(12_000_000), d(1_000_000), d(2_500_000)).toString()).toBe("2.5");
    // 1,000,000 at $3.00: above
    expect(weightedAverage(d("2.50"), d(12_000_000), d(1_000_000), d(3_000_000)).toString()).toBe("2.5");
    // a cent below: 1,000,000 at $2.49: (30,000,000 + 2,490,000) / 13,000,000 = 2.4992307...
    expect(weightedAverage(d("2.50"), d(12_000_000), d(1_000_000), d(2_490_000)).toFixed(7)).toBe("2.4992308");
  });

  test("an issue without consideration (Juniper 6(d)(iv) 'without consideration')", () => {
    // (2.50 x 12,000,000 + 0) / (12,000,000 + 4,000,000) = 30,000,000 / 16,000,000 = 1.875
    expect(weightedAverage(d("2.50"), d(12_000_000), d(4_000_000), d(0)).toString()).toBe("1.875");
  });

  test("errors name the argument and value", () => {
    expect(() => weightedAverage(d(0), d(1), d(1), d(1))).toThrow('argument conversionPrice, value "0": must be more than zero');
    expect(() => weightedAverage(d(1), d(-1), d(1), d(1))).toThrow('argument sharesOutstanding, value "-1": must not be negative');
    expect(() => weightedAverage(d(1), d(1), d(0), d(1))).toThrow('argument newShares, value "0": must be more than zero');
    expect(() => weightedAverage(d(1), d(1), d(1), d(-5))).toThrow('argument consideration, value "-5": must not be negative');
  });
});

describe("weightedAverageAtPrice: the per-share form", () => {
  test("Juniper, to the nearest cent (6(d)(iv)): Series D at $11.03, 1,000,000 new at $8.00 on A = 10,000,000", () => {
    // (11.03 x 10,000,000 + 8,000,000) / 11,000,000 = 118,300,000 / 11,000,000 = 10.754545...; nearest cent 10.75
    expect(weightedAverageAtPrice(d("11.03"), d(10_000_000), d(1_000_000), d(8), 2).toString()).toBe("10.75");
    expect(weightedAverageAtPrice(d("11.03"), d(10_000_000), d(1_000_000), d(8)).toFixed(6)).toBe("10.754545");
  });

  test("the domain example per share: 4,000,000 at $1.25 on A = 12,000,000 gives $2.1875; 2 places: 2.19", () => {
    // 4,000,000 x 1.25 = 5,000,000; as above 2.1875; half up to the cent: 2.19
    expect(weightedAverageAtPrice(d("2.50"), d(12_000_000), d(4_000_000), d("1.25")).toString()).toBe("2.1875");
    expect(weightedAverageAtPrice(d("2.50"), d(12_000_000), d(4_000_000), d("1.25"), 2).toString()).toBe("2.19");
  });

  test("rounding never lifts the price above CP1", () => {
    // CP1 = 0.44 / 3 = 0.14666... (after a 3-for-1 split); 1,000 new at $0.10 on A = 1,000,000:
    // (146,666.666... + 100) / 1,001,000 = 0.146620...; to the cent 0.15 > CP1, so CP1 stays
    const cp1 = d("0.44").div(3);
    expect(weightedAverageAtPrice(cp1, d(1_000_000), d(1_000), d("0.10"), 2).equals(cp1)).toBe(true);
  });

  test("decimals must be a whole number from 0 to 20", () => {
    expect(() => weightedAverageAtPrice(d(1), d(1), d(1), d("0.5"), 2.5)).toThrow(
      "argument decimals, value 2.5: must be a whole number of decimal places from 0 to 20",
    );
    expect(() => weightedAverageAtPrice(d(1), d(1), d(1), d("-0.5"))).toThrow('argument pricePerNewShare, value "-0.5": must not be negative');
  });
});

describe("properties", () => {
  const cents = fc.integer({ min: 1, max: 100_000 });
  const count = fc.integer({ min: 1, max: 50_000_000 });
  test("an adjustment never raises the price, and never falls below the new price", () => {
    fc.assert(
      fc.property(cents, count, count, cents, (cp, a, c, p) => {
        const cp1 = d(cp).div(100);
        const price = d(p).div(100);
        const cp2 = weightedAverage(cp1, d(a), d(c), d(c).times(price));
        return cp2.lessThanOrEqualTo(cp1) && (price.greaterThanOrEqualTo(cp1) ? cp2.equals(cp1) : cp2.greaterThan(price));
      }),
      { numRuns: 200 },
    );
  });
});
