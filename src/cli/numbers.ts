// Numbers typed on the command line (--exit, call's number arguments) are read as the terms table reads
// its cells (src/engine/terms/cells.ts, the one reader): 100000000, 100,000,000, $8.93, 85%. They reach
// the catalogue as plain digits, so the command, the terms CSV and --set all take the same forms.
import { readNumberText } from "../engine";

/** `text` read as a number, as plain digits ("$1,743,751.50" -> "1743751.5"); a ChartError naming `argument` if it is none. */
export function commandNumber(text: string, argument: string): string {
  return readNumberText(text, { argument }).toFixed();
}

/** Whether `text` reads as a number (commandNumber would not throw). */
export function isCommandNumber(text: string): boolean {
  try {
    readNumberText(text, {});
    return true;
  } catch {
    return false;
  }
}
