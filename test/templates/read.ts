// Test helpers: generate the templates into a temp dir, read a workbook back with exceljs (and its zip
// with jszip), and load its cells into HyperFormula with CHARTER.* registered (src/hyperformula).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { HyperFormula, RawCellContent } from "hyperformula";
import { createCharterEngine } from "../../src/hyperformula";
import { cellAddress, parseCell, parseRange } from "../../src/taskpane/a1";
import { fromFileFormula } from "../../src/templates/xlsx";
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
  return {
    sheets,
    zip,
    sheet(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
  };
}

/** Every sheet as HyperFormula contents: constants, "=formula" strings, spilled cells left for the spill. */
export function hfSheets(book: ReadBook): Record<string, RawCellContent[][]> {
  const out: Record<string, RawCellContent[][]> = {};
  for (const sheet of book.sheets) {
    const rows: RawCellContent[][] = [];
    for (const [address, cell] of sheet.cells) {
      if (cell.spilled) continue;
      const content = cell.formula !== undefined ? `=${cell.formula}` : cell.value;
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
