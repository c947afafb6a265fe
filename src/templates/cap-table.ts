// The Cap Table sheet: holders, class, shares. The charters name no holders, so the preset templates
// carry an illustrative split of each class (said so on the sheet), every share an input.
import { COUNT, absRange, tableAll, tableColumn, type Scalar, type SheetBuilder } from "./model";
import type { TermsRefs } from "./terms-sheet";

export const CAP_TABLE_SHEET = "Cap Table";
export const CAP_TABLE_HEADER = ["Holder", "Class", "Shares"] as const;
/** The Excel table's name: the formulas read it as Cap_Table[#All], so a holder added to it is seen. */
export const CAP_TABLE = "Cap_Table";
/** Empty rows left below each spill over the cap table (HOLDERPAYOUTS, VOTES), so it can take this many more holders before it meets what is below. */
export const SPARE_HOLDERS = 6;
/** Empty holder rows in the blank template. */
export const BLANK_HOLDERS = 12;

export interface CapTableRefs {
  /** Header row and holder rows, by the table's structured reference: "Cap_Table[#All]". */
  range: string;
  holders: { holder: string; className: string; shares: number }[];
}

/**
 * Illustrative holders: each preferred class 60% to Venture Fund I (the rounding to whole shares goes
 * to it) and the rest to Venture Fund II; Common 80% Founders, 20% Employees. Every class adds up to
 * the terms table's shares.
 */
export function illustrativeHolders(terms: TermsRefs, sharesOf: (className: string) => number): CapTableRefs["holders"] {
  const kindCol = terms.header.findIndex((h) => h.toLowerCase() === "kind");
  const out: CapTableRefs["holders"] = [];
  terms.classes.forEach((className, i) => {
    const shares = sharesOf(className);
    const kind = kindCol >= 0 ? String(terms.plan.table.values[i + 1][kindCol]) : "";
    const common = kind === "common" || (kind === "" && className.toLowerCase() === "common");
    const [first, second, percent] = common ? ["Founders", "Employees", 80] : ["Venture Fund I", "Venture Fund II", 60];
    // Whole shares, in integers: floor(shares x (100 - percent) / 100) to the second holder.
    const other = Math.floor((shares * (100 - percent)) / 100);
    out.push({ holder: first, className, shares: shares - other }, { holder: second, className, shares: other });
  });
  return out;
}

export function capTableSheet(b: SheetBuilder, terms: TermsRefs, sharesOf: (className: string) => number, blank = false): CapTableRefs {
  b.value(0, 0, blank ? "Cap table: one row per holder and class (shaded cells are yours to fill)." : "Illustrative cap table: the charter names no holders. Each class adds up to its Shares in the terms table; replace the shaded cells with the real holdings.", { italic: true, input: true });
  const top = 2;
  const holders = blank ? [] : illustrativeHolders(terms, sharesOf);
  const rows: Scalar[][] = blank
    ? Array.from({ length: BLANK_HOLDERS }, () => [null, null, null])
    : holders.map((h) => [h.holder, h.className, h.shares]);
  b.table({ name: CAP_TABLE, row: top, col: 0, header: [...CAP_TABLE_HEADER], rows });
  b.style(top + 1, 0, rows.length, 3, { input: true });
  b.style(top + 1, 2, rows.length, 1, { numFmt: COUNT });
  b.width(0, 22).width(1, 14).width(2, 14);

  const range = tableAll(CAP_TABLE);
  if (!blank) {
    // A check per class: the cap table's total against the terms table's Shares.
    const checkTop = top;
    const col = 5;
    b.values(checkTop, col, ["Class", "Cap table", "Terms table", "Difference"], { bold: true });
    const classCells = tableColumn(CAP_TABLE, "Class");
    const shareCells = tableColumn(CAP_TABLE, "Shares");
    terms.classes.forEach((className, i) => {
      const r = checkTop + 1 + i;
      const total = holders.filter((h) => h.className === className).reduce((s, h) => s + h.shares, 0);
      const stated = sharesOf(className);
      b.value(r, col, className);
      b.formula(r, col + 1, `SUMIF(${classCells},${absRange(r, col, 1, 1)},${shareCells})`, total, { numFmt: COUNT });
      b.formula(r, col + 2, terms.cell(className, "Shares"), stated, { numFmt: COUNT });
      b.formula(r, col + 3, `${absRange(r, col + 1, 1, 1)}-${absRange(r, col + 2, 1, 1)}`, total - stated, { numFmt: COUNT });
    });
    b.width(col, 14).width(col + 1, 14).width(col + 2, 14).width(col + 3, 12);
  }
  return { range, holders };
}
