// Excel structured references to plain ranges, for HyperFormula (which has no tables). The task pane's
// insert writes `=CHARTER.LIQPREF(MagiNet[#All],B9)`; before HF sees such a formula, each reference to a
// known table becomes the absolute range it stands for on the table's sheet:
//   Name[#All] -> header and data;  Name[#Data], Name[] and Name alone -> data rows;  Name[#Headers] ->
//   the header row;  Name[Column] -> that column's data;  Name[[#All],[Column]] (or #Data, #Headers) ->
//   that column's part.
// Anything else (an unknown table, #Totals, #This Row, column spans) is left as written, so HF reports it
// (#NAME? or a parse error) rather than computing on a wrong range. Texts in "..." and sheet names in
// '...' are never touched; a name followed by "(" (a function) or "!" (a sheet) is not a table.
import { columnLetters, parseRange } from "./a1";
import { readSpecifier, tokenize, type TablePart } from "./formula";

/** A table as the workbench's registry keeps it: its sheet, its range with the header row, its header. */
export interface TableRef {
  name: string;
  sheet: string;
  /** A1 range on `sheet`, header row included: "A1:X6". */
  address: string;
  /** The header row's texts, for Name[Column]; optional (without it column references stay as written). */
  header?: readonly string[];
}

/** 'Sheet Name'!$A$1:$X$6 (the sheet always quoted, a quote doubled). */
function rangeText(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const corner = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${corner(row, col)}:${corner(row + rows - 1, col + cols - 1)}`;
}

/** The range of `part` (and of one column, when named) of `table`; null when it cannot be said. */
function partRange(table: TableRef, part: TablePart, column: string | null): string | null {
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

/** `formula` with every structured reference to one of `tables` as an absolute range (see the top). */
export function structuredToRanges(formula: string, tables: readonly TableRef[]): string {
  if (tables.length === 0) return formula;
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      if (t.kind === "structured") {
        const table = byName.get((t.name ?? "").toLowerCase());
        const spec = table && readSpecifier(t.inner ?? "");
        return (table && spec && partRange(table, spec.part, spec.column)) ?? t.text;
      }
      if (t.kind !== "word") return t.text;
      const table = byName.get(t.text.toLowerCase());
      if (!table) return t.text;
      // A function of the same name, or a sheet: not the table.
      const next = tokens.slice(i + 1).find((n) => n.kind !== "space");
      if (next?.text === "(" || tokens[i + 1]?.text === "!") return t.text;
      // The name alone: the data rows (as Excel reads a table's name in a formula).
      return partRange(table, "#Data", null) ?? t.text;
    })
    .join("");
}
