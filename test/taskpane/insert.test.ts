// The insert through the Excel.run port, against an office-addin-mock workbook that already holds a
// sheet named like the preset's and a table of the same name: nothing of the user's is touched, the new
// sheet and table take the free names, the values written are the preset's table, the formulas those
// promised.
import { getPreset } from "../../src/presets";
import { excelPort } from "../../src/taskpane/excel-port";
import { insertPreset } from "../../src/taskpane/insert";
import { insertRound } from "../../src/taskpane/round";
import { MemoryWorkbook } from "../../src/sheet/memory-port";
import { planInsert } from "../../src/sheet/plan";
import { ExcelWorkbookMock } from "../helpers/excel-mock";
import { termsAddress, termsColumn } from "../helpers/table-address";

const g = global as any;

const maginet = getPreset("maginet");
const USER_CELLS = { A1: "Class", B1: "Shares", A2: "Series A", B2: 123, D9: "my note" };

function userWorkbook(): ExcelWorkbookMock {
  const wb = new ExcelWorkbookMock().withSheet("Sheet1").withSheet("MagiNet Terms", USER_CELLS).withTable("MagiNet_Terms", "MagiNet Terms", "A1:B2");
  g.Excel = wb.excel;
  return wb;
}

afterEach(() => {
  delete g.Excel;
});

describe("insert MagiNet through the Excel port into a workbook that has its names", () => {
  it("adds 'MagiNet Terms (2)' with the table MagiNet_Terms2 and touches nothing of the user's", async () => {
    const wb = userWorkbook();
    const plan = await insertPreset(excelPort(), maginet);

    expect([plan.sheetName, plan.tableName]).toEqual(["MagiNet Terms (2)", "MagiNet_Terms2"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "MagiNet Terms", "MagiNet Terms (2)"]);
    expect(wb.tables).toEqual([
      { name: "MagiNet_Terms", sheet: "MagiNet Terms", address: "A1:B2", hasHeaders: true },
      { name: "MagiNet_Terms2", sheet: "MagiNet Terms (2)", address: termsAddress("maginet"), hasHeaders: true },
    ]);
    // The user's sheets were never even opened, let alone written; their cells are as they were.
    expect(wb.sheetsTouched.filter((s) => s !== "MagiNet Terms (2)")).toEqual([]);
    expect(wb.writesTo("MagiNet Terms")).toEqual([]);
    expect(wb.writesTo("Sheet1")).toEqual([]);
    expect(Object.fromEntries(wb.sheet("MagiNet Terms")!.cells)).toEqual(USER_CELLS);
  });

  it("writes the preset's table (header and 5 classes, Clauses column included) into A1 (one column per header)", async () => {
    const wb = userWorkbook();
    await insertPreset(excelPort(), maginet);
    const written = wb.read("MagiNet Terms (2)", termsAddress("maginet"));
    expect(written[0]).toEqual(maginet.table.header);
    expect(written.slice(1)).toEqual(maginet.table.rows.map((r) => r.map((c) => (c === null ? "" : c))));
    // Series C: 7,500,000 shares at $4.50, seniority 3 (FOURTH 2(a): D, then C, then B, then A).
    expect(written[3].slice(0, 6)).toEqual(["Series C", "preferred", 7500000, 4.5, 1, 3]);
    const clauses = maginet.table.header.indexOf("Clauses");
    expect(written[0][clauses]).toBe("Clauses");
    expect(String(written[3][clauses])).toContain("Conversion Price=FOURTH 3(a)(iii)");
    // The table's values went in with their formats: text as text ("@"), Shares with separators.
    const table = wb.writesTo("MagiNet Terms (2)").find((w) => w.address === termsAddress("maginet") && w.values)!;
    expect((table.numberFormat as string[][])[1].slice(0, 3)).toEqual(["@", "@", "#,##0"]);
  });

  it("writes the promised formulas over the new table, and the exit value they read", async () => {
    const wb = userWorkbook();
    await insertPreset(excelPort(), maginet);
    const sheet = "MagiNet Terms (2)";
    const formulas = wb
      .writesTo(sheet)
      .filter((w) => w.formulas)
      .map((w) => [w.address, (w.formulas as string[][])[0][0]]);
    expect(formulas).toEqual([
      ["B11", "=CHARTER.CLASSES(MagiNet_Terms2[#All])"],
      ["B12", "=CHARTER.LIQPREF(MagiNet_Terms2[#All],B10)"],
      ["B15", "=CHARTER.BREAKPOINTS(MagiNet_Terms2[#All])"],
      ["H15", "=CHARTER.EXPLAIN(MagiNet_Terms2[#All],B10)"],
    ]);
    expect(wb.read(sheet, "A10:B10")).toEqual([["Exit value", 50000000]]);
    // The inputs the charter does not state are shaded (Shares C2:C6, Series A Declared Unpaid M2).
    const shaded = wb
      .writesTo(sheet)
      .filter((w) => w.fill === "#FFF4CE")
      .map((w) => w.address);
    expect(shaded).toEqual(["C2", "C3", "C4", "C5", "C6", "M2", "A8", "B10"]);
    // Deemed Liquidation, Clauses and Note get a fixed width after the fit; the pane ends on the LIQPREF cell.
    expect(
      wb
        .writesTo(sheet)
        .filter((w) => w.columnWidth)
        .map((w) => [w.address, w.columnWidth]),
    ).toEqual([
      [`${termsColumn("maginet", "Deemed Liquidation")}1`, 220],
      [`${termsColumn("maginet", "Clauses")}1`, 220],
      [`${termsColumn("maginet", "Note")}1`, 220],
    ]);
    expect([wb.activated, wb.selected]).toEqual([sheet, `${sheet}!B12`]);
  });

  it("takes a defined name into account: MagiNet_Terms2 held by a name gives MagiNet_Terms3", async () => {
    const wb = userWorkbook();
    wb.names.push("MagiNet_Terms2");
    const plan = await insertPreset(excelPort(), maginet);
    expect(plan.tableName).toBe("MagiNet_Terms3");
    expect(wb.tables.map((t) => t.name)).toEqual(["MagiNet_Terms", "MagiNet_Terms3"]);
  });

  it("into an empty workbook, takes the names themselves", async () => {
    const wb = new ExcelWorkbookMock().withSheet("Sheet1");
    g.Excel = wb.excel;
    const plan = await insertPreset(excelPort(), getPreset("juniper"));
    expect([plan.sheetName, plan.tableName]).toEqual(["Juniper Networks Terms", "Juniper_Networks_Terms"]);
    expect(wb.tables.map((t) => [t.name, t.sheet, t.address])).toEqual([["Juniper_Networks_Terms", "Juniper Networks Terms", termsAddress("juniper")]]);
  });
});

describe("the insert is one Excel.run, undone when a step fails", () => {
  it("takes one Excel.run and two syncs: one to read the names in use, one for every write (was 36 runs for MagiNet)", async () => {
    const wb = userWorkbook();
    await insertPreset(excelPort(), maginet);
    expect([wb.runs, wb.syncs]).toEqual([1, 2]);
    // Juniper (a wider table, 6 classes) too: the number of round trips no longer grows with the plan.
    const empty = new ExcelWorkbookMock().withSheet("Sheet1");
    g.Excel = empty.excel;
    await insertPreset(excelPort(), getPreset("juniper"));
    expect([empty.runs, empty.syncs]).toEqual([1, 2]);
  });

  const untouched = (wb: ExcelWorkbookMock) => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "MagiNet Terms"]);
    expect(wb.tables).toEqual([{ name: "MagiNet_Terms", sheet: "MagiNet Terms", address: "A1:B2", hasHeaders: true }]);
    expect(Object.fromEntries(wb.sheet("MagiNet Terms")!.cells)).toEqual(USER_CELLS);
  };

  it("removes the new sheet when adding the table fails, and passes Excel's error on", async () => {
    const wb = userWorkbook();
    wb.failTableAdd = true;
    await expect(insertPreset(excelPort(), maginet)).rejects.toThrow("InvalidArgument at TableCollection.add");
    untouched(wb);
    // 1 read + the failed write, then find the sheet and delete it.
    expect([wb.runs, wb.syncs]).toEqual([1, 4]);
  });

  it("removes the new sheet and its table when the write batch fails after both were made", async () => {
    const wb = userWorkbook();
    wb.failSync = 2; // the batch is applied (sheet, table, values), then Excel reports a failure
    await expect(insertPreset(excelPort(), maginet)).rejects.toThrow("GeneralException");
    untouched(wb);
  });

  it("deletes nothing when the add itself fails because a sheet of that name appeared meanwhile (the user's)", async () => {
    const wb = userWorkbook();
    const port = excelPort();
    const mine = { A1: "mine" };
    await expect(
      port.insert!((existing) => {
        // Between the read and the write, someone adds the very sheet the plan is about to take.
        wb.withSheet("MagiNet Terms (2)", mine);
        return planInsert(maginet, existing);
      }),
    ).rejects.toThrow("ItemAlreadyExists at WorksheetCollection.add");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "MagiNet Terms", "MagiNet Terms (2)"]);
    expect(Object.fromEntries(wb.sheet("MagiNet Terms (2)")!.cells)).toEqual(mine);
    expect(wb.tables.map((t) => t.name)).toEqual(["MagiNet_Terms"]);
  });
});

describe("insert through the in-memory port", () => {
  it("lands the same plan: new sheet, table, formulas; the user's cells stay", async () => {
    const wb = new MemoryWorkbook(["Sheet1", "maginet terms"]);
    wb.set("maginet terms", "A1", [["mine"]]);
    wb.tables.push({ name: "MagiNet_Terms", sheet: "maginet terms", address: "A1" });
    const plan = await insertPreset(wb, maginet);
    expect([plan.sheetName, plan.tableName]).toEqual(["MagiNet Terms (2)", "MagiNet_Terms2"]);
    expect(wb.log.every(([, sheet]) => sheet === "MagiNet Terms (2)")).toBe(true);
    expect(wb.get("maginet terms", "A1")).toBe("mine");
    expect(wb.get("MagiNet Terms (2)", "B12")).toBe("=CHARTER.LIQPREF(MagiNet_Terms2[#All],B10)");
    expect(wb.active).toEqual({ sheet: "MagiNet Terms (2)", address: "B12" });
  });
});

describe("Model a round through the Excel port: nothing half-built", () => {
  it("a write that fails half-way takes the new Next Round sheet away again; the terms and the user's sheets stay", async () => {
    const wb = new ExcelWorkbookMock().withSheet("Sheet1");
    g.Excel = wb.excel;
    const port = excelPort();
    await insertPreset(port, maginet);
    const before = wb.sheets.map((s) => s.name);
    // The round reads the names and the terms, adds its sheet, then writes: the 7th sync from here (a write after the sheet was added) fails.
    wb.failSync = wb.syncs + 7;
    await expect(insertRound(port, maginet)).rejects.toThrow("GeneralException");
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
  });
});
