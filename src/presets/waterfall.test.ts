// The presets (src/presets, parsed by parseTerms) through the waterfall, numbers by hand: the same
// charters as the fixture tests, in the presets' table order (Series A first, Common last).
import { dec } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { presetTable } from "./index";
import { compileWaterfall } from "../engine/waterfall/compile";
import { expectAmounts, expectDec, expectNear } from "../../test/helpers/expect-decimal";

const preset = (id: string, asOf: string | null = null) => compileWaterfall(parseTerms(presetTable(id)), asOf);

describe("MagiNet preset (A, B, C, D, Common 5,000,000)", () => {
  const w = preset("maginet");
  test("inside Series B and above A's conversion", () => {
    // As maginet.test.ts: 58,740,098.50 - 55,750,006 = 2,990,092.50 for B.
    expectAmounts(w.payouts(dec("58740098.50")).amounts, [0, "2990092.50", "33750000", "22000006", 0]);
    // p = 3: A 450,000; B 5,980,185 + 3,986,790; C 33,750,000 + 22,500,000; D 22,000,006 + 9,428,574; Common 15,000,000.
    expectAmounts(w.payouts(dec("113095555")).amounts, ["450000", "9966975", "56250000", "31428580", "15000000"]);
  });
  test("Series A converts at 95,973,767 (3(a)(i))", () => {
    const a = w.breakpoints().find((b) => b.event === "converts")!;
    expect([a.className, a.exitValue.toString(), a.clause]).toEqual(["Series A", "95973767", "FOURTH 3(a)(i)"]);
  });
});

describe("Juniper preset (Common 20,000,000)", () => {
  const w = preset("juniper");
  test("half the preferences: each series half, pro rata to OIP (4(b))", () => {
    expectAmounts(w.payouts(dec("46325945.10")).amounts, ["871875.50", "4698369.60", "23218000", "3309000", "14228700", 0]);
  });
  test("conversions in order A, B, C, D, D1; A at 101,451,890.20", () => {
    const conv = w.breakpoints().filter((b) => b.event === "converts");
    expect(conv.map((b) => b.className)).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1"]);
    expectDec(conv[0].exitValue, "101451890.20");
  });
});

describe("JT Storage preset (Series A 9,000,000 issued 1995-02-03; Common 10,000,000)", () => {
  // As of 1996-02-03: 365 days (no 29 February between), one year: accrual $0.09, preference $1.09,
  // 9,810,000 in all. As-converted shares 19,000,000; waiver at exit / 19,000,000 >= 5.00: 95,000,000.
  const w = preset("jt-storage", "1996-02-03");
  test("preference, then shared as converted", () => {
    expectDec(w.totalPreferences, "9810000");
    // 47,810,000 - 9,810,000 = 38,000,000 / 19,000,000 = p 2.00: A 9,810,000 + 18,000,000; Common 20,000,000.
    expectAmounts(w.payouts(dec("47810000")).amounts, ["27810000", "20000000"]);
  });
  test("the waiver at 95,000,000: A drops from about 50.16M to 45M", () => {
    // Just below, 94,999,999.81: A = 9,810,000 + 9,000,000 x 85,189,999.81 / 19,000,000 = 50,163,157.80...
    const below = w.payouts(dec("94999999.81"));
    expectNear(below.amounts[0], dec("9810000").plus(dec("9000000").times("85189999.81").div("19000000")));
    // At 95,000,000: 5.00 a share as converted: A 45,000,000; Common 50,000,000.
    const at = w.payouts(dec("95000000"));
    expectAmounts(at.amounts, ["45000000", "50000000"]);
    expect(at.waived).toEqual(["Series A"]);
    const waiver = w.breakpoints().find((b) => b.event === "preference waived")!;
    expectDec(waiver.exitValue, "95000000");
  });
});
