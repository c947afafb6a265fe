// The next round on each preset, every expected number worked by hand from the charter's text (the
// arithmetic written here), not from the code: the price, the new shares, and each series' conversion
// price adjusted by its own clause for the round's issue.
import fc from "fast-check";
import { Decimal } from "../engine/decimal";
import { conversionPriceHistory, eventsFromTable } from "../engine/ledger";
import { parseTerms } from "../engine/terms/parse";
import { modelRound } from "../engine/round";
import { presetTable } from "./index";

const D = (x: Decimal | string | number) => new Decimal(x);
const DATE = "2026-12-01";

// MagiNet (FOURTH): A 150,000 at 2 (CP 2), B 1,328,930 at 4.50, C 7,500,000 at 4.50, D 3,142,858 at 7,
// Common 5,000,000 (illustrative). Fully diluted before: 150,000 + 1,328,930 + 7,500,000 + 3,142,858 +
// 5,000,000 = 17,121,788; Preferred as converted 12,121,788.
const MAGINET_FD = 17_121_788;

describe("a down round on MagiNet", () => {
  // Pre-money 17,121,788 x 3 = 51,365,364: price 3.0000; $15,000,000 buys 5,000,000 Series E.
  const r = modelRound(presetTable("maginet", "t"), { investment: 15_000_000, preMoney: 51_365_364, date: DATE });
  test("price, shares, series", () => {
    expect(r.price.toFixed()).toBe("3");
    expect(r.newShares.toFixed()).toBe("5000000");
    expect(r.series).toBe("Series E");
  });
  const after = (name: string) => r.history.final[name];
  test("Series A (CP 2.00) is not diluted at 3.00: unchanged", () => expect(after("Series A").toFixed()).toBe("2"));
  test("Series C and D, broad base 3(f)(i)(A)(3): CP x (A + B) / (A + C), A = 17,121,788", () => {
    // C: 4.50 x (17,121,788 + 15,000,000/4.50) / 22,121,788 = (77,048,046 + 15,000,000) / 22,121,788
    expect(after("Series C").equals(D(92_048_046).div(22_121_788))).toBe(true);
    // D: 7 x (17,121,788 + 15,000,000/7) / 22,121,788 = (119,852,516 + 15,000,000) / 22,121,788
    expect(after("Series D").equals(D(134_852_516).div(22_121_788))).toBe(true);
  });
  test("Series B, narrow base 3(f)(i)(A)(2): A = the Preferred as converted, 12,121,788", () => {
    // 4.50 x (12,121,788 + 3,333,333.33...) / 17,121,788 = (54,548,046 + 15,000,000) / 17,121,788
    expect(after("Series B").equals(D(69_548_046).div(17_121_788))).toBe(true);
    expect(r.steps.find((s) => s.className === "Series B")!.clause).toContain("3(f)(i)(A)(2)");
  });
  test("the pro forma table carries the new prices and the new series, senior and 1x non-participating", () => {
    const h = r.table.header;
    const row = (name: string) => r.table.rows.find((x) => x[0] === name)!;
    const cell = (name: string, col: string) => row(name)[h.indexOf(col)];
    expect(cell("Series E", "Shares")).toBe("5000000");
    expect(cell("Series E", "Issue Price")).toBe("3");
    expect(cell("Series E", "Conversion Price")).toBe("3");
    expect(cell("Series E", "Seniority")).toBe("5"); // D is 4
    expect(cell("Series E", "Participation")).toBe("none");
    expect(cell("Series E", "Preference Multiple")).toBe("1");
    expect(D(cell("Series C", "Conversion Price") as string).equals(D(92_048_046).div(22_121_788))).toBe(true);
    expect(cell("Series A", "Conversion Price")).toBe(2);
  });
  test("ownership after: Series E is 5,000,000 of 5,000,000 + 17,121,788 + the Preferred's added shares", () => {
    const e = r.ownership.after.find((o) => o.name === "Series E")!;
    // B: 1,328,930 x 4.5 / (69,548,046/17,121,788); C: 7,500,000 x 4.5 / (92,048,046/22,121,788); D likewise.
    const total = D(5_000_000)
      .plus(150_000)
      .plus(5_000_000)
      .plus(D(1_328_930).times(4.5).times(17_121_788).div(69_548_046))
      .plus(D(7_500_000).times(4.5).times(22_121_788).div(92_048_046))
      .plus(D(3_142_858).times(7).times(22_121_788).div(134_852_516));
    expect(e.fraction.minus(D(5_000_000).div(total)).abs().lessThan("1e-40")).toBe(true);
  });
});

describe("a small down round on MagiNet: the one-cent carry-forward of 3(f)(i)(B)", () => {
  // Pre-money 17,121,788 x 4.49 = 76,876,828.12: price 4.49; $449,000 buys 100,000 Series E.
  const r = modelRound(presetTable("maginet", "t"), { investment: 449_000, preMoney: "76876828.12", date: DATE });
  const step = (name: string) => r.steps.find((s) => s.className === name)!;
  test("price and shares", () => {
    expect(r.price.toFixed()).toBe("4.49");
    expect(r.newShares.toFixed()).toBe("100000");
  });
  test("B (narrow) and C (broad) would move less than a cent: not made, carried forward", () => {
    // B: (12,121,788 x 4.5 + 449,000) / 12,221,788 = 54,997,046 / 12,221,788 = 4.49991..., 0.008 cents
    expect(step("Series B").after.toFixed()).toBe("4.5");
    expect(step("Series B").theoretical.equals(D(54_997_046).div(12_221_788))).toBe(true);
    expect(step("Series B").carried).toBe(true);
    // C: (17,121,788 x 4.5 + 449,000) / 17,221,788 = 77,497,046 / 17,221,788 = 4.49997...
    expect(step("Series C").after.toFixed()).toBe("4.5");
    expect(step("Series C").theoretical.equals(D(77_497_046).div(17_221_788))).toBe(true);
  });
  test("D moves 1.4 cents: made in full, unrounded", () => {
    // (17,121,788 x 7 + 449,000) / 17,221,788 = 120,301,516 / 17,221,788 = 6.98552...
    expect(step("Series D").after.equals(D(120_301_516).div(17_221_788))).toBe(true);
  });
});

describe("an up round on MagiNet adjusts nothing", () => {
  // Pre-money 17,121,788 x 10: price 10.00, above every conversion price.
  const r = modelRound(presetTable("maginet", "t"), { investment: 20_000_000, preMoney: MAGINET_FD * 10, date: DATE });
  test("price 10, 2,000,000 shares, every price unchanged", () => {
    expect(r.price.toFixed()).toBe("10");
    expect(r.newShares.toFixed()).toBe("2000000");
    for (const s of r.steps) expect(s.after.equals(s.before)).toBe(true);
  });
});

describe("a down round on Juniper: adjusted prices to the nearest cent (6(d)(iv))", () => {
  // Fully diluted: Common 20,000,000 + A 1,743,751 x 1/0.44 + B 3,915,308 x 2.40/1.07 + C 5,200,000 x 8.93/3.97
  // + D 600,000 x 11.03/11.03 + D1 2,580,000 = 47,621,795.1476... (the broad base of 6(d)(iv) too).
  const F = D(20_000_000)
    .plus(D(1_743_751).div("0.44"))
    .plus(D(3_915_308).times("2.4").div("1.07"))
    .plus(D(5_200_000).times("8.93").div("3.97"))
    .plus(600_000)
    .plus(2_580_000);
  const r = modelRound(presetTable("juniper", "t"), { investment: 10_000_000, preMoney: 60_000_000, date: DATE });
  test("price 60,000,000 / 47,621,795.15 = 1.25992..., down to 1.2599; 10,000,000 / 1.2599 = 7,937,137 shares", () => {
    expect(D(60_000_000).div(F).toFixed(4, Decimal.ROUND_DOWN)).toBe("1.2599");
    expect(r.price.toFixed()).toBe("1.2599");
    expect(r.newShares.toFixed()).toBe("7937137");
  });
  test("C 3.97 and D, D1 11.03 adjust; A 0.44 and B 1.07 are below 1.2599 and stay", () => {
    const paid = D(7_937_137).times("1.2599");
    // C: 3.97 x (F + paid/3.97) / (F + 7,937,137) = 3.58283... -> 3.58
    expect(
      D("3.97")
        .times(F.plus(paid.div("3.97")))
        .div(F.plus(7_937_137))
        .toFixed(2),
    ).toBe("3.58");
    expect(r.history.final["Series C"].toFixed()).toBe("3.58");
    // D, D1: 11.03 x (F + paid/11.03) / (F + 7,937,137) = 9.63424... -> 9.63
    expect(r.history.final["Series D"].toFixed()).toBe("9.63");
    expect(r.history.final["Series D1"].toFixed()).toBe("9.63");
    expect(r.history.final["Series A"].toFixed()).toBe("0.44");
    expect(r.history.final["Series B"].toFixed()).toBe("1.07");
  });
  test("the new series is senior to the four pari passu series (Seniority 1): 2", () => {
    const h = r.table.header;
    expect(r.table.rows.find((x) => x[0] === "Series E")![h.indexOf("Seniority")]).toBe("2");
  });
});

describe("a down round on JT Storage: no price-based anti-dilution (Art. IV(B)4(d) has splits only)", () => {
  // Series A 9,000,000 at 1 (CP 1), Common 10,000,000: pre-money 9,500,000 / 19,000,000 = 0.50.
  const r = modelRound(presetTable("jt-storage", "t"), { investment: 1_000_000, preMoney: 9_500_000, date: DATE });
  test("price 0.50, 2,000,000 Series B, Series A unchanged at 1", () => {
    expect(r.price.toFixed()).toBe("0.5");
    expect(r.newShares.toFixed()).toBe("2000000");
    expect(r.series).toBe("Series B");
    expect(r.history.final["Series A"].toFixed()).toBe("1");
  });
});

describe("a round with a pool top-up on MagiNet (the pool in the pre-money)", () => {
  // Target 10% of the post-money fully diluted shares, no pool before: with k = 0.1 x 66,365,364 / 51,365,364
  // the top-up P = k F / (1 - k), T = F / (1 - k), so price = M (1 - k) / F = (51,365,364 - 6,636,536.4) / 17,121,788.
  const r = modelRound(presetTable("maginet", "t"), { investment: 15_000_000, preMoney: 51_365_364, poolTarget: "0.1", date: DATE });
  const k = D("0.1").times(66_365_364).div(51_365_364);
  test("price 44,728,827.6 / 17,121,788 = 2.612392..., down to 2.6123", () => {
    expect(D("44728827.6").div(MAGINET_FD).toFixed(4, Decimal.ROUND_DOWN)).toBe("2.6123");
    expect(r.price.toFixed()).toBe("2.6123");
  });
  test("top-up k F / (1 - k), rounded up; shares 15,000,000 / 2.6123 rounded down", () => {
    expect(r.poolShares.toFixed()).toBe(k.times(MAGINET_FD).div(D(1).minus(k)).toDecimalPlaces(0, Decimal.ROUND_UP).toFixed());
    expect(r.newShares.toFixed()).toBe("5742066"); // 15,000,000 / 2.6123 = 5,742,066.37
  });
  test("the pool reserved is not an issue: the ledger's issue is the new series only", () => {
    expect(String(r.event.shares)).toBe("5742066");
  });
});

describe("property: the ledger (the CPHISTORY path) and the round agree on every conversion price", () => {
  test.each(["maginet", "juniper"])("%s", (preset) => {
    const table = presetTable(preset, "t");
    const terms = parseTerms(table);
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 300 }), fc.integer({ min: 1, max: 40 }), (preM, inv) => {
        const r = modelRound(table, { investment: inv * 1_000_000, preMoney: preM * 1_000_000, date: DATE });
        // The round as a user would write it in an events range: the new series' shares and the money paid.
        const events = eventsFromTable([
          ["Date", "Event", "Shares", "Consideration", "Security"],
          [DATE, "issue", r.newShares.toFixed(), r.newShares.times(r.price).toFixed(), "convertible"],
        ]);
        const ledger = conversionPriceHistory(terms, events);
        const h = r.table.header;
        return terms.classes
          .filter((c) => c.kind === "preferred")
          .every((c) => {
            const row = r.table.rows.find((x) => x[0] === c.name)!;
            return new Decimal(String(row[h.indexOf("Conversion Price")])).equals(ledger.final[c.name]);
          });
      }),
      { numRuns: 60 },
    );
  });
});
