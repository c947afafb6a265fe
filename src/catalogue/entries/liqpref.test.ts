// CHARTER.LIQPREF as Excel calls it: the terms as a preset name or a range, exits as a 1 x 1 or n x 1
// range (2-D arrays), null for omitted optionals. Numbers worked by hand from the charters; the MagiNet
// and Juniper cases are those of src/engine/waterfall/maginet.test.ts and juniper.test.ts, here on the
// shipped presets (terms order: MagiNet A, B, C, D, Common; Juniper A, B, C, D, D1, Common).
import fc from "fast-check";
import { Decimal } from "../../engine/decimal";
import { presetTable } from "../../presets";
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostArg, HostMatrix } from "../types";

const liqpref = (...args: HostArg[]) => call("LIQPREF", args);
const column = (...xs: (number | string | null)[]): HostMatrix => xs.map((x) => [x]);

// MagiNet preferences (FOURTH 2(a)): D 3,142,858 x $7.00 = 22,000,006; C 7,500,000 x $4.50 = 33,750,000;
// B 1,328,930 x $4.50 = 5,980,185; A 150,000 x $2.00 = 300,000; in all 62,030,191, paid D, C, B, A.
// Above that D, C, B and Common (5,000,000, an input) share as converted: 16,971,788 shares.

describe("LIQPREF: one exit and a class gives a number", () => {
  it("MagiNet at total preferences: Series A's $300,000 in full", () => {
    expect(plain(liqpref("maginet", [[62030191]], "Series A", null))).toBe("300000");
  });
  it("takes a plain number for the exit and any case for the class", () => {
    // Inside Series C's tier: 38,875,006 - 22,000,006 = 16,875,000 for C (FOURTH 2(a)-(b)).
    expect(plain(liqpref("maginet", 38875006, "series c"))).toBe("16875000");
  });
  it("Juniper a tenth of the preferences: Series B by Issue Price held (FOURTH 4(b))", () => {
    // Total 92,651,890.20; a tenth is 9,265,189.02; B 3,915,308 x $2.40 = 9,396,739.20, a tenth 939,673.92.
    expect(plain(liqpref("juniper", [[9265189.02]], "Series B", null))).toBe("939673.92");
  });
});

describe("LIQPREF: every class, one row per exit, cents adding up", () => {
  it("MagiNet at p = $1.00: exit 62,030,191 + 16,971,788 x 1 = 79,001,979", () => {
    // A 300,000 (keeps its preference); B 5,980,185 + 1,328,930 = 7,309,115; C 33,750,000 + 7,500,000
    // = 41,250,000; D 22,000,006 + 3,142,858 = 25,142,864; Common 5,000,000. Sum 79,001,979.
    expect(plain(liqpref("maginet", [[79001979]], null, null))).toEqual([["300000", "7309115", "41250000", "25142864", "5000000"]]);
  });
  it("a column of exits spills one row per exit, in CLASSES order", () => {
    // 11,000,003: inside D's tier, all to D. 58,740,098.50: D, C whole, B 58,740,098.50 - 55,750,006
    // = 2,990,092.50 (half its preference), A nothing.
    expect(plain(liqpref("maginet", column(11000003, 58740098.5), null, null))).toEqual([
      ["0", "0", "0", "11000003", "0"],
      ["0", "2990092.5", "33750000", "22000006", "0"],
    ]);
  });
  it("one dollar above the preferences: the cents go by largest remainder and add up to the exit", () => {
    // $1.00 = 100 cents shared by 16,971,788 shares: D 314,285,800 / 16,971,788 = 18.518 cents,
    // C 750,000,000 / 16,971,788 = 44.191, B 132,893,000 / 16,971,788 = 7.830, Common 500,000,000 /
    // 16,971,788 = 29.461. Floors 18 + 44 + 7 + 29 = 98; the 2 cents left go to the largest remainders,
    // B (.830) and D (.518): B 8, D 19, C 44, Common 29 cents.
    expect(plain(liqpref("maginet", [[62030192]], null, null))).toEqual([["300000", "5980185.08", "33750000.44", "22000006.19", "0.29"]]);
  });
  it("JT Storage with the distribution date: the $0.09 accrual joins the preference (Art. IV(B)2(a)(i))", () => {
    // 1995-02-03 (issue date, preset input) to 1996-02-03: 365 days, $0.09; preference 9,000,000 x 1.09
    // = 9,810,000. Series A then shares with 10,000,000 Common as converted (2(b)): at p = $1.00 the exit
    // is 9,810,000 + 19,000,000 = 28,810,000; A 9,810,000 + 9,000,000 = 18,810,000; Common 10,000,000.
    expect(plain(liqpref("jt-storage", [[28810000]], null, "1996-02-03"))).toEqual([["18810000", "10000000"]]);
  });
  it("JT Storage above the $5.00 waiver: everything as converted (Art. IV(B)2(b) proviso)", () => {
    // 190,000,000 / 19,000,000 = $10.00 a share: Series A 90,000,000, Common 100,000,000.
    expect(plain(liqpref("jt-storage", [[190000000]], null, 35096))).toEqual([["90000000", "100000000"]]);
  });
  it("a terms range gives the same as the preset it copies", () => {
    const t = presetTable("maginet");
    expect(plain(liqpref([t.header, ...t.rows], [[79001979]], "Series D", null))).toBe("25142864");
  });
  it("with a class, a column of exits gives a column", () => {
    // Juniper: 94,651,890.20 leaves 2,000,000 for Common after 92,651,890.20 of preferences (FOURTH 4(c)).
    expect(plain(liqpref("juniper", column(92651890.2, 94651890.2), "Common", null))).toEqual([["0"], ["2000000"]]);
  });
});

describe("LIQPREF: bad exits spoil their own cells only", () => {
  it("text and a negative exit get their own errors; blanks stay blank; other rows stand", () => {
    const out = liqpref("maginet", column(22000006, -1, "ten", null, 79001979), null, null) as unknown[][];
    expect(plain(out)).toEqual([
      ["0", "0", "0", "22000006", "0"],
      ["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"],
      ["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"],
      [null, null, null, null, null],
      ["300000", "7309115", "41250000", "25142864", "5000000"],
    ]);
    expect(asHostError(out[1][0]).message).toBe('argument exitValues (row 2, column 1), value "-1": an exit value must be 0 or more');
    expect(asHostError(out[2][0]).message).toBe(
      'argument exitValues (row 3, column 1), value "ten": is not a number; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8',
    );
  });
  it("with a class, the bad cell alone", () => {
    expect(plain(liqpref("maginet", column(-5, 62030191), "Series A", null))).toEqual([["#VALUE!"], ["300000"]]);
  });
  it("one bad exit with a class is the function's error", () => {
    const e = asHostError(liqpref("maginet", [[-5]], "Series A", null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument exitValues (row 1, column 1), value "-5": an exit value must be 0 or more');
  });
});

describe("LIQPREF: errors", () => {
  it("an unknown class is #N/A listing the classes", () => {
    const e = asHostError(liqpref("maginet", [[1]], "Series E", null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe('argument className, value "Series E": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common');
  });
  it("an unknown preset is #N/A listing the presets", () => {
    const e = asHostError(liqpref("acme", [[1]], null, null));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      'argument terms, value "acme": no such preset; the presets are jt-storage (JT Storage, Inc.), juniper (Juniper Networks, Inc.), maginet (MagiNet Corporation)',
    );
  });
  it("JT Storage without a date: the accrual needs one (Art. IV(B)2(a)(i))", () => {
    const e = asHostError(liqpref("jt-storage", [[1000000]], null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("argument asOf, class Series A: a date is needed to accrue the cumulative dividend to; give the distribution date");
  });
  it("a bad terms cell names class, column and value", () => {
    const t = presetTable("maginet");
    const rows = t.rows.map((r) => [...r]);
    rows[1][t.header.indexOf("Issue Price")] = -4.5;
    const e = asHostError(liqpref([t.header, ...rows], [[1]], null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("argument terms, class Series B, column Issue Price, value -4.5: must not be negative");
  });
  it("a missing exit is required", () => {
    expect(asHostError(liqpref("maginet", null)).message).toBe("argument exitValues: is required");
  });
});

describe("LIQPREF: property", () => {
  it("for any exit in whole cents, every class's cents add up to the exit (MagiNet and Juniper)", () => {
    fc.assert(
      fc.property(fc.constantFrom("maginet", "juniper"), fc.bigInt({ min: 0n, max: 100_000_000_000n }), (preset, cents) => {
        const exit = new Decimal(cents.toString()).div(100);
        const row = (liqpref(preset, [[exit.toFixed()]], null, null) as Decimal[][])[0];
        return row.reduce((s, x) => s.plus(x), new Decimal(0)).equals(exit) && row.every((x) => x.times(100).isInteger() && !x.isNegative());
      }),
      { numRuns: 200 },
    );
  });
});
