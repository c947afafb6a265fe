import { holderConversion } from "./holder";
import { d } from "../testing";

describe("holderConversion: fractions aggregated per holder, then rounded once", () => {
  test("JT Storage: two certificates of 10 shares at $0.30 give 67, not 34 + 34 (4(c)(i))", () => {
    // each: 10 x 1.00 / 0.30 = 33.333...; together 66.666...; up once: 67
    const lot = { preferredShares: d(10), issuePrice: d("1.00"), conversionPrice: d("0.30") };
    const r = holderConversion([lot, lot], "up");
    expect(r.commonShares.toString()).toBe("67");
    expect(r.lots.map((x) => x.toFixed(3))).toEqual(["33.333", "33.333"]);
  });

  test("Juniper: one holder's Series A and Series B, rounded down once with cash for the fraction (6(g)(i))", () => {
    // A: 100 x 1.00 / 0.44 = 227.2727...; B: 100 x 2.40 / 1.07 = 224.2990654...; total 451.5717926...
    // down: 451; cash at $3.00: 0.5717926... x 3 = 1.7153780...
    const r = holderConversion(
      [
        { preferredShares: d(100), issuePrice: d("1.00"), conversionPrice: d("0.44") },
        { preferredShares: d(100), issuePrice: d("2.40"), conversionPrice: d("1.07") },
      ],
      "down",
      d(3),
    );
    expect(r.commonShares.toString()).toBe("451");
    expect(r.fraction.toFixed(7)).toBe("0.5717927");
    expect(r.cashInLieu!.toFixed(6)).toBe("1.715378");
  });

  test("errors name the lot row and field", () => {
    expect(() => holderConversion([], "down")).toThrow('argument lots, value "[]": give at least one lot of Preferred to convert');
    expect(() =>
      holderConversion(
        [
          { preferredShares: d(1), issuePrice: d(1), conversionPrice: d(1) },
          { preferredShares: d(1), issuePrice: d(1), conversionPrice: d(0) },
        ],
        "down",
      ),
    ).toThrow('argument lots row 2, column conversionPrice, value "0": must be more than zero');
  });
});
