// A workbook (.xlsx) as input: its Excel tables and sheets as ranges, read with exceljs. Loading a
// workbook is asynchronous (exceljs), the command is not: `preloadWorkbooks` loads every workbook the
// command line names before the command runs, and `pickRange` then reads one table or sheet from it.
import type ExcelJS from "exceljs";
import { invalid, type Cell } from "../../engine";

export interface WorkbookFile {
  /** The loaded workbook, or why it could not be loaded. */
  book: ExcelJS.Workbook | null;
  problem: string | null;
}

/** Whether the bytes are a zip archive (an .xlsx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are an OLE compound file: an Excel 97-2003 .xls (or another Office 97 file). */
export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<WorkbookFile> {
  try {
    const { default: Excel } = await import("exceljs");
    const book = new Excel.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return { book, problem: null };
  } catch (e) {
    return {
      book: null,
      problem: `is a zip file but not a workbook exceljs can read (${String(e instanceof Error ? e.message : e).slice(0, 200)}); save it from Excel as .xlsx, or as CSV`,
    };
  }
}

/** Days from 1899-12-30: the serial Excel passes for a date cell (exceljs reads it as a UTC Date). */
function serial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell's value as Excel would pass it to a function: a formula's cached result, rich text as its text. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v);
  const o = v as unknown as Record<string, unknown>;
  if ("result" in o || "formula" in o || "sharedFormula" in o) return o.result === undefined ? null : cellValue(o.result as ExcelJS.CellValue);
  if ("richText" in o) return (o.richText as { text: string }[]).map((t) => t.text).join("");
  if ("error" in o) return String(o.error);
  if ("text" in o) return typeof o.text === "string" ? o.text : cellValue(o.text as ExcelJS.CellValue);
  return String(v);
}

/** "A3:C13" as 1-based corners. */
function corners(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`table range "${ref}" is not an A1 range`);
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

function block(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = left; c <= right; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

interface Found {
  name: string;
  kind: "table" | "sheet";
  rows: () => Cell[][];
}

/** Names compared as Excel users write them: case, spaces and underscores ignored ("Cap Table" = "Cap_Table"). */
const key = (name: string) => name.toLowerCase().replace(/[\s_]+/g, "");

function tablesOf(book: ExcelJS.Workbook): Found[] {
  const found: Found[] = [];
  for (const ws of book.worksheets) {
    for (const t of ws.getTables() as unknown as { table?: { name: string; tableRef?: string; ref?: string } }[]) {
      const table = t.table;
      const ref = table?.tableRef ?? table?.ref;
      if (!table || !ref) continue;
      found.push({
        name: table.name,
        kind: "table",
        rows: () => {
          const k = corners(ref);
          return block(ws, k.top, k.left, k.bottom, k.right);
        },
      });
    }
  }
  return found;
}

function sheetsOf(book: ExcelJS.Workbook): Found[] {
  return book.worksheets.map((ws) => ({ name: ws.name, kind: "sheet" as const, rows: () => block(ws, 1, 1, ws.rowCount, ws.columnCount) }));
}

/**
 * The range a workbook argument names: after `#`, a table or else a sheet (names compared without case,
 * spaces or underscores); without `#`, the terms table (the one table named ...Terms, as the templates
 * name them: MagiNet_Terms) for a terms argument, or the table named after the argument (capTable:
 * Cap_Table). Decision: never a guess beyond that; otherwise the message lists the tables to choose from.
 */
export function pickRange(book: ExcelJS.Workbook, selector: string | null, want: { argument: string; param: string; path: string }): Cell[][] {
  const tables = tablesOf(book);
  const listing = `its tables are ${tables.map((t) => t.name).join(", ") || "(none)"}; its sheets are ${book.worksheets.map((w) => w.name).join(", ")}`;
  if (selector !== null) {
    const k = key(selector);
    const hit = tables.find((t) => key(t.name) === k) ?? sheetsOf(book).find((s) => key(s.name) === k);
    if (!hit)
      throw invalid({ argument: want.argument, value: `${want.path}#${selector}` }, `the workbook has no table or sheet named "${selector}"; ${listing}`);
    return hit.rows();
  }
  const candidates = want.param === "terms" ? tables.filter((t) => key(t.name).endsWith("terms")) : tables.filter((t) => key(t.name) === key(want.param));
  if (candidates.length === 1) return candidates[0].rows();
  const example = tables[0]?.name ?? book.worksheets[0]?.name ?? "Sheet1";
  const what = want.param === "terms" ? "terms table (a table named ...Terms)" : `table named ${want.param}`;
  throw invalid(
    { argument: want.argument, value: want.path },
    `the workbook has ${candidates.length > 1 ? "more than one" : "no"} ${what}; name the table or sheet after #, e.g. ${want.path}#${example} (${listing})`,
  );
}

/**
 * Loads every workbook the command line names (a word, a `--flag=` value, or the part before "#"), so
 * the command can then read them synchronously. Text files and missing paths are left for the reader.
 */
export async function preloadWorkbooks(
  argv: readonly string[],
  readFile: (path: string) => { bytes?: Uint8Array },
  into: Map<string, WorkbookFile>,
): Promise<void> {
  for (const word of argv) {
    const value = word.startsWith("--") && word.includes("=") ? word.slice(word.indexOf("=") + 1) : word;
    const hash = value.lastIndexOf("#");
    for (const path of hash > 0 ? [value, value.slice(0, hash)] : [value]) {
      if (into.has(path)) continue;
      const bytes = readFile(path).bytes;
      if (bytes !== undefined && isZip(bytes)) {
        into.set(path, await loadWorkbook(bytes));
        break;
      }
    }
  }
}
