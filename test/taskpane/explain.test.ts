// Explain: reading the LIQPREF formula (text only), resolving its arguments against a workbook (the
// in-memory port, and the Excel port over an office-addin-mock workbook), and the steps EXPLAIN gives.
import { dec } from "../../src/engine/decimal";
import { HostError } from "../../src/catalogue";
import { getPreset } from "../../src/presets";
import { excelPort } from "../../src/taskpane/excel-port";
import { explainExit, readLiqpref, resolveExplain, stepsOf, type ExplainRequest } from "../../src/taskpane/explain";
import { insertPreset } from "../../src/taskpane/insert";
import { MemoryWorkbook } from "../../src/taskpane/memory-port";
import type { PortCell } from "../../src/taskpane/port";
import { ExcelWorkbookMock } from "./excel-mock";

/* eslint-disable @typescript-eslint/no-explicit-any */
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
      message: "The selected cell B10 holds a value, not a formula. Select a cell that holds a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
    });
    expect(readLiqpref("=CHARTER.EXPLAIN(T[#All],B10)", "The selected cell H15")).toEqual({
      ok: false,
      message: "The selected cell H15 calls CHARTER.EXPLAIN, not CHARTER.LIQPREF. Explain reads a CHARTER.LIQPREF formula, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
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
      message: "The terms argument (MagiNet_Terms[Shares]) is not a table reference, a preset name or a range; Explain reads Terms[#All], \"maginet\" or A1:X6.",
    });
    expect(await resolveIn(wb, "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10*2)")).toEqual({
      ok: false,
      message: "The exit value (B10*2) is neither a number nor a cell reference; put it in a cell and refer to the cell, e.g. =CHARTER.LIQPREF(MagiNet_Terms[#All], B10).",
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

describe("Explain on JT Storage's inserted LIQPREF, which skips className and gives the As of cell", () => {
  it("passes the date in B8 to EXPLAIN: preference then participation (Art. IV(B)2(a)-(b))", async () => {
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertPreset(wb, getPreset("jt-storage")); // selects B10: =CHARTER.LIQPREF(JT_Storage_Terms[#All],B7,,B8)
    const r = await resolveExplain(await wb.readActiveCell(), wb);
    if (!r.ok) throw new Error(r.message);
    expect([r.value.className, r.value.asOf, r.value.exits]).toEqual([null, 36559, [{ value: 50000000, source: "B7" }]]);
    const steps = explainExit(r.value, 0);
    if (!steps.ok) throw new Error(steps.message);
    // As of 2000-02-03: preference 9,000,000 x (1.00 + 0.09 x 1,826/365) = $13,052,219.18; the rest
    // $36,947,780.82 shared as converted, A 9/19 = $17,501,580.39 and Common 10/19 = $19,446,200.43.
    expect(steps.value.map((s) => [s.className, s.amount!.toDecimalPlaces(2).toFixed(2), s.clause])).toEqual([
      ["Series A", "13052219.18", "Art. IV(B)2(a)"],
      ["Series A", "17501580.39", "Art. IV(B)2(b)"],
      ["Common", "19446200.43", "Art. IV(B)2(b)"],
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
    const r = explainExit(request([{ value: 50000000, source: "A1" }, { value: 20000000, source: "A2" }]), 1);
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
