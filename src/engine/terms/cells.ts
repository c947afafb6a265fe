// Reading one terms-table cell: numbers, whole numbers, words from a fixed list, yes/no, dates and
// clause citations. Each reader takes the cell as the host holds it (Excel gives numbers, booleans and
// texts; the command's CSV gives texts) and the place (argument, class, column); a bad cell is a
// ChartError naming that place and the value as written. A blank cell is the caller's business: these
// readers are called on non-blank cells only.
import { Decimal, dec } from "../decimal";
import { fromExcelSerial, parseIsoDate } from "../dates";
import { NUMBER_PROBLEMS, requireNonNegative as nonNegative, requirePositive as positive, requireWhole } from "../checks";
import { invalid, type ErrorPlace } from "../errors";
import type { IsoDate } from "./model";
import type { Cell } from "./table";
import { columnKey } from "./columns";
import { columnSpec, suggestion, KNOWN_HEADERS } from "./headers";

/** Blank: an empty cell, or a text of spaces only. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

const NOT_A_NUMBER = `${NUMBER_PROBLEMS.notANumber}; write digits such as 1,743,751, 8.93, $8.93 or 85%`;
// Digits with optional thousands separators in groups of three, an optional fraction, or an exponent.
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

/**
 * A number written as text, read exactly: an optional sign, an optional "$", thousands separators in
 * groups of three, an optional fraction and an optional trailing "%" (85% is 0.85).
 */
export function readNumberText(text: string, place: ErrorPlace): Decimal {
  let s = text.trim();
  const fail = () => invalid({ ...place, value: text }, NOT_A_NUMBER);
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  // "-$5", "$-5" and "-5" are all minus five (the sign check then names the value).
  const signed = /^([+-]?)\s*(\$?)\s*([+-]?)(.*)$/.exec(s)!;
  if (signed[1] && signed[3]) throw fail();
  const negative = (signed[1] || signed[3]) === "-";
  const body = signed[4];
  if (!/\d/.test(body) || !(GROUPED.test(body) || EXPONENT.test(body))) throw fail();
  let value = new Decimal(body.replace(/,/g, ""));
  if (negative) value = value.neg();
  if (percent) value = value.div(100);
  return value;
}

/** A number cell: a JS number (through `dec`, so 0.1 is 0.1) or a number written as text. */
export function readNumber(cell: Cell, place: ErrorPlace): Decimal {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw invalid({ ...place, value: String(cell) }, NUMBER_PROBLEMS.notFinite);
    return dec(cell);
  }
  if (typeof cell === "string") return readNumberText(cell, place);
  throw invalid({ ...place, value: cell }, NOT_A_NUMBER);
}

/** A multiple such as 1, "1x", "1.5 x" or "150%". */
export function readMultiple(cell: Cell, place: ErrorPlace): Decimal {
  if (typeof cell === "string") {
    const m = /^(.*?)\s*[x×]$/i.exec(cell.trim());
    if (m) return withValue(() => readNumberText(m[1], place), cell, place);
  }
  return readNumber(cell, place);
}

/** Runs a reader on part of a cell, naming the whole cell in any error. */
function withValue<T>(read: () => T, cell: Cell, place: ErrorPlace): T {
  try {
    return read();
  } catch {
    throw invalid({ ...place, value: cell }, NOT_A_NUMBER);
  }
}

/** `x` (read from `cell`) when not negative; -0 becomes 0. */
export function requireNonNegative(x: Decimal, cell: Cell, place: ErrorPlace): Decimal {
  nonNegative(x, place, cell);
  return x.isZero() ? new Decimal(0) : x;
}

/** `x` (read from `cell`) when more than zero. */
export function requirePositive(x: Decimal, cell: Cell, place: ErrorPlace): Decimal {
  return positive(x, place, cell);
}

/** A whole number (1, "2", 3.0), as a JS number. */
export function readInteger(cell: Cell, place: ErrorPlace): number {
  const x = readNumber(cell, place);
  requireWhole(x, place, cell);
  if (x.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw invalid({ ...place, value: cell }, "is too large");
  return x.toNumber() + 0; // + 0 turns -0 into 0
}

/** One of a fixed list of words, case-insensitive, e.g. Participation none, full or capped. */
export function readChoice<T extends string>(cell: Cell, place: ErrorPlace, allowed: readonly T[]): T {
  const word = typeof cell === "string" ? cell.trim().toLowerCase() : null;
  const found = allowed.find((a) => a === word);
  if (found === undefined) throw invalid({ ...place, value: cell }, `must be one of ${allowed.join(", ")}`);
  return found;
}

/** yes/no/true/false (any case), or an Excel TRUE/FALSE. */
export function readBoolean(cell: Cell, place: ErrorPlace): boolean {
  if (typeof cell === "boolean") return cell;
  const word = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  if (word === "yes" || word === "true") return true;
  if (word === "no" || word === "false") return false;
  throw invalid({ ...place, value: cell }, "must be yes or no (or true or false)");
}

/** A date: YYYY-MM-DD text, or an Excel serial number (a number in a date column). */
export function readDate(cell: Cell, place: ErrorPlace): IsoDate {
  if (typeof cell === "number") return fromExcelSerial(cell, place);
  if (typeof cell === "string") return parseIsoDate(cell, place);
  throw invalid({ ...place, value: cell }, "is not a date; write it as YYYY-MM-DD");
}

/** A text cell, trimmed; a number or TRUE/FALSE as Excel would show it. */
export function readText(cell: Cell): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

/**
 * Clause keys that are not table columns: rules with no column of their own that the ledger cites
 * (src/engine/ledger/clauses.ts): stock splits, exempt issues and deemed issues of options.
 */
export const CLAUSE_ONLY_KEYS: readonly string[] = ["Splits", "Exempt Issues", "Deemed Issues"];

const CLAUSE_KEYS: readonly string[] = [...KNOWN_HEADERS, ...CLAUSE_ONLY_KEYS];

function clauseKey(name: string): string | null {
  const spec = columnSpec(name);
  if (spec) return spec.header;
  return CLAUSE_ONLY_KEYS.find((k) => columnKey(k) === columnKey(name)) ?? null;
}

/**
 * The Clauses column: "Column=clause; Column=clause", e.g. "Issue Price=4(a)(i); Conversion Price=6(a)(i)".
 * Keys are column headers (matched as headers are) or one of CLAUSE_ONLY_KEYS, each at most once; the
 * result is keyed by the column's own header.
 */
export function readClauses(cell: Cell, place: ErrorPlace): Record<string, string> {
  if (typeof cell !== "string") {
    throw invalid({ ...place, value: cell }, 'must be text of the form "Column=clause; Column=clause"');
  }
  const clauses: Record<string, string> = {};
  for (const part of cell.split(";")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const name = eq < 0 ? "" : part.slice(0, eq).trim();
    const clause = eq < 0 ? "" : part.slice(eq + 1).trim();
    if (name === "" || clause === "") {
      throw invalid({ ...place, value: cell }, `"${part.trim()}" is not of the form Column=clause, e.g. "Issue Price=4(a)(i)"`);
    }
    const key = clauseKey(name);
    if (key === null) {
      throw invalid({ ...place, value: cell }, `"${name}" names no column; ${suggestion(name, CLAUSE_KEYS)}`);
    }
    if (key in clauses) throw invalid({ ...place, value: cell }, `cites ${key} twice; give one citation (it may list several clauses)`);
    clauses[key] = clause;
  }
  return clauses;
}
