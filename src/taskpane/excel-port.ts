// The WorkbookPort over Office.js: each call one Excel.run batch; the insert one Excel.run with two
// syncs (read the names in use; write the whole plan), the new sheet deleted again when the write fails.
// The only file of the pane that knows Excel; a page outside Excel passes another port (../sheet/port.ts).
/* global Excel */
import { parseRange } from "../sheet/a1";
import type { InsertPlan } from "../sheet/plan";
import type { ActiveCell, CellStyle, PortCell, Planner, TableValues, WorkbookPort } from "../sheet/port";

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
  // A navigation property is a proxy, queued like getItem: it needs no load or sync of its own (the rule
  // takes it for a scalar property).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
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

/** Queues a style on a range (set only what the style names). */
function styleRange(range: Excel.Range, address: string, style: CellStyle): void {
  if (style.numberFormat !== undefined) range.numberFormat = fill(address, style.numberFormat);
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
}

/**
 * The insert in one Excel.run: sync 1 reads the sheet, table and defined names; the plan's every write
 * is queued (sheet, values, table, labels, formulas, formats, widths, selection) and sent by sync 2.
 * Office.js applies a batch's commands in order and stops at the first that fails, so a failure leaves
 * what came before it: the sheet, which the plan named freely after sync 1 and which holds the table, is
 * then deleted (two more syncs: find it, delete it). A sheet of that name that existed at sync 1, or one
 * whose add is what failed, is never deleted (the user's).
 */
async function insertBatch(planner: Planner): Promise<InsertPlan> {
  return Excel.run(async (context) => {
    const book = context.workbook;
    const sheets = book.worksheets.load("items/name");
    const tables = book.tables.load("items/name");
    const names = book.names.load("items/name");
    await context.sync();
    const existing = { sheets: sheets.items.map((x) => x.name), tables: tables.items.map((x) => x.name), names: names.items.map((x) => x.name) };
    const plan = planner(existing);
    try {
      const ws = book.worksheets.add(plan.sheetName);
      const at = (address: string) => ws.getRange(address);
      const table = at(plan.table.address);
      if (plan.table.numberFormat) table.numberFormat = plan.table.numberFormat;
      table.values = plan.table.values as unknown[][];
      ws.tables.add(table, true).name = plan.tableName;
      for (const block of plan.cells) {
        const range = at(block.address);
        if (block.numberFormat) range.numberFormat = block.numberFormat;
        range.values = block.values as unknown[][];
      }
      for (const f of plan.formulas) at(f.address).formulas = [[f.formula]];
      for (const s of plan.styles) styleRange(at(s.address), s.address, s.style);
      at(plan.autofit).format.autofitColumns();
      for (const w of plan.fixedWidths) at(w.address).format.columnWidth = w.points;
      ws.activate();
      at(plan.select).select();
      await context.sync();
      return plan;
    } catch (error) {
      // Nothing to undo when the add itself failed (a sheet of that name appeared since sync 1: the user's).
      const at = (error as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation ?? "";
      const taken = existing.sheets.some((name) => name.toLowerCase() === plan.sheetName.toLowerCase());
      if (!taken && !/^WorksheetCollection\.add$/i.test(at)) {
        const added = book.worksheets.getItemOrNullObject(plan.sheetName);
        await context.sync();
        if (!added.isNullObject) {
          added.delete();
          await context.sync();
        }
      }
      throw error;
    }
  });
}

/** The port over the Excel host's Office.js (call inside Office.onReady, in Excel). */
export function excelPort(): WorkbookPort {
  return {
    listSheets: () => names((c) => c.workbook.worksheets),
    listTables: () => names((c) => c.workbook.tables),
    listNames: () => names((c) => c.workbook.names),
    insert: insertBatch,

    addSheet: (name) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),

    deleteSheet: (name) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
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
        styleRange(sheetOf(context, sheet).getRange(address), address, style);
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
