// MagiNet (charter 002): D, C, B participating, A non-participating; preferences paid D, then C, then B,
// then A (2(a)); a shortfall in a tier shared in proportion to the full preference (2(b)); the rest shared
// among D, C, B and Common as converted (2(a), last sentence). Conversion prices equal the issue prices
// (3(a)(i)-(iv)), so r = 1 for every series. Common 5,000,000 is our input.
import { dec } from "../decimal";
import { compileWaterfall } from "./compile";
import { presetTerms, MAGINET_BY_SENIORITY } from "../../../test/fixtures/charters";
import { expectAmounts, expectDec } from "../../../test/helpers/expect-decimal";

const maginet = presetTerms("maginet", {}, MAGINET_BY_SENIORITY);
// Preferences: D 3,142,858 x $7.00 = $22,000,006.00; C 7,500,000 x $4.50 = $33,750,000.00;
// B 1,328,930 x $4.50 = $5,980,185.00; A 150,000 x $2.00 = $300,000.00.
// Running totals: 22,000,006; 55,750,006; 61,730,191; 62,030,191 (total preferences).
const w = compileWaterfall(maginet, null);
const pay = (exit: string) => w.payouts(dec(exit));

describe("MagiNet: preferences tier by tier (2(a), 2(b))", () => {
  test("total preferences", () => {
    expectDec(w.totalPreferences, "62030191");
  });
  test("inside Series D: D takes everything, pro rata to its preference", () => {
    // $11,000,003 < $22,000,006: D takes all, $3.50 a share; nothing for C, B, A, Common.
    const p = pay("11000003");
    expectAmounts(p.amounts, ["11000003", 0, 0, 0, 0]);
    expectDec(p.commonPrice, 0);
    expect(p.converts).toEqual([]);
  });
  test("inside Series C: D whole, C shares what is left", () => {
    // 38,875,006 - 22,000,006 = 16,875,000 for C (half of its 33,750,000).
    expectAmounts(pay("38875006").amounts, ["22000006", "16875000", 0, 0, 0]);
  });
  test("inside Series B", () => {
    // 58,740,098.50 - 55,750,006 = 2,990,092.50 for B (half of 5,980,185).
    expectAmounts(pay("58740098.50").amounts, ["22000006", "33750000", "2990092.50", 0, 0]);
  });
  test("inside Series A", () => {
    // 61,880,191 - 61,730,191 = 150,000 for A (half of 300,000), $1.00 a share.
    expectAmounts(pay("61880191").amounts, ["22000006", "33750000", "5980185", "150000", 0]);
  });
  test("exactly total preferences: every preference whole, p = 0", () => {
    const p = pay("62030191");
    expectAmounts(p.amounts, ["22000006", "33750000", "5980185", "300000", 0]);
    expectDec(p.commonPrice, 0);
  });
});

describe("MagiNet: the rest shared by D, C, B and Common as converted", () => {
  // Sharing shares: D 3,142,858 + C 7,500,000 + B 1,328,930 + Common 5,000,000 = 16,971,788 (A does not share).
  test("just above total preferences: one cent a share", () => {
    // 62,030,191 + 16,971,788 x 0.01 = 62,030,191 + 169,717.88 = 62,199,908.88 -> p = 0.01
    const p = pay("62199908.88");
    expectDec(p.commonPrice, "0.01");
    // D 22,000,006 + 31,428.58; C 33,750,000 + 75,000; B 5,980,185 + 13,289.30; A 300,000; Common 50,000
    expectAmounts(p.amounts, ["22031434.58", "33825000", "5993474.30", "300000", "50000"]);
  });
  test("p = 1.00", () => {
    // 62,030,191 + 16,971,788 = 79,001,979 -> p = 1.00
    const p = pay("79001979");
    expectDec(p.commonPrice, 1);
    expectAmounts(p.amounts, ["25142864", "41250000", "7309115", "300000", "5000000"]);
  });
  test("Series A keeps its $2.00 preference up to p = 2.00 (at equality it keeps it)", () => {
    // V(2) = 62,030,191 + 16,971,788 x 2 = 95,973,767
    const p = pay("95973767");
    expectDec(p.commonPrice, 2);
    expect(p.converts).toEqual([]);
    expectAmounts(p.amounts, ["28285722", "48750000", "8638045", "300000", "10000000"]);
  });
  test("above p = 2.00 Series A converts and shares as converted", () => {
    // Above V(2) the slope is 16,971,788 + 150,000 = 17,121,788 a dollar of p.
    // p = 3: exit = 95,973,767 + 17,121,788 = 113,095,555.
    const p = pay("113095555");
    expectDec(p.commonPrice, 3);
    expect(p.converts).toEqual(["Series A"]);
    // D 22,000,006 + 9,428,574 = 31,428,580; C 33,750,000 + 22,500,000 = 56,250,000;
    // B 5,980,185 + 3,986,790 = 9,966,975; A 150,000 x 3 = 450,000; Common 15,000,000. Sum 113,095,555.
    expectAmounts(p.amounts, ["31428580", "56250000", "9966975", "450000", "15000000"]);
  });
});

describe("MagiNet breakpoints", () => {
  test("by hand", () => {
    const got = w.breakpoints().map((b) => [b.exitValue.toString(), b.className, b.event, b.clause]);
    expect(got).toEqual([
      ["22000006", "Series D", "preference paid in full", "FOURTH 2(a)"],
      ["55750006", "Series C", "preference paid in full", "FOURTH 2(a)"],
      ["61730191", "Series B", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series A", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series D", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series C", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series B", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Common", "starts to share", "FOURTH 2(a)"],
      // A converts once p > 2.00: V(2) = 95,973,767 (above).
      ["95973767", "Series A", "converts", "FOURTH 3(a)(i)"],
    ]);
  });
});

describe("MagiNet explain", () => {
  test("inside Series B: D and C whole, B short, A nothing", () => {
    const steps = w.explain(dec("58740098.50"));
    expect(steps.map((s) => [s.order, s.tier, s.className, s.amount.toString(), s.clause])).toEqual([
      [1, 4, "Series D", "22000006", "FOURTH 2(a)"],
      [2, 3, "Series C", "33750000", "FOURTH 2(a)"],
      [3, 2, "Series B", "2990092.5", "FOURTH 2(b)"],
      [4, 1, "Series A", "0", "FOURTH 2(a)"],
    ]);
    expect(steps[2].text).toContain("in proportion to the full preference");
  });
  test("at p = 3: preferences, A's conversion noted in its tier, then the rest as converted", () => {
    const steps = w.explain(dec("113095555"));
    expect(steps.map((s) => [s.order, s.tier, s.className, s.amount.toString(), s.clause])).toEqual([
      [1, 4, "Series D", "22000006", "FOURTH 2(a)"],
      [2, 3, "Series C", "33750000", "FOURTH 2(a)"],
      [3, 2, "Series B", "5980185", "FOURTH 2(a)"],
      [4, 1, "Series A", "0", "FOURTH 3(a)(i)"],
      // 3,142,858 x 3 = 9,428,574; 7,500,000 x 3; 1,328,930 x 3 = 3,986,790; 150,000 x 3; 5,000,000 x 3
      [5, null, "Series D", "9428574", "FOURTH 2(a)"],
      [6, null, "Series C", "22500000", "FOURTH 2(a)"],
      [7, null, "Series B", "3986790", "FOURTH 2(a)"],
      [8, null, "Series A", "450000", "FOURTH 3(a)(i)"],
      [9, null, "Common", "15000000", "FOURTH 2(a)"],
    ]);
    expect(steps[3].text).toBe("Series A converts rather than take its preference of $2.00 per share: as converted it receives $3.00 per share");
  });
});

describe("MagiNet cents", () => {
  test("cents add up to the exit", () => {
    // Exact amounts are whole cents here: 22,000,006 + 33,750,000 + 2,990,092.50 = 58,740,098.50.
    const c = w.cents(dec("58740098.50"));
    expectAmounts(c.amounts, ["22000006", "33750000", "2990092.50", 0, 0]);
    expectDec(c.total, "58740098.50");
  });
});
