// Reading one terms-table cell: numbers, whole numbers, words from a fixed list, yes/no, dates and
// clause citations. Each reader takes the cell as the host holds it (Excel gives numbers, booleans and
// texts; the command's CSV gives texts) and the place (argument, class, column); a bad cell is a
// ChartError naming that place and the value as written. A blank cell is the caller's business: these
// readers are called on non-blank cells only.
import { Decimal } from "../decimal";
import { requireNonNegative as nonNegative, requirePositive as positive } from "../checks";
import {
  isBlank as blank,
  readDateValue,
  readNumberText as readNumberOfText,
  readNumberValue,
  readTextOf,
  readWord,
  readYesNo,
  type NumberKind,
} from "../read";
import { invalid, type ErrorPlace } from "../errors";
import type { IsoDate } from "./model";
import type { Cell } from "./table";
import { columnKey } from "./columns";
import { columnSpec, suggestion, KNOWN_HEADERS } from "./headers";

/** Blank: an empty cell, or a text of spaces only. */
export function isBlank(cell: Cell | undefined): boolean {
  return blank(cell);
}

/**
 * A number written as text, read exactly by the one reading rule (../read/numbers.ts) for its kind:
 * "amount" (prices, per-share sums: 8.93, $8.93, 1,743,751), "shares" (whole), "ratio" (85% is 0.85).
 */
export function readNumberText(text: string, place: ErrorPlace, kind: NumberKind = "amount"): Decimal {
  return readNumberOfText(text, place, kind);
}

/** A number cell of `kind` (default an amount): a JS number (through `dec`, so 0.1 is 0.1) or a text. */
export function readNumber(cell: Cell, place: ErrorPlace, kind: NumberKind = "amount"): Decimal {
  return readNumberValue(cell, place, kind);
}

/** A multiple such as 1, "1x", "1.5 x" or "150%". */
export function readMultiple(cell: Cell, place: ErrorPlace): Decimal {
  if (typeof cell === "string") {
    const m = /^(.*?)\s*[x×]$/i.exec(cell.trim());
    if (m) return readNumberOfText(m[1], place, "ratio", cell);
  }
  return readNumber(cell, place, "ratio");
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
  return readNumberValue(cell, place, "integer").toNumber() + 0; // + 0 turns -0 into 0
}

/** One of a fixed list of words, case-insensitive, e.g. Participation none, full or capped. */
export function readChoice<T extends string>(cell: Cell, place: ErrorPlace, allowed: readonly T[]): T {
  return readWord(allowed, cell, place);
}

/** yes/no/true/false (any case), or an Excel TRUE/FALSE. */
export function readBoolean(cell: Cell, place: ErrorPlace): boolean {
  return readYesNo(cell, place);
}

/** A date: an Excel serial number, YYYY-MM-DD, or a form Excel writes into CSV (../read/dates.ts). */
export function readDate(cell: Cell, place: ErrorPlace): IsoDate {
  return readDateValue(cell, place);
}

/** A text cell, trimmed; a number or TRUE/FALSE as Excel would show it. */
export function readText(cell: Cell): string {
  return readTextOf(cell);
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
