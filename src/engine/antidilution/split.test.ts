import fc from "fast-check";
import { d } from "../testing";
import { splitAdjustment } from "./split";

describe("splitAdjustment: CP x old / new (JT Storage Art. IV(B)4(d)(i); Juniper 6(e)(i); MagiNet 3(c))", () => {
  test("JT Storage: a 2-for-1 split of Common halves the $1.00 price; each Series A share then converts into 2", () => {
    // 1.00 x 1 / 2 = 0.50; $1.00 / $0.50 = 2 Common per share (4(a))
    const cp = splitAdjustment(d("1.00"), d(2));
    expect(cp.toString()).toBe("0.5");
    expect(d("1.00").div(cp).toString()).toBe("2");
  });

  test("JT Storage: a 1-for-4 combination quadruples it ('proportionately increased')", () => {
    // 1.00 x 4 / 1 = 4.00, the same as a ratio of 0.25 new per old
    expect(splitAdjustment(d("1.00"), d(1), d(4)).toString()).toBe("4");
    expect(splitAdjustment(d("1.00"), d("0.25")).toString()).toBe("4");
  });

  test("a 3-for-1 split is not rounded: Juniper Series A $0.44 becomes $0.14666...", () => {
    // 0.44 / 3 = 0.146666...
    expect(splitAdjustment(d("0.44"), d(3)).toFixed(10)).toBe("0.1466666667");
  });

  test("errors name the argument", () => {
    expect(() => splitAdjustment(d(1), d(0))).toThrow('argument newShares, value "0": must be more than zero');
    expect(() => splitAdjustment(d(1), d(1), d(-2))).toThrow('argument oldShares, value "-2": must be more than zero');
  });

  test("property: a split then its reverse restores the price (to the 40th significant digit of 60)", () => {
    // 60-digit division leaves 1/3 x 3 = 0.999...9 at the 60th digit: equal to 40 digits, and exactly
    // equal when the ratio divides evenly.
    const ratio = fc.integer({ min: 1, max: 1000 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), ratio, ratio, (cents, n, o) => {
        const cp = d(cents).div(100);
        const back = splitAdjustment(splitAdjustment(cp, d(n), d(o)), d(o), d(n));
        return back.toSignificantDigits(40).equals(cp);
      }),
      { numRuns: 200 },
    );
    // an even ratio is exact: 4.50 x 1 / 2 = 2.25, then x 2 / 1 = 4.50
    expect(splitAdjustment(splitAdjustment(d("4.50"), d(2)), d(1), d(2)).toString()).toBe("4.5");
  });
});
