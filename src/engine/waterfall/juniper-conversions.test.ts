// Juniper (charter 001) at exits just below and just above the point where each series converts (issue
// "Done means": "Juniper ... at exits where each series converts"). One tier, non-participating (4(a),
// 4(c)); a series converts (6(a)(i)) once p, the price of one Common share, passes its conversion price:
// per share max(OIP, (OIP / CP) x p), i.e. as converted past p = OIP / (OIP / CP) = CP.
// Common 20,000,000 is our input (as juniper.test.ts).
import { dec, type Decimal } from "../decimal";
import { presetTerms } from "../../../test/fixtures/charters";
import { compileWaterfall } from "./compile";
import { expectAmounts, expectDec, expectNear } from "../../../test/helpers/expect-decimal";

const w = compileWaterfall(presetTerms("juniper"), null);
const COMMON = dec("20000000");
// Preferences (4(a)(i)): A 1,743,751 x 1.00; B 3,915,308 x 2.40 = 9,396,739.20; C 5,200,000 x 8.93 =
// 46,436,000; D 600,000 x 11.03 = 6,618,000; D1 2,580,000 x 11.03 = 28,457,400.
const PREF = { A: dec("1743751"), B: dec("9396739.20"), C: dec("46436000"), D: dec("6618000"), D1: dec("28457400") };
// Common issuable on conversion (shares x OIP / CP): A 1,743,751 / 0.44 = 3,963,070.4545...;
// B 9,396,739.20 / 1.07 = 8,781,999.2523...; C 46,436,000 / 3.97 = 11,696,725.4408...; D 600,000; D1 2,580,000.
const N = { A: PREF.A.div("0.44"), B: PREF.B.div("1.07"), C: PREF.C.div("3.97"), D: dec("600000"), D1: dec("2580000") };

/** The exit at which Common gets p a share, given which series have converted (the rest keep preferences). */
function exitAt(p: string, converted: (keyof typeof PREF)[]): Decimal {
  let exit = COMMON.times(p);
  for (const k of Object.keys(PREF) as (keyof typeof PREF)[]) exit = exit.plus(converted.includes(k) ? N[k].times(p) : PREF[k]);
  return exit;
}

describe("Juniper: each series on either side of its conversion price (4(a), 6(a)(i))", () => {
  test("Series A: p = 0.43 keeps $1.00 a share; p = 0.45 converts", () => {
    // p = 0.43: exit = 92,651,890.20 + 20,000,000 x 0.43 = 101,251,890.20; A 1,743,751 (as converted it
    // would be 3,963,070.45... x 0.43 = 1,704,120.29... < 1,743,751); Common 8,600,000.
    const below = w.payouts(dec("101251890.20"));
    expectDec(below.commonPrice, "0.43");
    expect(below.converts).toEqual([]);
    expectAmounts(below.amounts, ["1743751", "9396739.20", "46436000", "6618000", "28457400", "8600000"]);
    // p = 0.45: exit = 90,908,139.20 + 0.45 x (20,000,000 + 3,963,070.4545...) = 101,691,520.9045...;
    // A = 3,963,070.4545... x 0.45 = 1,783,381.7045... (> 1,743,751); Common 9,000,000.
    const above = w.payouts(exitAt("0.45", ["A"]));
    expectNear(above.commonPrice, "0.45");
    expect(above.converts).toEqual(["Series A"]);
    expectNear(above.amounts[0], N.A.times("0.45"));
    expectAmounts(above.amounts.slice(1, 5), ["9396739.20", "46436000", "6618000", "28457400"]);
    expectNear(above.amounts[5], "9000000");
  });

  test("Series B: p = 1.06 keeps $2.40 a share; p = 1.08 converts", () => {
    // p = 1.06: B as converted 8,781,999.25... x 1.06 = 9,308,919.20... < 9,396,739.20: keeps it.
    const below = w.payouts(exitAt("1.06", ["A"]));
    expect(below.converts).toEqual(["Series A"]);
    expectDec(below.amounts[1], "9396739.20");
    expectNear(below.amounts[5], "21200000"); // 20,000,000 x 1.06
    // p = 1.08: 8,781,999.25... x 1.08 = 9,484,559.19... > 9,396,739.20: converts.
    const above = w.payouts(exitAt("1.08", ["A", "B"]));
    expect(above.converts).toEqual(["Series A", "Series B"]);
    expectNear(above.amounts[1], N.B.times("1.08"));
    expectNear(above.amounts[1], PREF.B.times("1.08").div("1.07")); // the same: 10,148,478.336 / 1.07
    expectDec(above.amounts[2], "46436000");
    expectNear(above.amounts[5], "21600000");
  });

  test("Series C: p = 3.96 keeps $8.93 a share; p = 3.98 converts", () => {
    // p = 3.96: 11,696,725.44... x 3.96 = 46,319,032.74... < 46,436,000. p = 3.98: 46,552,967.25... > it.
    const below = w.payouts(exitAt("3.96", ["A", "B"]));
    expect(below.converts).toEqual(["Series A", "Series B"]);
    expectDec(below.amounts[2], "46436000");
    const above = w.payouts(exitAt("3.98", ["A", "B", "C"]));
    expect(above.converts).toEqual(["Series A", "Series B", "Series C"]);
    expectNear(above.amounts[2], PREF.C.times("3.98").div("3.97")); // 184,815,280 / 3.97 = 46,552,967.25...
    expectAmounts(above.amounts.slice(3, 5), ["6618000", "28457400"]);
    expectNear(above.amounts[5], "79600000"); // 20,000,000 x 3.98
  });

  test("Series D and D1: p = 11.02 keep $11.03 a share; p = 11.04 both convert", () => {
    const below = w.payouts(exitAt("11.02", ["A", "B", "C"]));
    expect(below.converts).toEqual(["Series A", "Series B", "Series C"]);
    expectAmounts(below.amounts.slice(3, 5), ["6618000", "28457400"]);
    // p = 11.04: D 600,000 x 11.04 = 6,624,000; D1 2,580,000 x 11.04 = 28,483,200; Common 220,800,000.
    const above = w.payouts(exitAt("11.04", ["A", "B", "C", "D", "D1"]));
    expect(above.converts).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1"]);
    expectNear(above.amounts[3], "6624000");
    expectNear(above.amounts[4], "28483200");
    expectNear(above.amounts[5], "220800000");
  });
});
