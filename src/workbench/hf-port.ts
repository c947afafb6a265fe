// The task pane's WorkbookPort over a HyperFormula engine with CHARTER.* (the workbench's stand-in for
// Excel). HF has no tables: a registry keeps each table's sheet and range (addTable), and a formula's
// structured references (MagiNet_Terms[#All]) become absolute ranges before HF sees it, while the
// formula as written is kept for readActiveCell (so Explain reads what the user or the pane wrote).
// Number formats and styles are kept for display; HF itself ignores them.
import { DetailedCellError } from "hyperformula";
import type { HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { createCharterEngine } from "../hyperformula";
import { structuredToRanges, type TableRef } from "../sheet/structured";
import type { LoadedWorkbook } from "./xlsx";
import { cellAddress, requireRange } from "../sheet/a1";
import type { ActiveCell, CellStyle, PortCell, TableValues, WorkbookPort } from "../sheet/port";

const lower = (s: string) => s.toLowerCase();

/** What a grid cell shows. */
export interface CellView {
  /** The value: a number, a text, a flag, null for empty, or an error code such as "#VALUE!". */
  value: number | string | boolean | null;
  /** The error's message, for a tooltip. */
  error?: string;
  /** As displayed, formatted by the cell's number format. */
  text: string;
  style?: CellStyle;
  /** True for the anchor of a formula (a spill's first cell included). */
  formula: boolean;
  /** True for a cell filled by a spill (not its anchor). */
  spilled: boolean;
}

/** "#,##0" / "#,##0.00" / General, as Excel would show a number in en-US. */
export function formatNumber(n: number, format: string | undefined): string {
  const decimals = format === "#,##0" ? 0 : format === "#,##0.00" ? 2 : null;
  if (decimals !== null) return n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (Number.isInteger(n)) return String(n);
  // General: up to 11 significant digits, as Excel's General shows in a standard-width column.
  return String(Number(n.toPrecision(11)));
}

/** A table's header texts, from the loaded cells. */
function headerOf(loaded: LoadedWorkbook, t: TableRef): string[] {
  const sheet = loaded.sheets.find((s) => lower(s.name) === lower(t.sheet));
  const r = requireRange(t.address);
  const row = sheet?.cells[r.row] ?? [];
  return Array.from({ length: r.cols }, (_, j) => String(row[r.col + j] ?? ""));
}

export class HfWorkbook implements WorkbookPort {
  readonly hf: HyperFormula;
  readonly tables: TableRef[] = [];
  /** Formulas as written, by "sheetId!A1". */
  private readonly written = new Map<string, string>();
  /** Styles by "sheetId!A1". */
  private readonly styles = new Map<string, CellStyle>();
  /** Column widths in points by "sheetId!col". */
  readonly widths = new Map<string, number>();
  active: { sheet: string; address: string } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(hf?: HyperFormula) {
    this.hf = hf ?? createCharterEngine();
    if (this.hf.getSheetNames().length === 0) this.hf.addSheet("Sheet1");
    this.hf.on("valuesUpdated", () => this.changed());
    this.hf.on("sheetAdded", () => this.changed());
  }

  /** A workbook read from a file: formulas kept as written, rewritten for HF; styles and tables carried over. */
  static fromLoaded(loaded: LoadedWorkbook): HfWorkbook {
    const tables = loaded.tables.map((t) => ({ ...t, header: headerOf(loaded, t) }));
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of loaded.sheets) {
      sheets[s.name] = s.cells.map((row) =>
        row.map((v) => {
          if (typeof v === "string" && v.startsWith("=")) return structuredToRanges(v, tables);
          return typeof v === "string" ? `'${v}` : v;
        }),
      );
    }
    if (loaded.sheets.length === 0) sheets.Sheet1 = [];
    const port = new HfWorkbook(createCharterEngine(sheets));
    port.tables.push(...tables);
    for (const s of loaded.sheets) {
      const id = port.sheetId(s.name);
      s.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v.startsWith("=")) port.written.set(port.key(id, r, c), v);
        }),
      );
      for (const [a1, style] of s.styles) port.styles.set(`${id}!${a1}`, style);
    }
    port.clearSavedSpills();
    return port;
  }

  /**
   * A file keeps a spill's results in the cells beside its formula; in HF those constants block the spill
   * (#SPILL!). For each formula showing #SPILL!, the constants in its result's rectangle are cleared
   * (only on opening a file, where they are the saved results) and the formula spills again.
   */
  private clearSavedSpills(): void {
    for (const name of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(name)!;
      this.hf.getSheetFormulas(sheet).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (!formula) return;
          const v = this.hf.getCellValue({ sheet, row: r, col: c });
          if (!(v instanceof DetailedCellError) || v.type !== "SPILL") return;
          const result = this.hf.calculateFormula(formula, sheet);
          if (!Array.isArray(result)) return;
          for (let i = 0; i < result.length; i++)
            for (let j = 0; j < result[0].length; j++) {
              const at = { sheet, row: r + i, col: c + j };
              if ((i || j) && this.hf.getCellFormula(at) === undefined) this.hf.setCellContents(at, null);
            }
          this.hf.setCellContents({ sheet, row: r, col: c }, formula);
        }),
      );
    }
  }

  /** Calls `fn` after every change of the workbook (values, sheets, selection, formats). */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /** The sheet's id (names match in any case), or an error naming the sheet. */
  sheetId(name: string): number {
    const found = this.hf.getSheetNames().find((s) => lower(s) === lower(name));
    const id = found === undefined ? undefined : this.hf.getSheetId(found);
    if (id === undefined) throw new Error(`there is no sheet named "${name}"`);
    return id;
  }

  sheetName(name: string): string {
    return this.hf.getSheetName(this.sheetId(name))!;
  }

  private at(sheet: string, address: string): SimpleCellAddress & { rows: number; cols: number } {
    const r = requireRange(address);
    return { sheet: this.sheetId(sheet), row: r.row, col: r.col, rows: r.rows, cols: r.cols };
  }

  private key(sheet: number, row: number, col: number): string {
    return `${sheet}!${cellAddress(row, col)}`;
  }

  /** A formula for HF: structured references to the registry's tables as ranges. */
  toHf(formula: string): string {
    return structuredToRanges(formula, this.tables);
  }

  /** Sets one cell as a user types it: a formula (kept as written), a constant HF parses, or "" to clear. */
  enter(sheet: string, address: string, text: string): void {
    const a = this.at(sheet, address);
    const k = this.key(a.sheet, a.row, a.col);
    if (text.startsWith("=")) {
      this.written.set(k, text);
      this.hf.setCellContents(a, this.toHf(text));
    } else {
      this.written.delete(k);
      this.hf.setCellContents(a, text === "" ? null : text);
    }
  }

  /** The cell's content as typed: the formula as written, or the constant. */
  contentOf(sheet: string, address: string): string {
    const a = this.at(sheet, address);
    const w = this.written.get(this.key(a.sheet, a.row, a.col));
    if (w !== undefined) return w;
    const raw = this.hf.getCellSerialized(a);
    if (raw === null || raw === undefined) return "";
    const s = String(raw);
    return s.startsWith("'") ? s.slice(1) : s;
  }

  /** The anchor of the spill that covers (row, col), or null when the cell is not in one (or is its anchor). */
  spillAnchorOf(sheet: number, row: number, col: number): { row: number; col: number } | null {
    const part = (r: number, c: number) => r >= 0 && c >= 0 && this.hf.isCellPartOfArray({ sheet, row: r, col: c });
    const isFormula = (r: number, c: number) => this.hf.getCellFormula({ sheet, row: r, col: c }) !== undefined;
    if (!part(row, col) || isFormula(row, col)) return null;
    // A spill is a rectangle from its anchor: walk left along the row, then up the column, to the formula.
    for (let c = col; c >= 0 && part(row, c); c--) {
      for (let r = row; r >= 0 && part(r, c); r--) if (isFormula(r, c)) return { row: r, col: c };
    }
    return null;
  }

  /** What the grid shows in one cell. */
  view(sheet: number, row: number, col: number): CellView {
    const address = { sheet, row, col };
    const style = this.styles.get(this.key(sheet, row, col));
    const v = this.hf.getCellValue(address);
    const formula = this.hf.getCellFormula(address) !== undefined;
    const spilled = !formula && this.hf.isCellPartOfArray(address);
    if (v instanceof DetailedCellError) return { value: v.value, error: v.message, text: v.value, style, formula, spilled };
    if (v === null || v === undefined) return { value: null, text: "", style, formula, spilled };
    if (typeof v === "number") return { value: v, text: formatNumber(v, style?.numberFormat), style, formula, spilled };
    return { value: v, text: typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v, style, formula, spilled };
  }

  // --- WorkbookPort ---

  async listSheets(): Promise<string[]> {
    return this.hf.getSheetNames();
  }

  async listTables(): Promise<string[]> {
    return this.tables.map((t) => t.name);
  }

  async listNames(): Promise<string[]> {
    return this.hf.listNamedExpressions();
  }

  async addSheet(name: string): Promise<void> {
    if (this.hf.getSheetNames().some((s) => lower(s) === lower(name))) throw new Error(`a sheet named "${name}" already exists`);
    this.hf.addSheet(name);
  }

  async writeValues(sheet: string, address: string, values: PortCell[][], numberFormat?: string[][]): Promise<void> {
    const a = this.at(sheet, address);
    // Constants stay as written: a text is given to HF with a leading ' so it is never read as a number or date.
    const content: RawCellContent[][] = values.map((row) => row.map((v) => (v === null || v === "" ? null : typeof v === "string" ? `'${v}` : v)));
    values.forEach((row, i) =>
      row.forEach((_, j) => {
        const k = this.key(a.sheet, a.row + i, a.col + j);
        this.written.delete(k);
        if (numberFormat) this.styles.set(k, { ...this.styles.get(k), numberFormat: numberFormat[i][j] });
      }),
    );
    this.hf.setCellContents(a, content);
  }

  async addTable(sheet: string, address: string, name: string): Promise<void> {
    const taken = [...this.tables.map((t) => t.name), ...this.hf.listNamedExpressions()];
    if (taken.some((n) => lower(n) === lower(name))) throw new Error(`the name "${name}" is taken`);
    const a = this.at(sheet, address);
    const header = this.hf.getRangeValues({ start: a, end: { sheet: a.sheet, row: a.row, col: a.col + a.cols - 1 } })[0].map((v) => String(v ?? ""));
    this.tables.push({ name, sheet: this.sheetName(sheet), address, header });
  }

  async writeFormulas(sheet: string, address: string, formulas: string[][]): Promise<void> {
    const a = this.at(sheet, address);
    formulas.forEach((row, i) => row.forEach((f, j) => this.enter(sheet, cellAddress(a.row + i, a.col + j), f)));
  }

  async formatRange(sheet: string, address: string, style: CellStyle): Promise<void> {
    const a = this.at(sheet, address);
    for (let i = 0; i < a.rows; i++)
      for (let j = 0; j < a.cols; j++) {
        const k = this.key(a.sheet, a.row + i, a.col + j);
        this.styles.set(k, { ...this.styles.get(k), ...style });
      }
    this.changed();
  }

  async setColumnWidth(sheet: string, address: string, points: number): Promise<void> {
    const a = this.at(sheet, address);
    for (let j = 0; j < a.cols; j++) this.widths.set(`${a.sheet}!${a.col + j}`, points);
    this.changed();
  }

  async activate(sheet: string, address: string): Promise<void> {
    this.select(this.sheetName(sheet), address);
  }

  /** Selects a cell (the grid's selection is the active cell). */
  select(sheet: string, address: string): void {
    this.active = { sheet: this.sheetName(sheet), address: address.toUpperCase() };
    this.changed();
  }

  async readActiveCell(): Promise<ActiveCell | null> {
    if (!this.active) return null;
    const { sheet, address } = this.active;
    const a = this.at(sheet, address);
    const own: ActiveCell = { sheet, address, formula: this.contentOf(sheet, address) };
    const anchor = this.spillAnchorOf(a.sheet, a.row, a.col);
    if (!anchor) return own;
    const anchorAddress = cellAddress(anchor.row, anchor.col);
    return { ...own, formula: this.contentOf(sheet, anchorAddress), spillAnchor: anchorAddress };
  }

  async readTable(name: string): Promise<TableValues | null> {
    const t = this.tables.find((x) => lower(x.name) === lower(name));
    if (!t) return null;
    const values = await this.readRange(t.sheet, t.address);
    return { sheet: t.sheet, header: values[0], rows: values.slice(1) };
  }

  async readRange(sheet: string, address: string): Promise<PortCell[][]> {
    const a = this.at(sheet, address);
    const values = this.hf.getRangeValues({ start: a, end: { sheet: a.sheet, row: a.row + a.rows - 1, col: a.col + a.cols - 1 } });
    // Empty cells read as "" and errors as their code, as Excel's range.values gives them.
    return values.map((row) => row.map((v) => (v instanceof DetailedCellError ? v.value : v === null || v === undefined ? "" : v)));
  }
}
