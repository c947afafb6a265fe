// Issues before the charter's date are not Additional Stock (MagiNet 3(f)(ii)-(iii); Juniper 6(d)(i)(B), (D)),
// and options that expire within 30 days of issue adjust nothing until all are exercised or expired
// (Juniper 6(d)(iii)(E)). Expected prices worked by hand in each test.
import { parseTerms } from "../engine/terms/parse";
import { presetTable } from "./index";
import { charterTerms, type ClassSpec } from "../../test/fixtures/classes";
import { thrown } from "../../test/helpers/errors";
import { conversionPriceHistory } from "../engine/ledger/history";

const maginet = () => parseTerms(presetTable("maginet"));
const juniper = () => parseTerms(presetTable("juniper"));

describe("MagiNet 3(f)(iii): Additional Stock is Common issued after the Effective Date, 1995-12-29", () => {
  // The preset: Common 5,000,000; A 150,000, B 1,328,930, C 7,500,000, D 3,142,858, each at its original
  // price (one for one), 12,121,788 as converted; no options. Broad A for D = 17,121,788.
  // 2,000,000 Common at $4.00 ($8,000,000): Series D (7.00 x 17,121,788 + 8,000,000) / 19,121,788
  //   = 127,852,516 / 19,121,788 = 6.686222...
  const issue = (date: string) => conversionPriceHistory(maginet(), [{ type: "issue", date, shares: 2_000_000, pricePerShare: 4 }]);

  test("the day before (1995-12-28) and the Effective Date itself (1995-12-29): no price moves", () => {
    for (const date of ["1995-12-28", "1995-12-29"]) {
      const h = issue(date);
      expect([date, h.final["Series D"].toString(), h.final["Series C"].toString(), h.final["Series B"].toString()]).toEqual([date, "7", "4.5", "4.5"]);
      const d = h.steps.find((s) => s.className === "Series D")!;
      expect(d.reason).toBe(`no adjustment: issued on ${date}, not after 1995-12-29, so not Additional Stock`);
      expect(d.clause).toBe("FOURTH 3(f)(ii)-(iii)");
    }
  });

  test("the day after (1995-12-30): Series D 6.686222...", () => {
    expect(issue("1995-12-30").final["Series D"].toFixed(6)).toBe("6.686222");
  });

  test("the early issue still counts in the next base: 1,000,000 at $4.00 after 2,000,000 on 1995-12-01", () => {
    // Broad A for D = 17,121,788 + 2,000,000 = 19,121,788: (7 x 19,121,788 + 4,000,000) / 20,121,788
    //   = 137,852,516 / 20,121,788 = 6.850908...
    const h = conversionPriceHistory(maginet(), [
      { type: "issue", date: "1995-12-01", shares: 2_000_000, pricePerShare: 4 },
      { type: "issue", date: "1996-03-01", shares: 1_000_000, pricePerShare: 4 },
    ]);
    expect(h.final["Series D"].toFixed(6)).toBe("6.850908");
  });
});

describe("Juniper 6(d)(i)(D): only issues after the Series D1 Original Issue Date (the preset's 1999-01-01) adjust", () => {
  // Broad A = 47,621,795.147687... (see presets/ledger.test.ts). 5,000,000 Common at $5.00 ($25,000,000):
  // D and D1 (11.03 x 47,621,795.147687... + 25,000,000) / 52,621,795.147687... = 10.457043... -> 10.46.
  const issue = (date: string) => conversionPriceHistory(juniper(), [{ type: "issue", date, shares: 5_000_000, pricePerShare: 5 }]);
  test("on 1998-12-31 and on 1999-01-01 itself: no adjustment", () => {
    expect(issue("1998-12-31").final["Series D1"].toString()).toBe("11.03");
    expect(issue("1999-01-01").final["Series D"].toString()).toBe("11.03");
  });
  test("on 1999-01-02: 10.46", () => {
    expect(issue("1999-01-02").final["Series D1"].toString()).toBe("10.46");
  });
  test("a grant is measured by its date of issue: on 1999-01-01 no deemed issue, on 1999-01-02 one", () => {
    // 5,000,000 options at $5.00 exercise, nothing paid: deemed 5,000,000 for $25,000,000: as above, 10.46.
    const grant = (date: string) => conversionPriceHistory(juniper(), [{ type: "option-grant", date, id: "W", maxShares: 5_000_000, minExercisePrice: 5 }]);
    expect(grant("1999-01-01").final["Series D"].toString()).toBe("11.03");
    expect(grant("1999-01-02").final["Series D"].toString()).toBe("10.46");
  });
});

describe("Juniper 6(d)(iii)(E): options expiring not more than 30 days after issue", () => {
  // A small charter to keep the arithmetic short: Common 1,000,000; Series X 1,000,000 at $2.00 (CP $2.00),
  // broad, unrounded; Short Options 30. Broad A = 2,000,000 before any grant.
  const classes = (shortOptionDays: number | null): ClassSpec[] => [
    { name: "Common", shares: 1_000_000 },
    { name: "Series X", shares: 1_000_000, issuePrice: 2, antiDilution: "broad", shortOptionDays, clauses: { "Short Options": "6(d)(iii)(E)" } },
  ];
  const grant = (expiryDate: string) => ({ type: "option-grant" as const, date: "2000-01-01", id: "W", maxShares: 500_000, minExercisePrice: 1, expiryDate });

  test("expiring on day 30 (2000-01-31): nothing at the grant; on exercise of all, an issue of 500,000 for $500,000", () => {
    // At the exercise the options are gone from the base and the 500,000 exercised are the issue:
    // A = 1,000,000 Common + 1,000,000 as converted = 2,000,000; 2 x (2,000,000 + 500,000 / 2) / 2,500,000
    //   = 4,500,000 / 2,500,000 = 1.80
    const h = conversionPriceHistory(charterTerms(...classes(30)), [
      grant("2000-01-31"),
      { type: "option-exercise", date: "2000-01-20", id: "W", shares: 500_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series X"].toString())).toEqual(["2", "1.8"]);
    expect(h.steps[0].reason).toContain("no adjustment yet: the options expire by their terms on 2000-01-31, 30 days after issue");
    expect(h.steps[0].clause).toBe("6(d)(iii)(E)");
  });

  test("expiring on day 31 (2000-02-01): deemed issued at the grant (1.80), nothing more on exercise", () => {
    // Deemed issue: A = 2,000,000 (the options are not yet outstanding): (2 x 2,000,000 + 500,000) / 2,500,000 = 1.80
    const h = conversionPriceHistory(charterTerms(...classes(30)), [
      grant("2000-02-01"),
      { type: "option-exercise", date: "2000-01-20", id: "W", shares: 500_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series X"].toString())).toEqual(["1.8", "1.8"]);
  });

  test("a short grant partly exercised then expired: one adjustment, at the expiry, for the 200,000 issued", () => {
    // 200,000 exercised for $200,000; 300,000 expire. Issue of 200,000 for 200,000:
    // (2 x 2,000,000 + 200,000) / 2,200,000 = 4,200,000 / 2,200,000 = 1.909090...
    const h = conversionPriceHistory(charterTerms(...classes(30)), [
      grant("2000-01-15"),
      { type: "option-exercise", date: "2000-01-10", id: "W", shares: 200_000 },
      { type: "option-expiry", date: "2000-01-15", id: "W", shares: 300_000 },
    ]);
    expect(h.points.map((p) => p.prices["Series X"].toFixed(6))).toEqual(["2.000000", "2.000000", "1.909091"]);
  });

  test("all expired unexercised: no adjustment ever", () => {
    const h = conversionPriceHistory(charterTerms(...classes(30)), [
      grant("2000-01-15"),
      { type: "option-expiry", date: "2000-01-15", id: "W", shares: 500_000 },
    ]);
    expect(h.final["Series X"].toString()).toBe("2");
  });

  test("without the rule (MagiNet has none) a 14-day option is deemed issued at the grant (1.80), then readjusted when it expires unexercised (2.00)", () => {
    const h = conversionPriceHistory(charterTerms(...classes(null)), [grant("2000-01-15")]);
    expect(h.points.map((p) => [p.date, p.prices["Series X"].toString()])).toEqual([
      ["2000-01-01", "1.8"],
      ["2000-01-15", "2"],
    ]);
  });

  test("an Expiry Date before the grant is an error naming the row and column", () => {
    const e = thrown(() => conversionPriceHistory(charterTerms(...classes(30)), [grant("1999-12-31")]));
    expect(e.message).toContain("events row 1, column Expiry Date");
    expect(e.message).toContain("is before the grant's date 2000-01-01");
  });
});

test("the events range reads a grant's Expiry Date column", async () => {
  const { eventsFromTable } = await import("../engine/ledger/from-table");
  const events = eventsFromTable([
    ["Date", "Event", "Option", "Max Shares", "Exercise Price", "Expiry Date"],
    ["2000-01-01", "grant", "W", 500_000, 1, "2000-01-31"],
  ]);
  expect((events[0] as { expiryDate?: unknown }).expiryDate).toBe("2000-01-31");
});

describe("a grant's Expiry Date expires the options still outstanding then, without an expiry event", () => {
  const classes = (shortOptionDays: number | null): ClassSpec[] => [
    { name: "Common", shares: 1_000_000 },
    { name: "Series X", shares: 1_000_000, issuePrice: 2, antiDilution: "broad", shortOptionDays },
  ];
  test("a short grant, 200,000 exercised: settled on its Expiry Date as an issue of 200,000 for $200,000 (1.909090...)", () => {
    // As in the test above: (2 x 2,000,000 + 200,000) / 2,200,000 = 1.909090...
    const h = conversionPriceHistory(charterTerms(...classes(30)), [
      { type: "option-grant", date: "2000-01-01", id: "W", maxShares: 500_000, minExercisePrice: 1, expiryDate: "2000-01-15" },
      { type: "option-exercise", date: "2000-01-10", id: "W", shares: 200_000 },
    ]);
    expect(h.points.map((p) => [p.date, p.prices["Series X"].toFixed(6)])).toEqual([
      ["2000-01-01", "2.000000"],
      ["2000-01-10", "2.000000"],
      ["2000-01-15", "1.909091"],
    ]);
  });
  test("a long grant (no Short Options rule) is readjusted on its Expiry Date as if only the 200,000 exercised were issued", () => {
    // Grant: deemed 500,000 for 500,000: (2 x 2,000,000 + 500,000) / 2,500,000 = 1.80. Expiry of the 300,000 left
    // (6(d)(iii)(C)(1)): as if 200,000 had been issued for 200,000: (4,000,000 + 200,000) / 2,200,000 = 1.909090...
    const h = conversionPriceHistory(charterTerms(...classes(null)), [
      { type: "option-grant", date: "2000-01-01", id: "W", maxShares: 500_000, minExercisePrice: 1, expiryDate: "2005-01-01" },
      { type: "option-exercise", date: "2001-01-10", id: "W", shares: 200_000 },
    ]);
    expect(h.points.map((p) => [p.date, p.prices["Series X"].toFixed(6)])).toEqual([
      ["2000-01-01", "1.800000"],
      ["2001-01-10", "1.800000"],
      ["2005-01-01", "1.909091"],
    ]);
  });
  test("an exercise after the Expiry Date is refused: none are outstanding", () => {
    const e = thrown(() =>
      conversionPriceHistory(charterTerms(...classes(null)), [
        { type: "option-grant", date: "2000-01-01", id: "W", maxShares: 500_000, minExercisePrice: 1, expiryDate: "2000-06-01" },
        { type: "option-exercise", date: "2000-06-02", id: "W", shares: 1 },
      ]),
    );
    expect(e.message).toContain("is more than the 0 still outstanding under options W");
  });
});
