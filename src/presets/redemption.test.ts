// The JT Storage preset's redemption schedule as the product ships it (parseTerms(presetTable(id))).
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { redemptionSchedule } from "../engine/redemption/schedule";

const d = (x: string) => new Decimal(x);

it("JT Storage preset: actual/365 accrual from 1995-02-03 to each redemption date", () => {
  // 1995-02-03 to 2000-01-10: 1,802 days (5 years to 2000-02-03 = 1,826 days with 1996-02-29, less 24);
  // price 1 + 0.09 x 1802 / 365 = 1 + 162.18 / 365 = 1.44432876...; 3,000,000 shares (one third of
  // 9,000,000) cost 3,000,000 + 486,540,000 / 365 = 4,332,986.30137...
  // 2001-01-10: 1,802 + 366 = 2,168 days; price 1 + 195.12 / 365; one half of 6,000,000 = 3,000,000.
  const terms = parseTerms(presetTable("jt-storage"));
  const s = redemptionSchedule(terms, "Series A", [
    { date: "2000-01-10", amount: d("5000000") },
    { date: "2001-01-10", amount: d("5000000") },
  ]);
  expect(s.rows[0].price.toDecimalPlaces(8).toString()).toBe("1.44432877");
  expect(s.rows[0].sharesRedeemed.toString()).toBe("3000000");
  expect(s.rows[0].amountPaid.toDecimalPlaces(2).toString()).toBe("4332986.3");
  expect(s.rows[1].price.minus(1).times(365).toDecimalPlaces(20).toString()).toBe("195.12");
  expect(s.rows[1].sharesRedeemed.toString()).toBe("3000000");
  // 2002-01-10, no funds: all of the remaining 3,000,000 called and owed
  expect(s.rows[2].sharesOwed.toString()).toBe("3000000");
  expect(s.rows[0].clause).toBe("Art. IV(B)3");
});
