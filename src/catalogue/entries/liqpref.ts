// CHARTER.LIQPREF(terms, exitValues, [className], [asOf]): what each class receives at an exit, in
// cents that add up to the exit (the waterfall of JT Storage Art. IV(B)2, Juniper 4, MagiNet 2, as the
// terms table states it).
import type { Decimal } from "../../engine/decimal";
import type { MoneyCell } from "../args";
import { cellPlace } from "../args";
import { defineFunction } from "../define";
import { isHostError, toHostError } from "../host-error";
import { optional, param } from "../params";
import { AS_OF, TERMS } from "../shared-params";
import type { EntryCell } from "../types";
import { checkExit, classIndex, waterfallOf } from "../waterfall";
import { invalid } from "../../engine/errors";
import { MAX_EXIT_CENTS } from "../../engine/waterfall";
import { Money } from "../../engine/money/money";

export const LIQPREF = defineFunction({
  name: "LIQPREF",
  description: "Liquidation payouts in cents, adding up to each exit: one class's, or every class's in terms order (CLASSES gives the header).",
  params: [
    TERMS,
    param.money("exitValues", "Exit value in dollars, or a column of exit values (spills one row per exit); each up to 1e15 (exact to the cent)."),
    optional(param.string("className", "Class to pay out, e.g. Series A; omitted: one column per class, in terms order.")),
    AS_OF,
  ],
  result: "matrix",
  returns: "Payouts in dollars and cents: one number for one exit and a class, else one row per exit.",
  run: (terms, exits, className, asOf) => {
    const w = waterfallOf(terms, asOf);
    const column = className === null ? null : classIndex(terms, w, className);
    // Neighbouring exits often pay a class the same cents (its preference, or nothing): the cell made
    // for the row above serves again (a Money is immutable, and a host converting it reuses its result).
    const lastCents: Money[] = [];
    const ofCents = Money.ofCents; // read once, not per cell (an import is a getter in a CommonJS build)
    const centsOf = (cents: bigint, i: number): Money => {
      const last = lastCents[i];
      if (last !== undefined && last.cents === cents) return last;
      return (lastCents[i] = ofCents(cents));
    };
    // Each exit cell on its own: a bad one (text, negative) carries its error, the other rows stand.
    const centsAt = (cell: MoneyCell, r: number, c: number): EntryCell[] => {
      if (cell === null || isHostError(cell)) return column === null ? w.classes.map(() => cell) : [cell];
      try {
        // An exit in whole cents up to MAX_EXIT: the engine's cents kernel (bigint cents), no Decimal made;
        // any other exit (fractions of a cent, negative, above MAX_EXIT): the Decimal path, or its error.
        if (typeof cell === "bigint" && cell >= 0n && cell <= MAX_EXIT_CENTS) {
          const cents = w.centsAt(cell).cents;
          if (column !== null) return [centsOf(cents[column], column)];
          const row: Money[] = new Array(cents.length);
          for (let i = 0; i < cents.length; i++) row[i] = centsOf(cents[i], i);
          return row;
        }
        const exit: Decimal = typeof cell === "bigint" ? Money.ofCents(cell).toDecimal() : cell;
        const amounts = w.cents(checkExit(exit, cellPlace({ argument: "exitValues" }, r, c))).amounts;
        return column === null ? amounts : [amounts[column]];
      } catch (e) {
        const error = toHostError(e, "LIQPREF");
        return column === null ? w.classes.map(() => error) : [error];
      }
    };
    if (column !== null) {
      // One class: the result has the shape of the exits (a column, a row or a block).
      const cells = exits.map((row, r) => row.map((cell, c) => centsAt(cell, r, c)[0]));
      if (cells.length === 1 && cells[0].length === 1) {
        const one = cells[0][0];
        if (one === null) throw invalid({ argument: "exitValues" }, "is blank; give an exit value in dollars");
        return one as Money | Decimal; // a HostError is returned as the whole result
      }
      return cells;
    }
    // Every class: one row per exit cell, read across then down (a column of exits gives one row each).
    // Decision: a blank exit cell gives a blank row, so the rows stay level with the exits beside them.
    const rows: EntryCell[][] = [];
    exits.forEach((row, r) => row.forEach((cell, c) => rows.push(centsAt(cell, r, c))));
    return rows;
  },
});
