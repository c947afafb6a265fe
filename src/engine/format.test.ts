import { d } from "../../test/fixtures/classes";
import {
  formatApproxCount,
  formatCount,
  formatCut,
  formatCutMoney,
  formatCutPrice,
  formatCutShares,
  formatExactMoney,
  formatFixed,
  formatFraction,
  formatMoney,
  formatPercent,
  formatPrice,
  formatShares,
} from "./format";
import { Money } from "./money";

describe("format", () => {
  test("thousands, minimum places for prices, six places then '...'", () => {
    expect(formatCutShares(d(12_000_000))).toBe("12,000,000");
    expect(formatCutPrice(d("4.5"))).toBe("4.50");
    expect(formatCutPrice(d("2.1875"))).toBe("2.1875");
    expect(formatCutPrice(d(58_500_000).div(14_000_000))).toBe("4.178571...");
    expect(formatCutMoney(d(5_000_000))).toBe("$5,000,000.00");
    expect(formatCut(d("-1234.5"), 2)).toBe("-1,234.50");
  });
  test("residue past the 20th place is shown as the number it stands for", () => {
    // (1 / 3) x 3 = 0.999...9 (60 digits): shown as 1.00
    expect(formatCutPrice(d(1).div(3).times(3))).toBe("1.00");
  });
});

describe("the named formatters", () => {
  test("money to the cent, half up, from a Decimal or Money: the same text", () => {
    expect(formatMoney(d("22000005.995"))).toBe("$22,000,006.00"); // half a cent up
    expect(formatMoney(d("22000005.994"))).toBe("$22,000,005.99");
    expect(formatMoney(Money.ofCents(2200000600n))).toBe("$22,000,006.00");
    expect(formatMoney(Money.ofCents(-5n))).toBe("-$0.05");
    expect(formatMoney(d("-0.05"))).toBe("-$0.05");
  });
  test("exact money keeps every digit", () => {
    expect(formatExactMoney(d("1234.5678"))).toBe("$1,234.5678");
    expect(formatExactMoney(d(10_000_000))).toBe("$10,000,000.00");
  });
  test("prices 2 to 6 decimals half up, counts 0 to 6", () => {
    expect(formatPrice(d(25).div(11))).toBe("$2.272727"); // 2.27272727...
    expect(formatPrice(d("4.5"))).toBe("$4.50");
    expect(formatCount(d("1743751"))).toBe("1,743,751");
    expect(formatCount(d("1.5"))).toBe("1.5");
    expect(formatCount(d(2).div(3))).toBe("0.666667");
  });
  test("percentages, shares with a fraction, fixed places", () => {
    expect(formatPercent(d("92.5"))).toBe("92.5%");
    expect(formatFraction(d("0.123456"))).toBe("12.35%"); // 12.3456 half up
    expect(formatFraction(d("0.1"))).toBe("10.00%");
    expect(formatShares(d(1_250_000))).toBe("1,250,000");
    expect(formatShares(d("3142.857"))).toBe("3,142.86");
    expect(formatFixed(d("4321000.365"), 2)).toBe("4321000.37");
    expect(formatFixed(d("0.1234565"), 6)).toBe("0.123457");
  });
  test("approximate counts: exact to six decimals, else marked", () => {
    expect(formatApproxCount(d("1.5"))).toBe("1.5");
    expect(formatApproxCount(d("0.1234565"))).toBe("~0.123457"); // seven places, half up
    expect(formatApproxCount(d(100_000).div(3))).toBe("~33,333.333333");
  });
});
