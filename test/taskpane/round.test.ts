// "Model a round" on a workbook (the in-memory port): the block goes to a new sheet, reads the terms table
// the insert made, touches nothing of the user's, and recalculated in HyperFormula shows MagiNet's down
// round worked by hand (51,365,364 / 17,121,788 = $3.00; 5,000,000 Series E; $15,000,000 to E first).
import { createCharterEngine } from "../../src/hyperformula/plugin";
import { structuredToRanges } from "../../src/sheet/structured";
import { getPreset } from "../../src/presets";
import { columnLetters, parseCell, parseRange } from "../../src/sheet/a1";
import { insertPreset } from "../../src/taskpane/insert";
import { MemoryWorkbook } from "../../src/sheet/memory-port";
import { findTermsTable, insertRound } from "../../src/taskpane/round";

const maginet = getPreset("maginet");

/** The memory workbook in HyperFormula: every sheet's cells, structured references as ranges. */
function engine(wb: MemoryWorkbook) {
  const tables = wb.tables.map((t) => {
    const r = parseRange(t.address)!;
    const header = Array.from({ length: r.cols }, (_, c) => String(wb.sheet(t.sheet).cells.get(`${columnLetters(r.col + c)}${r.row + 1}`) ?? ""));
    return { ...t, header };
  });
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of wb.sheets) {
    const rows: (string | number | boolean | null)[][] = [];
    for (const [address, v] of s.cells) {
      if (v === null || v === "") continue;
      const { row, col } = parseCell(address)!;
      while (rows.length <= row) rows.push([]);
      while (rows[row].length < col) rows[row].push(null);
      rows[row][col] = typeof v === "string" && v.startsWith("=") ? `=${structuredToRanges(v.slice(1), tables)}` : v;
    }
    sheets[s.name] = rows;
  }
  return createCharterEngine(sheets);
}

test("with no terms table, nothing is written and the message says to insert the terms first", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await expect(insertRound(wb, maginet)).rejects.toThrow("insert MagiNet");
  expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(wb.log).toEqual([]);
});

test("the block goes to a new sheet with a free name and reads the inserted table", async () => {
  const wb = new MemoryWorkbook(["Sheet1", "Next Round"]);
  wb.sheet("Next Round").cells.set("A1", "mine");
  await insertPreset(wb, maginet);
  const before = wb.log.length;
  const plan = await insertRound(wb, maginet);
  expect(plan.sheetName).toBe("Next Round (2)");
  expect(plan.termsTable).toBe("MagiNet_Terms");
  expect(wb.sheet("Next Round").cells.get("A1")).toBe("mine");
  // Every write after the insert is to the new sheet.
  expect(wb.log.slice(before).every(([, sheet]) => sheet === "" || sheet === "Next Round (2)")).toBe(true);
  expect(String(wb.sheet("Next Round (2)").cells.get("A12"))).toMatch(
    /^=CHARTER\.ROUNDSUMMARY\(MagiNet_Terms\[#All\],\$B\$4,\$B\$5,\$B\$6,,\$B\$7,\$B\$8,\$B\$9\)$/,
  );

  const hf = engine(wb);
  const sheet = hf.getSheetId("Next Round (2)")!;
  const at = (address: string) => hf.getCellValue({ sheet, ...parseCell(address)! });
  expect([at("B12"), at("B13"), at("B14"), at("B15")]).toEqual([3, "Series E", 5_000_000, 0]);
  // The ownership and the waterfall after: find them by their labels.
  const rowOf = (label: string) => {
    for (let r = 0; r < 200; r++) if (at(`A${r + 1}`) === label) return r + 1;
    throw new Error(`no ${label}`);
  };
  const own = rowOf("Fully diluted ownership before and after (Preferred as converted)");
  const eRow = own + 2 + 4; // A, B, C, D, then E
  expect([at(`A${eRow}`), at(`D${eRow}`)]).toEqual(["Series E", 5_000_000]);
  const total = rowOf("Total");
  expect(at(`B${total}`)).toBe(17_121_788);
  const w = rowOf("Each class's payout before and after the round (CHARTER.LIQPREF)");
  // Before: 5 classes in B..F, after from H: A, B, C, D, E, Common; at $15,000,000 all to Series E.
  expect(["H", "I", "J", "K", "L", "M"].map((c) => at(`${c}${w + 1}`))).toEqual(["Series A", "Series B", "Series C", "Series D", "Series E", "Common"]);
  expect(["H", "I", "J", "K", "L", "M"].map((c) => at(`${c}${w + 2}`))).toEqual([0, 0, 0, 0, 15_000_000, 0]);
  hf.destroy();
});

test("a failed write takes the new sheet away again when the port can delete it", async () => {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertPreset(wb, maginet);
  const deleted: string[] = [];
  const port = Object.assign(Object.create(wb), {
    writeFormulas: async () => {
      throw new Error("the workbook is busy");
    },
    deleteSheet: async (name: string) => void deleted.push(name),
  });
  await expect(insertRound(port, maginet)).rejects.toThrow("busy");
  expect(deleted).toEqual(["Next Round"]);
});

test("the terms table: the preset's own name, else the only *_Terms table", () => {
  expect(findTermsTable(maginet, ["Cap", "MagiNet_Terms2", "maginet_terms"])).toBe("maginet_terms");
  expect(findTermsTable(maginet, ["Juniper_Terms"])).toBe("Juniper_Terms");
  expect(findTermsTable(maginet, ["A_Terms", "B_Terms"])).toBe(null);
});
