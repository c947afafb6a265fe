// Opening an .xlsx in the workbench: a workbook written here with exceljs the way the templates are
// (a terms table, a CHARTER formula in its file form with its spill's results saved beside it).
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { DetailedCellError } from "hyperformula";
import { presetTable } from "../presets";
import { HfWorkbook } from "./hf-port";
import { fromFileFormula } from "../sheet/file-formula";
import { columnLetters } from "../sheet/a1";
import { cellContent, excelSerial, readXlsx } from "./xlsx";

async function sampleFile(): Promise<ArrayBuffer> {
  const t = presetTable("maginet");
  const wb = new ExcelJS.Workbook();
  const terms = wb.addWorksheet("Terms");
  terms.addTable({
    name: "MagiNet",
    ref: "A1",
    headerRow: true,
    columns: t.header.map((name) => ({ name })),
    rows: t.rows.map((r) => r.map((c) => (c === null ? "" : c))),
  });
  const w = wb.addWorksheet("Waterfall");
  w.getCell("A2").value = 79001979;
  w.getCell("B2").value = { formula: "_xldudf_CHARTER_LIQPREF(MagiNet[#All],A2)", result: 300000 } as ExcelJS.CellFormulaValue;
  // The spill's saved results (as Excel leaves them in the file): stale on purpose.
  ["C2", "D2", "E2", "F2"].forEach((a) => (w.getCell(a).value = 1));
  w.getCell("A4").value = "Série A — text";
  w.getCell("A5").value = new Date(Date.UTC(1996, 1, 3));
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe("readXlsx and HfWorkbook.fromLoaded", () => {
  it("tables, formulas as written, spills recomputed over the saved results", async () => {
    const loaded = await readXlsx(await sampleFile());
    expect(loaded.sheets.map((s) => s.name)).toEqual(["Terms", "Waterfall"]);
    expect(loaded.tables).toEqual([{ name: "MagiNet", sheet: "Terms", address: `A1:${columnLetters(presetTable("maginet").header.length - 1)}6` }]); // MagiNet: one column per header, 5 classes
    const port = HfWorkbook.fromLoaded(loaded);
    expect(port.contentOf("Waterfall", "B2")).toBe("=CHARTER.LIQPREF(MagiNet[#All],A2)");
    // 79,001,979 = MagiNet's preferences 62,030,191 + 16,971,788 shares x $1.00 (FOURTH 2(a)-(b)):
    // A 300,000; B 5,980,185 + 1,328,930; C 33,750,000 + 7,500,000; D 22,000,006 + 3,142,858; Common 5,000,000.
    expect(await port.readRange("Waterfall", "B2:F2")).toEqual([[300000, 7309115, 41250000, 25142864, 5000000]]);
    expect(await port.readRange("Waterfall", "A4")).toEqual([["Série A — text"]]);
    // 1996-02-03 is Excel serial 35098 (35065 is 1996-01-01, + 33 days).
    expect(await port.readRange("Waterfall", "A5")).toEqual([[35098]]);
  });
});

describe("helpers", () => {
  it("fromFileFormula", () => {
    expect(fromFileFormula("_xldudf_CHARTER_LIQPREF(T[#All],B9)+_xlfn.SUM(1)")).toBe("CHARTER.LIQPREF(T[#All],B9)+SUM(1)");
  });
  it("cellContent", () => {
    expect(cellContent({ richText: [{ text: "a" }, { text: "b" }] }, undefined)).toBe("ab");
    expect(cellContent({ error: "#N/A" }, undefined)).toBe("#N/A");
    expect(cellContent(null, '_xldudf_CHARTER_CLASSES("maginet")')).toBe('=CHARTER.CLASSES("maginet")');
    expect(excelSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
  });
});

describe("the committed template templates/maginet.xlsx", () => {
  it("opens with its tables, no error anywhere, and each Waterfall row paying out its exit", async () => {
    const bytes = fs.readFileSync(path.join(__dirname, "..", "..", "templates", "maginet.xlsx"));
    const loaded = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(loaded.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Terms", "Cap Table", "Waterfall", "Conversion", "Notes"]));
    expect(loaded.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["MagiNet_Terms", "Cap_Table"]));
    const port = HfWorkbook.fromLoaded(loaded);
    for (const sheet of port.hf.getSheetNames()) {
      const values = port.hf.getSheetValues(port.sheetId(sheet)).flat();
      expect([sheet, values.filter((v) => v instanceof DetailedCellError)]).toEqual([sheet, []]);
    }
    // The Waterfall sheet: a LIQPREF over a column of exits; the cents of each row add up to its exit
    // (LIQPREF's rule: the classes' payouts in cents sum to the exit).
    const w = port.sheetId("Waterfall");
    const formulas = port.hf.getSheetFormulas(w);
    const at = formulas.flatMap((row, r) => row.map((f, c) => ({ f, r, c }))).find((x) => x.f && /CHARTER\.LIQPREF/.test(x.f))!;
    expect(at).toBeDefined();
    const exitsText = /LIQPREF\([^,]+,\s*([^,)]+)/.exec(port.contentOf("Waterfall", `${String.fromCharCode(65 + at.c)}${at.r + 1}`))![1];
    const exits = port.hf.calculateFormula(`=${exitsText.replace(/^=/, "")}`, w) as number[][];
    const spill = port.hf
      .getSheetValues(w)
      .slice(at.r, at.r + exits.length)
      .map((row) => row.slice(at.c, at.c + 5) as number[]);
    spill.forEach((row, i) => expect(Math.round(row.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(exits[i][0] * 100)));
  });
});
