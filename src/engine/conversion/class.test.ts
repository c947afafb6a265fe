import { conversionSharesForClass } from "./class";
import { d, testClass } from "../testing";

describe("conversionSharesForClass: the class's own Issue Price, Conversion Price and Conversion Rounding", () => {
  const juniperC = testClass({ name: "Series C", issuePrice: "8.93", conversionPrice: "3.97", conversionRounding: "down" });
  const jtA = testClass({ name: "Series A", issuePrice: "1.00", conversionPrice: "1.00", conversionRounding: "up" });

  test("Juniper Series C rounds down (6(g)(i))", () => {
    // 1,000 x 8.93 / 3.97 = 2,249.370...; down: 2,249; cash at $10: $3.70277...
    const r = conversionSharesForClass(juniperC, d(1000), d(10));
    expect(r.commonShares.toString()).toBe("2249");
    expect(r.cashInLieu!.toFixed(5)).toBe("3.70277");
  });

  test("JT Storage rounds up (4(c)(i)), at an adjusted price in effect", () => {
    // price in effect $0.30 after an adjustment: 10 x 1.00 / 0.30 = 33.33...; up: 34
    expect(conversionSharesForClass(jtA, d(10), null, d("0.30")).commonShares.toString()).toBe("34");
    // at the class's own $1.00: 10 x 1.00 / 1.00 = 10
    expect(conversionSharesForClass(jtA, d(10)).commonShares.toString()).toBe("10");
  });

  test("errors name the class and column", () => {
    expect(() => conversionSharesForClass(testClass({ name: "Common" }), d(1))).toThrow(
      'class Common, column Kind, value "common": only a class of Preferred converts into Common',
    );
    expect(() => conversionSharesForClass(jtA, d(1), null, d(0))).toThrow('class Series A, column Conversion Price, value "0": must be more than zero');
    expect(() => conversionSharesForClass(testClass({ name: "Series Z", issuePrice: 0, conversionPrice: 1 }), d(1))).toThrow(
      'class Series Z, column Issue Price, value "0": must be more than zero to convert',
    );
    expect(() => conversionSharesForClass(jtA, d(-3))).toThrow('argument preferredShares, value "-3": must not be negative');
  });
});
