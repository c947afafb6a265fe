// A template's sheets as rows of cell contents, the form HyperFormula.buildFromSheets takes: constants
// as they are, formulas as "=..." (CHARTER.* names as typed), spilled cells left empty for the spill.
import type { Scalar, Workbook } from "./model";
import { parseCell } from "../taskpane/a1";

export type Content = Scalar | string;

export function sheetMatrices(book: Workbook): Record<string, Content[][]> {
  const out: Record<string, Content[][]> = {};
  for (const sheet of book.sheets) {
    const rows: Content[][] = [];
    for (const [address, cell] of sheet.cells) {
      const content: Content | undefined = cell.formula !== undefined ? `=${cell.formula}` : cell.value ?? undefined;
      if (content === undefined || content === null) continue;
      const { row, col } = parseCell(address)!;
      while (rows.length <= row) rows.push([]);
      const r = rows[row];
      while (r.length < col) r.push(null);
      r[col] = content;
    }
    out[sheet.name] = rows.map((r) => r.map((v) => (v === undefined ? null : v)));
  }
  return out;
}
