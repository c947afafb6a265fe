// Properties of the value of a security received, on a rule of the charters' form (30 days ending 3 days
// before the closing): the value is an average of the prices in the period, whatever their order, and
// a price outside the period changes nothing. The charters' own cases are src/presets/deemed-liquidation.test.ts.
import fc from "fast-check";
import { addDays } from "../dates";
import { Decimal } from "../decimal";
import { charterTerms } from "../../../test/fixtures/classes";
import { securityValue, valuationWindow, type PricePoint } from "./value";

const terms = charterTerms({ name: "Series A", issuePrice: 1, deemedLiquidation: "merger; securities average 30 days ending 3 days before closing" });
const CLOSING = "2000-03-15";
const { from, to } = valuationWindow(CLOSING, 30, 3);

/** Distinct days within 40 days before the closing, each with a price in cents. */
const pricesArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 })
  .chain((offsets) =>
    fc.tuple(fc.constant(offsets), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: offsets.length, maxLength: offsets.length })),
  )
  .map(([offsets, cents]) => offsets.map((o, i): PricePoint => ({ date: addDays(CLOSING, -o), price: new Decimal(cents[i]).div(100) })))
  .filter((ps) => ps.some((p) => p.date >= from && p.date <= to));

describe("securityValue: properties", () => {
  it("the window: 2000-02-12 to 2000-03-12 for a closing on 2000-03-15 (thirty days, both ends, in a leap February)", () => {
    expect([from, to]).toEqual(["2000-02-12", "2000-03-12"]);
  });

  it("lies between the lowest and the highest price in the period, and times the count is their sum exactly", () => {
    fc.assert(
      fc.property(pricesArb, (ps) => {
        const inside = ps.filter((p) => p.date >= from && p.date <= to).map((p) => p.price);
        const r = securityValue(terms, ps, CLOSING, "exchange", new Decimal(0));
        expect(r.value.greaterThanOrEqualTo(Decimal.min(...inside))).toBe(true);
        expect(r.value.lessThanOrEqualTo(Decimal.max(...inside))).toBe(true);
        // Prices in cents, at most 30 of them: the average is exact to 60 digits unless the count has a factor
        // other than 2 and 5; the sum is recovered to within a rounding of the last digit.
        const sum = inside.reduce((a, b) => a.plus(b), new Decimal(0));
        expect(r.value.times(inside.length).minus(sum).abs().lessThan("1e-50")).toBe(true);
      }),
    );
  });

  it("does not depend on the order of the rows; a price outside the period changes nothing", () => {
    fc.assert(
      fc.property(pricesArb, fc.integer({ min: 1, max: 1000 }), (ps, extra) => {
        const a = securityValue(terms, ps, CLOSING, "exchange", new Decimal(0)).value;
        const b = securityValue(terms, [...ps].reverse(), CLOSING, "exchange", new Decimal(0)).value;
        expect(a.equals(b)).toBe(true);
        // The generated days are the 41 ending on the closing; these two lie after it and before the period.
        const outside = [...ps, { date: addDays(CLOSING, 1), price: new Decimal(extra) }, { date: addDays(CLOSING, -41), price: new Decimal(extra) }];
        const c = securityValue(terms, outside, CLOSING, "exchange", new Decimal(0)).value;
        expect(c.equals(a)).toBe(true);
      }),
    );
  });
});
