// The task pane's one door to a workbook. Everything the pane does to a workbook goes through a
// WorkbookPort: Excel's implementation is ./excel-port.ts (Excel.run), and a page outside Excel (the
// browser workbench, tests) passes its own. Addresses are A1 addresses on the named sheet, without the
// sheet name ("A1:X6"); every write names the sheet it writes to.
import type { InsertPlan } from "./plan";

/** One cell as a workbook reads and writes it: a number, a text, a flag, or "" / null for an empty cell. */
export type PortCell = string | number | boolean | null;

/** The formatting the insert asks for; a port may ignore what it cannot show. */
export interface CellStyle {
  /** An Excel number format, e.g. "@" (text, kept exactly as written), "#,##0", "#,##0.00". */
  numberFormat?: string;
  /** A fill colour, "#RRGGBB". */
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  /** A font colour, "#RRGGBB". */
  fontColor?: string;
}

/** The active cell: where it is, and the formula it holds (or the formula of the spill it belongs to). */
export interface ActiveCell {
  sheet: string;
  /** The selected cell, e.g. "C11". */
  address: string;
  /** The formula as Excel writes it in English ("=CHARTER.LIQPREF(T[#All],B9)"), or the constant, or "". */
  formula: string;
  /** When the selected cell is part of a spill, the anchor cell whose formula `formula` is. */
  spillAnchor?: string;
}

/** A table's header row and data rows, as its range's values. */
export interface TableValues {
  sheet: string;
  header: PortCell[];
  rows: PortCell[][];
}

/** A planner: from the names in use, the plan of an insert (src/sheet/plan.ts's planInsert over a preset). */
export type Planner = (existing: { sheets: string[]; tables: string[]; names: string[] }) => InsertPlan;

export interface WorkbookPort {
  /**
   * Reads the names in use, plans, and writes the whole plan as one transaction: the new sheet (and its
   * table) removed again when any step fails. Optional: without it ../taskpane/insert.ts reads and
   * writes through the calls below.
   */
  insert?(planner: Planner): Promise<InsertPlan>;
  /** The worksheet names, in tab order. */
  listSheets(): Promise<string[]>;
  /** The table names in the whole workbook. */
  listTables(): Promise<string[]>;
  /** Workbook-scoped defined names (they share one namespace with tables); optional. */
  listNames?(): Promise<string[]>;
  /** Adds a worksheet with this (free) name; fails if the name is taken. */
  addSheet(name: string): Promise<void>;
  /** Deletes a worksheet this add-in added (undoing a block that failed half-way); optional. */
  deleteSheet?(name: string): Promise<void>;
  /** Writes constants into `address` (rows x columns matching `values`); numberFormat first when given. */
  writeValues(sheet: string, address: string, values: PortCell[][], numberFormat?: string[][]): Promise<void>;
  /** Turns `address` (its first row the header) into a table named `name`. */
  addTable(sheet: string, address: string, name: string): Promise<void>;
  /** Writes formulas into `address` (English function names, comma separators). */
  writeFormulas(sheet: string, address: string, formulas: string[][]): Promise<void>;
  /** Applies a style to every cell of `address`; optional. */
  formatRange?(sheet: string, address: string, style: CellStyle): Promise<void>;
  /** Fits the width of the columns of `address` to their content; optional. */
  autofitColumns?(sheet: string, address: string): Promise<void>;
  /** Sets the width (in points) of the columns of `address`; optional. */
  setColumnWidth?(sheet: string, address: string, points: number): Promise<void>;
  /** Shows the sheet and selects `address` on it; optional. */
  activate?(sheet: string, address: string): Promise<void>;
  /** The active cell and its formula; null when nothing is selected. */
  readActiveCell(): Promise<ActiveCell | null>;
  /** The values of a table (any case of its name); null when there is no such table. */
  readTable(name: string): Promise<TableValues | null>;
  /** The values of `address` on `sheet`; a ChartError-free rejection when the sheet does not exist. */
  readRange(sheet: string, address: string): Promise<PortCell[][]>;
}
