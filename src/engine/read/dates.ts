// Reading dates, the one rule for every host. A date is
//   - an Excel serial: a number (Excel's own date cells), or a text of 5 to 7 digits (a date cell that
//     Excel wrote into a CSV in the General format); a time of day is dropped;
//   - YYYY-MM-DD (the command's and the engine's form), or YYYY/MM/DD;
//   - the forms Excel writes into CSV for a date cell: D/M/YYYY or M/D/YYYY (also with "." or "-"),
//     read only when the order is certain (one part above 12, or both the same): 3/4/2024 is refused,
//     as it is March 4 in the US and 3 April elsewhere; D-Mon-YYYY, D Mon YYYY and Mon D, YYYY with
//     English month names; a two-digit year as Excel reads one (00-29: 2000-2029, 30-99: 1930-1999);
//     a trailing time of day ("0:00", "12:00:00 AM") is dropped, as for a serial.
import { fromExcelSerial, parseIsoDate } from "../dates";
import { invalid, type ErrorPlace } from "../errors";
import type { IsoDate } from "../terms/model";

export const DATE_FORMS = "write YYYY-MM-DD (e.g. 2024-01-15), an Excel date, D-Mon-YYYY (15-Jan-2024), or D/M/YYYY or M/D/YYYY where the day is above 12";

/** The message for a value that is no date: the one form to write (the others are in the README and help). */
export const NOT_A_DATE = "is not a date; write it as YYYY-MM-DD";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const TIME = /\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[AaPp][Mm])?$/;

function year(text: string): number {
  const y = Number(text);
  if (text.length === 2) return y < 30 ? 2000 + y : 1900 + y;
  return y;
}

function month(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  const m = MONTHS.indexOf(key);
  // A full name must be the month's name ("March"), not any word starting "Mar".
  if (m < 0 || (name.length > 3 && !/^(january|february|march|april|may|june|july|august|september|october|november|december|sept)$/i.test(name))) return -1;
  return m + 1;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A date text as an ISO date by the rule above; throws naming the place and the text. */
export function readDateText(text: string, place: ErrorPlace): IsoDate {
  // The plain message names the one form to write; an ambiguous date lists every form read.
  const fail = (what?: string) => invalid({ ...place, value: text }, what ? `${what}; ${DATE_FORMS}` : NOT_A_DATE);
  const s = text.trim().replace(TIME, "");
  const check = (y: number, m: number, d: number) => {
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 9999) throw fail();
    try {
      return parseIsoDate(iso(y, m, d), place);
    } catch {
      throw fail();
    }
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s))) return check(+m[1], +m[2], +m[3]);
  if ((m = /^\d{5,7}$/.exec(s))) return fromExcelSerial(Number(s), { ...place });
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s))) {
    const a = +m[1];
    const b = +m[3];
    const y = year(m[4]);
    if (a === b) return check(y, a, b);
    if (a > 12 && b <= 12) return check(y, b, a);
    if (b > 12 && a <= 12) return check(y, a, b);
    if (a <= 12 && b <= 12) {
      throw fail(`is ambiguous: ${m[1]}${m[2]}${m[3]} may be month${m[2]}day (US) or day${m[2]}month; write ${iso(y, a, b)} or ${iso(y, b, a)}`);
    }
    throw fail();
  }
  if ((m = /^(\d{1,2})[-\s]([A-Za-z]+)\.?[-\s](\d{2}|\d{4})$/.exec(s))) {
    const mo = month(m[2]);
    if (mo > 0) return check(year(m[3]), mo, +m[1]);
  }
  if ((m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s))) {
    const mo = month(m[1]);
    if (mo > 0) return check(+m[3], mo, +m[2]);
  }
  throw fail();
}

/** A date cell: an Excel serial number, or a text by readDateText. */
export function readDateValue(v: unknown, place: ErrorPlace): IsoDate {
  if (typeof v === "number") return fromExcelSerial(v, place);
  if (typeof v === "string") return readDateText(v, place);
  throw invalid({ ...place, value: v }, NOT_A_DATE);
}
