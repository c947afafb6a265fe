// Excel structured references to plain ranges, for HyperFormula (which has no tables). The task pane's
// insert writes `=CHARTER.LIQPREF(MagiNet[#All],B9)`; before HF sees such a formula, each reference to a
// known table becomes the absolute range it stands for on the table's sheet:
//   Name[#All] -> header and data;  Name[#Data], Name[] and Name alone -> data rows;  Name[#Headers] ->
//   the header row;  Name[Column] -> that column's data;  Name[[#All],[Column]] (or #Data, #Headers) ->
//   that column's part.
// Anything else (an unknown table, #Totals, #This Row, column spans) is left as written, so HF reports it
// (#NAME? or a parse error) rather than computing on a wrong range. Texts in "..." and sheet names in
// '...' are never touched; a name followed by "(" (a function) or "!" (a sheet) is not a table.
import { columnLetters, parseRange } from "../taskpane/a1";

/** A table as the workbench's registry keeps it: its sheet, its range with the header row, its header. */
export interface TableRef {
  name: string;
  sheet: string;
  /** A1 range on `sheet`, header row included: "A1:X6". */
  address: string;
  /** The header row's texts, for Name[Column]; optional (without it column references stay as written). */
  header?: readonly string[];
}

type Part = "#All" | "#Data" | "#Headers";

/** 'Sheet Name'!$A$1:$X$6 (the sheet always quoted, a quote doubled). */
function rangeText(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const corner = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${corner(row, col)}:${corner(row + rows - 1, col + cols - 1)}`;
}

/** The range of `part` (and of one column, when named) of `table`; null when it cannot be said. */
function partRange(table: TableRef, part: Part, column: string | null): string | null {
  const r = parseRange(table.address);
  if (!r) return null;
  let { col, cols } = r;
  if (column !== null) {
    const index = (table.header ?? []).findIndex((h) => String(h).trim().toLowerCase() === column.trim().toLowerCase());
    if (index < 0) return null;
    col += index;
    cols = 1;
  }
  if (part === "#All") return rangeText(table.sheet, r.row, col, r.rows, cols);
  if (part === "#Headers") return rangeText(table.sheet, r.row, col, 1, cols);
  if (r.rows < 2) return null; // a table without data rows
  return rangeText(table.sheet, r.row + 1, col, r.rows - 1, cols);
}

const PARTS: Record<string, Part> = { "#all": "#All", "#data": "#Data", "#headers": "#Headers" };

/** A column name inside brackets, Excel's ' escapes undone. */
const unescape = (s: string) => s.replace(/'(.)/g, "$1");

/** What `Name[...]` says: a part and maybe a column; null for forms not handled. */
function readSpecifier(inner: string): { part: Part; column: string | null } | null {
  const s = inner.trim();
  if (s === "") return { part: "#Data", column: null };
  if (!s.startsWith("[")) {
    if (s.startsWith("#")) {
      const part = PARTS[s.toLowerCase()];
      return part ? { part, column: null } : null;
    }
    return { part: "#Data", column: unescape(s) };
  }
  // [[#All],[Column]] or [[Column]]
  const m = /^\[\s*(#[A-Za-z ]+)\s*\]\s*,\s*\[([^\]]*)\]$/.exec(s) ?? /^\[([^\]#][^\]]*)\]$/.exec(s);
  if (!m) return null;
  if (m.length === 3) {
    const part = PARTS[m[1].trim().toLowerCase()];
    return part ? { part, column: unescape(m[2]) } : null;
  }
  return { part: "#Data", column: unescape(m[1]) };
}

/** The end (index after the closing "]") of a bracketed specifier starting at `start` ("["), or -1. */
function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'" && i + 1 < formula.length) {
      i += 1; // an escaped character inside a column name
      continue;
    }
    if (ch === "[") depth += 1;
    else if (ch === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/** `formula` with every structured reference to one of `tables` as an absolute range (see the top). */
export function structuredToRanges(formula: string, tables: readonly TableRef[]): string {
  if (tables.length === 0) return formula;
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A text or a quoted sheet name, with its doubled quotes: copied as it is.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (!NAME_START.test(ch) || (i > 0 && /[A-Za-z0-9_.$]/.test(formula[i - 1]))) {
      out += ch;
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < formula.length && NAME_CHAR.test(formula[j])) j += 1;
    const name = formula.slice(i, j);
    const table = byName.get(name.toLowerCase());
    const next = formula.slice(j).trimStart()[0];
    if (!table || next === "(" || formula[j] === "!") {
      out += name;
      i = j;
      continue;
    }
    if (formula[j] === "[") {
      const end = closingBracket(formula, j);
      const spec = end < 0 ? null : readSpecifier(formula.slice(j + 1, end - 1));
      const range = spec && partRange(table, spec.part, spec.column);
      if (!range || end < 0) {
        out += formula.slice(i, end < 0 ? formula.length : end);
        i = end < 0 ? formula.length : end;
        continue;
      }
      out += range;
      i = end;
      continue;
    }
    // The name alone: the data rows (as Excel reads a table's name in a formula).
    out += partRange(table, "#Data", null) ?? name;
    i = j;
  }
  return out;
}
