// The WorkbookPort over Office.js: each call one Excel.run batch. The only file of the pane that knows
// Excel; a page outside Excel passes another port (see ./port.ts).
/* global Excel */
import { parseRange } from "../sheet/a1";
import type { ActiveCell, CellStyle, PortCell, TableValues, WorkbookPort } from "../sheet/port";

/** "'MagiNet Terms'!B11" -> "B11". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** A matrix of `value` the size of `address` (Excel wants one entry per cell when a property is set). */
function fill<T>(address: string, value: T): T[][] {
  const r = parseRange(address);
  const rows = r ? r.rows : 1;
  const cols = r ? r.cols : 1;
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

function sheetOf(context: Excel.RequestContext, sheet: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(sheet);
}

async function names(load: (context: Excel.RequestContext) => { items: { name: string }[]; load(p: string): unknown }): Promise<string[]> {
  return Excel.run(async (context) => {
    const collection = load(context);
    collection.load("items/name");
    await context.sync();
    return collection.items.map((item) => item.name);
  });
}

async function activeCell(context: Excel.RequestContext): Promise<ActiveCell | null> {
  const cell = context.workbook.getActiveCell();
  cell.load("address,formulas");
  const ws = cell.worksheet;
  ws.load("name");
  await context.sync();
  const address = stripSheet(cell.address);
  const formula = cell.formulas?.[0]?.[0];
  const own: ActiveCell = { sheet: ws.name, address, formula: formula === undefined || formula === null ? "" : String(formula) };
  if (own.formula.startsWith("=")) return own;
  // A cell inside a spill holds a value only; its formula is the anchor's (ExcelApi 1.12). Where the
  // host lacks the call, the cell's own content stands.
  try {
    const parent = cell.getSpillParentOrNullObject();
    parent.load("address,formulas");
    await context.sync();
    if (!parent.isNullObject) {
      const anchor = stripSheet(parent.address);
      if (anchor !== address) return { ...own, formula: String(parent.formulas[0][0] ?? ""), spillAnchor: anchor };
    }
  } catch {
    // Older hosts: no spill parent.
  }
  return own;
}

/** The port over the Excel host's Office.js (call inside Office.onReady, in Excel). */
export function excelPort(): WorkbookPort {
  return {
    listSheets: () => names((c) => c.workbook.worksheets),
    listTables: () => names((c) => c.workbook.tables),
    listNames: () => names((c) => c.workbook.names),

    addSheet: (name) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),

    writeValues: (sheet, address, values, numberFormat) =>
      Excel.run(async (context) => {
        const range = sheetOf(context, sheet).getRange(address);
        if (numberFormat) range.numberFormat = numberFormat;
        range.values = values as unknown[][];
        await context.sync();
      }),

    addTable: (sheet, address, name) =>
      Excel.run(async (context) => {
        // A Range, not a text address: a text without a sheet would land on the active sheet.
        const ws = sheetOf(context, sheet);
        const table = ws.tables.add(ws.getRange(address), true);
        table.name = name;
        await context.sync();
      }),

    writeFormulas: (sheet, address, formulas) =>
      Excel.run(async (context) => {
        sheetOf(context, sheet).getRange(address).formulas = formulas;
        await context.sync();
      }),

    formatRange: (sheet, address, style: CellStyle) =>
      Excel.run(async (context) => {
        const range = sheetOf(context, sheet).getRange(address);
        if (style.numberFormat !== undefined) range.numberFormat = fill(address, style.numberFormat);
        if (style.fill !== undefined) range.format.fill.color = style.fill;
        if (style.bold !== undefined) range.format.font.bold = style.bold;
        if (style.italic !== undefined) range.format.font.italic = style.italic;
        if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
        await context.sync();
      }),

    autofitColumns: (sheet, address) =>
      Excel.run(async (context) => {
        sheetOf(context, sheet).getRange(address).format.autofitColumns();
        await context.sync();
      }),

    setColumnWidth: (sheet, address, points) =>
      Excel.run(async (context) => {
        sheetOf(context, sheet).getRange(address).format.columnWidth = points;
        await context.sync();
      }),

    activate: (sheet, address) =>
      Excel.run(async (context) => {
        const ws = sheetOf(context, sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    readActiveCell: () => Excel.run((context) => activeCell(context)),

    readTable: (name) =>
      Excel.run(async (context): Promise<TableValues | null> => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        await context.sync();
        if (table.isNullObject) return null;
        const header = table.getHeaderRowRange();
        const body = table.getDataBodyRange();
        const ws = table.worksheet;
        header.load("values");
        body.load("values");
        ws.load("name");
        await context.sync();
        return { sheet: ws.name, header: (header.values[0] ?? []) as PortCell[], rows: body.values as PortCell[][] };
      }),

    readRange: (sheet, address) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject) throw new Error(`there is no sheet named "${sheet}"`);
        const range = ws.getRange(address);
        range.load("values");
        await context.sync();
        return range.values as PortCell[][];
      }),
  };
}
