// The Terms sheet: the terms table and example formulas exactly as the task pane inserts them
// (src/taskpane/plan.ts `planInsert`, one piece of code for both). Every formula reads the table by its
// structured reference (MagiNet_Terms[#All]), so a class added to the table is seen by all of them.
import { COLUMNS } from "../engine";
import type { Preset } from "../presets";
import { parseRange } from "../sheet/a1";
import { INPUT_FILL, planInsert, type InsertPlan } from "../sheet/plan";
import { absRange, tableAll, type Scalar, type SheetBuilder, type Style } from "./model";
import { quoteSheet } from "../sheet/a1";

export const TERMS_SHEET = "Terms";

/** Where the other sheets find the terms. */
export interface TermsRefs {
  /** The whole table with its header row, by its structured reference: "MagiNet_Terms[#All]". */
  range: string;
  /** The table's name, e.g. "MagiNet_Terms". */
  table: string;
  /** The example exit value cell, e.g. "Terms!$B$10". */
  exitCell: string;
  /** The As of date cell for charters whose dividends accrue; null otherwise. */
  asOfCell: string | null;
  header: string[];
  /** Class names in table order (empty for the blank template). */
  classes: string[];
  /** The cell of CLASS.COLUMN, e.g. cell("Series D", "Shares") -> "Terms!$C$5". */
  cell(className: string, column: string): string;
  plan: InsertPlan;
}

/** Empty class rows in the blank template's table. */
export const BLANK_ROWS = 8;

/** The blank template's preset: every column of src/engine/terms/columns.ts plus Note, no classes. */
export function blankPreset(): Preset {
  const header = [...COLUMNS.map((c) => c.header), "Note"];
  // planInsert lays out a table of this size; the rows are blanked once the plan is made. The last
  // placeholder is Common (a terms table needs Common outstanding: src/engine/terms/parse.ts).
  const row = (i: number) =>
    header.map((h): Scalar => {
      const key = h.toLowerCase();
      if (i === BLANK_ROWS - 1) return key === "class" ? "Common" : key === "shares" ? 1 : null;
      if (key === "class") return `Class ${i + 1}`;
      if (key === "participation") return "none";
      if (key === "cap multiple") return null;
      return ["shares", "issue price", "preference multiple", "seniority", "conversion price"].includes(key) ? 1 : null;
    });
  return {
    id: "blank",
    company: "Company",
    names: [],
    document: "",
    charterDate: null,
    source: "",
    summary: "",
    table: { header, rows: Array.from({ length: BLANK_ROWS }, (_, i) => row(i)) },
    inputs: [],
    readings: [],
    authorized: [],
  };
}

function styleOf(s: { numberFormat?: string; fill?: string; bold?: boolean; italic?: boolean }): Style {
  return { input: s.fill === INPUT_FILL || undefined, bold: s.bold, italic: s.italic, numFmt: s.numberFormat };
}

/** Writes the Terms sheet of `preset` (`blank`: the table's rows left empty). */
export function termsSheet(b: SheetBuilder, preset: Preset, blank = false): TermsRefs {
  const plan = planInsert(preset, { sheets: [], tables: [] });
  const { header } = preset.table;
  const rows: Scalar[][] = blank ? preset.table.rows.map((r) => r.map(() => null)) : preset.table.rows.map((r) => [...r]);
  const area = parseRange(plan.table.address)!;

  b.table({ name: plan.tableName, row: area.row, col: area.col, header: [...header], rows });
  plan.table.numberFormat.forEach((r, i) => r.forEach((f, j) => f !== "General" && b.style(area.row + i, area.col + j, 1, 1, { numFmt: f })));

  const structured = tableAll(plan.tableName);
  for (const block of plan.cells) {
    const at = parseRange(block.address)!;
    block.values.forEach((r, i) => r.forEach((v, j) => b.value(at.row + i, at.col + j, v === "" ? null : v, { numFmt: block.numberFormat[i][j] })));
  }
  for (const f of plan.formulas) {
    const at = parseRange(f.address)!;
    const m = /^=CHARTER\.([A-Z.]+)\((.*)\)$/.exec(f.formula);
    if (!m) throw new Error(`template: unexpected example formula ${f.formula}`);
    b.charter(at.row, at.col, m[1], m[2]);
  }
  for (const s of plan.styles) {
    const at = parseRange(s.address)!;
    b.style(at.row, at.col, at.rows, at.cols, styleOf(s.style));
  }
  if (!blank) {
    for (const input of plan.inputs) {
      const at = parseRange(input.address)!;
      const cell = b.sheet.cells.get(input.address);
      if (cell) b.sheet.cells.set(input.address, { ...cell, note: input.why });
      b.style(at.row, at.col, 1, 1, { input: true });
    }
  } else {
    // Every class cell of the blank table is for the user to fill.
    b.style(area.row + 1, area.col, area.rows - 1, area.cols, { input: true });
  }
  header.forEach((h, c) => b.width(area.col + c, /clauses|note/i.test(h) ? 60 : Math.max(12, h.length + 2)));

  const classCol = header.findIndex((h) => h.toLowerCase() === "class");
  const classes = blank ? [] : preset.table.rows.map((r) => String(r[classCol]));
  const abs = (address: string) => {
    const at = parseRange(address)!;
    return `${quoteSheet(TERMS_SHEET)}!${absRange(at.row, at.col, 1, 1)}`;
  };
  return {
    range: structured,
    table: plan.tableName,
    exitCell: abs(plan.exitCell),
    asOfCell: plan.asOfCell ? abs(plan.asOfCell) : null,
    header: [...header],
    classes,
    cell(className, column) {
      const r = classes.indexOf(className);
      const c = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
      if (r < 0 || c < 0) throw new Error(`template: no cell ${className}.${column} in the terms table`);
      return `${quoteSheet(TERMS_SHEET)}!${absRange(area.row + 1 + r, area.col + c, 1, 1)}`;
    },
    plan,
  };
}
