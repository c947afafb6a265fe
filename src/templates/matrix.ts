// A template's sheets as rows of cell contents, the form HyperFormula.buildFromSheets takes: constants
// as they are, formulas as "=..." (CHARTER.* names as typed, structured references to the workbook's
// tables as the ranges they stand for: HF has no tables), spilled cells left empty for the spill.
import { tableRefs, type Scalar, type Workbook } from "./model";
import { parseCell } from "../sheet/a1";
import { structuredToRanges } from "../sheet/structured";

export type Content = Scalar | string;

export function sheetMatrices(book: Workbook): Record<string, Content[][]> {
  const out: Record<string, Content[][]> = {};
  const tables = tableRefs(book.sheets);
  for (const sheet of book.sheets) {
    const rows: Content[][] = [];
    for (const [address, cell] of sheet.cells) {
      const content: Content | undefined = cell.formula !== undefined ? `=${structuredToRanges(cell.formula, tables)}` : cell.value ?? undefined;
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
