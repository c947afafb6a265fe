// The one reading module: how a value from any host (an Excel cell, a formula engine's cell, a CSV field, a
// typed argument) becomes an engine value. The terms parser (../terms/cells.ts), the catalogue's
// argument adapters (src/catalogue/args.ts) and the command (src/cli) all read through it, so a text
// such as "1,000" means the same everywhere. README: "How values are read".
import { invalid, type ErrorPlace } from "../errors";
import { readNumberValue, type NumberKind } from "./numbers";
import { readDateValue } from "./dates";
import type { Decimal } from "../decimal";
import type { IsoDate } from "../terms/model";

export * from "./numbers";
export * from "./dates";

/** Blank: null, undefined, or a text of spaces only (an omitted optional argument or an empty cell). */
export function isBlank(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A number by the rule of its kind (./numbers.ts). */
export function readNumberOf(kind: NumberKind, v: unknown, place: ErrorPlace): Decimal {
  return readNumberValue(v, place, kind);
}

/** A date (./dates.ts). */
export function readDateOf(v: unknown, place: ErrorPlace): IsoDate {
  return readDateValue(v, place);
}

const TRUE_WORDS = ["true", "yes"];
const FALSE_WORDS = ["false", "no"];

/** TRUE or FALSE; the texts true/false and yes/no too (any case). */
export function readYesNo(v: unknown, place: ErrorPlace): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const w = v.trim().toLowerCase();
    if (TRUE_WORDS.includes(w)) return true;
    if (FALSE_WORDS.includes(w)) return false;
  }
  throw invalid({ ...place, value: v }, "must be yes or no (or true or false)");
}

/** One of `words`, matched without regard to case and surrounding spaces; returns the listed form. */
export function readWord<W extends string>(words: readonly W[], v: unknown, place: ErrorPlace): W {
  const w = typeof v === "string" ? v.trim().toLowerCase() : null;
  const found = words.find((word) => word.toLowerCase() === w);
  if (found !== undefined) return found;
  throw invalid({ ...place, value: v }, `must be one of ${words.join(", ")}`);
}

/** A text as written, trimmed; a number or TRUE/FALSE as Excel shows it. */
export function readTextOf(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
