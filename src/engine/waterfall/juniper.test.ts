// Juniper (charter 001): every series pari passu (4(a)), non-participating (4(c): Common takes all that
// remains), a shortfall shared "in proportion to the Original Issue Price of the respective series ...
// held" (4(b)). r = OIP / conversion price: A 1.00/0.44, B 2.40/1.07, C 8.93/3.97, D and D1 1.
// Common 20,000,000 is our input.
import { dec } from "../decimal";
import { presetTerms } from "../../../test/fixtures/charters";
import { sumMoney } from "../money";
import { compileWaterfall } from "./compile";
import { expectAmounts, expectDec, expectNear } from "../../../test/helpers/expect-decimal";

const w = compileWaterfall(presetTerms("juniper"), null);
// Preferences (4(a)(i)): A 1,743,751 x $1.00 = 1,743,751.00; B 3,915,308 x $2.40 = 9,396,739.20;
// C 5,200,000 x $8.93 = 46,436,000.00; D 600,000 x $11.03 = 6,618,000.00; D1 2,580,000 x $11.03 = 28,457,400.00.
// Total 92,651,890.20.
// As converted: A 1,743,751 / 0.44 = 3,963,070.4545...; B 9,396,739.20 / 1.07 = 8,781,999.2523...;
// C 46,436,000 / 3.97 = 11,696,725.4408...; D 600,000; D1 2,580,000.
const asConvA = dec("1743751").div("0.44");
const asConvB = dec("9396739.20").div("1.07");
const asConvC = dec("46436000").div("3.97");

describe("Juniper below total preferences: pro rata to OIP held (4(b))", () => {
  test("total preferences", () => expectDec(w.totalPreferences, "92651890.20"));
  test("half of the preferences: each series gets half", () => {
    // 92,651,890.20 / 2 = 46,325,945.10; with no declared dividends OIP x shares is the full preference.
    const p = w.payouts(dec("46325945.10"));
    expectAmounts(p.amounts, ["871875.50", "4698369.60", "23218000", "3309000", "14228700", 0]);
    expectDec(p.commonPrice, 0);
  });
  test("a tenth", () => {
    // 9,265,189.02: A 174,375.10; B 939,673.92; C 4,643,600; D 661,800; D1 2,845,740 (sum 9,265,189.02).
    expectAmounts(w.payouts(dec("9265189.02")).amounts, ["174375.10", "939673.92", "4643600", "661800", "2845740", 0]);
  });
});

describe("Juniper above total preferences", () => {
  test("just above: Common takes the rest (4(c)), nobody converts yet", () => {
    // 94,651,890.20 - 92,651,890.20 = 2,000,000 for 20,000,000 Common: p = 0.10 (< 0.44, A's conversion point).
    const p = w.payouts(dec("94651890.20"));
    expectDec(p.commonPrice, "0.10");
    expectAmounts(p.amounts, ["1743751", "9396739.20", "46436000", "6618000", "28457400", "2000000"]);
    expect(p.converts).toEqual([]);
  });
  test("at A's conversion point p = 0.44 A still keeps its preference", () => {
    // V(0.44) = 92,651,890.20 + 20,000,000 x 0.44 = 101,451,890.20
    const p = w.payouts(dec("101451890.20"));
    expectDec(p.commonPrice, "0.44");
    expect(p.converts).toEqual([]);
    expectDec(p.amounts[0], "1743751");
  });
  test("at p = 2.00 A and B have converted, C, D, D1 keep their preferences", () => {
    // exit = C + D + D1 preferences 81,511,400 + 2 x (20,000,000 + 3,963,070.4545... + 8,781,999.2523...)
    //      = 81,511,400 + 65,490,139.4137... = 147,001,539.4137...
    const exit = dec("81511400").plus(dec(2).times(dec("20000000").plus(asConvA).plus(asConvB)));
    const p = w.payouts(exit);
    expectNear(p.commonPrice, 2);
    expect(p.converts).toEqual(["Series A", "Series B"]);
    expectNear(p.amounts[0], asConvA.times(2)); // 7,926,140.9090...
    expectNear(p.amounts[1], asConvB.times(2)); // 17,563,998.5046...
    expectAmounts(p.amounts.slice(2, 5), ["46436000", "6618000", "28457400"]);
    expectNear(p.amounts[5], "40000000");
  });
  test("fully converted at p = 20: everyone as converted", () => {
    // exit = 20 x (20,000,000 + A + B + C as converted + 600,000 + 2,580,000)
    const exit = dec(20).times(dec("23180000").plus(asConvA).plus(asConvB).plus(asConvC));
    const p = w.payouts(exit);
    expectNear(p.commonPrice, 20);
    expect(p.converts).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1"]);
    expectNear(p.amounts[2], asConvC.times(20)); // 233,934,508.8161...
    expectNear(p.amounts[4], "51600000"); // 2,580,000 x 20
  });
});

describe("Juniper breakpoints: conversions in order of L/r = the conversion prices", () => {
  test("A at 0.44, B at 1.07, C at 3.97 (8.93 / (8.93 / 3.97)), D and D1 at 11.03", () => {
    const bps = w.breakpoints();
    const conversions = bps.filter((b) => b.event === "converts");
    expect(conversions.map((b) => [b.className, b.commonPrice.toString()])).toEqual([
      ["Series A", "0.44"],
      ["Series B", "1.07"],
      ["Series C", "3.97"],
      ["Series D", "11.03"],
      ["Series D1", "11.03"],
    ]);
    // A: 92,651,890.20 + 20,000,000 x 0.44 = 101,451,890.20
    expectDec(conversions[0].exitValue, "101451890.20");
    // B: 90,908,139.20 (B, C, D, D1 preferences) + 1.07 x (20,000,000 + 3,963,070.4545...) = 116,548,624.5863...
    expectNear(conversions[1].exitValue, dec("90908139.20").plus(dec("1.07").times(dec("20000000").plus(asConvA))));
    // C: 81,511,400 + 3.97 x (20,000,000 + A + B as converted) = 211,509,326.7363...
    expectNear(conversions[2].exitValue, dec("81511400").plus(dec("3.97").times(dec("20000000").plus(asConvA).plus(asConvB))));
    // D, D1: 11.03 x (20,000,000 + A + B + C as converted + 3,180,000) = 525,268,400.4789...
    const top = dec("11.03").times(dec("23180000").plus(asConvA).plus(asConvB).plus(asConvC));
    expectNear(conversions[3].exitValue, top);
    expectNear(conversions[4].exitValue, top);
    // Before them: every preference whole at 92,651,890.20 (one tier), then Common starts to share.
    expect(bps.slice(0, 6).map((b) => [b.exitValue.toString(), b.className, b.event])).toEqual([
      ["92651890.2", "Series A", "preference paid in full"],
      ["92651890.2", "Series B", "preference paid in full"],
      ["92651890.2", "Series C", "preference paid in full"],
      ["92651890.2", "Series D", "preference paid in full"],
      ["92651890.2", "Series D1", "preference paid in full"],
      ["92651890.2", "Common", "starts to share"],
    ]);
    expect(bps).toHaveLength(11);
    expect(conversions[2].clause).toBe("FOURTH 6(a)(i)");
  });
});

describe("Juniper cents", () => {
  test("at p = 2.00 rounded by largest remainder, adding up to the exit rounded to the cent", () => {
    const exit = dec("147001539.41"); // a whole-cent exit just below V(2) = 147,001,539.4137...
    const c = w.cents(exit);
    expectDec(sumMoney(c.amounts), "147001539.41");
    expectDec(c.total, "147001539.41");
    // By hand: C, D, D1 keep 81,511,400; p = 65,490,139.41 / (20,000,000 + A + B as converted =
    // 32,745,069.7068...) = 1.99999999988505...; A 7,926,140.9086..., B 17,563,998.5036...,
    // Common 39,999,999.9977.... Floors add to 147,001,539.39; the 2 cents left go to the largest
    // remainders, A (0.0086) and Common (0.0077), not B (0.0036).
    expectAmounts(c.amounts, ["7926140.91", "17563998.50", "46436000", "6618000", "28457400", "40000000.00"]);
  });
});
