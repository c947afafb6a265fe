// A split, combination or stock dividend of a series of Preferred, on the presets: the events' Security
// column names the series; the terms as of a date (termsAsOf) then go through the waterfall. Numbers by
// hand from the charters' clauses (see the readings in each preset and src/engine/ledger/series-split.ts).
import { dec } from "../engine/decimal";
import { certificateText, conversionPriceHistory, eventsFromTable, termsAsOf, type EventCell } from "../engine/ledger";
import { compileWaterfall } from "../engine/waterfall/compile";
import { expectAmounts, expectDec, expectNear } from "../../test/helpers/expect-decimal";
import { parseTerms } from "../engine/terms/parse";
import type { CharterTerms } from "../engine/terms/model";
import { presetTable } from "./index";

const terms = (id: string) => parseTerms(presetTable(id));
const events = (...rows: EventCell[][]) => eventsFromTable([["Date", "Event", "Security", "Ratio"], ...rows]);
const cls = (t: CharterTerms, name: string) => t.classes.find((c) => c.name === name)!;

describe("MagiNet: a 2-for-1 split of Series A (FOURTH 1(c), 2(a) as adjusted; 3(a)(i) not)", () => {
  const before = terms("maginet");
  const after = termsAsOf(before, events(["1999-01-04", "split", "Series A", 2]), "1999-12-31").terms;
  const a = cls(after, "Series A");

  test("Shares x 2; preference and dividend rate per share / 2; $2.00 / Conversion Price unchanged", () => {
    // Shares 150,000 x 2 = 300,000. 2(a) "$2.00 per share ... (as adjusted for any ... splits with respect to
    // such shares)": Preference Multiple 1 x 1/2 = 0.5, i.e. $1.00 a new share; in all 300,000 x $1.00 =
    // $300,000, as 150,000 x $2.00 before. 1(c) "$0.16 per share ... (as adjusted ...)": $0.08.
    // 3(a)(i) "dividing $2.00 by the ... Conversion Price": Issue Price $2.00, Conversion Price $2.00 kept.
    expectDec(a.shares, 300_000);
    expectDec(a.preferenceMultiple, "0.5");
    expectDec(a.dividendRate, "0.08");
    expectDec(a.issuePrice, 2);
    expectDec(a.conversionPrice, 2);
    // As converted: 300,000 x 2.00 / 2.00 = 300,000 Common (150,000 before): each new share converts as an old one.
    expectDec(a.shares.times(a.issuePrice).div(a.conversionPrice), 300_000);
    // The other series are untouched.
    expect(cls(after, "Series B")).toEqual(cls(before, "Series B"));
  });

  test("LIQPREF at 91,730,191: Series A takes $300,000 before, converts after", () => {
    // Preferences D 3,142,858 x 7.00 = 22,000,006; C 7,500,000 x 4.50 = 33,750,000; B 1,328,930 x 4.50 =
    // 5,980,185 (61,730,191 together); A 300,000 (either way). D, C, B participate (2(a)), A does not.
    // Before: A keeps its preference while the Common price is at most $2.00 (its $2.00 per Common share):
    // 91,730,191 - 62,030,191 = 29,700,000 over Common 5,000,000 + B 1,328,930 + C 7,500,000 + D 3,142,858 =
    // 16,971,788 shares: p = 1.7499... < 2.00. A 300,000; Common 5,000,000 x 29,700,000 / 16,971,788.
    const x = dec("91730191");
    const was = compileWaterfall(before, null).payouts(x);
    expectDec(was.amounts[0], 300_000);
    expectNear(was.amounts[4], dec(5_000_000).times(29_700_000).div(16_971_788));
    // After: A's preference is $1.00 a share and a share converts into 1 Common, so it converts once p > 1.00:
    // converting, 91,730,191 - 61,730,191 = 30,000,000 over 16,971,788 + 300,000 = 17,271,788: p = 1.7369... > 1.00.
    // A 300,000 x 30,000,000 / 17,271,788 = 521,080.96...; Common 5,000,000 x 30,000,000 / 17,271,788.
    const now = compileWaterfall(after, null).payouts(x);
    expectNear(now.amounts[0], dec(300_000).times(30_000_000).div(17_271_788));
    expectNear(now.amounts[4], dec(5_000_000).times(30_000_000).div(17_271_788));
  });

  test("Series A's conversion breakpoint falls from 95,973,767 to 79,001,979", () => {
    // Before: p = 2.00 with A out: 61,730,191 + 300,000 + 2.00 x 16,971,788 = 95,973,767 (waterfall.test.ts).
    // After: p = 1.00 with A in: 61,730,191 + 1.00 x 17,271,788 = 79,001,979.
    const at = (t: CharterTerms) =>
      compileWaterfall(t, null)
        .breakpoints()
        .find((b) => b.event === "converts" && b.className === "Series A")!.exitValue;
    expectDec(at(before), "95973767");
    expectDec(at(after), "79001979");
  });
});

describe("MagiNet: a 1-for-2 combination of Series B", () => {
  const after = termsAsOf(terms("maginet"), events(["1999-01-04", "split", "Series B", "1:2"]), "1999-12-31").terms;
  const b = cls(after, "Series B");

  test("Shares / 2; preference and dividend rate per share x 2; Common on conversion halved", () => {
    // 1,328,930 x 1 / 2 = 664,465 shares; Preference Multiple 1 x 2 / 1 = 2 ($9.00 a share; 664,465 x 9.00 =
    // 5,980,185, as before); Dividend Rate 0.36 x 2 = 0.72; as converted 664,465 x 4.50 / 4.50 = 664,465.
    expectDec(b.shares, 664_465);
    expectDec(b.preferenceMultiple, 2);
    expectDec(b.dividendRate, "0.72");
    expectDec(b.conversionPrice, "4.50");
    expectDec(b.shares.times(b.issuePrice).div(b.conversionPrice), 664_465);
  });

  test("inside the Series B tier the payouts are as before (its preference in total is unchanged)", () => {
    // As waterfall.test.ts: 58,740,098.50 - D 22,000,006 - C 33,750,000 = 2,990,092.50 for B.
    expectAmounts(compileWaterfall(after, null).payouts(dec("58740098.50")).amounts, [0, "2990092.50", "33750000", "22000006", 0]);
  });
});

describe("a 10% stock dividend on a series", () => {
  test("JT Storage Series A (Art. IV(B)1(a), 2(a), 3 as adjusted; the 2(b) $5.00 not)", () => {
    const after = termsAsOf(terms("jt-storage"), events(["1995-06-01", "stock-dividend", "Series A", "10%"]), "1996-02-03").terms;
    const a = cls(after, "Series A");
    // 9,000,000 + 10% = 9,900,000 shares; the ratio 11 new for 10 old: Preference Multiple 1 x 10/11,
    // Dividend Rate 0.09 x 10/11, Redemption Price 1.00 x 10/11; Waiver Price $5.00 and Conversion Price $1.00 kept.
    expectDec(a.shares, 9_900_000);
    expectNear(a.preferenceMultiple, dec(10).div(11));
    expectNear(a.dividendRate, dec("0.9").div(11));
    expectNear(a.redemptionPrice!, dec(10).div(11));
    expectDec(a.waiverPrice!, 5);
    expectDec(a.conversionPrice, 1);
    // As of 1996-02-03 (one year from issue): 9,900,000 x (10/11 + 0.9/11) = 9,900,000 x 10.9 / 11 = 9,810,000,
    // the preference before the dividend (waterfall.test.ts).
    expectNear(compileWaterfall(after, "1996-02-03").totalPreferences, 9_810_000, "1e-30");
  });

  test("Juniper Series A (FOURTH 3, 4(a)(i): per outstanding share, not adjusted)", () => {
    const after = termsAsOf(terms("juniper"), events(["1999-06-01", "dividend", "Series A", "1:10"]), "1999-12-31").terms;
    const a = cls(after, "Series A");
    // 1,743,751 x 11 / 10 = 1,918,126.1 (the ledger keeps counts exact; fractions are settled on conversion).
    // $1.00 a share (4(a)(i)) and $0.05 (3) stay: the preference in all 1,918,126.1 x 1.00.
    expectDec(a.shares, "1918126.1");
    expectDec(a.preferenceMultiple, 1);
    expectDec(a.dividendRate, "0.05");
    expectDec(a.conversionPrice, "0.44");
  });
});

describe("JT Storage Art. IV(B)4(d)(i): Common subdivided with the Series A identically subdivided", () => {
  const jt = terms("jt-storage");
  const price = (...rows: EventCell[][]) => conversionPriceHistory(jt, events(...rows)).final["Series A"];

  test("a 2-for-1 split of Common alone halves the Conversion Price: $1.00 x 1/2 = $0.50", () => {
    expectDec(price(["1997-01-02", "split", "", 2]), "0.5");
  });

  test("Common and Series A both 2-for-1 on the same date: the Conversion Price stays $1.00, in either order", () => {
    expectDec(price(["1997-01-02", "split", "Common", 2], ["1997-01-02", "split", "Series A", 2]), 1);
    expectDec(price(["1997-01-02", "split", "Series A", "2:1"], ["1997-01-02", "split", "", 2]), 1);
  });

  test("a 10% stock dividend on Common with Series A split 11 for 10 the same day is identical (11:10 both)", () => {
    expectDec(price(["1997-01-02", "stock-dividend", "", "10%"], ["1997-01-02", "split", "Series A", "11:10"]), 1);
    // Alone: $1.00 x 10 / 11.
    expectNear(price(["1997-01-02", "stock-dividend", "", "10%"]), dec(10).div(11));
  });

  test("not identically: another ratio, or another date, and the price moves as for Common alone", () => {
    expectDec(price(["1997-01-02", "split", "", 2], ["1997-01-02", "split", "Series A", 3]), "0.5");
    expectDec(price(["1997-01-02", "split", "", 2], ["1997-01-03", "split", "Series A", 2]), "0.5");
  });

  test("the identical split is neutral: payouts at 47,810,000 as of 1996-02-03 are as before", () => {
    // Series A 18,000,000 shares x (0.5 + 0.045) = 9,810,000; 38,000,000 left over Common 20,000,000 + Series A
    // 18,000,000 x 1.00 / 1.00 = 38,000,000: p = 1.00. A 9,810,000 + 18,000,000; Common 20,000,000 (waterfall.test.ts).
    // termsAsOf moves the series, not the Common classes' Shares (an input of the terms): Common 20,000,000 is set here.
    const rows = events(["1995-06-01", "split", "", 2], ["1995-06-01", "split", "Series A", 2]);
    const t = termsAsOf(jt, rows, "1996-02-03").terms;
    const split = { classes: t.classes.map((c) => (c.name === "Common" ? { ...c, shares: dec(20_000_000) } : c)) };
    expectDec(cls(split, "Series A").conversionPrice, 1);
    const w = compileWaterfall(split, "1996-02-03");
    expectAmounts(w.payouts(dec("47810000")).amounts, ["27810000", "20000000"]);
  });

  test("the certificate states the price kept and the split of Series A", () => {
    const h = conversionPriceHistory(jt, events(["1997-01-02", "split", "", 2], ["1997-01-02", "split", "Series A", 2]));
    const text = certificateText(h, "JT Storage, Inc.");
    expect(text).toContain(
      [
        "1. 1997-01-02, Series A: No adjustment: Common and the series identically subdivided or combined",
        "   Event: 2-for-1 split of the Common",
        "   Basis: no change: the Series A is identically subdivided on the same date, so the Conversion Price is not adjusted",
        "   Conversion Price: $1.00 before; $1.00 in effect after",
      ].join("\n"),
    );
    expect(text).toContain("2. 1997-01-02, Series A: Adjustment for a split or combination of the Series A");
    expect(text).toContain("   Series A: $1.00; $1.00 / $1.00 = 1 share of Common; 18,000,000 shares outstanding after its splits");
  });

  test("MagiNet 3(c) has no such exception: Common and Series A 2-for-1 the same day halve A's price", () => {
    const h = conversionPriceHistory(terms("maginet"), events(["1999-01-04", "split", "", 2], ["1999-01-04", "split", "Series A", 2]));
    // $2.00 x 1/2 = $1.00.
    expectDec(h.final["Series A"], 1);
  });
});
