// CHARTER.* in HyperFormula formulas. Numbers by hand from the MagiNet charter (002_*.txt, FOURTH 2)
// and the other presets, re-derived in the comments; the host-agreement table checks every catalogue
// function through HF against the catalogue called directly with the same values.
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { CATALOGUE, call } from "../catalogue";
import type { HostArg, HostMatrix, ResultCell } from "../catalogue";
import { Decimal } from "../engine/decimal";
import { presetTable } from "../presets";
import { hostValue, hfValue } from "./convert";
import { columnLetters } from "../sheet/a1";
import { createCharterEngine, hfName, registerCharterFunctions } from "./plugin";

const MAGINET = presetTable("maginet");
const MAGINET_RANGE: RawCellContent[][] = [MAGINET.header, ...MAGINET.rows] as RawCellContent[][];
// Columns of the terms table: A..X (24 headers); rows 1..6 (header + A, B, C, D, Common).
const LAST_COLUMN = columnLetters(MAGINET.header.length);

/** The values of one formula, alone in cell A1 of a sheet. */
function valuesOf(formula: string, extra: Record<string, RawCellContent[][]> = {}): unknown[][] {
  const hf = createCharterEngine({ Main: [[formula]], ...extra });
  const values = hf.getSheetValues(hf.getSheetId("Main")!);
  hf.destroy();
  return values;
}
const valueOf = (formula: string, extra?: Record<string, RawCellContent[][]>) => valuesOf(formula, extra)[0][0];
const errorOf = (formula: string): DetailedCellError => {
  const v = valueOf(formula);
  if (!(v instanceof DetailedCellError)) throw new Error(`expected an error, got ${String(v)}`);
  return v;
};

// MagiNet preferences (FOURTH 2(a)): D 3,142,858 x $7.00 = 22,000,006; C 7,500,000 x $4.50 = 33,750,000;
// B 1,328,930 x $4.50 = 5,980,185; A 150,000 x $2.00 = 300,000; total 62,030,191, paid D, then C, then B,
// then A. Above that D, C, B and Common (5,000,000, a preset input) share as converted: 3,142,858 +
// 7,500,000 + 1,328,930 + 5,000,000 = 16,971,788 shares (A does not participate).

describe("registration", () => {
  it("every catalogue function is registered as CHARTER.<NAME>, idempotently", () => {
    registerCharterFunctions();
    registerCharterFunctions();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const f of CATALOGUE) expect(names).toContain(`CHARTER.${f.name}`);
  });
  it("names are case-insensitive as typed", () => {
    // Inside Series C's tier: 38,875,006 - 22,000,006 (D first) = 16,875,000 for C, under its 33,750,000.
    expect(valueOf('=charter.liqpref("maginet", 38875006, "Series C")')).toBe(16875000);
  });
});

describe("LIQPREF on MagiNet", () => {
  it("one exit and a class: a single value", () => {
    // The exit equal to total preferences: every preference in full, so Series A gets its 300,000.
    expect(valueOf('=CHARTER.LIQPREF("maginet", 62030191, "Series A")')).toBe(300000);
  });
  it("a column of exits spills exits x classes, in CLASSES order", () => {
    // 11,000,003: half of D's 22,000,006 preference, all to D. 79,001,979 = 62,030,191 + 16,971,788 x $1.00:
    // A 300,000; B 5,980,185 + 1,328,930 = 7,309,115; C 33,750,000 + 7,500,000 = 41,250,000;
    // D 22,000,006 + 3,142,858 = 25,142,864; Common 5,000,000.
    const hf = createCharterEngine({
      Main: [
        ['=CHARTER.LIQPREF("maginet", G1:G2)', null, null, null, null, null, 11000003],
        [null, null, null, null, null, null, 79001979],
      ],
    });
    expect(hf.getRangeValues({ start: { sheet: 0, row: 0, col: 0 }, end: { sheet: 0, row: 1, col: 4 } })).toEqual([
      [0, 0, 0, 11000003, 0],
      [300000, 7309115, 41250000, 25142864, 5000000],
    ]);
    hf.destroy();
  });
  it("the terms read from the cells of a sheet (the table the task pane inserts), on a sheet built after the formula", () => {
    // $1.00 above total preferences = 100 cents over 16,971,788 shares: D 314,285,800 / 16,971,788 = 18.518,
    // C 750,000,000 / 16,971,788 = 44.191, B 132,893,000 / 16,971,788 = 7.830, Common 500,000,000 /
    // 16,971,788 = 29.461 cents; floors 18 + 44 + 7 + 29 = 98, the 2 left to the largest remainders B and D.
    const values = valuesOf(`=CHARTER.LIQPREF(Terms!A1:${LAST_COLUMN}6, 62030192)`, { Terms: MAGINET_RANGE });
    expect(values[0]).toEqual([300000, 5980185.08, 33750000.44, 22000006.19, 0.29]);
  });
  it("the cents add up to the exit through SUM (a nested call does not spill)", () => {
    expect(valueOf('=SUM(CHARTER.LIQPREF("maginet", 79001979))')).toBe(79001979);
  });
  it("an omitted optional: no class gives every class; an empty argument counts as omitted", () => {
    expect(valuesOf('=CHARTER.LIQPREF("maginet", 79001979)')[0]).toEqual([300000, 7309115, 41250000, 25142864, 5000000]);
    expect(valuesOf('=CHARTER.LIQPREF("maginet", 79001979, , )')[0]).toEqual([300000, 7309115, 41250000, 25142864, 5000000]);
    // Series D's preference per share: 1 x $7.00 (FOURTH 2(a)); MagiNet's dividends are only as declared.
    expect(valueOf('=CHARTER.PREFERENCE("maginet", "Series D", )')).toBe(7);
  });
});

describe("errors", () => {
  it("a bad argument gives #VALUE! with its message", () => {
    const e = errorOf('=CHARTER.LIQPREF("maginet", "ten", "Series A")');
    expect(e.value).toBe("#VALUE!");
    expect(e.message).toBe(
      'argument exitValues (row 1, column 1), value "ten": is not a number; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8',
    );
  });
  it("an unknown class gives #N/A naming it and the classes", () => {
    const e = errorOf('=CHARTER.LIQPREF("maginet", 1000, "Series Z")');
    expect(e.value).toBe("#N/A");
    expect(e.message).toBe('argument className, value "Series Z": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common');
  });
  it("a missing required argument and too many arguments", () => {
    expect(errorOf('=CHARTER.PREFERENCE("maginet", )').message).toBe("argument className: is required");
    expect(errorOf("=CHARTER.FULLRATCHET(2, 1, 3)").message).toContain("FULLRATCHET takes 2 arguments");
  });
  it("a bad exit spoils its own row of the spill only", () => {
    const hf = createCharterEngine({
      Main: [
        ['=CHARTER.LIQPREF("maginet", G1:G3)', null, null, null, null, null, 22000006],
        [null, null, null, null, null, null, "ten"],
        [null, null, null, null, null, null, 300000],
      ],
    });
    const rows = hf.getRangeValues({ start: { sheet: 0, row: 0, col: 0 }, end: { sheet: 0, row: 2, col: 4 } });
    // 22,000,006 is exactly D's preference; 300,000 goes to D alone too (D is paid first).
    expect(rows[0]).toEqual([0, 0, 0, 22000006, 0]);
    expect(rows[1].map((c) => (c as DetailedCellError).value)).toEqual(["#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!", "#VALUE!"]);
    expect((rows[1][0] as DetailedCellError).message).toContain('argument exitValues (row 2, column 1), value "ten"');
    expect(rows[2]).toEqual([0, 0, 0, 300000, 0]);
    hf.destroy();
  });
  it("an HF error in an argument comes through as it is", () => {
    expect((valueOf('=CHARTER.LIQPREF("maginet", 1/0)') as DetailedCellError).value).toBe("#DIV/0!");
  });
});

describe("dates", () => {
  it("an HF date serial is an Excel serial: JT Storage's accrual to DATE(1996,2,3)", () => {
    // Issue 1995-02-03 (preset input) to 1996-02-03: one year of $0.09 (Art. IV(B)2(a)(i)): $1.00 + $0.09.
    expect(valueOf('=CHARTER.PREFERENCE("jt-storage", "Series A", DATE(1996,2,3))')).toBe(1.09);
    // 35098 is 1996-02-03: 35065 is 1996-01-01, + 31 days of January + 2.
    expect(valueOf('=CHARTER.PREFERENCE("jt-storage", "Series A", 35098)')).toBe(1.09);
  });
});

describe("spills take the result's size, when the inputs change too", () => {
  it("CLASSES follows its preset cell: 5 columns, then 2, then 6", () => {
    const hf = createCharterEngine({ Main: [["=CHARTER.CLASSES(A3)"], [], ["maginet"]] });
    const row = () => hf.getSheetValues(0)[0];
    expect(row()).toEqual(["Series A", "Series B", "Series C", "Series D", "Common"]);
    hf.setCellContents({ sheet: 0, row: 2, col: 0 }, "jt-storage");
    expect(row()).toEqual(["Series A", "Common"]);
    hf.setCellContents({ sheet: 0, row: 2, col: 0 }, "juniper");
    expect(row()).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1", "Common"]);
    hf.destroy();
  });
  it("nested in TRANSPOSE (whose size is ours): built before its input, then the input changes", () => {
    // C1 is added after A1 while HF builds, so A1 is first sized on a blank; then jt-storage's 2 classes,
    // then MagiNet's 5, each as a column.
    const hf = createCharterEngine({ Main: [["=TRANSPOSE(CHARTER.CLASSES(C1))", null, "jt-storage"]] });
    const column = () =>
      hf
        .getSheetValues(0)
        .map((r) => r[0])
        .filter((v) => v !== null);
    expect(column()).toEqual(["Series A", "Common"]);
    hf.setCellContents({ sheet: 0, row: 0, col: 2 }, "maginet");
    expect(column()).toEqual(["Series A", "Series B", "Series C", "Series D", "Common"]);
    hf.destroy();
  });
  it("a spill blocked by a value shows #SPILL!, and spills again once the value is cleared (HF alone would not)", () => {
    const hf = createCharterEngine({ Main: [['=CHARTER.CLASSES("jt-storage")', "in the way"]] });
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError).value).toBe("#SPILL!");
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, null);
    expect(hf.getSheetValues(0)[0]).toEqual(["Series A", "Common"]);
    // Typing into the spill blocks it again; clearing frees it again.
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 5);
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as DetailedCellError).value).toBe("#SPILL!");
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, null);
    expect(hf.getSheetValues(0)[0]).toEqual(["Series A", "Common"]);
    hf.destroy();
  });
});

// Every function through HF, with arguments from cells, ranges and literals, agrees with the catalogue
// called directly on the same host values (the HF host adds nothing and loses nothing but the
// Decimal -> number step). Each case's own numbers are worked by hand in the catalogue's tests.
describe("every catalogue function from a formula", () => {
  type Case = { formula: string; args: HostArg[] };
  const EVENTS: HostMatrix = [
    ["Date", "Event", "Shares", "Price", "Note"],
    [36312, "issue", 5000000, 5, "Common financing"],
    ["1999-09-01", "ipo", null, 16, null],
  ];
  const CAP: HostMatrix = [
    ["Holder", "Class", "Shares"],
    ["Ann", "Series A", 100000],
    ["Bob", "Common", 5000000],
  ];
  const FUNDS: HostMatrix = [
    ["Date", "Amount"],
    ["2000-01-10", 2720000],
  ];
  const PRICES: HostMatrix = [
    ["Date", "Price"],
    [36586, 8.25],
    ["2000-02-15", 9.5],
  ];
  // The Data sheet: EVENTS at A1:E3, CAP at A5:C7, FUNDS at A9:B10, PRICES at A12:B14.
  const data: RawCellContent[][] = [...EVENTS, [], ...CAP, [], ...FUNDS, [], ...PRICES] as RawCellContent[][];
  const CASES: Record<string, Case> = {
    LIQPREF: { formula: '=CHARTER.LIQPREF("maginet", 79001979)', args: ["maginet", 79001979] },
    HOLDERPAYOUTS: { formula: '=CHARTER.HOLDERPAYOUTS("maginet", Data!A5:C7, 70000000)', args: ["maginet", CAP, 70000000] },
    CLASSES: { formula: '=CHARTER.CLASSES("juniper")', args: ["juniper"] },
    PREFERENCE: { formula: '=CHARTER.PREFERENCE("maginet", "Series B")', args: ["maginet", "Series B"] },
    BREAKPOINTS: { formula: '=CHARTER.BREAKPOINTS("maginet")', args: ["maginet"] },
    CONVERTS: { formula: '=CHARTER.CONVERTS("maginet", "Series A", 95973767)', args: ["maginet", "Series A", 95973767] },
    EXPLAIN: { formula: '=CHARTER.EXPLAIN("maginet", 79001979)', args: ["maginet", 79001979] },
    CONVSHARES: { formula: '=CHARTER.CONVSHARES(100, 1, 0.44, "none")', args: [100, 1, 0.44, "none"] },
    WEIGHTEDAVG: { formula: "=CHARTER.WEIGHTEDAVG(2.5, 10000000, 4000000, 1.25)", args: [2.5, 10000000, 4000000, 1.25] },
    FULLRATCHET: { formula: "=CHARTER.FULLRATCHET(2.5, 1.25)", args: [2.5, 1.25] },
    CPHISTORY: { formula: '=CHARTER.CPHISTORY("juniper", Data!A1:E3, "Series D1")', args: ["juniper", EVENTS, "Series D1"] },
    CERTIFICATE: { formula: '=CHARTER.CERTIFICATE("juniper", Data!A1:E3, "Juniper Networks, Inc.")', args: ["juniper", EVENTS, "Juniper Networks, Inc."] },
    ROUND: { formula: '=CHARTER.ROUND("maginet", 15000000, 51365364)', args: ["maginet", 15000000, 51365364] },
    ROUNDSUMMARY: { formula: '=CHARTER.ROUNDSUMMARY("juniper", 10000000, 60000000, 0.1)', args: ["juniper", 10000000, 60000000, 0.1] },
    IPORESET: { formula: '=CHARTER.IPORESET("juniper", "Series D1", 20, "1999-06-30")', args: ["juniper", "Series D1", 20, "1999-06-30"] },
    AUTOCONVERT: { formula: '=CHARTER.AUTOCONVERT("juniper", "Series C", 5.955, 20000000)', args: ["juniper", "Series C", 5.955, 20000000] },
    ACCRUEDDIV: { formula: '=CHARTER.ACCRUEDDIV(0.09, "1996-01-01", "1997-01-01")', args: [0.09, "1996-01-01", "1997-01-01"] },
    DIVIDENDS: { formula: '=CHARTER.DIVIDENDS("maginet", 5000000)', args: ["maginet", 5000000] },
    REDEMPTION: { formula: '=CHARTER.REDEMPTION("jt-storage", "Series A", Data!A9:B10)', args: ["jt-storage", "Series A", FUNDS] },
    VOTES: { formula: '=CHARTER.VOTES("juniper", Data!A5:C7)', args: ["juniper", CAP] },
    DEEMEDLIQ: { formula: '=CHARTER.DEEMEDLIQ("jt-storage", 0.4, "asset-sale", TRUE())', args: ["jt-storage", 0.4, "asset-sale", true] },
    SECURITYVALUE: {
      formula: '=CHARTER.SECURITYVALUE("juniper", Data!A12:B14, "2000-03-15", "otc", 0.1)',
      args: ["juniper", PRICES, "2000-03-15", "otc", 0.1],
    },
    OPM: { formula: '=CHARTER.OPM("juniper", 150000000, 0.6, 3, 0.04)', args: ["juniper", 150000000, 0.6, 3, 0.04] },
    OPMTABLE: { formula: '=CHARTER.OPMTABLE("maginet", 70000000, 0.6, 3, 0.04)', args: ["maginet", 70000000, 0.6, 3, 0.04] },
    BACKSOLVE: { formula: '=CHARTER.BACKSOLVE("juniper", "Common", 0.5, 0.6, 3, 0.04)', args: ["juniper", "Common", 0.5, 0.6, 3, 0.04] },
    DLOM: { formula: "=CHARTER.DLOM(0.3, 1)", args: [0.3, 1] },
    PWERM: { formula: '=CHARTER.PWERM("maginet", 70000000, 1, 2, 0.25)', args: ["maginet", 70000000, 1, 2, 0.25] },
  };

  it("the cases cover the whole catalogue", () => {
    expect(Object.keys(CASES).sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
  });

  const asHf = (cell: ResultCell): unknown => {
    const v = hfValue(cell);
    return typeof v === "object" && v !== null && "type" in v ? `#${(v as { type: string }).type}` : typeof v === "symbol" ? null : v;
  };
  const asShown = (v: unknown): unknown => (v instanceof DetailedCellError ? `#${v.type}` : v);

  for (const f of CATALOGUE) {
    it(`CHARTER.${f.name}`, () => {
      const c = CASES[f.name];
      const direct = call(f.name, c.args);
      const expected = Array.isArray(direct) ? direct.map((row) => row.map(asHf)) : [[asHf(direct as ResultCell)]];
      // Not an error: each case is a good call.
      expect(expected.flat().some((v) => typeof v === "string" && v.startsWith("#"))).toBe(false);
      const hf = createCharterEngine({ Main: [[c.formula]], Data: data });
      const height = expected.length;
      const width = expected[0].length;
      const got = hf.getRangeValues({ start: { sheet: 0, row: 0, col: 0 }, end: { sheet: 0, row: height - 1, col: width - 1 } }).map((r) => r.map(asShown));
      expect(got).toEqual(expected);
      // Nothing spilled beyond the result.
      const dims = hf.getSheetDimensions(0);
      expect([dims.height, dims.width]).toEqual([height, width]);
      hf.destroy();
    });
  }
});

describe("conversions", () => {
  it("Decimal to a number only at the boundary; null to an empty cell", () => {
    expect(hfValue(new Decimal("5980185.08"))).toBe(5980185.08);
    expect(typeof hfValue(null)).toBe("symbol");
    expect(hostValue(undefined)).toBeNull();
  });
  it("hfName", () => {
    expect(hfName(CATALOGUE[0])).toBe("CHARTER.LIQPREF");
  });
});
