// Numbers typed on the command line (--exit, call's number arguments) are read by the one reading rule
// (src/engine/read), as the terms table and the worksheet functions read them: 100000000, 100,000,000,
// $8.93; a percentage only where a rate is meant; an exit in whole cents.
import type { Decimal } from "../engine";
import { readNumberText, type NumberKind } from "../engine/read";

/** `text` read as a number of `kind`, as plain digits ("$1,743,751.50" -> "1743751.5"); a ChartError naming `argument` if it is none. */
export function commandNumber(text: string, argument: string, kind: NumberKind = "amount"): string {
  return readNumberText(text, { argument }, kind).toFixed();
}

/** `text` read as a number of `kind`, exactly. */
export function commandDecimal(text: string, argument: string, kind: NumberKind = "amount"): Decimal {
  return readNumberText(text, { argument }, kind);
}

/** Whether `text` reads as a number of any kind (a typed value rather than a file name). */
export function isCommandNumber(text: string): boolean {
  try {
    readNumberText(text, {}, "ratio");
    return true;
  } catch {
    try {
      readNumberText(text, {}, "amount");
      return true;
    } catch {
      return false;
    }
  }
}
