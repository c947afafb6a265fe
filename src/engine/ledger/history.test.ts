import type { CharterTerms } from "../terms/model";
import { presetTerms } from "../../../test/fixtures/charters";
import { charterTerms, shareClass, type ClassSpec } from "../../../test/fixtures/classes";
import { conversionPriceHistory } from "./history";

const price = (h: ReturnType<typeof conversionPriceHistory>, name: string) => h.final[name];

describe("conversionPriceHistory: the public down-round example (shared/notes/domain.md)", () => {
  // Common 8,000,000; Series A 2,000,000 at $2.50 (OIP and CP); options 2,000,000; then 4,000,000 new
  // Common for $5,000,000.
  const classes = (antiDilution: ClassSpec["antiDilution"]): ClassSpec[] => [
    { name: "Common", shares: 8_000_000 },
    { name: "Series A", shares: 2_000_000, issuePrice: "2.50", conversionPrice: "2.50", antiDilution, clauses: { "Anti-Dilution": "4(d)(ii)" } },
    { name: "Options", kind: "option", shares: 2_000_000, strike: undefined },
  ];
  const issue = [{ type: "issue" as const, date: "2024-03-01", shares: 4_000_000, consideration: 5_000_000 }];

  test("broad: A = 12,000,000, CP2 = $2.1875, with the arithmetic and facts", () => {
    // A = 8,000,000 + 2,000,000 x 2.50 / 2.50 + 2,000,000 = 12,000,000; B = 5,000,000 / 2.50 = 2,000,000;
    // 2.50 x (12,000,000 + 2,000,000) / (12,000,000 + 4,000,000) = 35,000,000 / 16,000,000 = 2.1875
    const h = conversionPriceHistory(charterTerms(...classes("broad")), issue);
    expect(price(h, "Series A").toString()).toBe("2.1875");
    const [s] = h.steps;
    expect(s.before.toString()).toBe("2.5");
    expect(s.after.toString()).toBe("2.1875");
    expect(s.arithmetic).toBe("2.50 x (12,000,000 + 2,000,000) / (12,000,000 + 4,000,000) = 2.1875");
    expect(s.facts).toBe(
      "A (broad) = 8,000,000 Common outstanding + 2,000,000 issuable on conversion of the Preferred + 2,000,000 on exercise of options and warrants = 12,000,000; C = 4,000,000 Additional Shares of Common for $5,000,000.00",
    );
    expect(s.clause).toBe("4(d)(ii)");
    expect(s.event).toBe("issue of 4,000,000 Common for $5,000,000.00 ($1.25 per share)");
  });

  test("the pool of 1,000,000 counted in A: $2.205882...", () => {
    // A = 13,000,000: (2.50 x 13,000,000 + 5,000,000) / 17,000,000 = 37,500,000 / 17,000,000 = 2.2058823529...
    const h = conversionPriceHistory(charterTerms(...classes("broad")), issue, { unallocatedPool: 1_000_000, poolInBase: true });
    expect(price(h, "Series A").toFixed(10)).toBe("2.2058823529");
    // left out by default: 2.1875 (above)
    expect(conversionPriceHistory(charterTerms(...classes("broad")), issue, { unallocatedPool: 1_000_000 }).final["Series A"].toString()).toBe("2.1875");
  });

  test("full ratchet: $1.25", () => {
    // 5,000,000 / 4,000,000 = 1.25
    expect(price(conversionPriceHistory(charterTerms(...classes("full-ratchet")), issue), "Series A").toString()).toBe("1.25");
  });

  test("the same issue given as a price per share", () => {
    // 4,000,000 x 1.25 = 5,000,000: as above, 2.1875
    const h = conversionPriceHistory(charterTerms(...classes("broad")), [{ type: "issue", date: "2024-03-01", shares: "4,000,000", pricePerShare: "$1.25" }]);
    expect(price(h, "Series A").toString()).toBe("2.1875");
  });
});

describe("MagiNet (3(f)(i)(A)): narrow base for Series B, broad for A, C and D, on the same issue", () => {
  // The preset with an illustrative position (the charter states no counts): Common 5,000,000 (the preset's);
  // options 1,000,000; 1,000,000 shares of each series, each converting one for one at its original price
  // (3(a)(i)-(iv)), so the Preferred is 4,000,000 Common as converted.
  const cf = { adjustmentRounding: "carry-forward" as const };
  const million = { shares: 1_000_000 };
  const maginet = (): CharterTerms => {
    const preset = presetTerms("maginet", { "Series A": million, "Series B": million, "Series C": million, "Series D": million });
    return { classes: [...preset.classes, shareClass({ name: "Options", kind: "option", shares: 1_000_000 })] };
  };
  const issue = [{ type: "issue" as const, date: "1997-03-01", shares: 1_000_000, pricePerShare: "3.00" }];

  test("1,000,000 Common at $3.00", () => {
    const h = conversionPriceHistory(maginet(), issue);
    // A: $3.00 is not below $2.00: no adjustment
    expect(h.final["Series A"].toString()).toBe("2");
    // B, narrow: A = 4,000,000 (Preferred as converted only):
    // (4.50 x 4,000,000 + 3,000,000) / (4,000,000 + 1,000,000) = 21,000,000 / 5,000,000 = 4.20
    expect(h.final["Series B"].toString()).toBe("4.2");
    // C, broad: A = 5,000,000 + 4,000,000 + 1,000,000 = 10,000,000:
    // (4.50 x 10,000,000 + 3,000,000) / 11,000,000 = 48,000,000 / 11,000,000 = 4.363636...
    expect(h.final["Series C"].toFixed(9)).toBe("4.363636364");
    // D, broad: (7.00 x 10,000,000 + 3,000,000) / 11,000,000 = 73,000,000 / 11,000,000 = 6.636363...
    expect(h.final["Series D"].toFixed(9)).toBe("6.636363636");
    const b = h.steps.find((s) => s.className === "Series B")!;
    expect(b.facts).toBe(
      "A (narrow) = 4,000,000 issuable on conversion of the outstanding Preferred = 4,000,000; C = 1,000,000 Additional Shares of Common for $3,000,000.00",
    );
    expect(b.clause).toBe("FOURTH 3(f)(i)(A)(2)");
    const a = h.steps.find((s) => s.className === "Series A")!;
    expect(a.changed).toBe(false);
    expect(a.reason).toBe("no adjustment: $3.00 per share is not less than the conversion price $2.00");
  });

  test("'issued or issuable': Common already issued on conversions of Preferred counts in the narrow base", () => {
    // 500,000 of the Common came from earlier conversions: A = 4,000,000 + 500,000 = 4,500,000;
    // (4.50 x 4,500,000 + 3,000,000) / 5,500,000 = 23,250,000 / 5,500,000 = 4.227272...
    const h = conversionPriceHistory(maginet(), issue, { commonFromConversion: 500_000 });
    expect(h.final["Series B"].toFixed(9)).toBe("4.227272727");
  });

  test("one-cent carry-forward over two issues (3(f)(i)(B))", () => {
    // Series C alone: Common 5,000,000, options 1,000,000, Series C 4,000,000 at $4.50: A = 10,000,000.
    const terms = charterTerms(
      { name: "Common", shares: 5_000_000 },
      {
        name: "Series C",
        shares: 4_000_000,
        issuePrice: "4.50",
        antiDilution: "broad",
        ...cf,
        clauses: { "Anti-Dilution": "3(f)(i)(A)(3)", "Adjustment Rounding": "3(f)(i)(B)" },
      },
      { name: "Options", kind: "option", shares: 1_000_000 },
    );
    const h = conversionPriceHistory(terms, [
      { type: "issue", date: "1997-01-10", shares: 50_000, pricePerShare: 3 },
      { type: "issue", date: "1997-02-10", shares: 50_000, pricePerShare: 3 },
    ]);
    const [first, second] = h.steps;
    // First: (4.50 x 10,000,000 + 150,000) / 10,050,000 = 45,150,000 / 10,050,000 = 4.492537...:
    // 0.007462... under one cent: not made, 4.50 stays.
    expect(first.changed).toBe(false);
    expect(first.carried).toBe(true);
    expect(first.after.toString()).toBe("4.5");
    expect(first.theoretical.toFixed(9)).toBe("4.492537313");
    expect(first.arithmetic).toBe(
      "4.50 x (10,000,000 + 33,333.333333...) / (10,000,000 + 50,000) = 4.492537...; a change of $0.007462..., under one cent: not made, carried forward; 4.50 stays in effect",
    );
    expect(first.clause).toBe("3(f)(i)(A)(3); 3(f)(i)(B)");
    // Second, on A = 5,050,000 + 4,000,000 (as converted at the $4.50 still in effect) + 1,000,000 =
    // 10,050,000, from the carried 4.492537...:
    // (4.492537... x 10,050,000 + 150,000) / 10,100,000 = 45,300,000 / 10,100,000 = 4.485148...; the change
    // from 4.50 is 0.014851...: made. (From 4.50 alone it would be 45,375,000 / 10,100,000 = 4.492574...,
    // under a cent.)
    expect(second.changed).toBe(true);
    expect(second.carried).toBe(false);
    expect(second.before.toString()).toBe("4.5");
    expect(second.after.toFixed(9)).toBe("4.485148515");
    expect(h.series[0].finalTheoretical.equals(h.series[0].final)).toBe(true);
  });
});

describe("Juniper (6(d)): broad base to the nearest cent, deemed issues and their expiry", () => {
  // Illustrative position: Common 8,000,000; options 1,000,000 (the plan, exempt, 6(d)(i)(D)(2));
  // Series D 1,000,000 at $11.03 (OIP and CP, 4(a)(i), 6(a)(i)): A = 10,000,000.
  const juniper = () =>
    charterTerms(
      { name: "Common", shares: 8_000_000 },
      {
        name: "Series D",
        shares: 1_000_000,
        issuePrice: "11.03",
        antiDilution: "broad",
        adjustmentRounding: "cent",
        clauses: { "Anti-Dilution": "6(d)(iv)", "Deemed Issues": "6(d)(iii)", "Exempt Issues": "6(d)(i)(D)" },
      },
      { name: "Options", kind: "option", shares: 1_000_000 },
    );
  const grant = { type: "option-grant" as const, date: "1999-03-01", id: "W1", maxShares: 500_000, consideration: 50_000, minExercisePrice: 5 };

  test("an issue below the price: 1,000,000 at $8.00", () => {
    // (11.03 x 10,000,000 + 8,000,000) / 11,000,000 = 118,300,000 / 11,000,000 = 10.754545...; nearest cent 10.75
    const h = conversionPriceHistory(juniper(), [{ type: "issue", date: "1999-03-01", shares: 1_000_000, pricePerShare: 8 }]);
    expect(h.final["Series D"].toString()).toBe("10.75");
    expect(h.steps[0].arithmetic).toBe("11.03 x (10,000,000 + 725,294.650951...) / (10,000,000 + 1,000,000) = 10.754545...; to the nearest cent: 10.75");
  });

  test("a warrant deemed issued at its maximum (6(d)(iii), 6(d)(v)(B)), readjusted on expiry (6(d)(iii)(C))", () => {
    // Deemed: 500,000 for 50,000 + 500,000 x 5.00 = 2,550,000 ($5.10 each):
    // (11.03 x 10,000,000 + 2,550,000) / 10,500,000 = 112,850,000 / 10,500,000 = 10.747619... -> 10.75
    // 300,000 expire: as if 200,000 for 50,000 + 200,000 x 5.00 = 1,050,000:
    // (110,300,000 + 1,050,000) / 10,200,000 = 111,350,000 / 10,200,000 = 10.916666... -> 10.92
    // the other 200,000 expire: as if none, for $50,000: no Additional Shares, no adjustment: 11.03
    const h = conversionPriceHistory(juniper(), [
      grant,
      { type: "option-expiry", date: "2000-03-01", id: "W1", shares: 300_000 },
      { type: "option-expiry", date: "2001-03-01", id: "W1", shares: 200_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["10.75", "10.92", "11.03"]);
    const readjusted = h.steps[1];
    expect(readjusted.reason).toBe("readjustment on expiry of options");
    expect(readjusted.arithmetic).toBe(
      "as if 200,000 of the 500,000 shares had been deemed issued: 11.03 x (10,000,000 + 95,194.922937...) / (10,000,000 + 200,000) = 10.916666...; to the nearest cent: 10.92",
    );
    expect(readjusted.facts).toBe("options W1: 500,000 granted, 0 exercised, 300,000 expired unexercised; $50,000.00 paid for the grant still counts");
    expect(readjusted.clause).toBe("6(d)(iii)");
    expect(h.steps[0].clause).toBe("6(d)(iii); 6(d)(iv)");
  });

  test("exercised shares stay issued: 100,000 exercised, 400,000 expire", () => {
    // as if 100,000 for 50,000 + 100,000 x 5.00 = 550,000:
    // (110,300,000 + 550,000) / 10,100,000 = 110,850,000 / 10,100,000 = 10.975247... -> 10.98
    const h = conversionPriceHistory(juniper(), [
      grant,
      { type: "option-exercise", date: "1999-09-01", id: "W1", shares: 100_000 },
      { type: "option-expiry", date: "2000-03-01", id: "W1", shares: 400_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["10.75", "10.75", "10.98"]);
    expect(h.steps[1].reason).toBe("no adjustment: the shares were deemed issued when the options were granted");
    // the exercise moved 100,000 from options into Common: 8,100,000 Common, 1,000,000 plan options left
    expect(h.position.common.toString()).toBe("8100000");
    expect(h.position.options.toString()).toBe("1000000");
  });

  test("the adjustments after the grant are recomputed too ('and any subsequent adjustments based thereon')", () => {
    // After the grant: 10.75; options outstanding 500,000 W1 + 1,000,000 plan = 1,500,000.
    // Then 1,000,000 Common at $8.00: A = 8,000,000 + 1,000,000 x 11.03 / 10.75 + 1,500,000; since
    // 10.75 x (1,000,000 x 11.03 / 10.75) = 11,030,000, the numerator is 10.75 x 9,500,000 + 11,030,000 +
    // 8,000,000 = 121,155,000 and the denominator 11,526,046.511627... : 10.511409... -> 10.51.
    // All 500,000 expire: as if never granted, the issue alone gives (see above) 10.754545... -> 10.75.
    const h = conversionPriceHistory(juniper(), [
      grant,
      { type: "issue", date: "1999-06-01", shares: 1_000_000, pricePerShare: 8 },
      { type: "option-expiry", date: "2000-03-01", id: "W1", shares: 500_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["10.75", "10.51", "10.75"]);
    expect(h.steps[2].arithmetic).toBe(
      "as if 0 of the 500,000 shares had been deemed issued: no shares deemed issued: every option of the grant expired unexercised; with the later adjustments recomputed on that basis: 10.75",
    );
  });

  test("an exempt issue never adjusts (6(d)(i)(D)(2)) but counts in the next base", () => {
    // 1,000,000 Common to employees at $0.10: no change. Then 1,000,000 at $8.00 on
    // A = 9,000,000 + 1,000,000 + 1,000,000 = 11,000,000:
    // (11.03 x 11,000,000 + 8,000,000) / 12,000,000 = 129,330,000 / 12,000,000 = 10.7775 -> 10.78 (half up)
    const h = conversionPriceHistory(juniper(), [
      { type: "issue", date: "1999-01-01", shares: 1_000_000, pricePerShare: "0.10", exempt: "employee plan" },
      { type: "issue", date: "1999-06-01", shares: 1_000_000, pricePerShare: 8 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["11.03", "10.78"]);
    expect(h.steps[0].changed).toBe(false);
    expect(h.steps[0].reason).toBe("no adjustment: an exempt issue (employee plan)");
    expect(h.steps[0].clause).toBe("6(d)(i)(D)");
  });

  test("an exempt grant adjusts nothing, nor does its expiry", () => {
    const h = conversionPriceHistory(juniper(), [
      { ...grant, exempt: "employee plan" },
      { type: "option-expiry", date: "2000-03-01", id: "W1", shares: 500_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["11.03", "11.03"]);
    expect(h.steps[1].reason).toBe("no readjustment: the options were not Additional Stock (employee plan)");
  });

  test("more shares of a series in the terms are not Additional Stock (6(d)(i)(D)(1)), but join the base", () => {
    // 100,000 more Series D at $5.00: no change; then 1,000,000 Common at $8.00 on
    // A = 8,000,000 + 1,100,000 + 1,000,000 = 10,100,000:
    // (11.03 x 10,100,000 + 8,000,000) / 11,100,000 = 119,403,000 / 11,100,000 = 10.757027... -> 10.76
    const h = conversionPriceHistory(juniper(), [
      { type: "issue", date: "1999-01-01", shares: 100_000, pricePerShare: 5, security: "series d" },
      { type: "issue", date: "1999-06-01", shares: 1_000_000, pricePerShare: 8 },
    ]);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["11.03", "10.76"]);
    expect(h.steps[0].reason).toBe("no adjustment: Common issuable on conversion of the Series D is not Additional Stock");
  });

  test("a convertible security outside the terms is deemed issued and counted as convertible", () => {
    // Notes convertible into up to 1,000,000 Common for $8,000,000 in all: as the Common issue above, 10.75
    const h = conversionPriceHistory(juniper(), [{ type: "issue", date: "1999-03-01", shares: 1_000_000, consideration: 8_000_000, security: "convertible" }]);
    expect(h.final["Series D"].toString()).toBe("10.75");
    expect(h.position.convertibles.toString()).toBe("1000000");
    expect(h.steps[0].event).toBe("issue of convertible securities for up to 1,000,000 Common for $8,000,000.00 ($8.00 per share)");
  });
});

describe("JT Storage: splits and combinations only (Art. IV(B)4(d)(i))", () => {
  // The preset (Common 10,000,000) with 5,000,000 Series A, an illustrative count.
  const jt = () => presetTerms("jt-storage", { "Series A": { shares: 5_000_000 } });

  test("a 2-for-1 split halves the price; a 1-for-4 combination quadruples it; an issue below it changes nothing", () => {
    // 1.00 / 2 = 0.50; 0.50 / 0.25 = 2.00; no price protection against issues (4(d) has none)
    const h = conversionPriceHistory(jt(), [
      { type: "split", date: "1996-01-01", ratio: 2 },
      { type: "issue", date: "1996-02-01", shares: 1_000_000, pricePerShare: "0.10" },
      { type: "split", date: "1996-03-01", ratio: "0.25" },
    ]);
    expect(h.points.map((p) => p.prices["Series A"].toString())).toEqual(["0.5", "0.5", "2"]);
    expect(h.steps[0].arithmetic).toBe("1.00 x 1 / 2 = 0.50");
    expect(h.steps[0].clause).toBe("Art. IV(B)4(d)(i)");
    expect(h.steps[0].event).toBe("2-for-1 split of the Common");
    expect(h.steps[2].event).toBe("1-for-4 combination of the Common");
    expect(h.steps[2].reason).toBe("combination: proportionately increased");
    expect(h.steps[1].reason).toBe("no adjustment: the class has no price protection against dilutive issues");
    // Common: 10,000,000 x 2 + 1,000,000 = 21,000,000, then x 0.25 = 5,250,000
    expect(h.position.common.toString()).toBe("5250000");
  });
});

describe("a split written new:old stays exact", () => {
  test("Juniper Series A at $0.44: 3:1 then 1:3 gives back $0.44 exactly", () => {
    // 0.44 x 1 / 3 = 0.146666...; then x 3 / 1: 0.44 (the ratios since the last adjustment multiply to 1)
    const terms = charterTerms({ name: "Common", shares: 1_000_000 }, { name: "Series A", shares: 1_000, issuePrice: "1.00", conversionPrice: "0.44" });
    const h = conversionPriceHistory(terms, [
      { type: "split", date: "2000-01-01", ratio: "3:1" },
      { type: "split", date: "2001-01-01", ratio: "1:3" },
    ]);
    expect(h.points[0].prices["Series A"].toFixed(8)).toBe("0.14666667");
    expect(h.final["Series A"].toString()).toBe("0.44");
    expect(h.steps.map((s) => s.event)).toEqual(["3-for-1 split of the Common", "1-for-3 combination of the Common"]);
    expect(h.steps[1].arithmetic).toBe("0.146666... x 3 / 1 = 0.44");
    // Common: 1,000,000 x 3 / 1 = 3,000,000, then x 1 / 3 = 1,000,000
    expect(h.position.common.toString()).toBe("1000000");
  });
});

describe("IPO resets in the ledger (the IPO helper's ipoReset, on the prices in effect)", () => {
  test("MagiNet Series D (3(f)(iv)): an offering on 1997-06-01 at $6.00", () => {
    // (A) 6.00 < 7.00: lower of 6.00 and 7.00 = 6.00; 1 full year since 1995-12-29: 0.95 - 0.05 = 0.90;
    // 6.00 x 0.90 = 5.40. (B) on or before 1997-09-15: 100% x 7.00 = 7.00. Lower: 5.40, above the
    // Series C floor of 4.50.
    const terms = charterTerms(
      { name: "Common", shares: 5_000_000 },
      { name: "Series C", shares: 1_000_000, issuePrice: "4.50" },
      {
        name: "Series D",
        shares: 1_000_000,
        issuePrice: "7.00",
        clauses: { "IPO Reset": "3(f)(iv)" },
        ipoReset:
          "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C",
      },
    );
    const h = conversionPriceHistory(terms, [{ type: "ipo", date: "1997-06-01", price: 6 }]);
    expect(h.final["Series D"].toString()).toBe("5.4");
    expect(h.final["Series C"].toString()).toBe("4.5");
    const d = h.steps.find((s) => s.className === "Series D")!;
    expect(d.clause).toBe("3(f)(iv)");
    expect(d.reason).toBe("IPO reset");
    expect(h.steps.find((s) => s.className === "Series C")!.reason).toBe("no IPO reset: the class has no IPO Reset rule");
  });

  test("the floor is the Series C price in effect after its own adjustment", () => {
    // Series C broad with A = 5,000,000 + 1,000,000 + 1,000,000 = 7,000,000; 1,000,000 Common at $1.00:
    // C: (4.50 x 7,000,000 + 1,000,000) / 8,000,000 = 32,500,000 / 8,000,000 = 4.0625.
    // D has no anti-dilution here; then an IPO on 2016-01-04 at $1.00: (A) 20 full years, factor
    // 0.95 - 1.00 = -0.05, not above zero: the floor governs: D = the Series C price in effect, 4.0625.
    const terms = charterTerms(
      { name: "Common", shares: 5_000_000 },
      { name: "Series C", shares: 1_000_000, issuePrice: "4.50", antiDilution: "broad" },
      {
        name: "Series D",
        shares: 1_000_000,
        issuePrice: "7.00",
        ipoReset:
          "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C",
      },
    );
    const h = conversionPriceHistory(terms, [
      { type: "issue", date: "2015-01-01", shares: 1_000_000, pricePerShare: 1 },
      { type: "ipo", date: "2016-01-04", price: 1 },
    ]);
    expect(h.final["Series C"].toString()).toBe("4.0625");
    expect(h.final["Series D"].toString()).toBe("4.0625");
  });

  test("Juniper Series D1 (6(c)): filing within 180 days of the issue date, 85% of the IPO price", () => {
    // issued 1999-01-01; filing 1999-05-01 (120 days): 85% x $20.00 = $17.00 ("modified to equal")
    const terms = charterTerms(
      { name: "Common", shares: 8_000_000 },
      {
        name: "Series D1",
        shares: 1_000_000,
        issuePrice: "11.03",
        issueDate: "1999-01-01",
        ipoReset: "filing 180d 85%; 1y 75%; 15m 65%",
        clauses: { "IPO Reset": "6(c)" },
      },
    );
    const h = conversionPriceHistory(terms, [{ type: "ipo", date: "1999-05-01", price: 20 }]);
    expect(h.final["Series D1"].toString()).toBe("17");
  });
});

describe("order of events", () => {
  test("applied in date order; equal dates keep the order given; rows keep the place given", () => {
    // Series A broad, no rounding, A = 1,000,000 Common + 1,000,000 as converted = 2,000,000 at $1.00.
    // Given: row 1 an issue on 2024-02-01, row 2 a 2-for-1 split on 2024-01-01, row 3 an issue on 2024-02-01.
    // Split first: CP 0.50, Common 2,000,000; A = 2,000,000 + 1,000,000 x 1.00 / 0.50 = 4,000,000.
    // Row 1: 1,000,000 at $0.25: (0.50 x 4,000,000 + 250,000) / 5,000,000 = 2,250,000 / 5,000,000 = 0.45.
    // Row 3: A = 3,000,000 + 1,000,000 / 0.45 = 5,222,222.22...; 0.45 x 5,222,222.22... = 1,350,000 + 1,000,000
    // = 2,350,000; + 1,000,000 x 0.40 = 400,000: 2,750,000 / 6,222,222.22... = 0.441964285714...
    const terms = charterTerms({ name: "Common", shares: 1_000_000 }, { name: "Series A", shares: 1_000_000, issuePrice: 1, antiDilution: "broad" });
    const h = conversionPriceHistory(terms, [
      { type: "issue", date: "2024-02-01", shares: 1_000_000, pricePerShare: "0.25" },
      { type: "split", date: "2024-01-01", ratio: 2 },
      { type: "issue", date: "2024-02-01", shares: 1_000_000, pricePerShare: "0.40" },
    ]);
    expect(h.points.map((p) => p.row)).toEqual([2, 1, 3]);
    expect(h.points[1].prices["Series A"].toString()).toBe("0.45");
    expect(h.final["Series A"].toFixed(12)).toBe("0.441964285714");
  });
});
