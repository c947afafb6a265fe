// A template workbook as data: sheets of cells (constants, formulas with their cached results, spills),
// Excel tables, column widths and charts. Pure layout: ./xlsx.ts writes it to a file's bytes, the tests
// read the file back. Rows and columns are zero-based here, as in src/sheet/a1.ts.
import { call } from "../catalogue";
import { Decimal } from "../engine";
import { isHostError } from "../catalogue/host-error";
import type { HostArg, ResultValue } from "../catalogue/types";
import { cellAddress, columnLetters, parseRange } from "../sheet/a1";
import { classifyArgument, splitArgs } from "../sheet/formula";
import { structuredToRanges, type TableRef } from "../sheet/structured";

/** One value in a cell: a number (a host-boundary number, see the file's Notes), a text, a flag, an error text ("#VALUE!") or empty. */
export type Scalar = number | string | boolean | null;

export interface Style {
  /** Shaded: a number the charter does not state, or a value to change (Fluent's warning background). */
  input?: boolean;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** An Excel number format. */
  numFmt?: string;
}

export interface Cell {
  value?: Scalar;
  /** A formula without the "=", with CHARTER.* names as a user types them. */
  formula?: string;
  /** The cached result of `formula` (a spill's first cell). */
  result?: Scalar;
  /** A CHARTER.* formula is written as a dynamic array: its spill's cached values (rows x cols, the anchor included). */
  spill?: Scalar[][];
  style?: Style;
  /** A cell note (comment) shown on hover. */
  note?: string;
}

export interface Table {
  name: string;
  /** Top-left cell of the header row. */
  row: number;
  col: number;
  header: string[];
  rows: Scalar[][];
}

/** A scatter chart with straight lines: one series per class, payout against exit value. */
export interface Chart {
  title: string;
  xTitle: string;
  yTitle: string;
  /** Where it sits: from the top-left cell to the bottom-right cell (zero-based). */
  from: { row: number; col: number };
  to: { row: number; col: number };
  series: { nameRef: string; name: string; xRef: string; yRef: string; x: number[]; y: number[] }[];
}

export interface Sheet {
  name: string;
  cells: Map<string, Cell>;
  tables: Table[];
  /** Column widths in characters, by column index. */
  widths: Map<number, number>;
  charts: Chart[];
}

export interface Workbook {
  /** "maginet", "juniper", "jt-storage" or "blank": the file is templates/<id>.xlsx. */
  id: string;
  title: string;
  sheets: Sheet[];
}

export const MONEY = "#,##0.00";
export const COUNT = "#,##0";
export const DATE = "yyyy-mm-dd";
export const PRICE = "0.00####";

/** "$A$1:$X$6" for rows x cols from (row, col). */
export function absRange(row: number, col: number, rows: number, cols: number): string {
  const a = `$${columnLetters(col)}$${row + 1}`;
  const b = `$${columnLetters(col + cols - 1)}$${row + rows}`;
  return rows === 1 && cols === 1 ? a : `${a}:${b}`;
}

/** "$B$3". */
export function absCell(row: number, col: number): string {
  return absRange(row, col, 1, 1);
}

/** A catalogue result as cell values: a Decimal becomes a number here, at the host boundary. */
export function toScalars(value: ResultValue | ReturnType<typeof call>): Scalar[][] {
  const one = (v: unknown): Scalar => {
    if (v instanceof Decimal) return v.toNumber();
    if (isHostError(v)) return v.code;
    if (v === null || v === undefined) return null;
    return v as Scalar;
  };
  if (Array.isArray(value)) return value.map((row) => row.map(one));
  return [[one(value)]];
}

/** The Excel tables of `sheets` as a formula engine without tables needs them (src/hyperformula/structured.ts). */
export function tableRefs(sheets: readonly Sheet[]): TableRef[] {
  return sheets.flatMap((s) =>
    s.tables.map((t) => ({ name: t.name, sheet: s.name, address: `${cellAddress(t.row, t.col)}:${cellAddress(t.row + t.rows.length, t.col + t.header.length - 1)}`, header: t.header })),
  );
}

/** "MagiNet_Terms[#All]" (the whole table with its header row, as the task pane's formulas read it). */
export function tableAll(name: string): string {
  return `${name}[#All]`;
}

/** "Cap_Table[Shares]" (one column's data rows). */
export function tableColumn(name: string, column: string): string {
  return `${name}[${column.replace(/(['#[\]])/g, "'$1")}]`;
}

/** The sheets of one workbook, for reading the values a CHARTER formula's references point at. */
export class WorkbookBuilder {
  readonly sheets: SheetBuilder[] = [];

  sheet(name: string): SheetBuilder {
    const s = new SheetBuilder(name, this);
    this.sheets.push(s);
    return s;
  }

  /**
   * One argument's text as the value a formula engine would pass: a reference (a range -> rows of
   * values, one cell -> its value), a number, a "text", TRUE/FALSE, or nothing (null). Only what the
   * templates write; anything else is a layout error.
   */
  resolve(arg: string, from: SheetBuilder): HostArg {
    if (arg === "") return null;
    if (/^"([^"]|"")*"$/.test(arg)) return arg.slice(1, -1).replace(/""/g, '"');
    if (/^-?[0-9]+(\.[0-9]+)?$/.test(arg)) return Number(arg);
    if (/^(TRUE|FALSE)$/i.test(arg)) return arg.toUpperCase() === "TRUE";
    // A structured reference (MagiNet_Terms[#All]) reads the table's range as it is now.
    const form = classifyArgument(structuredToRanges(arg, tableRefs(this.sheets.map((s) => s.sheet))));
    const range = form.kind === "range" ? parseRange(form.address) : null;
    if (form.kind !== "range" || !range) throw new Error(`template ${from.sheet.name}: cannot read the argument ${arg}`);
    const sheetName = form.sheet ?? from.sheet.name;
    const target = this.sheets.find((s) => s.sheet.name === sheetName);
    if (!target) throw new Error(`template ${from.sheet.name}: no sheet ${sheetName} (${arg})`);
    if (range.rows === 1 && range.cols === 1 && !form.address.includes(":")) return target.valueAt(range.row, range.col);
    const rows: Scalar[][] = [];
    for (let r = range.row; r < range.row + range.rows; r++) {
      const row: Scalar[] = [];
      for (let c = range.col; c < range.col + range.cols; c++) row.push(target.valueAt(r, c));
      rows.push(row);
    }
    return rows;
  }
}

/** Builds one sheet; a cell written twice (or inside a spill) is a layout error, thrown at once. */
export class SheetBuilder {
  readonly sheet: Sheet;
  private readonly taken = new Map<string, string>();
  private readonly shown = new Map<string, Scalar>();

  constructor(
    name: string,
    private readonly book: WorkbookBuilder,
  ) {
    this.sheet = { name, cells: new Map(), tables: [], widths: new Map(), charts: [] };
  }

  /** An argument's text (a reference, number or text) as the value a formula engine would pass. */
  read(arg: string): HostArg {
    return this.book.resolve(arg, this);
  }

  /** What the cell shows: its constant, its formula's cached result, or its place in a spill. */
  valueAt(row: number, col: number): Scalar {
    return this.shown.get(cellAddress(row, col)) ?? null;
  }

  private claim(row: number, col: number, by: string, shows: Scalar | undefined): void {
    const key = cellAddress(row, col);
    const before = this.taken.get(key);
    if (before) throw new Error(`template ${this.sheet.name}!${key}: ${by} overlaps ${before}`);
    this.taken.set(key, by);
    if (shows !== undefined) this.shown.set(key, shows);
  }

  /** A constant. */
  value(row: number, col: number, value: Scalar, style?: Style, note?: string): this {
    this.claim(row, col, `value ${String(value)}`, value);
    const before = this.sheet.cells.get(cellAddress(row, col));
    this.sheet.cells.set(cellAddress(row, col), { value, style: { ...before?.style, ...style }, note });
    return this;
  }

  /** A row of constants from (row, col). */
  values(row: number, col: number, values: Scalar[], style?: Style): this {
    values.forEach((v, i) => this.value(row, col + i, v, style));
    return this;
  }

  /** A plain formula (no CHARTER function) with an optional cached result. */
  formula(row: number, col: number, formula: string, result?: Scalar, style?: Style): this {
    this.claim(row, col, `formula ${formula}`, result);
    this.sheet.cells.set(cellAddress(row, col), { formula, result, style });
    return this;
  }

  /**
   * A CHARTER.<name> formula: `args` is its text between the parentheses. The cached result comes from
   * the catalogue on the values the references point at now (the tests recompute every formula in a
   * formula engine and compare). Returns the result's cells.
   */
  charter(row: number, col: number, name: string, args: string, style?: Style): Scalar[][] {
    const hostArgs = splitArgs(args).map((a) => this.book.resolve(a, this));
    const values = toScalars(call(name, hostArgs));
    const formula = `CHARTER.${name}(${args})`;
    values.forEach((r, i) =>
      r.forEach((v, j) => this.claim(row + i, col + j, i + j === 0 ? `formula ${formula}` : `the spill of ${formula}`, v)),
    );
    this.sheet.cells.set(cellAddress(row, col), { formula, result: values[0][0], spill: values, style });
    return values;
  }

  /** Formats a block (rows x cols) without writing values; a style on an existing cell is merged. */
  style(row: number, col: number, rows: number, cols: number, style: Style): this {
    for (let r = row; r < row + rows; r++) {
      for (let c = col; c < col + cols; c++) {
        const key = cellAddress(r, c);
        const cell = this.sheet.cells.get(key) ?? {};
        this.sheet.cells.set(key, { ...cell, style: { ...cell.style, ...style } });
      }
    }
    return this;
  }

  table(table: Table): this {
    table.header.forEach((h, c) => this.value(table.row, table.col + c, h, { bold: true }));
    table.rows.forEach((r, i) => r.forEach((v, c) => this.value(table.row + 1 + i, table.col + c, v)));
    this.sheet.tables.push(table);
    return this;
  }

  width(col: number, chars: number): this {
    this.sheet.widths.set(col, chars);
    return this;
  }

  chart(chart: Chart): this {
    this.sheet.charts.push(chart);
    return this;
  }
}
