// A WorkbookPort over plain memory: sheets of cells, tables, an active cell. No formula is computed
// (a formula is kept as its text). For tests, for the pane opened outside Excel (?demo), and as the
// reference a stand-in port (the browser workbench) can follow.
import { cellAddress, requireRange } from "./a1";
import type { ActiveCell, CellStyle, PortCell, TableValues, WorkbookPort } from "./port";

export interface MemorySheet {
  name: string;
  /** "B9" -> value; a formula is kept as its text. */
  cells: Map<string, PortCell>;
  formats: Map<string, CellStyle>;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  address: string;
}

const key = (s: string) => s.toLowerCase();

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  readonly tables: MemoryTable[] = [];
  readonly definedNames: string[] = [];
  active: { sheet: string; address: string } | null = null;
  /** Spills as a host computes them (none here unless declared): the formula in the first cell covers the range. */
  readonly spills: { sheet: string; address: string }[] = [];
  /** Every write, in order: [method, sheet, address]. */
  readonly log: [string, string, string][] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push({ name, cells: new Map(), formats: new Map() });
  }

  sheet(name: string): MemorySheet {
    const found = this.sheets.find((s) => key(s.name) === key(name));
    if (!found) throw new Error(`there is no sheet named "${name}"`);
    return found;
  }

  /** Sets cells from (address) on: constants, or formulas (texts starting with "="). */
  set(sheet: string, address: string, values: PortCell[][]): void {
    const { row, col } = requireRange(address);
    const s = this.sheet(sheet);
    values.forEach((r, i) => r.forEach((v, j) => s.cells.set(cellAddress(row + i, col + j), v)));
  }

  get(sheet: string, address: string): PortCell {
    return this.sheet(sheet).cells.get(address.toUpperCase()) ?? null;
  }

  /** Declares that the formula in the first cell of `address` spills over all of it (as Excel would). */
  spill(sheet: string, address: string): void {
    this.sheet(sheet);
    this.spills.push({ sheet, address });
  }

  select(sheet: string, address: string): void {
    this.active = { sheet, address };
  }

  private cellsOf(sheet: string, address: string): string[][] {
    const r = requireRange(address);
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => cellAddress(r.row + i, r.col + j)));
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async listTables(): Promise<string[]> {
    return this.tables.map((t) => t.name);
  }

  async listNames(): Promise<string[]> {
    return [...this.definedNames];
  }

  async addSheet(name: string): Promise<void> {
    if (this.sheets.some((s) => key(s.name) === key(name))) throw new Error(`a sheet named "${name}" already exists`);
    this.sheets.push({ name, cells: new Map(), formats: new Map() });
    this.log.push(["addSheet", name, ""]);
  }

  async deleteSheet(name: string): Promise<void> {
    const i = this.sheets.findIndex((s) => key(s.name) === key(name));
    if (i < 0) throw new Error(`no sheet named "${name}"`);
    this.sheets.splice(i, 1);
    for (let t = this.tables.length - 1; t >= 0; t--) if (key(this.tables[t].sheet) === key(name)) this.tables.splice(t, 1);
    this.log.push(["deleteSheet", name, ""]);
  }

  async writeValues(sheet: string, address: string, values: PortCell[][], numberFormat?: string[][]): Promise<void> {
    const cells = this.cellsOf(sheet, address);
    const s = this.sheet(sheet);
    cells.forEach((r, i) =>
      r.forEach((a, j) => {
        s.cells.set(a, values[i][j]);
        if (numberFormat) s.formats.set(a, { ...s.formats.get(a), numberFormat: numberFormat[i][j] });
      }),
    );
    this.log.push(["writeValues", sheet, address]);
  }

  async addTable(sheet: string, address: string, name: string): Promise<void> {
    if (this.tables.some((t) => key(t.name) === key(name)) || this.definedNames.some((n) => key(n) === key(name))) {
      throw new Error(`the name "${name}" is taken`);
    }
    this.sheet(sheet);
    this.tables.push({ name, sheet, address });
    this.log.push(["addTable", sheet, address]);
  }

  async writeFormulas(sheet: string, address: string, formulas: string[][]): Promise<void> {
    await this.writeValues(sheet, address, formulas);
    this.log[this.log.length - 1][0] = "writeFormulas";
  }

  async formatRange(sheet: string, address: string, style: CellStyle): Promise<void> {
    const s = this.sheet(sheet);
    for (const r of this.cellsOf(sheet, address)) for (const a of r) s.formats.set(a, { ...s.formats.get(a), ...style });
    this.log.push(["formatRange", sheet, address]);
  }

  async activate(sheet: string, address: string): Promise<void> {
    this.sheet(sheet);
    this.select(sheet, address);
  }

  async readActiveCell(): Promise<ActiveCell | null> {
    if (!this.active) return null;
    const { sheet, address } = this.active;
    const v = this.get(sheet, address);
    const own: ActiveCell = { sheet: this.sheet(sheet).name, address, formula: v === null ? "" : String(v) };
    if (own.formula.startsWith("=")) return own;
    // A cell spilled into reports its anchor's formula, as the Excel port does.
    const at = requireRange(address);
    for (const s of this.spills) {
      if (key(s.sheet) !== key(sheet)) continue;
      const r = requireRange(s.address);
      if (at.row < r.row || at.row >= r.row + r.rows || at.col < r.col || at.col >= r.col + r.cols) continue;
      const anchor = cellAddress(r.row, r.col);
      if (anchor === address.toUpperCase()) return own;
      return { ...own, formula: String(this.get(sheet, anchor) ?? ""), spillAnchor: anchor };
    }
    return own;
  }

  async readTable(name: string): Promise<TableValues | null> {
    const t = this.tables.find((x) => key(x.name) === key(name));
    if (!t) return null;
    const values = await this.readRange(t.sheet, t.address);
    return { sheet: t.sheet, header: values[0], rows: values.slice(1) };
  }

  async readRange(sheet: string, address: string): Promise<PortCell[][]> {
    const s = this.sheet(sheet);
    // Empty cells read as "", as Excel's range.values gives them.
    return this.cellsOf(sheet, address).map((r) => r.map((a) => s.cells.get(a) ?? ""));
  }
}
