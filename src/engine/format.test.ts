import { d } from "./testing";
import { formatCut, formatCutMoney, formatCutPrice, formatCutShares } from "./format";

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
