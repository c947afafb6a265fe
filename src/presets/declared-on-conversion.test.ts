// Juniper's declared but unpaid dividends when a series converts (issue #9, item 8): FOURTH 4(a)(ii)
// puts "all declared and unpaid dividends" in the preference, and no clause (6(b) included) cancels them
// on conversion, unlike MagiNet 3(b) ("shall be canceled") and JT Storage Art. IV(B)4(c)(iii). So a
// series takes max(OIP + D, D + (OIP / CP) x p) per share: it converts once (OIP / CP) x p passes OIP,
// i.e. at p = CP, and keeps D either way. Numbers by hand; the preset's Common is 20,000,000.
import { dec } from "../engine/decimal";
import { sumMoney } from "../engine/money";
import { parseTerms } from "../engine/terms/parse";
import type { Cell, TermsTable } from "../engine/terms/table";
import fc from "fast-check";
import { compileWaterfall, decimalPathCents } from "../engine/waterfall/compile";
import { expectAmounts, expectDec } from "../../test/helpers/expect-decimal";
import { presetTable } from "./index";

/** The Juniper preset with Series A's Declared Unpaid (and, if given, its Declared On Conversion) set. */
function juniperWith(declared: string, onConversion?: string): TermsTable {
  const t = presetTable("juniper");
  const row = t.rows.find((r) => r[t.header.indexOf("Class")] === "Series A")!;
  row[t.header.indexOf("Declared Unpaid")] = declared;
  if (onConversion) row[t.header.indexOf("Declared On Conversion")] = onConversion as Cell;
  return t;
}

// Series A: n = 1,743,751, OIP $1.00, CP $0.44, so 1,743,751 / 0.44 = 3,963,070.4545... Common as
// converted; D = $0.10 a share, 1,743,751 x 0.10 = 174,375.10 in all; preference 1.10 a share,
// 1,918,126.10 in all. The other series' preferences (4(a)(i)): B 3,915,308 x 2.40 = 9,396,739.20;
// C 5,200,000 x 8.93 = 46,436,000; D 600,000 x 11.03 = 6,618,000; D1 2,580,000 x 11.03 = 28,457,400;
// together 90,908,139.20. Total preferences 90,908,139.20 + 1,918,126.10 = 92,826,265.30.
const OTHERS = ["9396739.20", "46436000", "6618000", "28457400"];

describe("Juniper: a converting series keeps its declared unpaid dividends (FOURTH 4(a)(ii), 6(b))", () => {
  const kept = compileWaterfall(parseTerms(juniperWith("0.10")), null);

  test("the preset says kept, citing the clauses", () => {
    const a = parseTerms(presetTable("juniper")).classes[0];
    expect([a.declaredOnConversion, a.clauses["Declared On Conversion"]]).toEqual(["kept", "FOURTH 4(a)(ii), 6(b)"]);
    const m = parseTerms(presetTable("maginet")).classes[0];
    expect([m.declaredOnConversion, m.clauses["Declared On Conversion"]]).toEqual(["cancelled", "FOURTH 3(b)"]);
  });

  test("p = 0.55: Series A takes 174,375.10 + 2,179,688.75 = 2,354,063.85", () => {
    // As converted 3,963,070.4545... x 0.55 = 1,743,751 x 1.25 = 2,179,688.75; with D, 2,354,063.85 >
    // 1,918,126.10, so it converts. Common 20,000,000 x 0.55 = 11,000,000.
    // Exit = 90,908,139.20 + 2,354,063.85 + 11,000,000 = 104,262,203.05.
    const pay = kept.payouts(dec("104262203.05"));
    expectDec(pay.commonPrice, "0.55");
    expect(pay.converts).toEqual(["Series A"]);
    expectAmounts(pay.amounts, ["2354063.85", ...OTHERS, "11000000"]);
    // The cents kernel gives the same whole cents.
    expectAmounts(kept.cents(dec("104262203.05")).amounts, ["2354063.85", ...OTHERS, "11000000"]);
  });

  test("p = 0.462, between CP (0.44) and 1.10 / (1 / 0.44) = 0.484: kept converts, cancelled would not", () => {
    // Kept: 1,743,751 x 1.05 = 1,830,938.55 as converted (0.462 = 0.44 x 1.05), plus 174,375.10 =
    // 2,005,313.65 > 1,918,126.10. Common 9,240,000. Exit = 90,908,139.20 + 2,005,313.65 + 9,240,000
    // = 102,153,452.85.
    const pay = kept.payouts(dec("102153452.85"));
    expect(pay.converts).toEqual(["Series A"]);
    expectAmounts(pay.amounts, ["2005313.65", ...OTHERS, "9240000"]);
    // Cancelled (as MagiNet 3(b) would have it): A keeps its preference 1,918,126.10, Common takes
    // 102,153,452.85 - 92,826,265.30 = 9,327,187.55 (p = 0.46635...; A as converted 1.0599... < 1.10).
    const cancelled = compileWaterfall(parseTerms(juniperWith("0.10", "cancelled")), null);
    const c = cancelled.payouts(dec("102153452.85"));
    expect(c.converts).toEqual([]);
    expectAmounts(c.amounts, ["1918126.10", ...OTHERS, "9327187.55"]);
  });

  test("Series A converts at p = CP = 0.44: exit 92,826,265.30 + 8,800,000 = 101,626,265.30", () => {
    const conv = kept.breakpoints().find((b) => b.event === "converts" && b.className === "Series A")!;
    expectDec(conv.exitValue, "101626265.30");
    expect(conv.text).toContain("declared unpaid dividends of $0.10 per share it keeps");
    // At the point itself A takes exactly its preference: 174,375.10 + 1,743,751 = 1,918,126.10.
    expectDec(kept.payouts(dec("101626265.30")).amounts[0], "1918126.10");
  });

  test("EXPLAIN shows the kept dividends as their own step, and the steps add up", () => {
    const steps = kept.explain(dec("104262203.05")).filter((s) => s.className === "Series A");
    expect(steps[0].text).toContain("keeps its declared unpaid dividends, 1,743,751 x $0.10 = $174,375.10");
    expect(steps[0].clause).toBe("FOURTH 4(a)(ii), 6(b)");
    expectDec(steps[0].amount, "174375.10");
    expectDec(steps[1].amount, "2179688.75");
  });

  test("below the preferences nothing changes: half of them, each series half (4(b))", () => {
    // 92,826,265.30 / 2 = 46,413,132.65, shared in proportion to OIP held (92,651,890.20 of weight): a rate
    // of 0.50094... a dollar of OIP, under every series' full preference; A = 1,743,751 x rate.
    const pay = kept.payouts(dec("46413132.65"));
    const rate = dec("46413132.65").div("92651890.20");
    expectDec(pay.amounts[0], rate.times("1743751"));
    expectDec(pay.amounts[5], 0);
  });
});

describe("Declared On Conversion: bad cells get one line", () => {
  test("kept with a cumulative accrual", () => {
    const t = juniperWith("0.10");
    const row = t.rows[0];
    row[t.header.indexOf("Dividend Accrual")] = "cumulative";
    expect(() => parseTerms(t)).toThrow(/Series A.*Declared On Conversion.*kept needs Dividend Accrual declared or greater-of/);
  });
  test("a value not in the list, and a Common row", () => {
    expect(() => parseTerms(juniperWith("0", "lost"))).toThrow(/Declared On Conversion/);
    const t = presetTable("juniper");
    t.rows[t.rows.length - 1][t.header.indexOf("Declared On Conversion")] = "kept";
    expect(() => parseTerms(t)).toThrow(/Common.*Declared On Conversion.*preferred classes only/);
  });
});

describe("Declared On Conversion kept on a capped series", () => {
  // Series X: 1,000 shares, OIP $10, CP $10 (one Common a share), 1x, capped at 2x ($20), D = $2 kept:
  // preference 12; per share max(min(12 + p, 20), 2 + p): capped from p = 8, converts past p = 18
  // (2 + p > 20). Cancelled: max(min(12 + p, 20), p), converting past p = 20. Common 1,000 shares.
  const table = (onConversion: string): TermsTable => ({
    header: [
      "Class",
      "Shares",
      "Issue Price",
      "Preference Multiple",
      "Seniority",
      "Participation",
      "Cap Multiple",
      "Conversion Price",
      "Declared Unpaid",
      "Declared On Conversion",
    ],
    rows: [
      ["Series X", 1000, 10, 1, 1, "capped", 2, 10, 2, onConversion],
      ["Common", 1000, 0, 0, 0, "full", null, 1, null, null],
    ],
  });
  test("p = 19: kept 21,000 (converted), cancelled 20,000 (its cap); exit 40,000", () => {
    // Kept: X 1,000 x (2 + 19) = 21,000, Common 19,000, exit 40,000. Cancelled at exit 40,000: X 20,000
    // (cap), Common 20,000 (p = 20, the conversion point itself, where the cap is kept).
    const kept = compileWaterfall(parseTerms(table("kept")), null).payouts(dec(40000));
    expect(kept.converts).toEqual(["Series X"]);
    expectAmounts(kept.amounts, [21000, 19000]);
    const cancelled = compileWaterfall(parseTerms(table("cancelled")), null).payouts(dec(40000));
    expect(cancelled.converts).toEqual([]);
    expectAmounts(cancelled.amounts, [20000, 20000]);
  });
  test("the conversion point: p = 18, exit 20,000 + 18,000 = 38,000", () => {
    const conv = compileWaterfall(parseTerms(table("kept")), null)
      .breakpoints()
      .find((b) => b.event === "converts")!;
    expectDec(conv.exitValue, 38000);
  });
});

describe("kept declared dividends: the cents kernel and the exact path agree, and the cents add up", () => {
  // Every Juniper series with declared unpaid dividends kept; at random exits in whole cents the kernel's
  // cents equal the Decimal path's (exact payouts, then largest remainder) and add up to the exit.
  const t = presetTable("juniper");
  const declared = ["0.05", "0.10", "0.37", "1.25", "0.01"];
  t.rows.slice(0, 5).forEach((row, i) => (row[t.header.indexOf("Declared Unpaid")] = declared[i]));
  const w = compileWaterfall(parseTerms(t), null);
  test("3,000 exits from 0 to $400,000,000", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 40_000_000_000n }), (cents) => {
        const exit = dec(cents.toString()).div(100);
        const fast = w.cents(exit).amounts;
        const slow = decimalPathCents(w, exit).amounts;
        expect(fast.map(String)).toEqual(slow.map(String));
        expect(sumMoney(fast).toDecimal().eq(exit)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
