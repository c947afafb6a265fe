// A1 addresses: column letters, cells and ranges, zero-based in code, one-based on the sheet.
import { invalid } from "../engine";

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) -> "A1". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The range of `rows` x `cols` cells from (row, col): "A1:X6", or "B9" for one cell. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1 ? first : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "$B$9" -> { row: 8, col: 1 }; null when it is not a cell address (Excel's limits: XFD, 1048576). */
export function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col > 16383 || row < 0 || row > 1048575) return null;
  return { row, col };
}

/** "A1:X6" or "B9" -> the rectangle (corners in any order); null when it is not one. */
export function parseRange(text: string): RangeRef | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** parseRange, or a ChartError naming the address. */
export function requireRange(text: string, argument = "address"): RangeRef {
  const r = parseRange(text);
  if (!r) throw invalid({ argument, value: text }, "is not an A1 address such as B9 or A1:X6");
  return r;
}

/** "Terms" -> "Terms", "Cap Table" -> "'Cap Table'": a sheet name as a formula writes it (a quote doubled). */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
