// Explain: reading the LIQPREF formula (text only), resolving its arguments against a workbook (the
// in-memory port, and the Excel port over an office-addin-mock workbook), and the steps EXPLAIN gives.
import { dec } from "../../src/engine/decimal";
import { HostError } from "../../src/catalogue";
import { getPreset } from "../../src/presets";
import { excelPort } from "../../src/taskpane/excel-port";
import { explainExit, readLiqpref, resolveExplain, stepsOf, type ExplainRequest } from "../../src/taskpane/explain";
import { insertPreset } from "../../src/taskpane/insert";
import { MemoryWorkbook } from "../../src/sheet/memory-port";
import type { PortCell } from "../../src/sheet/port";
import { ExcelWorkbookMock } from "../helpers/excel-mock";

const g = global as any;
const maginet = getPreset("maginet");
const SHEET = "MagiNet Terms";
/** The MagiNet table as a worksheet reads it back: blanks are empty texts. */
const MAGINET_MATRIX: PortCell[][] = [maginet.table.header, ...maginet.table.rows.map((r) => r.map((c) => (c === null ? "" : c)))];

describe("readLiqpref (the formula text alone)", () => {
  it("reads the inserted sheet's formula: a table reference and a cell", () => {
    const r = readLiqpref("=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)");
    expect(r).toEqual({
      ok: true,
      value: {
        formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)",
        terms: { kind: "table", table: "MagiNet_Terms", part: "all", text: "MagiNet_Terms[#All]" },
        exitValues: { kind: "range", sheet: null, address: "B10", text: "B10" },
        className: { kind: "omitted" },
        asOf: { kind: "omitted" },
      },
    });
  });

  it("says what it needs when the cell holds no LIQPREF formula", () => {
    expect(readLiqpref("", "The selected cell C3")).toEqual({
      ok: false,
      message: "The selected cell C3 is empty. Select a cell that holds a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
    expect(readLiqpref("50000000", "The selected cell B10")).toEqual({
      ok: false,
      message:
        "The selected cell B10 holds a value, not a formula. Select a cell that holds a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
    expect(readLiqpref("=CHARTER.EXPLAIN(T[#All],B10)", "The selected cell H15")).toEqual({
      ok: false,
      message:
        "The selected cell H15 calls CHARTER.EXPLAIN, not CHARTER.LIQPREF. Explain reads a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
    expect(readLiqpref("=SUM(A1:A3)", "The selected cell A4")).toEqual({
      ok: false,
      message: "The selected cell A4 holds no CHARTER.LIQPREF call. Explain reads a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
  });

  it("refuses a call LIQPREF itself would refuse: no exit, or too many arguments", () => {
    expect(readLiqpref("=CHARTER.LIQPREF(T[#All])")).toEqual({
      ok: false,
      message: "The formula gives no exit value: CHARTER.LIQPREF needs one, e.g. 50000000 or a cell such as B9.",
    });
    expect(readLiqpref('=CHARTER.LIQPREF(T[#All],1,"A",2,3)')).toEqual({
      ok: false,
      message: "CHARTER.LIQPREF takes at most 4 arguments (terms, exitValues, [className], [asOf]), not 5.",
    });
  });
});

async function maginetWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertPreset(wb, maginet);
  return wb;
}

async function resolveIn(wb: MemoryWorkbook, formula: string, at = "D20"): Promise<ReturnType<typeof resolveExplain>> {
  wb.set(SHEET, at, [[formula]]);
  wb.select(SHEET, at);
  return resolveExplain(await wb.readActiveCell(), wb);
}

describe("resolveExplain against a workbook (in-memory port)", () => {
  it("resolves the inserted LIQPREF cell: the table's values with its header, and the exit in B10", async () => {
    const wb = await maginetWorkbook(); // the insert selects the LIQPREF cell, B12
    const r = await resolveExplain(await wb.readActiveCell(), wb);
    expect(r).toEqual({
      ok: true,
      value: {
        formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)",
        cell: "B12",
        sheet: SHEET,
        spillAnchor: undefined,
        terms: MAGINET_MATRIX,
        termsSource: "table MagiNet_Terms",
        exits: [{ value: 50000000, source: "B10" }],
        exitIndex: 0,
        className: null,
        asOf: null,
      },
    });
  });

  it("takes a preset name, a literal exit, a class and a date as written", async () => {
    const r = await resolveIn(await maginetWorkbook(), '=CHARTER.LIQPREF("maginet", 30000000, "Series C", "2024-06-30")');
    expect(r.ok && r.value).toMatchObject({
      terms: "maginet",
      termsSource: 'preset "maginet"',
      exits: [{ value: 30000000, source: "30000000" }],
      className: "Series C",
      asOf: "2024-06-30",
    });
  });

  it("lists each filled cell of an exit range, and reads cells on other sheets", async () => {
    const wb = await maginetWorkbook();
    wb.set(SHEET, "A20", [[10000000], [""], [60000000]]);
    const r = await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],A20:A22)");
    expect(r.ok && r.value.exits).toEqual([
      { value: 10000000, source: "A20" },
      { value: 60000000, source: "A22" },
    ]);
    wb.set("Sheet1", "C3", [[75000000]]);
    const other = await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],Sheet1!$C$3)");
    expect(other.ok && other.value.exits).toEqual([{ value: 75000000, source: "Sheet1!C3" }]);
  });

  it("reads a bare table name as Excel does: the data rows without the header", async () => {
    const r = await resolveIn(await maginetWorkbook(), "=CHARTER.LIQPREF(MagiNet_Terms,B10)");
    expect(r.ok && r.value.terms).toEqual(MAGINET_MATRIX.slice(1));
  });

  it("says what is wrong with each argument it cannot resolve", async () => {
    const wb = await maginetWorkbook();
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(Nope[#All],B10)")).toEqual({
      ok: false,
      message: "There is no table named Nope in this workbook (the terms argument is Nope[#All]).",
    });
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[Shares],B10)")).toEqual({
      ok: false,
      message: 'The terms argument (MagiNet_Terms[Shares]) is not a table reference, a preset name or a range; Explain reads Terms[#All], "maginet" or A1:X6.',
    });
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10*2)")).toEqual({
      ok: false,
      message:
        "The exit value (B10*2) is neither a number nor a cell reference; put it in a cell and refer to the cell, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],B30)")).toEqual({
      ok: false,
      message: "The exit value cell B30 is empty: enter an exit value in dollars.",
    });
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10,A1:A2)")).toEqual({
      ok: false,
      message: "The className argument (A1:A2) is a range; Explain takes one cell there.",
    });
    expect(await resolveExplain(null, wb)).toEqual({ ok: false, message: "Select a cell that holds a CHARTER.LIQPREF formula first." });
  });
});

// MagiNet at $100,000,000 (FOURTH 2(a)), worked by hand. Preferences: D 3,142,858 x $7.00 = 22,000,006;
// C 7,500,000 x $4.50 = 33,750,000; B 1,328,930 x $4.50 = 5,980,185; A 150,000 x $2.00 = 300,000.
// If Series A converts (1:1 at its $2.00 conversion price): D, C and B take 61,730,191, leaving
// 38,269,809 shared as converted over 3,142,858 + 7,500,000 + 1,328,930 + 5,000,000 Common + 150,000 A
// = 17,121,788 shares, A's part 150,000 x 38,269,809 / 17,121,788 = $335,272.89 > $300,000: A converts.
const REMAINING = 100000000 - (22000006 + 33750000 + 5980185);
const AS_CONVERTED = 3142858 + 7500000 + 1328930 + 5000000 + 150000;
const A_AT_100M = dec(150000).times(REMAINING).div(AS_CONVERTED).toFixed(2);

describe("Explain takes the exit of the selected cell's row in the spill", () => {
  /** Sheet1: exits $20,000,000 in A1 and $100,000,000 in A2, =LIQPREF(MagiNet_Terms[#All],A1:A2) in C1 spilling C1:G2. */
  async function spilled(): Promise<MemoryWorkbook> {
    const wb = await maginetWorkbook();
    wb.set("Sheet1", "A1", [[20000000], [100000000]]);
    wb.set("Sheet1", "C1", [["=CHARTER.LIQPREF(MagiNet_Terms[#All],A1:A2)"]]);
    wb.spill("Sheet1", "C1:G2");
    return wb;
  }
  const total = (steps: { amount: ReturnType<typeof dec> | null }[]) => steps.reduce((t, s) => (s.amount ? t.plus(s.amount) : t), dec(0));

  it("F2 (row 2) explains A2's $100,000,000: the steps add up to it and Series A converts", async () => {
    const wb = await spilled();
    wb.select("Sheet1", "F2");
    const active = await wb.readActiveCell();
    expect(active).toEqual({ sheet: "Sheet1", address: "F2", formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],A1:A2)", spillAnchor: "C1" });
    const r = await resolveExplain(active, wb);
    if (!r.ok) throw new Error(r.message);
    expect([r.value.exitIndex, r.value.exits[r.value.exitIndex]]).toEqual([1, { value: 100000000, source: "A2" }]);
    const steps = explainExit(r.value, r.value.exitIndex);
    if (!steps.ok) throw new Error(steps.message);
    expect(total(steps.value).toFixed(2)).toBe("100000000.00");
    const a = steps.value.filter((s) => s.className === "Series A" && s.amount !== null);
    expect(a.reduce((t, s) => t.plus(s.amount!), dec(0)).toFixed(2)).toBe(A_AT_100M);
    expect(A_AT_100M).toBe("335272.89");
  });

  it("the anchor C1 and any cell of row 1 explain A1's $20,000,000 (all of it to Series D)", async () => {
    const wb = await spilled();
    for (const cell of ["C1", "G1"]) {
      wb.select("Sheet1", cell);
      const r = await resolveExplain(await wb.readActiveCell(), wb);
      if (!r.ok) throw new Error(r.message);
      expect(r.value.exitIndex).toBe(0);
      const steps = explainExit(r.value, r.value.exitIndex);
      if (!steps.ok) throw new Error(steps.message);
      // $20,000,000 is short of D's 22,000,006: D takes it all.
      expect(total(steps.value).toFixed(2)).toBe("20000000.00");
    }
  });

  it("a blank exit cell keeps its row: row 3 of A1:A3 with A2 blank is the second exit listed", async () => {
    const wb = await maginetWorkbook();
    wb.set("Sheet1", "A1", [[20000000], [""], [100000000]]);
    wb.set("Sheet1", "C1", [["=CHARTER.LIQPREF(MagiNet_Terms[#All],A1:A3)"]]);
    wb.spill("Sheet1", "C1:G3");
    wb.select("Sheet1", "D3");
    const r = await resolveExplain(await wb.readActiveCell(), wb);
    expect(r.ok && [r.value.exitIndex, r.value.exits[r.value.exitIndex].source]).toEqual([1, "A3"]);
    // Row 2 (the blank exit) shows nothing to explain: the first exit stands.
    wb.select("Sheet1", "D2");
    const blankRow = await resolveExplain(await wb.readActiveCell(), wb);
    expect(blankRow.ok && blankRow.value.exitIndex).toBe(0);
  });

  it("one class spills the exits' shape: D1 of a row of exits A1:B1 is B1", async () => {
    const wb = await maginetWorkbook();
    wb.set("Sheet1", "A1", [[20000000, 100000000]]);
    wb.set("Sheet1", "C1", [['=CHARTER.LIQPREF(MagiNet_Terms[#All],A1:B1,"Series A")']]);
    wb.spill("Sheet1", "C1:D1");
    wb.select("Sheet1", "D1");
    const r = await resolveExplain(await wb.readActiveCell(), wb);
    expect(r.ok && [r.value.exitIndex, r.value.exits[r.value.exitIndex].source]).toEqual([1, "B1"]);
  });

  it("through the Excel port: F2 of the spill anchored at C1 explains the second exit", async () => {
    const xl = new ExcelWorkbookMock().withSheet("Sheet1", { A1: 20000000, A2: 100000000 });
    g.Excel = xl.excel;
    try {
      const port = excelPort();
      await insertPreset(port, maginet);
      // Excel gives a spilled cell's value as its formula, and the anchor through getSpillParent.
      xl.active = {
        sheet: "Sheet1",
        address: "F2",
        formula: "29024773.24",
        spillParent: { address: "C1", formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],A1:A2)" },
      };
      const r = await resolveExplain(await port.readActiveCell(), port);
      if (!r.ok) throw new Error(r.message);
      expect([r.value.exitIndex, r.value.exits]).toEqual([
        1,
        [
          { value: 20000000, source: "A1" },
          { value: 100000000, source: "A2" },
        ],
      ]);
      const steps = explainExit(r.value, r.value.exitIndex);
      if (!steps.ok) throw new Error(steps.message);
      expect(total(steps.value).toFixed(2)).toBe("100000000.00");
    } finally {
      delete g.Excel;
    }
  });
});

describe("Explain on JT Storage's inserted LIQPREF, which skips className and gives the As of cell", () => {
  it("passes the date in B8 to EXPLAIN: preference then participation (Art. IV(B)2(a)-(b))", async () => {
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertPreset(wb, getPreset("jt-storage")); // selects B10: =CHARTER.LIQPREF(JT_Storage_Terms[#All],B7,,B8)
    const r = await resolveExplain(await wb.readActiveCell(), wb);
    if (!r.ok) throw new Error(r.message);
    expect([r.value.className, r.value.asOf, r.value.exits]).toEqual([null, 36559, [{ value: 50000000, source: "B7" }]]);
    const steps = explainExit(r.value, 0);
    if (!steps.ok) throw new Error(steps.message);
    // As of 2000-02-03: preference 9,000,000 x (1.00 + 0.09 x 5 whole years, anniversary basis) = $13,050,000.00;
    // the rest $36,950,000 shared as converted, A 9/19 = $17,502,631.58 and Common 10/19 = $19,447,368.42.
    expect(steps.value.map((s) => [s.className, s.amount!.toDecimalPlaces(2).toFixed(2), s.clause])).toEqual([
      ["Series A", "13050000.00", "Art. IV(B)2(a)"],
      ["Series A", "17502631.58", "Art. IV(B)2(b)"],
      ["Common", "19447368.42", "Art. IV(B)2(b)"],
    ]);
  });
});

describe("resolveExplain through the Excel port (office-addin-mock)", () => {
  afterEach(() => {
    delete g.Excel;
  });

  it("follows a spilled cell to its anchor's formula and reads the table and the exit cell", async () => {
    const wb = new ExcelWorkbookMock().withSheet("Sheet1");
    g.Excel = wb.excel;
    const port = excelPort();
    await insertPreset(port, maginet);
    // C12 is in the LIQPREF spill anchored at B12: Excel gives its value as its "formula".
    wb.active = { sheet: SHEET, address: "C12", formula: "0", spillParent: { address: "B12", formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)" } };
    const active = await port.readActiveCell();
    expect(active).toEqual({ sheet: SHEET, address: "C12", formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)", spillAnchor: "B12" });
    const r = await resolveExplain(active, port);
    expect(r.ok && [r.value.cell, r.value.terms, r.value.exits]).toEqual(["B12", MAGINET_MATRIX, [{ value: 50000000, source: "B10" }]]);
  });

  it("names the spill's anchor in its message when the anchor is not a LIQPREF", async () => {
    const wb = new ExcelWorkbookMock().withSheet("Sheet1");
    g.Excel = wb.excel;
    wb.active = { sheet: "Sheet1", address: "C5", formula: "Series B", spillParent: { address: "B5", formula: "=CHARTER.CLASSES(T[#All])" } };
    const port = excelPort();
    expect(await resolveExplain(await port.readActiveCell(), port)).toEqual({
      ok: false,
      message:
        "The selected cell C5 (spilled from B5) calls CHARTER.CLASSES, not CHARTER.LIQPREF. Explain reads a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
  });
});

describe("explainExit: the catalogue's EXPLAIN on the resolved arguments", () => {
  const request = (exits: ExplainRequest["exits"], asOf: ExplainRequest["asOf"] = null): ExplainRequest => ({
    formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)",
    cell: "B12",
    sheet: SHEET,
    terms: MAGINET_MATRIX,
    termsSource: "table MagiNet_Terms",
    exits,
    exitIndex: 0,
    className: null,
    asOf,
  });

  it("MagiNet at $50,000,000: D paid in full, C short, nothing for B and A (FOURTH 2(a)-(b))", () => {
    const r = explainExit(request([{ value: 50000000, source: "B10" }]), 0);
    if (!r.ok) throw new Error(r.message);
    // D first (seniority 4): 3,142,858 x $7.00 = $22,000,006.00, in full.
    // C next (3): wants 7,500,000 x $4.50 = $33,750,000.00, gets 50,000,000 - 22,000,006 = $27,999,994.00.
    // B (1,328,930 x $4.50 = $5,980,185.00) and A (150,000 x $2.00 = $300,000.00) get nothing; nothing
    // remains for Common, so no participating class converts.
    expect(r.value.map((s) => [s.step, s.tier, s.className, s.amount?.toString(), s.clause])).toEqual([
      ["1", "4", "Series D", "22000006", "FOURTH 2(a)"],
      ["2", "3", "Series C", "27999994", "FOURTH 2(b)"],
      ["3", "2", "Series B", "0", "FOURTH 2(a)"],
      ["4", "1", "Series A", "0", "FOURTH 2(a)"],
    ]);
    expect(r.value[1].text).toContain("$27,999,994.00");
  });

  it("explains the exit chosen among several", () => {
    const r = explainExit(
      request([
        { value: 50000000, source: "A1" },
        { value: 20000000, source: "A2" },
      ]),
      1,
    );
    if (!r.ok) throw new Error(r.message);
    // $20,000,000 does not cover D's $22,000,006.00: D takes all of it; C, B and A nothing.
    expect(r.value.map((s) => [s.className, s.amount?.toString()])).toEqual([
      ["Series D", "20000000"],
      ["Series C", "0"],
      ["Series B", "0"],
      ["Series A", "0"],
    ]);
  });

  it("passes terms, exit and asOf to EXPLAIN in its order, and keeps its error as the message", () => {
    const seen: unknown[][] = [];
    const stub = (args: readonly unknown[]) => {
      seen.push([...args]);
      return new HostError("value", 'argument exitValue, value "-5": must not be negative');
    };
    const r = explainExit(request([{ value: -5, source: "B10" }], "2024-06-30"), 0, stub as never);
    expect(seen).toEqual([[MAGINET_MATRIX, -5, "2024-06-30"]]);
    expect(r).toEqual({ ok: false, message: '#VALUE! argument exitValue, value "-5": must not be negative' });
  });

  it("gives the catalogue's own error for a bad exit value", () => {
    const r = explainExit(request([{ value: "fifty", source: "B10" }]), 0);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^#VALUE! argument exitValue, value "fifty"/);
  });
});

describe("stepsOf", () => {
  it("skips EXPLAIN's header row and reads each row's cells", () => {
    expect(
      stepsOf([
        ["Step", "Tier", "Class", "Amount", "Clause", "Text"],
        [dec(1), null, "Common", dec("12.5"), "FOURTH 2(a)", "Common shares what remains"],
      ]),
    ).toEqual([{ step: "1", tier: "", className: "Common", amount: dec("12.5"), clause: "FOURTH 2(a)", text: "Common shares what remains" }]);
  });
});
