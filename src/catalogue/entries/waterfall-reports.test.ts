// CLASSES, PREFERENCE, BREAKPOINTS, CONVERTS and EXPLAIN on the shipped presets, numbers by hand from the
// charters (MagiNet FOURTH 2-3, Juniper FOURTH 4 and 6, JT Storage Art. IV(B)2), as in
// src/engine/waterfall/maginet.test.ts and juniper.test.ts.
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";

describe("CLASSES", () => {
  it("one row of class names in terms order, Common included", () => {
    expect(call("CLASSES", ["juniper"])).toEqual([["Series A", "Series B", "Series C", "Series D", "Series D1", "Common"]]);
  });
  it("refuses a table without Common (preferred converts into Common: the parser's rule)", () => {
    const t = [
      ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"],
      ["Series A", 10, 1, 1, 1, "none", "", 1],
    ];
    expect(asHostError(call("CLASSES", [t])).message).toBe(
      'argument terms, column Class: has no row for Common; add a row "Common" with the Common shares outstanding (the classes are Series A)',
    );
  });
});

describe("PREFERENCE", () => {
  it("MagiNet Series D: 1 x $7.00, no declared dividends (FOURTH 2(a))", () => {
    expect(plain(call("PREFERENCE", ["maginet", "Series D", null]))).toBe("7");
  });
  it("JT Storage Series A at 1996-02-03: $1.00 + $0.09 x 365/365 = $1.09 (Art. IV(B)2(a)(i))", () => {
    expect(plain(call("PREFERENCE", ["jt-storage", "Series A", "1996-02-03"]))).toBe("1.09");
  });
  it("JT Storage at 1995-08-03 (181 days): $1.00 + 0.09 x 181 / 365 = $1.044630136...", () => {
    // 0.09 x 181 = 16.29; 16.29 / 365 = 0.0446301369863...
    const x = call("PREFERENCE", ["jt-storage", "Series A", "1995-08-03"]) as { toDecimalPlaces(n: number): { toString(): string } };
    expect(x.toDecimalPlaces(12).toString()).toBe("1.044630136986");
  });
  it("Common has none", () => {
    expect(plain(call("PREFERENCE", ["maginet", "Common", null]))).toBe("0");
  });
  it("an unknown class is #N/A; JT Storage without a date is #VALUE!", () => {
    const unknown = asHostError(call("PREFERENCE", ["maginet", "Series Z", null]));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toBe(
      'argument className, value "Series Z": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    );
    expect(asHostError(call("PREFERENCE", ["jt-storage", "Series A", null])).message).toBe(
      "argument asOf, class Series A: a date is needed to accrue the cumulative dividend to; give the distribution date",
    );
  });
});

describe("BREAKPOINTS", () => {
  it("MagiNet: preferences D, C, B, A, then sharing, then Series A converts at p = $2.00", () => {
    // Running preferences 22,000,006; 55,750,006; 61,730,191; 62,030,191. A converts once p x 1 > $2.00:
    // V(2) = 62,030,191 + 16,971,788 x 2 = 95,973,767.
    expect(plain(call("BREAKPOINTS", ["maginet", null]))).toEqual([
      ["Exit Value", "Class", "Event", "Clause"],
      ["22000006", "Series D", "preference paid in full", "FOURTH 2(a)"],
      ["55750006", "Series C", "preference paid in full", "FOURTH 2(a)"],
      ["61730191", "Series B", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series A", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series B", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series C", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series D", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Common", "starts to share", "FOURTH 2(a)"],
      ["95973767", "Series A", "converts", "FOURTH 3(a)(i)"],
    ]);
  });
  it("Juniper: Series A converts at p = $0.44, its conversion price (r = 1.00 / 0.44)", () => {
    // A's preference $1.00 = p x (1.00 / 0.44) at p = 0.44; V(0.44) = 92,651,890.20 + 20,000,000 x 0.44
    // = 101,451,890.20 (only Common shares below that).
    const rows = plain(call("BREAKPOINTS", ["juniper", null])) as string[][];
    expect(rows.find((r) => r[1] === "Series A" && r[2] === "converts")).toEqual(["101451890.2", "Series A", "converts", "FOURTH 6(a)(i)"]);
  });
  it("JT Storage: the waiver at $5.00 a share as converted, 19,000,000 x 5 = 95,000,000", () => {
    const rows = plain(call("BREAKPOINTS", ["jt-storage", "1996-02-03"])) as string[][];
    expect(rows[0]).toEqual(["Exit Value", "Class", "Event", "Clause"]);
    // Preference 9,000,000 x $1.09 = 9,810,000 at 1996-02-03.
    expect(rows[1]).toEqual(["9810000", "Series A", "preference paid in full", "Art. IV(B)2(a)"]);
    expect(rows[rows.length - 1]).toEqual(["95000000", "Series A", "preference waived", "Art. IV(B)2(b) proviso"]);
  });
});

describe("CONVERTS", () => {
  it("MagiNet Series A keeps its preference at p = $2.00 and converts above", () => {
    // p = 3: exit 95,973,767 + 17,121,788 = 113,095,555 (A as converted $3.00 > $2.00).
    expect(call("CONVERTS", ["maginet", "Series A", 95973767, null])).toBe(false);
    expect(call("CONVERTS", ["maginet", "Series A", 113095555, null])).toBe(true);
  });
  it("a participating class and Common never convert", () => {
    expect(call("CONVERTS", ["maginet", "Series D", 1e12, null])).toBe(false);
    expect(call("CONVERTS", ["maginet", "Common", 1e12, null])).toBe(false);
  });
  it("errors: unknown class #N/A, negative exit #VALUE!", () => {
    const unknown = asHostError(call("CONVERTS", ["maginet", "Series Q", 1, null]));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toBe(
      'argument className, value "Series Q": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    );
    expect(asHostError(call("CONVERTS", ["maginet", "Series A", -1, null])).message).toBe('argument exitValue, value "-1": an exit value must be 0 or more');
  });
});

describe("EXPLAIN", () => {
  it("MagiNet inside Series B's tier: D and C whole, B short, A nothing", () => {
    // 58,740,098.50 - 22,000,006 - 33,750,000 = 2,990,092.50 for B, shared by full preference (FOURTH 2(b)).
    const rows = plain(call("EXPLAIN", ["maginet", 58740098.5, null])) as unknown[][];
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["Step", "Tier", "Class", "Amount", "Clause"],
      ["1", "4", "Series D", "22000006", "FOURTH 2(a)"],
      ["2", "3", "Series C", "33750000", "FOURTH 2(a)"],
      ["3", "2", "Series B", "2990092.5", "FOURTH 2(b)"],
      ["4", "1", "Series A", "0", "FOURTH 2(a)"],
    ]);
    expect(rows[1][5]).toBe("Series D preference paid in full: 3,142,858 x $7.00 = $22,000,006.00");
  });
  it("MagiNet at p = $1.00: the rest shared as converted has no tier (a blank cell)", () => {
    // 79,001,979: after 62,030,191 of preferences, 16,971,788 x $1.00 to D, C, B and Common.
    const rows = plain(call("EXPLAIN", ["maginet", 79001979, null])) as unknown[][];
    const shared = rows.filter((r) => r[1] === null).map((r) => [r[2], r[3]]);
    expect(shared).toEqual([
      ["Series B", "1328930"],
      ["Series C", "7500000"],
      ["Series D", "3142858"],
      ["Common", "5000000"],
    ]);
  });
  it("a negative exit", () => {
    expect(asHostError(call("EXPLAIN", ["maginet", -2, null])).code).toBe("#VALUE!");
  });
});
