// Test helpers: generate the templates into a temp dir, read a workbook back with exceljs (and its zip
// with jszip), and load its cells into HyperFormula with CHARTER.* registered (src/hyperformula).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { HyperFormula, RawCellContent } from "hyperformula";
import { createCharterEngine } from "../../src/hyperformula";
import { structuredToRanges, type TableRef } from "../../src/sheet/structured";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import { fromFileFormula } from "../../src/sheet/file-formula";
import type { Scalar } from "../../src/templates/model";
import { writeTemplates } from "../../scripts/templates";

export interface ReadCell {
  /** The formula as typed (CHARTER.* names, no "="), read back from the file's _xldudf_ form. */
  formula?: string;
  /** As stored in the file, before the read-back mapping. */
  fileFormula?: string;
  value?: Scalar;
  /** The cached result of a formula. */
  result?: Scalar;
  /** A dynamic-array formula's spill rectangle ("B5:F44"). */
  ref?: string;
  /** A cached value inside another cell's spill. */
  spilled?: boolean;
}

export interface ReadSheet {
  name: string;
  cells: Map<string, ReadCell>;
}

export interface ReadBook {
  sheets: ReadSheet[];
  /** The Excel tables, read from the zip (xl/tables/*.xml by each sheet's relationships), with their headers. */
  tables: TableRef[];
  zip: JSZip;
  sheet(name: string): ReadSheet;
}

/** Days from 1899-12-30: the serial Excel stores for a date cell (exceljs reads it as a Date). */
function serial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function scalar(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object" && "error" in (v as object)) return String((v as { error: string }).error);
  if (typeof v === "object" && "richText" in (v as object)) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
  return v as Scalar;
}

export async function readTemplate(file: string): Promise<ReadBook> {
  const bytes = readFileSync(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets: ReadSheet[] = [];
  for (const ws of wb.worksheets) {
    const cells = new Map<string, ReadCell>();
    const spills: string[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v !== null && typeof v === "object" && "formula" in (v as object)) {
          const f = v as { formula: string; result?: unknown; ref?: string; shareType?: string };
          cells.set(cell.address, {
            formula: fromFileFormula(f.formula),
            fileFormula: f.formula,
            result: scalar(f.result),
            ref: f.shareType === "array" ? f.ref : undefined,
          });
          if (f.shareType === "array" && f.ref) spills.push(f.ref);
        } else if (v !== null && v !== undefined) {
          cells.set(cell.address, { value: scalar(v) });
        }
      }),
    );
    // Cells inside a spill (other than its anchor) hold the cached values Excel would show.
    for (const ref of spills) {
      const r = parseRange(ref)!;
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          if (i + j === 0) continue;
          const key = cellAddress(r.row + i, r.col + j);
          const cell = cells.get(key);
          if (cell && cell.formula === undefined) cell.spilled = true;
        }
      }
    }
    sheets.push({ name: ws.name, cells });
  }
  const zip = await JSZip.loadAsync(bytes);
  const tables = await tablesOf(zip);
  for (const t of tables) {
    const r = parseRange(t.address)!;
    const cells = sheets.find((s) => s.name === t.sheet)!.cells;
    t.header = Array.from({ length: r.cols }, (_, j) => String(cells.get(cellAddress(r.row, r.col + j))?.value ?? ""));
  }
  return {
    sheets,
    tables,
    zip,
    sheet(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const xmlText = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The tables of the file: xl/workbook.xml names each sheet's part; the part's rels point at its table parts. */
async function tablesOf(zip: JSZip): Promise<TableRef[]> {
  const text = (path: string) => zip.file(path)?.async("string") ?? Promise.resolve("");
  const rels = (xml: string) => [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({ id: attr(m[0], "Id")!, target: attr(m[0], "Target")! }));
  const bookRels = rels(await text("xl/_rels/workbook.xml.rels"));
  const out: TableRef[] = [];
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const sheet = xmlText(attr(m[0], "name")!);
    const target = bookRels.find((r) => r.id === attr(m[0], "r:id"))!.target.replace(/^\/?xl\//, "");
    const part = `xl/${target}`;
    const sheetRels = rels(await text(part.replace(/([^/]+)$/, "_rels/$1.rels")));
    for (const t of [...(await text(part)).matchAll(/<tablePart\b[^>]*>/g)]) {
      const tableTarget = sheetRels.find((r) => r.id === attr(t[0], "r:id"))!.target;
      const tableXml = await text(`xl/${tableTarget.replace(/^\.\.\//, "").replace(/^\/xl\//, "")}`);
      const head = /<table\b[^>]*>/.exec(tableXml)![0];
      out.push({ name: attr(head, "displayName") ?? attr(head, "name")!, sheet, address: attr(head, "ref")! });
    }
  }
  return out;
}

/**
 * Every sheet as HyperFormula contents: constants, "=formula" strings (structured references to `tables`
 * as the ranges they stand for, HF having no tables), spilled cells left for the spill.
 */
export function hfSheets(book: ReadBook, tables: readonly TableRef[] = book.tables): Record<string, RawCellContent[][]> {
  const out: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [address, cell] of sheet.cells) {
      if (cell.spilled) continue;
      const content = cell.formula !== undefined ? `=${structuredToRanges(cell.formula, tables)}` : cell.value;
      if (content === null || content === undefined) continue;
      const { row, col } = parseCell(address)!;
      while (rows.length <= row) rows.push([]);
      while (rows[row].length < col) rows[row].push(null);
      rows[row][col] = content as RawCellContent;
    }
    out[sheet.name] = rows;
  }
  return out;
}

export function engineOf(book: ReadBook): HyperFormula {
  return createCharterEngine(hfSheets(book));
}

/**
 * What Excel does when a row is typed just below a table: the table grows by that row, and every
 * structured reference to it (in any formula of the book) now covers it. Here: the row is written
 * below the table (its cells must be empty, as Excel's auto-expansion needs), the table's range grows,
 * and every formula naming the table is given to HF again with the new range. Returns the tables after.
 */
export function addTableRow(hf: HyperFormula, book: ReadBook, tables: readonly TableRef[], name: string, row: Scalar[]): TableRef[] {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const r = parseRange(table.address)!;
  if (row.length !== r.cols) throw new Error(`table ${name} has ${r.cols} columns, the row ${row.length}`);
  const sheet = hf.getSheetId(table.sheet)!;
  const below = r.row + r.rows;
  for (let j = 0; j < r.cols; j++) {
    const at = { sheet, row: below, col: r.col + j };
    if (hf.getCellValue(at) !== null) throw new Error(`${table.sheet}!${cellAddress(below, r.col + j)} is not empty: the table cannot grow into it`);
  }
  hf.setCellContents({ sheet, row: below, col: r.col }, [row]);
  const grown = tables.map((t) => (t === table ? { ...t, address: `${cellAddress(r.row, r.col)}:${cellAddress(below, r.col + r.cols - 1)}` } : t));
  const mentions = new RegExp(`(^|[^A-Za-z0-9_.])${name.replace(/\./g, "\\.")}\\[`, "i");
  for (const s of book.sheets) {
    const id = hf.getSheetId(s.name)!;
    for (const [address, cell] of s.cells) {
      if (cell.formula === undefined || !mentions.test(cell.formula)) continue;
      hf.setCellContents({ sheet: id, ...parseCell(address)! }, `=${structuredToRanges(cell.formula, grown)}`);
    }
  }
  return grown;
}

/** The value HF shows at sheet!address. */
export function valueAt(hf: HyperFormula, sheet: string, address: string): unknown {
  const { row, col } = parseCell(address)!;
  return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
}

let generated: string | null = null;
/** The templates written by the generator now, into a temp dir (once per test file). */
export async function generatedDir(): Promise<string> {
  if (!generated) {
    const dir = mkdtempSync(join(tmpdir(), "charter-templates-"));
    await writeTemplates(dir);
    generated = dir;
  }
  return generated;
}

export const COMMITTED_DIR = join(__dirname, "..", "..", "templates");
