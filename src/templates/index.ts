// The model templates: one workbook per preset (templates/<id>.xlsx) and a blank one, laid out in code.
// `buildTemplate` gives the layout (pure data); ./xlsx.ts turns it into the file's bytes;
// scripts/templates.ts writes templates/*.xlsx (`npm run templates`).
import { getPreset, type Preset } from "../presets";
import { CAP_TABLE_SHEET, capTableSheet } from "./cap-table";
import { CONVERSION_SHEET, conversionSheet } from "./conversion-sheet";
import { BY_HAND_SHEET, handmadeSheet } from "./handmade";
import { WorkbookBuilder, type Workbook } from "./model";
import { NEXT_ROUND_SHEET, nextRoundSheet } from "./next-round-sheet";
import { NOTES_SHEET, notesSheet } from "./notes-sheet";
import { TERMS_SHEET, blankPreset, termsSheet } from "./terms-sheet";
import { VALUATION_SHEET, valuationSheet } from "./valuation-sheet";
import { WATERFALL_SHEET, waterfallSheet } from "./waterfall-sheet";

export const TEMPLATE_IDS = ["maginet", "juniper", "jt-storage", "blank"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function buildTemplate(id: TemplateId): Workbook {
  const preset: Preset | null = id === "blank" ? null : getPreset(id);
  const blank = preset === null;
  const book = new WorkbookBuilder();
  const termsBuilder = book.sheet(TERMS_SHEET);
  const terms = termsSheet(termsBuilder, preset ?? blankPreset(), blank);
  const sharesOf = (className: string) => Number(termsBuilder.read(terms.cell(className, "Shares")));
  const cap = capTableSheet(book.sheet(CAP_TABLE_SHEET), terms, sharesOf, blank);
  const waterfall = waterfallSheet(book.sheet(WATERFALL_SHEET), terms, cap, blank);
  conversionSheet(book.sheet(CONVERSION_SHEET), id, terms, cap, blank);
  if (id === "maginet") {
    // The hand-built waterfall on the Waterfall sheet's exits, with its difference from the LIQPREF spill.
    const exits = waterfall.exits.map((_, i) => `${WATERFALL_SHEET}!$A$${waterfall.firstExitRow + 1 + i}`);
    handmadeSheet(book.sheet(BY_HAND_SHEET), terms, exits, { sheet: WATERFALL_SHEET, row: waterfall.firstExitRow, col: 1 });
  }
  valuationSheet(book.sheet(VALUATION_SHEET), terms, blank);
  nextRoundSheet(book.sheet(NEXT_ROUND_SHEET), id, terms, blank);
  const sheets = book.sheets.map((s) => s.sheet);
  notesSheet(book.sheet(NOTES_SHEET), preset, sheets);
  return {
    id,
    title: preset ? `${preset.company}: charter model` : "Charter model (blank)",
    sheets: book.sheets.map((s) => s.sheet),
  };
}

export { TERMS_SHEET, CAP_TABLE_SHEET, WATERFALL_SHEET, CONVERSION_SHEET, BY_HAND_SHEET, VALUATION_SHEET, NEXT_ROUND_SHEET, NOTES_SHEET };
export type { Workbook, Sheet, Cell, Scalar } from "./model";
