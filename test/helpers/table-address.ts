// Where a preset's terms table lands (the task pane's insert and the templates put it at A1: a header row, then
// one row per class), computed from the preset's header, so a new terms column changes no test literal.
import { getPreset } from "../../src/presets";
import { columnLetters } from "../../src/sheet/a1";

/** The last column's letters of a preset's terms table: "AA" for 27 columns. */
export function lastTermsColumn(id: string): string {
  return columnLetters(getPreset(id).table.header.length - 1);
}

/** "A1:AA6" for MagiNet: the header and its classes, plus `extraRows` added below. */
export function termsAddress(id: string, extraRows = 0): string {
  return `A1:${lastTermsColumn(id)}${getPreset(id).table.rows.length + 1 + extraRows}`;
}

/** The letters of a preset's terms column by its header: "Y" for MagiNet's Deemed Liquidation (27 columns). */
export function termsColumn(id: string, header: string): string {
  const i = getPreset(id).table.header.indexOf(header);
  if (i < 0) throw new Error(`${id} has no column ${header}`);
  return columnLetters(i);
}
