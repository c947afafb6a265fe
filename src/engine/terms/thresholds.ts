// The automatic-conversion tests of the Auto Convert Price and Auto Convert Proceeds columns, read into
// the model's Threshold:
//   ">= 5.00"        at least $5.00 a share             (JT Storage Art. IV(B)4(b)(i) "at least")
//   "> 10000000"     more than $10,000,000              (Juniper 6(a)(ii) "exceed")
//   ">= 3 x CP"      at least 3 times the conversion price (Juniper 6(a)(ii))
//   ">= 120% x CP"   at least 120% of the conversion price (MagiNet 3(a)(v))
// Amounts are read as number cells are ("$10,000,000" is accepted); "≥" is read as ">=".
import type { Decimal } from "../decimal";
import { invalid, type ErrorPlace } from "../errors";
import type { Threshold } from "./model";
import type { Cell } from "./table";
import { readNumberText, requireNonNegative } from "./cells";

const FORMS = 'write ">= 5.00", "> 10000000", ">= 3 x CP" or ">= 120% x CP"';
const SHAPE = /^(>=|≥|>)\s*(.+?)$/;
const OF_CP = /^(.+?)\s*[x×*]\s*(?:CP|conversion\s+price)$/i;

/**
 * A threshold cell. `amountOnly` rejects a multiple of the conversion price (a proceeds test is an
 * amount of money).
 */
export function readThreshold(cell: Cell, place: ErrorPlace, amountOnly = false): Threshold {
  const fail = (problem: string) => invalid({ ...place, value: cell }, problem);
  if (typeof cell !== "string") throw fail(`is not a threshold; ${FORMS} (the comparison is part of the rule)`);
  const m = SHAPE.exec(cell.trim());
  if (!m) throw fail(`is not a threshold; ${FORMS}`);
  const op = m[1] === ">" ? ">" : ">=";
  const cp = OF_CP.exec(m[2]);
  if (cp && amountOnly) throw fail("must be an amount of money, not a multiple of the conversion price");
  let value: Decimal;
  try {
    value = readNumberText(cp ? cp[1] : m[2], place, cp ? "ratio" : "amount");
  } catch {
    throw fail(`is not a threshold; ${FORMS}`);
  }
  return { op, value: requireNonNegative(value, cell, place), ofConversionPrice: cp !== null };
}
