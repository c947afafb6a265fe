import { charterTerms } from "../../../test/fixtures/classes";
import { certificateText } from "./certificate";
import { conversionPriceHistory } from "./history";
import { historyTable } from "./table";

const juniper = () =>
  charterTerms(
    { name: "Common", shares: 8_000_000 },
    {
      name: "Series A",
      shares: 1_000_000,
      issuePrice: "1.00",
      conversionPrice: "0.44",
      antiDilution: "broad",
      adjustmentRounding: "cent",
      clauses: { "Anti-Dilution": "6(d)(iv)" },
    },
    { name: "Series D", shares: 1_000_000, issuePrice: "11.03", antiDilution: "broad", adjustmentRounding: "cent", clauses: { "Anti-Dilution": "6(d)(iv)" } },
  );

describe("certificateText (Juniper 6(g)(ii); MagiNet 3(h); JT Storage Art. IV(B)4(f))", () => {
  test("each adjustment with its facts, arithmetic, price in effect and Common per share", () => {
    // A = 8,000,000 Common + Series A 1,000,000 x 1.00 / 0.44 (2,272,727.27...) + Series D 1,000,000 x
    //   11.03 / 11.03 (1,000,000) = 11,272,727.27...
    // Series A: $8.00 is not below $0.44: no adjustment.
    // Series D: 11.03 x 11,272,727.27... = 124,338,181.81...; + 8,000,000 = 132,338,181.81...;
    // / 12,272,727.27... = 10.783111... -> 10.78; Common per share: 11.03 / 10.78 = 1.023191...
    const h = conversionPriceHistory(juniper(), [{ type: "issue", date: "1999-06-01", shares: 1_000_000, pricePerShare: 8, note: "Series E round" }]);
    const text = certificateText(h, "Juniper Networks, Inc.");
    expect(text).toBe(
      [
        "CERTIFICATE AS TO ADJUSTMENTS OF THE CONVERSION PRICE",
        "Juniper Networks, Inc.",
        "As of 1999-06-01",
        "",
        "Adjustments and readjustments of the Conversion Price:",
        "",
        "1. 1999-06-01, Series D: Adjustment",
        "   Event: issue of 1,000,000 Common for $8,000,000.00 ($8.00 per share) (Series E round)",
        "   Facts: A (broad) = 8,000,000 Common outstanding + 3,272,727.272727... issuable on conversion of the Preferred = 11,272,727.272727...; C = 1,000,000 Additional Shares of Common for $8,000,000.00",
        "   Basis: weighted average (broad base)",
        "   Computation: 11.03 x (11,272,727.272727... + 725,294.650951...) / (11,272,727.272727... + 1,000,000) = 10.783111...; to the nearest cent: 10.78",
        "   Conversion Price: $11.03 before; $10.78 in effect after",
        "   Common issuable on conversion of one share of Series D: $11.03 / $10.78 = 1.023191... shares of Common",
        "   Clause: 6(d)(iv)",
        "",
        "Conversion Prices in effect and Common issuable on conversion of one share:",
        "   Series A: $0.44; $1.00 / $0.44 = 2.272727... shares of Common",
        "   Series D: $10.78; $11.03 / $10.78 = 1.023191... shares of Common",
        "",
        "Signed: ______________________________, an officer of the Corporation",
      ].join("\n"),
    );
  });

  test("an adjustment under one cent is shown as carried forward; no events: none made", () => {
    // Series C at $4.50 on A = 10,000,000 (Common 6,000,000 + 4,000,000 as converted); 50,000 at $3.00:
    // 45,150,000 / 10,050,000 = 4.492537...: under a cent, carried
    const terms = charterTerms(
      { name: "Common", shares: 6_000_000 },
      { name: "Series C", shares: 4_000_000, issuePrice: "4.50", antiDilution: "broad", adjustmentRounding: "carry-forward" },
    );
    const h = conversionPriceHistory(terms, [{ type: "issue", date: "1997-01-10", shares: 50_000, pricePerShare: 3 }]);
    const text = certificateText(h, "MagiNet");
    expect(text).toContain("1. 1997-01-10, Series C: Adjustment under one cent, not made (carried forward)");
    expect(text).toContain("   Series C: $4.50 (an adjustment under one cent carried forward: $4.492537... as if made); $4.50 / $4.50 = 1 share of Common");
    expect(certificateText(conversionPriceHistory(terms, []), "MagiNet")).toContain("No adjustment or readjustment of the Conversion Price has been made.");
  });

  test("a readjustment that raises the price is called one", () => {
    const terms = charterTerms(
      { name: "Common", shares: 9_000_000 },
      { name: "Series D", shares: 1_000_000, issuePrice: "11.03", antiDilution: "broad", adjustmentRounding: "cent" },
    );
    // grant: (110,300,000 + 2,550,000) / 10,500,000 = 10.747619... -> 10.75; all expire: back to 11.03
    const h = conversionPriceHistory(terms, [
      { type: "option-grant", date: "1999-03-01", id: "W1", maxShares: 500_000, consideration: 50_000, minExercisePrice: 5 },
      { type: "option-expiry", date: "2000-03-01", id: "W1", shares: 500_000 },
    ]);
    const text = certificateText(h, "Juniper");
    expect(text).toContain("2. 2000-03-01, Series D: Readjustment");
    expect(text).toContain("   Conversion Price: $10.75 before; $11.03 in effect after");
  });
});

describe("historyTable: rows [date, event, class, before, after, clause]", () => {
  test("header, then one row per series per event; or one series", () => {
    const h = conversionPriceHistory(juniper(), [{ type: "split", date: "1999-06-01", ratio: 2 }]);
    const rows = historyTable(h);
    expect(rows[0]).toEqual(["Date", "Event", "Class", "Before", "After", "Clause"]);
    expect(rows.length).toBe(3);
    // Series A: 0.44 / 2 = 0.22; Series D: 11.03 / 2 = 5.515
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3].toString(), r[4].toString(), r[5]])).toEqual([
      ["1999-06-01", "2-for-1 split of the Common", "Series A", "0.44", "0.22", ""],
      ["1999-06-01", "2-for-1 split of the Common", "Series D", "11.03", "5.515", ""],
    ]);
    expect(historyTable(h, "series d").length).toBe(2);
    expect(() => historyTable(h, "Series Q")).toThrow(
      'argument className, value "Series Q": is not a series of Preferred in the terms; the series are Series A, Series D',
    );
  });
});
