// The insert, planned without touching a workbook: given the sheet, table and defined names already in
// use, where a preset's terms table goes (a NEW sheet, free names), the values and formats to write, and
// the example formulas under it. ./insert.ts carries a plan out through a WorkbookPort.
import { addMonths, toExcelSerial } from "../engine";
import { columnKey } from "../engine";
import type { IsoDate } from "../engine";
import { parseTerms } from "../engine";
import type { Cell } from "../engine";
import type { Preset } from "../presets";
import { cellAddress, rangeAddress } from "./a1";
import { cleanSheetName, cleanTableName, freeSheetName, freeTableName, shortCompanyName } from "./names";
import type { CellStyle, PortCell } from "./port";

/** The names already in use in the workbook. */
export interface ExistingNames {
  sheets: readonly string[];
  tables: readonly string[];
  /** Workbook-scoped defined names: a table may not take one of these either. */
  names?: readonly string[];
}

/** Constants to write, with their number formats (same shape as `values`). */
export interface ValueBlock {
  address: string;
  values: PortCell[][];
  numberFormat: string[][];
}

/** One example formula. */
export interface PlannedFormula {
  /** The catalogue function it calls. */
  name: string;
  address: string;
  formula: string;
  /** What it spills, for the message after the insert. */
  shows: string;
}

/** A preset input (a number the charter does not state) and the cell it sits in. */
export interface PlannedInput {
  /** CLASS.COLUMN as the preset names it. */
  cell: string;
  address: string;
  why: string;
}

export interface InsertPlan {
  presetId: string;
  /** The names the insert would like; `sheetName` / `tableName` differ when these are taken. */
  wantedSheetName: string;
  wantedTableName: string;
  sheetName: string;
  tableName: string;
  /** The terms table: header row and one row per class (the preset's table, cell for cell). */
  table: ValueBlock;
  /** Labels and the exit value around the example formulas. */
  cells: ValueBlock[];
  formulas: PlannedFormula[];
  /** Formats over cells (inputs shaded, headings bold, amounts to the cent). */
  styles: { address: string; style: CellStyle }[];
  inputs: PlannedInput[];
  /** The cell holding the example exit value the LIQPREF and EXPLAIN formulas read. */
  exitCell: string;
  /** The cell holding the distribution date, for a charter whose dividends accrue; else null. */
  asOfCell: string | null;
  /** Column widths: fitted over the table, then fixed for the long text columns (Clauses, Note; one cell of each column). */
  autofit: string;
  fixedWidths: { address: string; points: number }[];
  /** Selected once the insert is done: the LIQPREF cell. */
  select: string;
}

/**
 * The example exit value, $50,000,000. Decision: one figure for every preset, since the pane cannot
 * know the deal; it falls inside MagiNet's Series C tier (D $22,000,006 paid, C short) and short of
 * Juniper's pari passu preferences ($92.65M), so the first formulas show a shortfall at work. The user
 * edits the cell.
 */
export const EXAMPLE_EXIT = 50_000_000;

/** Fluent's warning background: the shade that marks inputs the charter does not state. */
export const INPUT_FILL = "#FFF4CE";
/** Width in points for the long text columns (Deemed Liquidation, Clauses, Note), so a fit does not make them a screen wide. */
export const TEXT_COLUMN_POINTS = 220;
/** Rows pre-formatted to the cent under the BREAKPOINTS and EXPLAIN spills (their length depends on the terms). */
export const SPILL_FORMAT_ROWS = 40;

const MONEY = "#,##0.00";
const COUNT = "#,##0";
/** Excel's text format: a text such as "1995-02-03" or "1/3" stays the text the preset wrote, not a date. */
const TEXT = "@";
/** An Excel date, shown as the ISO date the functions also accept. */
const DATE = "yyyy-mm-dd";

/**
 * The example distribution date, for a charter whose preference accrues dividends (cumulative or
 * greater-of: LIQPREF needs a date to accrue to, JT Storage Art. IV(B)2(a)(i)); null otherwise, and the
 * formulas then take no date. Decision: five years after the earliest such class's Issue Date, an
 * illustrative date the user replaces with the real one (the cell is shaded as an input).
 */
export function exampleAsOf(preset: Preset): IsoDate | null {
  const accruing = parseTerms(preset.table, preset.id).classes.filter((c) => c.dividendAccrual !== "declared" && c.issueDate !== null);
  if (accruing.length === 0) return null;
  const first = accruing.map((c) => c.issueDate!).sort()[0];
  return addMonths(first, 60);
}

/** The sheet and table names the insert asks for first: "MagiNet Terms" and "MagiNet_Terms". */
export function wantedNames(preset: Preset): { sheet: string; table: string } {
  const short = shortCompanyName(preset.company);
  return { sheet: cleanSheetName(`${short} Terms`), table: cleanTableName(`${short}_Terms`) };
}

function portCell(cell: Cell): PortCell {
  return cell === null ? "" : cell;
}

function formatOf(cell: Cell, header: string): string {
  if (typeof cell === "string") return TEXT;
  if (typeof cell === "number" && columnKey(header) === "shares") return COUNT;
  return "General";
}

function label(text: string): ValueBlock {
  return { address: "", values: [[text]], numberFormat: [[TEXT]] };
}

/** The row of `cell` ("Series A.Shares"): the longest class name it starts with, then the column. */
function inputAddress(preset: Preset, cell: string): string | null {
  const { header, rows } = preset.table;
  const classCol = header.findIndex((h) => columnKey(h) === "class");
  let best = -1;
  let bestLength = -1;
  rows.forEach((row, r) => {
    const name = String(row[classCol] ?? "");
    if (name !== "" && cell.toLowerCase().startsWith(`${name.toLowerCase()}.`) && name.length > bestLength) {
      best = r;
      bestLength = name.length;
    }
  });
  if (best < 0) return null;
  const column = cell.slice(bestLength + 1);
  const col = header.findIndex((h) => columnKey(h) === columnKey(column));
  return col < 0 ? null : cellAddress(best + 1, col);
}

/** Plans the insert of `preset` into a new sheet of a workbook whose names are `existing`. */
export function planInsert(preset: Preset, existing: ExistingNames): InsertPlan {
  const wanted = wantedNames(preset);
  const sheetName = freeSheetName(wanted.sheet, existing.sheets);
  const tableName = freeTableName(wanted.table, [...existing.tables, ...(existing.names ?? [])]);
  const { header, rows } = preset.table;
  const width = header.length;
  const height = rows.length + 1;

  const table: ValueBlock = {
    address: rangeAddress(0, 0, height, width),
    values: [header.map(portCell), ...rows.map((row) => row.map(portCell))],
    numberFormat: [header.map(() => TEXT), ...rows.map((row) => row.map((cell, c) => formatOf(cell, header[c])))],
  };

  // Below the table, one empty row apart (a write right under a table must not extend it).
  const top = height + 1;
  const exitRow = top + 2;
  const exitCell = cellAddress(exitRow, 1);
  const asOf = exampleAsOf(preset);
  const asOfRow = asOf ? exitRow + 1 : null;
  const asOfCell = asOfRow === null ? null : cellAddress(asOfRow, 1);
  const classesRow = (asOfRow ?? exitRow) + 1;
  const payoutsRow = classesRow + 1;
  const spillRow = payoutsRow + 3;
  const all = `${tableName}[#All]`;
  const classCount = rows.length;
  // LIQPREF(terms, exitValues, [className], [asOf]); EXPLAIN(terms, exitValue, [asOf]); BREAKPOINTS(terms, [asOf]).
  const liqprefArgs = asOfCell ? `${all},${exitCell},,${asOfCell}` : `${all},${exitCell}`;
  const explainArgs = asOfCell ? `${all},${exitCell},${asOfCell}` : `${all},${exitCell}`;
  const breakpointsArgs = asOfCell ? `${all},${asOfCell}` : all;

  const at = (row: number, col: number, block: ValueBlock): ValueBlock => ({ ...block, address: cellAddress(row, col) });
  const cells: ValueBlock[] = [
    at(top, 0, label("Shaded cells are numbers the charter does not state: replace them with your cap table.")),
    at(top + 1, 0, label(`Example formulas: the structured references (${all}) follow the table as it changes.`)),
    at(exitRow, 0, label("Exit value")),
    { address: exitCell, values: [[EXAMPLE_EXIT]], numberFormat: [[COUNT]] },
    ...(asOf && asOfRow !== null && asOfCell
      ? [
          at(asOfRow, 0, label("As of")),
          { address: asOfCell, values: [[toExcelSerial(asOf)]], numberFormat: [[DATE]] },
          at(asOfRow, 2, label("the distribution date dividends accrue to (illustrative: five years after issue)")),
        ]
      : []),
    at(classesRow, 0, label("Classes")),
    at(payoutsRow, 0, label("Payouts")),
    at(spillRow - 1, 1, label("Breakpoints: exit value, class, event, clause")),
    at(spillRow - 1, 7, label(`How the exit value in ${exitCell} is paid: step, tier, class, amount, clause, text`)),
  ];

  const formulas: PlannedFormula[] = [
    { name: "CLASSES", address: cellAddress(classesRow, 1), formula: `=CHARTER.CLASSES(${all})`, shows: "the class names, one row" },
    {
      name: "LIQPREF",
      address: cellAddress(payoutsRow, 1),
      formula: `=CHARTER.LIQPREF(${liqprefArgs})`,
      shows: `each class's payout at the exit value in ${exitCell}`,
    },
    {
      name: "BREAKPOINTS",
      address: cellAddress(spillRow, 1),
      formula: `=CHARTER.BREAKPOINTS(${breakpointsArgs})`,
      shows: "the exit values where the waterfall changes",
    },
    { name: "EXPLAIN", address: cellAddress(spillRow, 7), formula: `=CHARTER.EXPLAIN(${explainArgs})`, shows: "the waterfall's steps with their clauses" },
  ];

  const inputs: PlannedInput[] = [];
  for (const input of preset.inputs) {
    const address = inputAddress(preset, input.cell);
    // An input naming a cell the table lacks is not shaded (and listed in the pane all the same).
    if (address) inputs.push({ cell: input.cell, address, why: input.why });
  }

  const styles: { address: string; style: CellStyle }[] = [
    ...inputs.map((i) => ({ address: i.address, style: { fill: INPUT_FILL } })),
    { address: cellAddress(top, 0), style: { fill: INPUT_FILL, italic: true } },
    { address: cellAddress(top + 1, 0), style: { bold: true } },
    { address: exitCell, style: { fill: INPUT_FILL } },
    ...(asOfCell ? [{ address: asOfCell, style: { fill: INPUT_FILL } }] : []),
    { address: rangeAddress(payoutsRow, 1, 1, classCount), style: { numberFormat: MONEY } },
    { address: rangeAddress(spillRow - 1, 1, 1, 1), style: { bold: true } },
    { address: rangeAddress(spillRow - 1, 7, 1, 1), style: { bold: true } },
    // BREAKPOINTS' first column and EXPLAIN's fourth (amount) are dollars.
    { address: rangeAddress(spillRow, 1, SPILL_FORMAT_ROWS, 1), style: { numberFormat: MONEY } },
    { address: rangeAddress(spillRow, 10, SPILL_FORMAT_ROWS, 1), style: { numberFormat: MONEY } },
  ];

  const textColumns = header
    .map((h, c) => ({ key: columnKey(h), c }))
    .filter(({ key }) => key === "clauses" || key === "deemedliquidation" || key.startsWith("note"))
    .map(({ c }) => ({ address: cellAddress(0, c), points: TEXT_COLUMN_POINTS }));

  return {
    presetId: preset.id,
    wantedSheetName: wanted.sheet,
    wantedTableName: wanted.table,
    sheetName,
    tableName,
    table,
    cells,
    formulas,
    styles,
    inputs,
    exitCell,
    asOfCell,
    autofit: table.address,
    fixedWidths: textColumns,
    select: formulas[1].address,
  };
}
