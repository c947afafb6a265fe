// A terms table as hosts hold it: a header row and one row per class. Excel passes a range (a matrix),
// the command reads CSV, presets are data; all become a TermsTable here and reach the model through
// `parseTerms` (./parse.ts). Nothing here reads a cell's meaning beyond the header.
import { invalid, notFound } from "../errors";
import { dec } from "../decimal";
import { columnKey } from "./columns";
import { columnSpec, isNoteHeader, unknownColumn } from "./headers";

export type Cell = string | number | boolean | null;

export interface TermsTable {
  header: string[];
  rows: Cell[][];
}

function blank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}

function headerText(cell: Cell): string {
  return cell === null ? "" : String(cell).trim();
}

/**
 * A table from a range: the first row is the header. Fully blank trailing rows and columns (a range
 * selected larger than its table, as Excel hands it over) are dropped; short rows are padded with
 * blanks. An empty range, or a header with no rows under it, is an error naming `argument`.
 */
export function tableFromMatrix(matrix: Cell[][], argument: string): TermsTable {
  if (!Array.isArray(matrix)) throw invalid({ argument }, "is not a range; give the terms table with its header row");
  // Checked in place and copied once (the cut below): a cap table may have a million rows.
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    if (!Array.isArray(row)) throw invalid({ argument }, `row ${r + 1} is not a row of cells`);
    for (let c = 0; c < row.length; c++) {
      const cell = (row as unknown[])[c];
      if (cell === undefined || cell === null || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") continue;
      throw invalid({ argument, value: String(cell) }, `row ${r + 1}, column ${c + 1} is not a cell value (text, number or TRUE/FALSE)`);
    }
  }
  const rows = matrix;
  let height = rows.length;
  while (height > 0 && rows[height - 1].every((cell) => blank(cell ?? null))) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    for (let c = row.length - 1; c >= width; c--) {
      if (!blank(row[c] ?? null)) {
        width = c + 1;
        break;
      }
    }
  }
  if (height === 0) throw invalid({ argument }, "is empty; give the terms table with its header row (Class, Shares, Issue Price, ...)");
  const cut: Cell[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    const copy: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) copy[c] = row[c] ?? null;
    cut[r] = copy;
  }
  if (cut[0].every(blank)) throw invalid({ argument }, "the first row must be the header (Class, Shares, Issue Price, ...), but it is blank");
  if (height === 1) throw invalid({ argument }, "has a header but no classes; add one row per class under it");
  return { header: cut[0].map(headerText), rows: cut.slice(1) };
}

/**
 * A table from CSV text (RFC 4180): fields separated by commas, records by CRLF or LF; a field with a
 * comma, a double quote or a line break is enclosed in double quotes, a quote inside doubled. An empty
 * unquoted field is a blank cell; every other field is text (the parser reads "1,743,751" or "$8.93"
 * as numbers). A stray or unclosed quote is an error naming the line.
 */
export function parseCsv(text: string, argument = "terms"): TermsTable {
  return tableFromMatrix(csvRecords(text, argument), argument);
}

/** The records of CSV text as parseCsv reads them, with no header expected (a column of values). */
export function csvRecords(text: string, argument = "terms"): Cell[][] {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: Cell[][] = [];
  let record: Cell[] = [];
  let line = 1;
  let i = 0;
  const fail = (problem: string) => invalid({ argument }, `CSV line ${line}: ${problem}`);
  for (;;) {
    // One field from i.
    let field: Cell;
    if (s[i] === '"') {
      const startLine = line;
      let value = "";
      i++;
      for (;;) {
        if (i >= s.length) {
          line = startLine;
          throw fail("a quoted field is never closed; end it with a double quote");
        }
        const ch = s[i];
        if (ch === '"') {
          if (s[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === "\n") line++;
        value += ch;
        i++;
      }
      if (i < s.length && s[i] !== "," && s[i] !== "\n" && !(s[i] === "\r" && s[i + 1] === "\n")) {
        throw fail('text after a closing double quote; a quote inside a quoted field is written twice ("")');
      }
      field = value;
    } else {
      let end = i;
      while (end < s.length && s[end] !== "," && s[end] !== "\n" && !(s[end] === "\r" && s[end + 1] === "\n")) end++;
      const value = s.slice(i, end);
      if (value.includes('"')) {
        throw fail('a double quote inside an unquoted field; enclose the field in double quotes and write the quote twice ("")');
      }
      field = value === "" ? null : value;
      i = end;
    }
    record.push(field);
    if (i >= s.length) {
      records.push(record);
      break;
    }
    if (s[i] === ",") {
      i++;
      continue;
    }
    // End of record: CRLF or LF.
    i += s[i] === "\r" ? 2 : 1;
    records.push(record);
    record = [];
    line++;
    if (i >= s.length) break;
  }
  return records;
}

function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? (Number.isFinite(cell) ? dec(cell).toFixed() : String(cell)) : String(cell);
  // Quoted: commas, quotes, line breaks, edge spaces (kept), and the empty text (told from a blank cell).
  return text === "" || /[",\r\n]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV (RFC 4180): the header row, then one record per class, each ended by CRLF. */
export function toCsv(table: TermsTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

function findColumnIndex(header: readonly string[], column: string): number {
  const key = columnKey(column);
  return header.findIndex((h) => columnKey(h) === key);
}

/**
 * A copy of the table with one cell set, for edits such as `--set "Series A.Issue Date=1997-03-01"`.
 * `address` is CLASS.COLUMN: the class matched case-insensitively in the Class column, the column by
 * its header as the parser matches headers. A column not in the table yet is added (a terms column or
 * a "Note..." column; any other header is an error listing the close ones, as the parser would give).
 * An unknown class is a not-found error naming it. An empty `value` clears the cell.
 */
export function setCell(table: TermsTable, address: string, value: string, argument = "set"): TermsTable {
  const classCol = findColumnIndex(table.header, "Class");
  if (classCol < 0) throw invalid({ argument, column: "Class" }, "the table has no Class column to find the class in");
  const names = table.rows.map((row) => (row[classCol] === null ? "" : String(row[classCol]).trim()));
  const rowOf = (name: string) => names.findIndex((n) => n !== "" && n.toLowerCase() === name.toLowerCase());
  const dots = [...address.matchAll(/\./g)].map((m) => m.index!);
  if (dots.length === 0) throw invalid({ argument, value: address }, 'is not a cell address; write CLASS.COLUMN, e.g. "Series A.Issue Date"');
  // A class name may itself hold a dot: try the splits from the last dot back, first known class wins.
  let row = -1;
  let column = "";
  for (const at of [...dots].reverse()) {
    row = rowOf(address.slice(0, at).trim());
    if (row >= 0) {
      column = address.slice(at + 1).trim();
      break;
    }
  }
  if (row < 0) {
    const className = address.slice(0, dots[dots.length - 1]).trim();
    throw notFound({ argument, className, value: address }, `no such class in the terms; the classes are ${names.filter((n) => n !== "").join(", ")}`);
  }
  if (column === "") throw invalid({ argument, value: address }, 'names no column; write CLASS.COLUMN, e.g. "Series A.Issue Date"');
  let col = findColumnIndex(table.header, column);
  const header = [...table.header];
  let rows = table.rows.map((r) => [...r]);
  if (col < 0) {
    const spec = columnSpec(column);
    if (!spec && !isNoteHeader(column)) throw unknownColumn({ argument, className: names[row] }, column);
    header.push(spec ? spec.header : column);
    rows = rows.map((r) => [...r, null]);
    col = header.length - 1;
  }
  rows[row][col] = value.trim() === "" ? null : value;
  return { header, rows };
}

/**
 * A key of the table's content for caches: equal tables give equal keys; a number and the same digits
 * as text, an empty cell and an empty text, and NaN and an empty cell all give different keys.
 */
export function contentKey(table: TermsTable): string {
  return JSON.stringify([table.header, table.rows], (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? { n: String(v) } : v));
}
