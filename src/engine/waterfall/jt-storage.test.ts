// JT Storage (charter 000): Series A takes $1.00 plus the greater of $0.09 a year (for partial years)
// less dividends paid, or declared unpaid dividends (Art. IV(B)2(a)), then shares the rest with Common as
// converted (2(b)); but "if each holder of Series A Preferred would receive ... at least ... $5.00 per
// share" as converted with no preference at all, the preference has no force (2(b) proviso).
// Inputs (not in the charter): Series A 10,000,000 shares, Common 6,000,000, original issue date 1997-01-10.
// Conversion Price $1.00 (4(a)): r = 1.
import { dec } from "../decimal";
import { presetTerms, JT_STORAGE_WORKED } from "../../../test/fixtures/charters";
import { compileWaterfall } from "./compile";
import { expectAmounts, expectDec, expectNear } from "../../../test/helpers/expect-decimal";

// As of 1999-01-10, actual/365: 1997-01-10 to 1999-01-10 is 365 + 365 = 730 days = 2 years, so the
// accrual is 2 x $0.09 = $0.18 and the preference $1.18 a share, $11,800,000 in all.
const w = compileWaterfall(presetTerms("jt-storage", JT_STORAGE_WORKED), "1999-01-10");
const pay = (exit: string) => w.payouts(dec(exit));

describe("JT Storage with two years' accrual (actual/365)", () => {
  test("total preferences", () => expectDec(w.totalPreferences, "11800000"));
  test("below its preference: all to Series A, ratably per share", () => {
    // 5,900,000 < 11,800,000: A takes it all, $0.59 a share; Common nothing (2(a)).
    const p = pay("5900000");
    expectAmounts(p.amounts, ["5900000", 0]);
    expect(p.waived).toEqual([]);
  });
  test("between the preference and the waiver: preference, then shared as converted", () => {
    // 27,800,000 - 11,800,000 = 16,000,000 over 16,000,000 as-converted shares: p = 1.00.
    // A 11,800,000 + 10,000,000 = 21,800,000; Common 6,000,000.
    const p = pay("27800000");
    expectDec(p.commonPrice, 1);
    expectAmounts(p.amounts, ["21800000", "6000000"]);
  });
  test("just below the waiver threshold: A still takes its preference", () => {
    // Threshold: exit x 1 / 16,000,000 >= 5.00, i.e. exit >= 80,000,000.
    // At 79,999,999.99: p = (79,999,999.99 - 11,800,000) / 16,000,000 = 68,199,999.99 / 16,000,000 = 4.262499999375
    // A = 11,800,000 + 10,000,000 x 4.262499999375 = 54,424,999.99375; Common = 6,000,000 x p = 25,574,999.99625.
    const p = pay("79999999.99");
    expectDec(p.commonPrice, "4.262499999375");
    expectAmounts(p.amounts, ["54424999.99375", "25574999.99625"]);
    expect(p.waived).toEqual([]);
  });
  test("at the threshold the preference has no force: all shared as converted", () => {
    // 80,000,000 / 16,000,000 = $5.00 a share: A 50,000,000, Common 30,000,000.
    // A gets 4,425,000 less than the 54,425,000 it would have taken with its preference: the charter's quirk.
    const p = pay("80000000");
    expectDec(p.commonPrice, 5);
    expectAmounts(p.amounts, ["50000000", "30000000"]);
    expect(p.waived).toEqual(["Series A"]);
  });
  test("just above the threshold: a cent more, still all as converted", () => {
    // 80,000,000.01 / 16,000,000 = 5.000000000625 a share: A 10,000,000 x p = 50,000,000.00625;
    // Common 6,000,000 x p = 30,000,000.00375.
    const p = pay("80000000.01");
    expectDec(p.commonPrice, "5.000000000625");
    expectAmounts(p.amounts, ["50000000.00625", "30000000.00375"]);
    expect(p.waived).toEqual(["Series A"]);
    // In cents: floors 50,000,000.00 (remainder 0.00625) + 30,000,000.00 (0.00375) leave one cent, to A.
    expectAmounts(w.cents(dec("80000000.01")).amounts, ["50000000.01", "30000000.00"]);
  });
  test("above the threshold", () => {
    // 96,000,000 / 16,000,000 = 6.00: A 60,000,000; Common 36,000,000.
    expectAmounts(pay("96000000").amounts, ["60000000", "36000000"]);
  });
  test("cents just below the threshold: the spare cent goes to the larger remainder", () => {
    // Floors 54,424,999.99 (rem 0.00375) + 25,574,999.99 (rem 0.00625) = 79,999,999.98: one cent to Common.
    expectAmounts(w.cents(dec("79999999.99")).amounts, ["54424999.99", "25575000.00"]);
  });
  test("breakpoints", () => {
    expect(w.breakpoints().map((b) => [b.exitValue.toString(), b.className, b.event, b.clause])).toEqual([
      ["11800000", "Series A", "preference paid in full", "Art. IV(B)2(a)"],
      ["11800000", "Series A", "starts to share", "Art. IV(B)2(b)"],
      ["11800000", "Common", "starts to share", "Art. IV(B)2(b)"],
      ["80000000", "Series A", "preference waived", "Art. IV(B)2(b) proviso"],
    ]);
  });
  test("explain at the threshold", () => {
    const steps = w.explain(dec("80000000"));
    expect(steps.map((s) => [s.order, s.tier, s.className, s.amount.toString(), s.clause])).toEqual([
      [1, 0, "Series A", "0", "Art. IV(B)2(b) proviso"],
      [2, null, "Series A", "50000000", "Art. IV(B)2(b) proviso"],
      [3, null, "Common", "30000000", "Art. IV(B)2(b)"],
    ]);
  });
  test("payouts are not monotone across the waiver (Series A drops), and are on each side", () => {
    expect(pay("79999999.99").amounts[0].gt(pay("80000000").amounts[0])).toBe(true);
    expect(pay("80000000.01").amounts[0].gt(pay("80000000").amounts[0])).toBe(true);
  });
});

describe("JT Storage with a partial year", () => {
  test("accrual to 1999-07-10: 911 days / 365", () => {
    // 1997-01-10 to 1999-07-10: 730 days + 181 (Jan 21 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + 10) = 911.
    // Preference per share 1 + 0.09 x 911 / 365 = 1 + 81.99 / 365 = 1.224630136986...; x 10,000,000 shares.
    const wp = compileWaterfall(presetTerms("jt-storage", JT_STORAGE_WORKED), "1999-07-10");
    const total = dec("10000000").plus(dec("819900000").div(365)); // 10,000,000 + 2,246,301.369863...
    expectNear(wp.totalPreferences, total);
    // Threshold unchanged (no preference in it): 80,000,000.
    expect(wp.payouts(dec("80000000")).waived).toEqual(["Series A"]);
    expect(wp.payouts(dec("79999999.99")).waived).toEqual([]);
  });
  test("dividends paid reduce the accrual", () => {
    // $0.05 paid: 0.18 - 0.05 = 0.13; preference 1.13 x 10,000,000 = 11,300,000 (as of 1999-01-10).
    const t = presetTerms("jt-storage", JT_STORAGE_WORKED);
    const paid = { classes: [{ ...t.classes[0], dividendsPaid: dec("0.05") }, t.classes[1]] };
    expectDec(compileWaterfall(paid, "1999-01-10").totalPreferences, "11300000");
  });
});
