// The ledger on the charter presets as the terms parser reads them (src/presets; the share counts there
// are the presets' stated inputs: designated numbers as outstanding, illustrative Common).
import { parseTerms } from "../engine/terms/parse";
import { presetTable } from "./index";
import { certificateText } from "../engine/ledger/certificate";
import { conversionPriceHistory } from "../engine/ledger/history";

const terms = (id: string) => parseTerms(presetTable(id));

describe("MagiNet preset: Common 5,000,000; A 150,000, B 1,328,930, C 7,500,000, D 3,142,858 at their original prices", () => {
  // As converted, one for one: 150,000 + 1,328,930 + 7,500,000 + 3,142,858 = 12,121,788; no options.
  test("2,000,000 Common at $4.00 ($8,000,000): B narrow, C and D broad, A untouched (3(f)(i)(A)(1)-(3))", () => {
    const h = conversionPriceHistory(terms("maginet"), [{ type: "issue", date: "1997-05-01", shares: 2_000_000, pricePerShare: 4 }]);
    // A: $4.00 is not below $2.00
    expect(h.final["Series A"].toString()).toBe("2");
    // B, narrow A = 12,121,788: (4.50 x 12,121,788 + 8,000,000) / 14,121,788 = 62,548,046 / 14,121,788 = 4.429187...
    expect(h.final["Series B"].toFixed(6)).toBe("4.429187");
    // C, broad A = 5,000,000 + 12,121,788 = 17,121,788: (77,048,046 + 8,000,000) / 19,121,788 = 4.447703...
    expect(h.final["Series C"].toFixed(6)).toBe("4.447704");
    // D: (7.00 x 17,121,788 + 8,000,000) / 19,121,788 = 127,852,516 / 19,121,788 = 6.686221...
    expect(h.final["Series D"].toFixed(6)).toBe("6.686222");
    const b = h.steps.find((s) => s.className === "Series B")!;
    expect(b.clause).toBe("FOURTH 3(f)(i)(A)(2)");
  });

  test("a split cites 3(c); an exempt grant cites 3(f)(iii)", () => {
    const h = conversionPriceHistory(terms("maginet"), [
      { type: "split", date: "1997-01-01", ratio: 2 },
      { type: "option-grant", date: "1997-02-01", id: "Plan-1", maxShares: 100_000, minExercisePrice: "0.50", exempt: "employees, 3(f)(iii)(B)" },
    ]);
    // 7.00 x 1 / 2 = 3.50
    expect(h.final["Series D"].toString()).toBe("3.5");
    expect(h.steps[0].clause).toBe("FOURTH 3(c)");
    expect(h.steps.find((s) => s.type === "option-grant")!.clause).toBe("FOURTH 3(f)(iii)");
  });
});

describe("Juniper preset: Common 20,000,000; A-D1 at the designated numbers", () => {
  // As converted: A 1,743,751 x 1.00 / 0.44 = 3,963,070.45...; B 3,915,308 x 2.40 / 1.07 = 8,781,999.25...;
  // C 5,200,000 x 8.93 / 3.97 = 11,696,725.44...; D 600,000; D1 2,580,000.
  // Broad A = 20,000,000 + all of these = 47,621,795.147687...
  test("5,000,000 Common at $5.00 adjusts D and D1 only, to the nearest cent (6(d)(iv)); then a D1 IPO reset (6(c))", () => {
    // A, B, C: $5.00 is not below $0.44, $1.07, $3.97.
    // D and D1: (11.03 x 47,621,795.147687... + 25,000,000) / 52,621,795.147687...
    //   = (525,268,400.478998... + 25,000,000) / 52,621,795.147687... = 10.457043... -> 10.46
    // IPO: the D1 registration statement filed 1999-09-01, 243 days after the 1999-01-01 Issue Date (an
    // input): more than 180 days, within one year: 75% x $16.00 = $12.00 ("modified to equal").
    const h = conversionPriceHistory(terms("juniper"), [
      { type: "issue", date: "1999-06-01", shares: 5_000_000, pricePerShare: 5 },
      { type: "ipo", date: "1999-09-01", price: 16 },
    ]);
    expect(Object.fromEntries(Object.entries(h.points[0].prices).map(([k, v]) => [k, v.toString()]))).toEqual({
      "Series A": "0.44",
      "Series B": "1.07",
      "Series C": "3.97",
      "Series D": "10.46",
      "Series D1": "10.46",
    });
    expect(h.final["Series D1"].toString()).toBe("12");
    expect(h.final["Series D"].toString()).toBe("10.46");
    const ipo = h.steps.find((s) => s.type === "ipo" && s.className === "Series D1")!;
    expect(ipo.clause).toBe("FOURTH 6(c)");
    const text = certificateText(h, "Juniper Networks, Inc.");
    expect(text).toContain("1. 1999-06-01, Series D: Adjustment");
    expect(text).toContain("   Common issuable on conversion of one share of Series D: $11.03 / $10.46 = 1.054493... shares of Common");
    expect(text).toContain("   Clause: FOURTH 6(d)(iv)");
    expect(text).toContain("3. 1999-09-01, Series D1: Adjustment on the IPO");
    expect(text).toContain("   Conversion Price: $10.46 before; $12.00 in effect after");
  });
});

describe("JT Storage preset: splits only (Art. IV(B)4(d)(i))", () => {
  test("a 2-for-1 split: $1.00 to $0.50, each Series A share then 2 Common (4(a): $1.00 / CP)", () => {
    const h = conversionPriceHistory(terms("jt-storage"), [
      { type: "split", date: "1996-07-01", ratio: "2:1" },
      { type: "issue", date: "1996-08-01", shares: 1_000_000, pricePerShare: "0.25" },
    ]);
    expect(h.points.map((p) => p.prices["Series A"].toString())).toEqual(["0.5", "0.5"]);
    expect(h.steps[0].clause).toBe("Art. IV(B)4(d)(i)");
    const text = certificateText(h, "JT Storage, Inc.");
    expect(text).toContain("   Common issuable on conversion of one share of Series A: $1.00 / $0.50 = 2 shares of Common");
    expect(text).toContain("   Clause: Art. IV(B)4(d)(i)");
  });
});
