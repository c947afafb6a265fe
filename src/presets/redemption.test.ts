// The JT Storage preset's redemption schedule as the product ships it (parseTerms(presetTable(id))).
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { redemptionSchedule } from "../engine/redemption/schedule";

const d = (x: string) => new Decimal(x);

it("JT Storage preset: anniversary accrual from 1995-02-03 to each redemption date", () => {
  // 1995-02-03 to 2000-01-10: 4 whole years (to 1999-02-03), then 1999-02-03 to 2000-01-10 = 341 days of the
  // 365-day year 1999-02-03 to 2000-02-03 (2000-02-29 falls after it); price 1 + 0.09 x (4 + 341/365)
  // = 1.36 + 30.69 / 365 = 1.44408219...; 3,000,000 shares (one third of 9,000,000) cost
  // 4,080,000 + 92,070,000 / 365 = 4,332,246.5753...
  // 2001-01-10: 5 whole years (to 2000-02-03), then 342 days of the 366-day year 2000-02-03 to 2001-02-03
  // (2000-02-29 inside): price 1 + 0.45 + 30.78 / 366; one half of 6,000,000 = 3,000,000.
  const terms = parseTerms(presetTable("jt-storage"));
  const s = redemptionSchedule(terms, "Series A", [
    { date: "2000-01-10", amount: d("5000000") },
    { date: "2001-01-10", amount: d("5000000") },
  ]);
  expect(s.rows[0].price.toDecimalPlaces(8).toString()).toBe("1.44408219");
  expect(s.rows[0].sharesRedeemed.toString()).toBe("3000000");
  expect(s.rows[0].amountPaid.toDecimalPlaces(2).toString()).toBe("4332246.58");
  expect(s.rows[1].price.minus("1.45").times(366).toDecimalPlaces(20).toString()).toBe("30.78");
  expect(s.rows[1].sharesRedeemed.toString()).toBe("3000000");
  // 2002-01-10, no funds: all of the remaining 3,000,000 called and owed
  expect(s.rows[2].sharesOwed.toString()).toBe("3000000");
  expect(s.rows[0].clause).toBe("Art. IV(B)3");
});
