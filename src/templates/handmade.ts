// The MagiNet waterfall built the way analysts build it by hand today: plain MIN/MAX/IF formulas per
// tier and per exit row, with the Series A convert-or-not check, then ROUND to the cent per class.
// FOURTH 2(a): D ($7.00), then C ($4.50), then B ($4.50), then A ($2.00), each plus declared but unpaid
// dividends; 2(b): a shortfall inside a tier goes ratably (one series per tier, so the tier takes it
// all); 2(a) last sentence: the rest to D, C, B and Common as converted. Series A does not share the
// rest: it keeps its preference or converts (3(a)(i)) when that is worth more.
import { getPreset } from "../presets";
import { MONEY, WorkbookBuilder, absCell, absRange, type Scalar, type SheetBuilder, type Workbook } from "./model";
import { quoteSheet } from "../sheet/a1";
import { TERMS_SHEET, termsSheet, type TermsRefs } from "./terms-sheet";

export const BY_HAND_SHEET = "By Hand";

/** The classes in terms order (the order LIQPREF's columns come in). */
export const MAGINET_CLASSES = ["Series A", "Series B", "Series C", "Series D", "Common"] as const;
/** The senior tiers first (FOURTH 2(a)). */
const TIERS = ["Series D", "Series C", "Series B", "Series A"] as const;

/** Column headers of the per-exit block, from column A. */
export const BY_HAND_COLUMNS = [
  "Exit value",
  "D preference paid",
  "C preference paid",
  "B preference paid",
  "A preference paid",
  "Price per Common if A keeps its preference",
  "Price per Common if A converts",
  "A converts?",
  "Price per Common",
  ...MAGINET_CLASSES.map((c) => `${c} (to the cent)`),
] as const;

/** First payout column (Series A) of the per-exit block, zero-based. */
export const PAYOUT_COL = 9;
/** Rows above the per-exit block: title, the per-class constants, a gap, the header. */
export const BY_HAND_HEADER_ROW = 10;

export interface HandmadeRefs {
  /** Zero-based row of the first exit. */
  firstRow: number;
  rows: number;
}

/**
 * Writes the hand-built waterfall on `b`: a block of per-class constants (preference, shares as
 * converted) read from the terms table, then one row per exit. `exits` are numbers (constants, the
 * inputs) or formulas such as "Waterfall!$A5" (that read another sheet's exits). `compare`, when given,
 * is the LIQPREF spill's first cell (e.g. "Waterfall!$B$5"): a difference column per class follows.
 */
export function handmadeSheet(b: SheetBuilder, terms: TermsRefs, exits: (number | string)[], compare?: { sheet: string; row: number; col: number }): HandmadeRefs {
  b.value(0, 0, "MagiNet waterfall by hand: plain MIN/MAX/IF per tier, the Series A convert-or-not check, ROUND to the cent (FOURTH 2(a)-(b), 3(a)(i)).", { bold: true });
  b.values(1, 0, ["Class", "Preference (shares x (multiple x price + declared unpaid))", "Shares as converted (shares x price / conversion price)"], { bold: true });
  const pref: Record<string, string> = {};
  const conv: Record<string, string> = {};
  MAGINET_CLASSES.forEach((cls, i) => {
    const r = 2 + i;
    b.value(r, 0, cls);
    if (cls === "Common") {
      b.value(r, 1, 0, { numFmt: MONEY });
      b.formula(r, 2, terms.cell(cls, "Shares"));
    } else {
      const t = (col: string) => terms.cell(cls, col);
      b.formula(r, 1, `${t("Shares")}*(${t("Preference Multiple")}*${t("Issue Price")}+${t("Declared Unpaid")})`, undefined, { numFmt: MONEY });
      b.formula(r, 2, `${t("Shares")}*${t("Issue Price")}/${t("Conversion Price")}`);
    }
    pref[cls] = absCell(r, 1);
    conv[cls] = absCell(r, 2);
  });
  b.value(8, 0, "Each row: the tiers in order D, C, B, A; the rest shared by D, C, B and Common as converted, with A too when it converts.", { italic: true });
  BY_HAND_COLUMNS.forEach((h, c) => b.value(BY_HAND_HEADER_ROW, c, h, { bold: true, wrap: true }));
  if (compare) {
    MAGINET_CLASSES.forEach((cls, j) => b.value(BY_HAND_HEADER_ROW, PAYOUT_COL + 5 + j, `${cls}: by hand - LIQPREF`, { bold: true, wrap: true }));
  }

  const first = BY_HAND_HEADER_ROW + 1;
  const [D, C, B, A] = TIERS.map((c) => pref[c]);
  const sharing = [conv["Series D"], conv["Series C"], conv["Series B"], conv.Common].join("+");
  exits.forEach((exit, i) => {
    const r = first + i;
    const row = r + 1; // 1-based for the formulas
    const x = `$A${row}`;
    if (typeof exit === "number") b.value(r, 0, exit, { input: true, numFmt: MONEY });
    else b.formula(r, 0, exit, undefined, { numFmt: MONEY });
    const cell = (c: number) => `${String.fromCharCode(65 + c)}${row}`;
    const f: string[] = [
      `MIN(${x},${D})`,
      `MIN(MAX(${x}-${D},0),${C})`,
      `MIN(MAX(${x}-${D}-${C},0),${B})`,
      `MIN(MAX(${x}-${D}-${C}-${B},0),${A})`,
      `MAX(${x}-${D}-${C}-${B}-${A},0)/(${sharing})`,
      `MAX(${x}-${D}-${C}-${B},0)/(${sharing}+${conv["Series A"]})`,
      // A converts when its shares as converted would get more than the preference it is paid.
      `${conv["Series A"]}*${cell(6)}>${cell(4)}`,
      `IF(${cell(7)},${cell(6)},${cell(5)})`,
      `ROUND(IF(${cell(7)},${conv["Series A"]}*${cell(8)},${cell(4)}),2)`,
      `ROUND(${cell(3)}+${conv["Series B"]}*${cell(8)},2)`,
      `ROUND(${cell(2)}+${conv["Series C"]}*${cell(8)},2)`,
      `ROUND(${cell(1)}+${conv["Series D"]}*${cell(8)},2)`,
      `ROUND(${conv.Common}*${cell(8)},2)`,
    ];
    f.forEach((formula, k) => b.formula(r, 1 + k, formula, undefined, k === 6 ? undefined : { numFmt: k === 4 || k === 5 || k === 7 ? "0.000000" : MONEY }));
    if (compare) {
      MAGINET_CLASSES.forEach((_, j) => {
        const spill = `${quoteSheet(compare.sheet)}!${absRange(compare.row + i, compare.col + j, 1, 1)}`;
        b.formula(r, PAYOUT_COL + 5 + j, `${cell(PAYOUT_COL + j)}-${spill}`, undefined, { numFmt: MONEY });
      });
    }
  });
  for (let c = 0; c < BY_HAND_COLUMNS.length + (compare ? 5 : 0); c++) b.width(c, c === 0 ? 34 : 16);
  return { firstRow: first, rows: exits.length };
}

/** The 1,000 exit values of the comparison: $0 to $199,800,369.63 in steps of $200,000.37 (the cents exercise the rounding). */
export function comparisonExits(count = 1000): number[] {
  // Whole cents: k x 20,000,037 cents, as a number of dollars exact to the cent.
  return Array.from({ length: count }, (_, k) => (k * 20_000_037) / 100);
}

export type { Scalar };

export const SPILL_SHEET = "LIQPREF";
/** Zero-based row of the first exit on the LIQPREF sheet of the comparison (a header row above it). */
export const SPILL_FIRST_ROW = 1;

/**
 * The comparison of issue #5: MagiNet's waterfall at `exits` built by hand ("By Hand" sheet) and as one
 * CHARTER.LIQPREF spill ("LIQPREF" sheet: the exits in column A, the spill from B), each sheet with its
 * own exit column so each can be recalculated alone; `which` leaves one out (the bench times them apart).
 */
export function comparisonWorkbook(exits: number[], which: "both" | "hand" | "spill" = "both"): Workbook {
  const book = new WorkbookBuilder();
  const termsBuilder = book.sheet(TERMS_SHEET);
  const terms = termsSheet(termsBuilder, getPreset("maginet"));
  if (which !== "spill") handmadeSheet(book.sheet(BY_HAND_SHEET), terms, exits);
  if (which !== "hand") {
    const s = book.sheet(SPILL_SHEET);
    s.values(0, 0, ["Exit value", ...MAGINET_CLASSES], { bold: true });
    exits.forEach((x, i) => s.value(SPILL_FIRST_ROW + i, 0, x, { input: true, numFmt: MONEY }));
    s.charter(SPILL_FIRST_ROW, 1, "LIQPREF", `${terms.range},${absRange(SPILL_FIRST_ROW, 0, exits.length, 1)}`);
  }
  return { id: `comparison-${which}`, title: "MagiNet: by hand and by LIQPREF", sheets: book.sheets.map((b) => b.sheet) };
}
