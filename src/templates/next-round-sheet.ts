// The Next Round sheet: a priced round on the charter's own terms. Inputs (investment, pre-money, pool
// target, closing date, series name, unissued pool), CHARTER.ROUNDSUMMARY (price, shares, pool top-up,
// each series' conversion price before and after with its clause), CHARTER.ROUND (the terms after the
// round), the fully diluted ownership before and after, and CHARTER.LIQPREF before and after at a few
// exits. The round's numbers are illustrative (a down round on each charter) and said so.
import { toExcelSerial } from "../engine";
import { COUNT, DATE, MONEY, PRICE, absCell, absRange, type Scalar, type SheetBuilder } from "./model";
import type { TermsRefs } from "./terms-sheet";

export const NEXT_ROUND_SHEET = "Next Round";
/** Blank rows under the ROUND spill that the formulas reading it take in. */
export const SPARE_ROWS = 3;

interface RoundInputs {
  investment: number;
  preMoney: number;
  /** The pool target as a fraction, or null (no top-up). */
  pool: number | null;
  date: string;
  exits: number[];
  note: string;
}

/** Illustrative down rounds (inputs to change). */
export const NEXT_ROUNDS: Record<string, RoundInputs> = {
  maginet: {
    investment: 15_000_000, preMoney: 51_365_364, pool: null, date: "2000-06-30", exits: [15_000_000, 60_000_000, 150_000_000],
    note: "An illustrative down round: $3.00 a share (51,365,364 / 17,121,788 fully diluted), below Series B, C and D; B adjusts on its narrow base, C and D on the broad (FOURTH 3(f)(i)(A)).",
  },
  juniper: {
    investment: 10_000_000, preMoney: 60_000_000, pool: 0.1, date: "2000-06-30", exits: [30_000_000, 100_000_000, 250_000_000],
    note: "An illustrative down round with the pool topped up to 10% of the post-money shares: below Series C, D and D1, which adjust to the nearest cent (FOURTH 6(d)(iv)).",
  },
  "jt-storage": {
    investment: 1_000_000, preMoney: 9_500_000, pool: null, date: "1999-06-30", exits: [5_000_000, 20_000_000, 60_000_000],
    note: "An illustrative down round at $0.50 a share: Series A has no price-based anti-dilution (Art. IV(B)4(d): splits and the like only), so its conversion price stays.",
  },
  blank: {
    investment: 10_000_000, preMoney: 40_000_000, pool: null, date: "2000-06-30", exits: [20_000_000, 50_000_000, 100_000_000],
    note: "Fill the Terms table first; until then the formulas show errors.",
  },
};

export function nextRoundSheet(b: SheetBuilder, id: string, terms: TermsRefs, blank = false): void {
  const inputs = NEXT_ROUNDS[id] ?? NEXT_ROUNDS.blank;
  b.value(0, 0, "Next Round: a priced round on these terms (CHARTER.ROUNDSUMMARY, CHARTER.ROUND), the ownership and the waterfall before and after.", { bold: true });
  b.value(1, 0, `Shaded cells are inputs. ${inputs.note}`, { italic: true });

  b.value(3, 0, "Inputs", { bold: true });
  const rows: [string, Scalar, string?][] = [
    ["Investment ($)", inputs.investment, MONEY],
    ["Pre-money valuation ($): the pool top-up and converting SAFEs and notes counted in it", inputs.preMoney, MONEY],
    ["Pool target (share of the post-money fully diluted shares; blank: no top-up)", inputs.pool, "0.0%"],
    ["Closing date", toExcelSerial(inputs.date), DATE],
    ["New series (blank: the next series letter)", null],
    ["Unissued pool before the round (shares)", 0, COUNT],
  ];
  rows.forEach(([label, value, numFmt], i) => {
    b.value(4 + i, 0, label);
    b.value(4 + i, 1, value, { input: true, numFmt });
  });
  const input = (i: number) => absCell(4 + i, 1);
  // terms, investment, preMoney, poolTarget, convertibles (none here), date, series, unissuedPool
  const args = [terms.range, input(0), input(1), input(2), "", input(3), input(4), input(5)].join(",");

  b.value(11, 0, "The round (CHARTER.ROUNDSUMMARY): price per share, new shares, pool top-up, post-money; each series' conversion price before and after, with its clause", { bold: true });
  const summary = b.charter(12, 0, "ROUNDSUMMARY", args);
  b.style(12, 1, 1, 1, { numFmt: PRICE });
  b.style(14, 1, 2, 1, { numFmt: COUNT });
  b.style(16, 1, 1, 1, { numFmt: MONEY });
  b.style(17, 0, 1, 4, { bold: true });
  b.style(18, 1, Math.max(summary.length - 6, 1), 2, { numFmt: PRICE });

  const top = 12 + Math.max(summary.length, 6 + terms.classes.length) + 2;
  b.value(top, 0, "The terms after the round (CHARTER.ROUND): earlier series at their new conversion prices, the new series added; =CHARTER.LIQPREF over it reads the world after the round", { bold: true });
  const after = b.charter(top + 1, 0, "ROUND", args);
  // Room for shadow series of SAFEs and notes (a CONVERTIBLES range added later): LIQPREF drops blank rows.
  const rowsR = (blank ? terms.plan.table.values.length + 1 : after.length) + SPARE_ROWS;
  const colsR = blank ? terms.header.length + 1 : after[0].length;
  const roundRange = absRange(top + 1, 0, rowsR, colsR);
  b.style(top + 1, 0, 1, colsR, { bold: true });

  let next = top + 1 + rowsR + 2;
  if (!blank) {
    // Fully diluted ownership: Preferred as converted (Shares x Issue Price / Conversion Price), the rest as held.
    const header = after[0].map((h) => String(h));
    const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    const at = (r: number, name: string) => absCell(top + 1 + r, col(name));
    const fd = (shares: string, ip: string, cp: string) => `IF(${ip}>0,${shares}*${ip}/${cp},${shares})`;
    b.value(next, 0, "Fully diluted ownership before and after (Preferred as converted at its conversion price)", { bold: true });
    b.values(next + 1, 0, ["Class", "Before", "%", "After", "%"], { bold: true });
    const first = next + 2;
    const n = after.length - 1;
    const total = first + n + 1;
    for (let i = 1; i <= n; i++) {
      const r = first + i - 1;
      const name = String(after[i][col("Class")]);
      b.formula(r, 0, at(i, "Class"), name);
      const known = terms.classes.includes(name);
      if (known) b.formula(r, 1, fd(terms.cell(name, "Shares"), terms.cell(name, "Issue Price"), terms.cell(name, "Conversion Price")), undefined, { numFmt: COUNT });
      else b.value(r, 1, 0, { numFmt: COUNT });
      b.formula(r, 3, fd(at(i, "Shares"), at(i, "Issue Price"), at(i, "Conversion Price")), undefined, { numFmt: COUNT });
    }
    const pool = first + n;
    b.value(pool, 0, "Unissued pool");
    b.formula(pool, 1, `${input(5)}+0`, undefined, { numFmt: COUNT });
    b.formula(pool, 3, `${input(5)}+${absCell(15, 1)}`, undefined, { numFmt: COUNT });
    b.value(total, 0, "Total", { bold: true });
    for (const c of [1, 3]) b.formula(total, c, `SUM(${absRange(first, c, n + 1, 1)})`, undefined, { numFmt: COUNT, bold: true });
    for (let r = first; r <= total; r++) {
      for (const c of [1, 3]) b.formula(r, c + 1, `${absCell(r, c)}/${absCell(total, c)}`, undefined, { numFmt: "0.00%" });
    }
    next = total + 3;
  }

  // The waterfall before and after at a few exits.
  b.value(next, 0, "Each class's payout before and after the round (CHARTER.LIQPREF on the Terms table, then on the terms after the round)", { bold: true });
  const exitRow = next + 2;
  const exitRange = absRange(exitRow, 0, inputs.exits.length, 1);
  const asOf = terms.asOfCell;
  const liq = (range: string) => (asOf ? [range, exitRange, "", asOf] : [range, exitRange]).join(",");
  b.value(next + 1, 0, "Exit value", { bold: true });
  inputs.exits.forEach((x, i) => b.value(exitRow + i, 0, x, { input: true, numFmt: MONEY }));
  const beforeCols = blank ? terms.header.length : terms.classes.length;
  b.value(next, 1 + beforeCols + 1, "After the round", { bold: true });
  b.charter(next + 1, 1, "CLASSES", terms.range, { bold: true });
  b.charter(exitRow, 1, "LIQPREF", liq(terms.range));
  b.style(exitRow, 1, inputs.exits.length, beforeCols, { numFmt: MONEY });
  const afterCol = 1 + beforeCols + 1;
  b.charter(next + 1, afterCol, "CLASSES", roundRange, { bold: true });
  b.charter(exitRow, afterCol, "LIQPREF", liq(roundRange));
  b.style(exitRow, afterCol, inputs.exits.length, rowsR, { numFmt: MONEY });
  b.width(0, 44).width(1, 16).width(2, 16).width(3, 16).width(4, 44);
}
