import { d } from "../../../test/fixtures/classes";
import { fullRatchet } from "./ratchet";

describe("fullRatchet", () => {
  test("the public example: 4,000,000 new shares for $5,000,000 take CP $2.50 to $1.25", () => {
    // 5,000,000 / 4,000,000 = 1.25 < 2.50
    expect(fullRatchet(d("2.50"), d(5_000_000).div(4_000_000)).toString()).toBe("1.25");
  });
  test("no change at or above the price", () => {
    expect(fullRatchet(d("2.50"), d("2.50")).toString()).toBe("2.5");
    expect(fullRatchet(d("2.50"), d(3)).toString()).toBe("2.5");
  });
  test("a price of zero is refused, naming the argument", () => {
    expect(() => fullRatchet(d("2.50"), d(0))).toThrow('argument pricePerNewShare, value "0": must be more than zero');
    expect(() => fullRatchet(d(-1), d(1))).toThrow('argument conversionPrice, value "-1": must be more than zero');
  });
});
