// Stock dividends (Juniper 6(e)(i); MagiNet 3(c); JT Storage Art. IV(B)4(d)(i)), reclassifications
// (Juniper 6(e)(iii); MagiNet 3(e); JT Storage 4(d)(iii)) and distributions in other securities
// (Juniper 6(e)(ii); MagiNet 3(d); JT Storage 4(d)(ii)).
import { charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";
import { certificateText } from "./certificate";
import { conversionPriceHistory } from "./history";
import type { LedgerEventInput } from "./events";

// Common 8,000,000; Series A 2,000,000 at $2.50 (one Common per share), broad, unrounded.
const terms = () =>
  charterTerms(
    { name: "Common", shares: 8_000_000 },
    { name: "Series A", shares: 2_000_000, issuePrice: "2.50", antiDilution: "broad", adjustmentRounding: "none", clauses: { Splits: "4(d)(i)" } },
  );
const run = (events: LedgerEventInput[]) => conversionPriceHistory(terms(), events);
const dividend = (ratio: string | number, date = "2001-07-01"): LedgerEventInput => ({ type: "stock-dividend", date, ratio });

describe("stock-dividend: a subdivision by another name, the price proportionately decreased", () => {
  test("10%, written 0.1, 10% or 1:10: 2.50 x 1 / 1.1 = 2.50 x 10 / 11 = 2.272727...", () => {
    for (const r of [0.1, "10%", "1:10"]) {
      const h = run([dividend(r)]);
      expect(h.final["Series A"].toFixed(9)).toBe("2.272727273");
      expect(h.steps[0].reason).toBe("stock dividend: proportionately decreased");
      expect(h.steps[0].clause).toBe("4(d)(i)");
    }
    expect(run([dividend("1:10")]).steps[0].event).toBe("stock dividend of 1 share of Common for every 10 shares held");
    expect(run([dividend(0.1)]).steps[0].event).toBe("stock dividend of 0.1 share of Common for every share held (10%)");
  });

  test("1 for every 4 held: 2.50 x 4 / 5 = 2.00; the Common paid counts in the next base, unadjusted by itself", () => {
    // After: Common 8,000,000 x 5 / 4 = 10,000,000; Series A as converted 2,000,000 x 2.50 / 2.00 = 2,500,000;
    // A = 12,500,000. Then 1,000,000 Common at $1.00: (2.00 x 12,500,000 + 1,000,000) / 13,500,000
    // = 26,000,000 / 13,500,000 = 1.925925...
    const h = run([dividend("1:4"), { type: "issue", date: "2001-08-01", shares: 1_000_000, pricePerShare: 1 }]);
    expect(h.points[0].prices["Series A"].toString()).toBe("2");
    expect(h.steps[0].arithmetic).toBe("2.50 x 4 / 5 = 2.00");
    expect(h.final["Series A"].toFixed(9)).toBe("1.925925926");
  });

  test("options granted before the dividend are readjusted on expiry in today's shares", () => {
    // Grant 2,000,000 at $1.00: 27,000,000 / 12,000,000 = 2.25; 1-for-4 dividend: 2.25 x 4 / 5 = 1.80, the
    // options now 2,500,000 at $0.80; all 2,500,000 expire: as if never deemed issued, 2.50 x 4 / 5 = 2.00.
    const h = run([
      { type: "option-grant", date: "2001-01-01", id: "W1", maxShares: 2_000_000, minExercisePrice: 1 },
      dividend("1:4"),
      { type: "option-expiry", date: "2002-01-01", id: "W1", shares: 2_500_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series A"].toString())).toEqual(["2.25", "1.8", "2"]);
  });

  test("a ratio of zero or less is an error naming row, column and value", () => {
    expect(thrown(() => run([dividend(0)])).message).toBe('argument events row 1, column Ratio, value "0": must be more than zero');
    expect(thrown(() => run([dividend("0%")])).message).toBe('argument events row 1, column Ratio, value "0": must be more than zero');
    expect(thrown(() => run([dividend("1:0")])).message).toBe('argument events row 1, column Ratio, value "0": must be more than zero');
    expect(thrown(() => run([dividend("1:2:3")])).message).toBe(
      'argument events row 1, column Ratio, value "1:2:3": write the ratio as paid:held, e.g. 1:10 for one share for every ten held',
    );
    expect(thrown(() => run([{ type: "stock-dividend", date: "2001-07-01" } as unknown as LedgerEventInput])).message).toBe(
      "argument events row 1, column Ratio: is required",
    );
  });
});

describe("reclassification: the Common changed into another class, the price proportionately adjusted", () => {
  test("one Class A Common for every two Common: 2.50 x 2 / 1 = 5.00, each share convertible into 0.5 Class A Common", () => {
    // Later, Common 8,000,000 x 1 / 2 = 4,000,000 Class A; Series A as converted 2,000,000 x 2.50 / 5.00 =
    // 1,000,000; A = 5,000,000; 500,000 Class A at $4.00: (5.00 x 5,000,000 + 2,000,000) / 5,500,000
    // = 27,000,000 / 5,500,000 = 4.909090...
    const h = run([
      { type: "reclassification", date: "2001-09-01", ratio: "1:2", security: "Class A Common", clause: "4(d)(iii)" },
      { type: "issue", date: "2001-10-01", shares: 500_000, pricePerShare: 4 },
    ]);
    expect(h.points[0].prices["Series A"].toString()).toBe("5");
    expect(h.final["Series A"].toFixed(9)).toBe("4.909090909");
    expect(h.convertsInto).toBe("Class A Common");
    expect(h.steps[0].clause).toBe("4(d)(iii)");
    const text = certificateText(h, "Test");
    expect(text).toContain("1. 2001-09-01, Series A: Adjustment for a reclassification");
    expect(text).toContain("   Class A Common issuable on conversion of one share of Series A: $2.50 / $5.00 = 0.5 shares of Class A Common");
  });

  test("into Common, or naming no class, is an error", () => {
    expect(thrown(() => run([{ type: "reclassification", date: "2001-09-01", ratio: 2, security: "common" }])).message).toBe(
      'argument events row 1, column Security, value "common": a change of Common into more or fewer shares of Common is a split (Juniper 6(e)(iii): "other than a subdivision or combination"); write a split event',
    );
    expect(thrown(() => run([{ type: "reclassification", date: "2001-09-01", ratio: 2 } as unknown as LedgerEventInput])).message).toBe(
      "argument events row 1, column Security: name the class the Common was changed into",
    );
  });
});

describe("distribution in other securities: no change in the price, the securities receivable on conversion", () => {
  test("1 Warrant for every 10 Common: 0.1 per share of Series A; after a 1-for-4 dividend, 1.25 x 0.1 = 0.125 more", () => {
    const h = run([
      { type: "distribution", date: "2001-03-01", ratio: "1:10", security: "Warrants" },
      dividend("1:4"),
      { type: "distribution", date: "2001-09-01", ratio: "1:10", security: "Warrants" },
    ]);
    expect(h.steps[0].after.toString()).toBe("2.5");
    expect(h.steps[0].changed).toBe(false);
    expect(h.steps[0].arithmetic).toBe("$2.50 / $2.50 = 1 Common x 1 / 10 = 0.1 Warrants per share");
    // 0.1 + 2.50 / 2.00 x 1 / 10 = 0.1 + 0.125 = 0.225
    expect(h.series[0].otherProperty.map((x) => [x.security, x.amount.toString()])).toEqual([["Warrants", "0.225"]]);
    const text = certificateText(h, "Test");
    expect(text).toContain("1. 2001-03-01, Series A: Provision for a distribution");
    expect(text).toContain("Conversion Prices in effect and Common and other property issuable on conversion of one share:");
    expect(text).toContain("   Series A: $2.00; $2.50 / $2.00 = 1.25 shares of Common; and 0.225 Warrants");
  });

  test("a distribution in Common is a stock dividend: an error", () => {
    expect(thrown(() => run([{ type: "distribution", date: "2001-03-01", ratio: 1, security: "Common" }])).message).toBe(
      'argument events row 1, column Security, value "Common": a distribution payable in Common is a stock dividend (Juniper 6(e)(ii): "other than shares of Common Stock"); write a stock-dividend event',
    );
  });
});
