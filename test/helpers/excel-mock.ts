// A workbook behind a mock of Office.js's Excel object, built from office-addin-mock's OfficeMockObject:
// properties must be loaded and synced before they are read (the mock gives an error value otherwise),
// and every range handed out is recorded, so a test can see exactly what was written where.
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, quoteSheet, requireRange } from "../../src/sheet/a1";
import type { PortCell } from "../../src/sheet/port";

type Mock = OfficeMockObject & Record<string, any>;

export interface SheetModel {
  name: string;
  cells: Map<string, PortCell>;
}

export interface TableModel {
  name: string;
  sheet: string;
  address: string;
  hasHeaders: boolean;
}

interface HandedRange {
  sheet: string;
  address: string;
  mock: Mock;
  initial: { values: PortCell[][] };
}

export interface ActiveModel {
  sheet: string;
  address: string;
  formula: string;
  /** The spill anchor's address and formula when the cell is spilled into. */
  spillParent?: { address: string; formula: string };
}

/** An error shaped like OfficeExtension.Error: a code and where in the batch it happened. */
function officeError(code: string, errorLocation: string): Error {
  return Object.assign(new Error(`${code} at ${errorLocation}`), { code, debugInfo: { code, errorLocation } });
}

export class ExcelWorkbookMock {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: string[] = [];
  active: ActiveModel | null = null;
  /** Every range handed out, in order (reads and writes). */
  readonly ranges: HandedRange[] = [];
  /** Sheets the code asked for by name (getItem / getItemOrNullObject). */
  readonly sheetsTouched: string[] = [];
  activated: string | null = null;
  /** Excel.run calls and context.sync calls so far (round trips to the workbook). */
  runs = 0;
  syncs = 0;
  /** Failure injection: the sync of this number (1 = the first) applies its batch, then rejects. */
  failSync: number | null = null;
  /** Failure injection: tables.add fails as Excel's does, at the next sync (errorLocation "TableCollection.add"). */
  failTableAdd = false;
  private pending: Error | null = null;
  selected: string | null = null;
  private readonly created: Mock[] = [];
  private readonly tableMocks: { model: TableModel; mock: Mock }[] = [];
  readonly excel: Mock;

  constructor() {
    // The mock's collections take `this` for themselves (their load fills their own items).
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    // The context is not tracked: its own sync (below) syncs every other mock.
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          load: function (this: Mock) {
            this.items = self.sheets.map((s) => ({ name: s.name }));
            return this;
          },
          add: (name: string) => self.addSheet(name),
          getItem: (name: string) => self.sheetMock(name, false),
          getItemOrNullObject: (name: string) => self.sheetMock(name, true),
        },
        tables: {
          load: function (this: Mock) {
            this.items = self.tables.map((t) => ({ name: t.name }));
            return this;
          },
          getItemOrNullObject: (name: string) => self.tableMock(name),
        },
        names: {
          load: function (this: Mock) {
            this.items = self.names.map((name) => ({ name }));
            return this;
          },
        },
        getActiveCell: () => self.activeCellMock(),
      },
      sync: async () => {
        self.syncs += 1;
        for (const m of self.created) await m.sync();
        await new Promise((resolve) => setTimeout(resolve, 0));
        self.commit();
        if (self.failSync === self.syncs) throw officeError("GeneralException", "Range.values");
        const pending = self.pending;
        self.pending = null;
        if (pending) throw pending;
      },
    }) as Mock;
    this.excel = new OfficeMockObject({
      run: async (batch: (c: unknown) => Promise<unknown>) => {
        self.runs += 1;
        return batch(context);
      },
    }) as Mock;
  }

  private track(m: Mock): Mock {
    this.created.push(m);
    return m;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds a sheet to the model (the user's own, before the test). */
  withSheet(name: string, cells: Record<string, PortCell> = {}): this {
    this.sheets.push({ name, cells: new Map(Object.entries(cells)) });
    return this;
  }

  withTable(name: string, sheet: string, address: string, values?: PortCell[][]): this {
    this.tables.push({ name, sheet, address, hasHeaders: true });
    if (values) this.put(sheet, address, values);
    return this;
  }

  put(sheet: string, address: string, values: PortCell[][]): void {
    const { row, col } = requireRange(address);
    const s = this.sheet(sheet)!;
    values.forEach((r, i) => r.forEach((v, j) => s.cells.set(cellAddress(row + i, col + j), v)));
  }

  read(sheet: string, address: string): PortCell[][] {
    const r = requireRange(address);
    const s = this.sheet(sheet)!;
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => s.cells.get(cellAddress(r.row + i, r.col + j)) ?? ""));
  }

  /** The ranges on `sheet` whose values, formulas or number formats were set. */
  writesTo(
    sheet: string,
  ): { address: string; values?: unknown; formulas?: unknown; numberFormat?: unknown; fill?: unknown; bold?: unknown; columnWidth?: unknown }[] {
    return this.ranges
      .filter((r) => r.sheet.toLowerCase() === sheet.toLowerCase())
      .map((r) => ({
        address: r.address,
        values: Array.isArray(r.mock.values) && r.mock.values !== r.initial.values ? r.mock.values : undefined,
        formulas: Array.isArray(r.mock.formulas) ? r.mock.formulas : undefined,
        numberFormat: Array.isArray(r.mock.numberFormat) ? r.mock.numberFormat : undefined,
        fill: r.mock.format.fill.color,
        bold: r.mock.format.font.bold,
        columnWidth: typeof r.mock.format.columnWidth === "number" ? r.mock.format.columnWidth : undefined,
      }))
      .filter((w) =>
        Object.values(w)
          .slice(1)
          .some((v) => v !== undefined),
      );
  }

  /** Applies what the code set on the mocks to the model (values and formulas as cell contents). */
  private commit(): void {
    for (const r of this.ranges) {
      const w = Array.isArray(r.mock.formulas) ? r.mock.formulas : Array.isArray(r.mock.values) && r.mock.values !== r.initial.values ? r.mock.values : null;
      if (w && this.sheet(r.sheet)) this.put(r.sheet, r.address, w as PortCell[][]); // a deleted sheet keeps nothing
    }
    for (const t of this.tableMocks) if (typeof t.mock.name === "string") t.model.name = t.mock.name;
  }

  private addSheet(name: string): Mock {
    if (this.sheet(name)) throw officeError("ItemAlreadyExists", "WorksheetCollection.add");
    this.sheets.push({ name, cells: new Map() });
    return this.sheetMock(name, false);
  }

  private sheetMock(name: string, orNull: boolean): Mock {
    this.sheetsTouched.push(name);
    const model = this.sheet(name);
    if (!model) {
      if (!orNull) throw new Error(`ItemNotFound: ${name}`);
      const nil = this.track(new OfficeMockObject({}) as Mock);
      nil.isNullObject = true;
      return nil;
    }
    const m = this.track(
      new OfficeMockObject({
        name: model.name,
        getRange: (address: string) => this.rangeMock(model.name, address),
        tables: { add: (range: Mock, hasHeaders: boolean) => this.addTable(model.name, range, hasHeaders) },
        delete: () => this.deleteSheet(model.name),
        activate: () => {
          this.activated = model.name;
        },
      }) as Mock,
    );
    m.isNullObject = false;
    return m;
  }

  private rangeMock(sheet: string, address: string): Mock {
    const values = this.read(sheet, address);
    const m = this.track(
      new OfficeMockObject({
        address: `${quoteSheet(sheet)}!${address}`,
        values,
        format: { fill: {}, font: {}, autofitColumns: () => undefined },
        select: () => {
          this.selected = `${sheet}!${address}`;
        },
      }) as Mock,
    );
    this.ranges.push({ sheet, address, mock: m, initial: { values } });
    return m;
  }

  private deleteSheet(name: string): void {
    const at = this.sheets.findIndex((s) => s.name === name);
    if (at >= 0) this.sheets.splice(at, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === name) this.tables.splice(i, 1);
  }

  private addTable(sheet: string, range: Mock, hasHeaders: boolean): Mock {
    if (this.failTableAdd) {
      // As Excel does: the error comes back with the sync that sends the command.
      this.pending = officeError("InvalidArgument", "TableCollection.add");
      return this.track(new OfficeMockObject({}) as Mock);
    }
    const handed = this.ranges.find((r) => r.mock === range);
    if (!handed) throw new Error("tables.add: not a range of this workbook");
    const model: TableModel = { name: `Table${this.tables.length + 1}`, sheet, address: handed.address, hasHeaders };
    this.tables.push(model);
    const mock = this.track(new OfficeMockObject({ style: "TableStyleMedium2" }) as Mock);
    this.tableMocks.push({ model, mock });
    return mock;
  }

  private tableMock(name: string): Mock {
    const model = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!model) {
      const nil = this.track(new OfficeMockObject({}) as Mock);
      nil.isNullObject = true;
      return nil;
    }
    const r = requireRange(model.address);
    const m = this.track(
      new OfficeMockObject({
        name: model.name,
        worksheet: { name: model.sheet },
        getHeaderRowRange: () => this.rangeMock(model.sheet, `${cellAddress(r.row, r.col)}:${cellAddress(r.row, r.col + r.cols - 1)}`),
        getDataBodyRange: () => this.rangeMock(model.sheet, `${cellAddress(r.row + 1, r.col)}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`),
      }) as Mock,
    );
    m.isNullObject = false;
    return m;
  }

  private activeCellMock(): Mock {
    const a = this.active!;
    const parent = a.spillParent;
    return this.track(
      new OfficeMockObject({
        address: `${quoteSheet(a.sheet)}!${a.address}`,
        formulas: [[a.formula]],
        worksheet: { name: a.sheet },
        getSpillParentOrNullObject: () => {
          if (!parent) {
            const nil = this.track(new OfficeMockObject({}) as Mock);
            nil.isNullObject = true;
            return nil;
          }
          const p = this.track(new OfficeMockObject({ address: `${quoteSheet(a.sheet)}!${parent.address}`, formulas: [[parent.formula]] }) as Mock);
          p.isNullObject = false;
          return p;
        },
      }) as Mock,
    );
  }
}
