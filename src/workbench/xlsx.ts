// Opening an .xlsx (the templates: Terms, Cap Table, Waterfall, Conversion, Notes) in the workbench:
// exceljs reads the file in the browser (its prebuilt browser bundle, loaded on demand as a separate
// chunk); cells, tables, number formats, fills and bold carry over; each formula's file form
// _xldudf_CHARTER_LIQPREF( (src/templates/xlsx.ts) reads back as CHARTER.LIQPREF(. A spill's cached
// results, saved in the file beside its anchor, are dropped so HF can spill the formula itself.
import type { PortCell, CellStyle } from "../sheet/port";
import type { TableRef } from "../sheet/structured";
import { parseRange } from "../sheet/a1";
import { fromFileFormula } from "../sheet/file-formula";

/** A workbook read from a file: sheets of constants and formulas ("=..."), tables, styles by sheet and A1. */
export interface LoadedWorkbook {
  sheets: { name: string; cells: PortCell[][]; styles: Map<string, CellStyle> }[];
  tables: TableRef[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell as its Excel serial (whole days; the time of day as a fraction). */
export function excelSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

/** One exceljs cell value as a PortCell: a formula as "=...", rich text as its text, an error as its code. */
export function cellContent(value: unknown, formula: string | undefined): PortCell {
  if (formula) return `=${fromFileFormula(formula)}`;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  if (value instanceof Date) return excelSerial(value);
  const v = value as { richText?: { text: string }[]; text?: string; error?: string; result?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join("");
  if (typeof v.text === "string") return v.text;
  if (typeof v.error === "string") return v.error;
  return null;
}

function argbColour(argb: unknown): string | undefined {
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

// The parts of exceljs's API used here (its browser bundle is loaded untyped).
interface XCell {
  value: unknown;
  formula?: string;
  numFmt?: string;
  font?: { bold?: boolean; italic?: boolean };
  fill?: { fgColor?: { argb?: string } };
  address: string;
}
interface XSheet {
  name: string;
  eachRow(
    opts: { includeEmpty: boolean },
    fn: (row: { eachCell(opts: { includeEmpty: boolean }, fn: (cell: XCell, col: number) => void): void }, rowNumber: number) => void,
  ): void;
  tables?: Record<string, unknown>;
  getTables?(): unknown[];
}
interface XWorkbook {
  worksheets: XSheet[];
  xlsx: { load(data: ArrayBuffer): Promise<unknown> };
}

/** A table's name and A1 range from exceljs's table object (its shape differs between read and write). */
function tableOf(t: unknown, sheet: string): TableRef | null {
  const candidates = [t, (t as { table?: unknown })?.table, (t as { model?: unknown })?.model, Array.isArray(t) ? t[0] : undefined];
  for (const c of candidates) {
    const o = c as { name?: string; displayName?: string; ref?: string; tableRef?: string } | undefined;
    const name = o?.displayName ?? o?.name;
    const ref = o?.tableRef ?? o?.ref;
    if (name && ref) return { name, sheet, address: ref };
  }
  return null;
}

/** Reads an .xlsx's bytes with exceljs (loaded on demand). */
export async function readXlsx(data: ArrayBuffer): Promise<LoadedWorkbook> {
  // The browser bundle of exceljs (package.json "browser"), as a chunk of its own.
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as unknown as {
    default?: { Workbook: new () => XWorkbook };
    Workbook?: new () => XWorkbook;
  };
  const Workbook = mod.Workbook ?? mod.default!.Workbook;
  const wb = new Workbook();
  await wb.xlsx.load(data);
  const out: LoadedWorkbook = { sheets: [], tables: [] };
  for (const ws of wb.worksheets) {
    const cells: PortCell[][] = [];
    const styles = new Map<string, CellStyle>();
    // Cells inside an array formula's rectangle other than its anchor hold cached results: dropped.
    const spills: { r0: number; c0: number; r1: number; c1: number }[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { ref?: string; shareType?: string } | null;
        if (v && typeof v === "object" && v.shareType === "array" && typeof v.ref === "string" && v.ref.includes(":")) {
          // exceljs counts rows and columns from 1.
          const r = parseRange(v.ref);
          if (r) spills.push({ r0: r.row + 1, c0: r.col + 1, r1: r.row + r.rows, c1: r.col + r.cols });
        }
      });
    });
    const inSpill = (r: number, c: number) => spills.some((s) => r >= s.r0 && r <= s.r1 && c >= s.c0 && c <= s.c1 && !(r === s.r0 && c === s.c0));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const style: CellStyle = {};
        if (cell.numFmt) style.numberFormat = cell.numFmt;
        if (cell.font?.bold) style.bold = true;
        if (cell.font?.italic) style.italic = true;
        const fill = argbColour(cell.fill?.fgColor?.argb);
        if (fill && fill !== "#FFFFFF") style.fill = fill;
        if (Object.keys(style).length) styles.set(cell.address, style);
        if (inSpill(r, c)) return;
        const content = cellContent(cell.value, cell.formula);
        if (content === null) return;
        while (cells.length < r) cells.push([]);
        const line = cells[r - 1];
        while (line.length < c) line.push(null);
        line[c - 1] = content;
      });
    });
    out.sheets.push({ name: ws.name, cells, styles });
    const tables = ws.getTables ? ws.getTables() : Object.values(ws.tables ?? {});
    for (const t of tables) {
      const ref = tableOf(t, ws.name);
      if (ref) out.tables.push(ref);
    }
  }
  return out;
}
