import { d } from "../../../test/fixtures/classes";
import { fmtMoney, fmtNumber, fmtPrice, fmtShares } from "./format";

describe("format", () => {
  test("thousands, minimum places for prices, six places then '...'", () => {
    expect(fmtShares(d(12_000_000))).toBe("12,000,000");
    expect(fmtPrice(d("4.5"))).toBe("4.50");
    expect(fmtPrice(d("2.1875"))).toBe("2.1875");
    expect(fmtPrice(d(58_500_000).div(14_000_000))).toBe("4.178571...");
    expect(fmtMoney(d(5_000_000))).toBe("$5,000,000.00");
    expect(fmtNumber(d("-1234.5"), 2)).toBe("-1,234.50");
  });
  test("residue past the 20th place is shown as the number it stands for", () => {
    // (1 / 3) x 3 = 0.999...9 (60 digits): shown as 1.00
    expect(fmtPrice(d(1).div(3).times(3))).toBe("1.00");
  });
});
