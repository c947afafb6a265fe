// The workbench's WorkbookPort over HyperFormula: the task pane's own insert of the MagiNet preset,
// its formulas (structured references) computed by HF, and Explain's reading of a spilled cell.
import { DetailedCellError } from "hyperformula";
import { getPreset } from "../presets";
import { EXAMPLE_EXIT } from "../sheet/plan";
import { explainExit, resolveExplain } from "../taskpane/explain";
import { insertPreset } from "../taskpane/insert";
import { formatNumber, HfWorkbook } from "./hf-port";
import { columnLetters } from "../sheet/a1";

/** MagiNet's terms at A1: one column per header, a header row and five classes. */
const LAST = columnLetters(getPreset("maginet").table.header.length - 1);

// MagiNet at the example exit of $50,000,000 (FOURTH 2(a)): Series D first, its preference 3,142,858 x
// $7.00 = 22,000,006 in full; then Series C: 50,000,000 - 22,000,006 = 27,999,994, short of its
// 7,500,000 x $4.50 = 33,750,000; nothing left for B, A or Common.
const AT_EXAMPLE = [0, 0, 27999994, 22000006, 0];

describe("HfWorkbook: the MagiNet preset inserted through the task pane's insert", () => {
  const setup = async () => {
    const port = new HfWorkbook();
    const plan = await insertPreset(port, getPreset("maginet"));
    const sheet = port.sheetId(plan.sheetName);
    const at = (name: string) => plan.formulas.find((f) => f.name === name)!.address;
    return { port, plan, sheet, at };
  };

  it("a new sheet, a table in the registry, the example formulas computed", async () => {
    const { port, plan, sheet, at } = await setup();
    expect(EXAMPLE_EXIT).toBe(50000000);
    expect(await port.listSheets()).toEqual(["Sheet1", "MagiNet Terms"]);
    expect(await port.listTables()).toEqual(["MagiNet_Terms"]);
    expect(port.tables[0]).toMatchObject({ sheet: "MagiNet Terms", address: `A1:${LAST}6` });
    const liq = await port.readRange(plan.sheetName, at("LIQPREF").replace(/^([A-Z]+)(\d+)$/, "$1$2:F$2"));
    expect(liq).toEqual([AT_EXAMPLE]);
    const classes = await port.readRange(plan.sheetName, at("CLASSES").replace(/^([A-Z]+)(\d+)$/, "$1$2:F$2"));
    expect(classes).toEqual([["Series A", "Series B", "Series C", "Series D", "Common"]]);
    // No error anywhere on the sheet (BREAKPOINTS and EXPLAIN spilled in full).
    const values = port.hf.getSheetValues(sheet);
    expect(values.flat().filter((v) => v instanceof DetailedCellError)).toEqual([]);
  });

  it("texts stay texts: an Issue Date or a fraction written as text is not read as a number", async () => {
    const { port } = await setup();
    const table = await port.readTable("maginet_terms");
    expect(table!.header[0]).toBe("Class");
    expect(table!.rows.map((r) => r[0])).toEqual(["Series A", "Series B", "Series C", "Series D", "Common"]);
    expect(table!.rows[0][6]).toBe("none"); // Participation of Series A, as written
  });

  it("the formula as written is kept (structured references) and HF gets ranges", async () => {
    const { port, plan, at } = await setup();
    expect(port.contentOf(plan.sheetName, at("LIQPREF"))).toBe("=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)");
    const hfFormula = port.hf.getCellFormula({ sheet: port.sheetId(plan.sheetName), ...cellOf(at("LIQPREF")) });
    expect(hfFormula).toBe(`=CHARTER.LIQPREF('MagiNet Terms'!$A$1:$${LAST}$6,B10)`);
  });

  it("a spilled cell reports its anchor's formula, and Explain resolves it", async () => {
    const { port, plan, at } = await setup();
    const anchor = at("LIQPREF");
    const { row, col } = cellOf(anchor);
    port.select(plan.sheetName, cellName(row, col + 3)); // Series D's payout
    const active = await port.readActiveCell();
    expect(active).toEqual({
      sheet: "MagiNet Terms",
      address: cellName(row, col + 3),
      formula: "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)",
      spillAnchor: anchor,
    });
    const request = await resolveExplain(active, port);
    if (!request.ok) throw new Error(request.message);
    const steps = explainExit(request.value, 0);
    if (!steps.ok) throw new Error(steps.message);
    // The steps pay D's 22,000,006 then C's 27,999,994: 50,000,000 in all.
    const paid = steps.value.filter((s) => s.amount !== null).reduce((sum, s) => sum + Number(s.amount), 0);
    expect(paid).toBe(50000000);
  });

  it("a user's edit flows through: the exit cell to 62,030,191 pays every preference in full", async () => {
    const { port, plan, at } = await setup();
    // The exit cell: the table takes rows 1-6, row 7 is blank, rows 8-9 hold notes, B10 the exit value.
    port.enter(plan.sheetName, "B10", "62030191");
    const liq = await port.readRange(plan.sheetName, at("LIQPREF").replace(/^([A-Z]+)(\d+)$/, "$1$2:F$2"));
    // A 300,000; B 5,980,185; C 33,750,000; D 22,000,006; Common 0.
    expect(liq).toEqual([[300000, 5980185, 33750000, 22000006, 0]]);
  });
});

describe("formatNumber", () => {
  it("Excel's formats for counts and money, General otherwise", () => {
    expect(formatNumber(27999994, "#,##0.00")).toBe("27,999,994.00");
    expect(formatNumber(3142858, "#,##0")).toBe("3,142,858");
    expect(formatNumber(0.1 + 0.2, undefined)).toBe("0.3");
  });
});

function cellOf(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
}
function cellName(row: number, col: number): string {
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}
