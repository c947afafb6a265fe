// Argument adapters: the one place where host values (JS numbers, texts, booleans, 2-D arrays, null for
// omitted) become engine values (Decimal, ISO dates, words from a fixed list). Each adapter reads a
// present value and throws a ChartError (#VALUE!) whose message names the argument and the value.
import { Decimal, dec } from "../engine/decimal";
import { fromExcelSerial, parseIsoDate } from "../engine/dates";
import type { IsoDate } from "../engine/terms/model";
import { NUMBER_PROBLEMS } from "../engine/checks";
import { invalid, ChartError, type ErrorPlace } from "../engine/errors";
import { decimalToCents } from "../engine/waterfall/whole-cents";
import { HostError, toHostError } from "./host-error";
import type { HostArg, HostMatrix, HostScalar } from "./types";

/** Null, undefined, or a text of spaces only: an omitted optional argument or an empty cell. */
export function isBlank(v: HostArg): v is null | undefined | "" {
  return v == null || (typeof v === "string" && v.trim() === "");
}

export function isMatrix(v: HostArg): v is HostMatrix {
  return Array.isArray(v);
}

/**
 * The one value of a scalar argument. A 1 x 1 range counts as its cell (Excel and formula engines pass
 * a single cell either way); a larger range is refused, since a scalar argument cannot take several.
 */
export function scalarOf(v: NonNullable<HostArg>, place: ErrorPlace): HostScalar {
  if (!isMatrix(v)) return v;
  if (v.length === 1 && v[0].length === 1) return v[0][0];
  const rows = v.length;
  const cols = rows ? v[0].length : 0;
  throw invalid({ ...place, value: `${rows} x ${cols} range` }, "takes one value, not a range");
}

// A plain decimal as the command passes it: optional sign, digits, optional point and exponent.
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** An amount, price or share count, exactly: a JS number through its shortest string, or a decimal text. */
export function readNumber(v: NonNullable<HostArg>, place: ErrorPlace): Decimal {
  const x = scalarOf(v, place);
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw invalid({ ...place, value: String(x) }, NUMBER_PROBLEMS.notFinite);
    return dec(x);
  }
  if (typeof x === "string") {
    const s = x.trim();
    if (NUMBER_TEXT.test(s)) return new Decimal(s);
    // Decision: no thousands separators or currency signs; "1,000" could be one thousand or one.
    throw invalid({ ...place, value: x }, `${NUMBER_PROBLEMS.notANumber}; write digits with a decimal point, without thousands separators or currency signs`);
  }
  throw invalid({ ...place, value: x }, NUMBER_PROBLEMS.notANumber);
}

/** A whole number such as a count of decimal places (a JS number; not an amount). */
export function readInteger(v: NonNullable<HostArg>, place: ErrorPlace): number {
  const d = readNumber(v, place);
  if (!d.isInteger() || d.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw invalid({ ...place, value: d.toString() }, NUMBER_PROBLEMS.notWhole);
  }
  return d.toNumber();
}

/** A text as written (a number is written in its shortest form, as Excel would show it). */
export function readString(v: NonNullable<HostArg>, place: ErrorPlace): string {
  const x = scalarOf(v, place);
  if (typeof x === "string") return x;
  if (typeof x === "number") return String(x);
  throw invalid({ ...place, value: x }, "is not a text");
}

const TRUE_WORDS = ["true", "yes"];
const FALSE_WORDS = ["false", "no"];

/** TRUE or FALSE; the command's texts true/false and yes/no too (case-insensitive). */
export function readBoolean(v: NonNullable<HostArg>, place: ErrorPlace): boolean {
  const x = scalarOf(v, place);
  if (typeof x === "boolean") return x;
  if (typeof x === "string") {
    const w = x.trim().toLowerCase();
    if (TRUE_WORDS.includes(w)) return true;
    if (FALSE_WORDS.includes(w)) return false;
  }
  throw invalid({ ...place, value: x }, "is not TRUE or FALSE");
}

/** One of `words`, matched case-insensitively and ignoring surrounding spaces; returns the listed form. */
export function readChoice<W extends string>(words: readonly W[], v: NonNullable<HostArg>, place: ErrorPlace): W {
  const x = scalarOf(v, place);
  const w = typeof x === "string" ? x.trim().toLowerCase() : null;
  const found = words.find((word) => word.toLowerCase() === w);
  if (found !== undefined) return found;
  throw invalid({ ...place, value: x }, `must be one of ${words.join(", ")}`);
}

/** A date: an Excel serial number (time of day dropped) or a YYYY-MM-DD text (the command's form). */
export function readDate(v: NonNullable<HostArg>, place: ErrorPlace): IsoDate {
  const x = scalarOf(v, place);
  if (typeof x === "number") return fromExcelSerial(x, place);
  if (typeof x === "string") return parseIsoDate(x, place);
  throw invalid({ ...place, value: x }, "is not a date; give an Excel date or a YYYY-MM-DD text");
}

/** A range as it is; a single value is a 1 x 1 range. Rows must be of one length. */
export function readMatrix(v: NonNullable<HostArg>, place: ErrorPlace): HostMatrix {
  if (!isMatrix(v)) return [[v]];
  const width = v.length ? v[0].length : 0;
  if (v.length === 0 || width === 0) throw invalid({ ...place, value: "empty range" }, "is an empty range");
  if (v.some((row) => !Array.isArray(row) || row.length !== width)) {
    throw invalid(place, "is not a rectangular range: its rows are of different lengths");
  }
  return v.map((row) => row.map((cell) => (cell === undefined ? null : cell)));
}

/** One cell of a read range: its value, null for an empty cell, or the error of that cell alone. */
export type CellOf<T> = T | null | HostError;

/** The place of one cell of a range argument, for messages: "exitValues (row 3, column 1)". */
export function cellPlace(place: ErrorPlace, row: number, col: number): ErrorPlace {
  return { ...place, argument: `${place.argument ?? "range"} (row ${row + 1}, column ${col + 1})` };
}

/**
 * A number or a range of numbers (e.g. exit values), read cell by cell: an empty cell is null and a bad
 * cell carries its own error, so one bad exit value spoils its own cell of the spill and nothing else.
 */
export function readNumbers(v: NonNullable<HostArg>, place: ErrorPlace): CellOf<Decimal>[][] {
  return readMatrix(v, place).map((row, r) =>
    row.map((cell, c) => {
      if (isBlank(cell)) return null;
      try {
        return readNumber(cell, cellPlace(place, r, c));
      } catch (e) {
        if (e instanceof ChartError) return toHostError(e);
        throw e;
      }
    }),
  );
}

/** Whole dollars up to this are exact as a count of cents (x 100 <= 2^53). */
const MAX_SAFE_DOLLARS = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/**
 * A JS number's exact value in whole cents, as `dec(x)` reads it (its shortest text, String(x)): a
 * bigint count of cents, or null when that text has a fraction of a cent, or an exponent (below 1e-6
 * or from 1e21: left to the Decimal), or x is not finite. Never x * 100 in floating point, which is not
 * exact: 0.1 + 0.2 is written 0.30000000000000004 and is not whole cents; 123456789.015 is not either.
 */
export function numberToCents(x: number): bigint | null {
  // A whole number of dollars below 2^53 / 100: exact as it is.
  if (Number.isInteger(x) && x <= MAX_SAFE_DOLLARS && x >= -MAX_SAFE_DOLLARS) return BigInt(x * 100);
  if (!Number.isFinite(x)) return null;
  const s = String(x);
  const point = s.indexOf(".");
  if (point < 0) return /^-?\d+$/.test(s) ? BigInt(s) * 100n : null; // e.g. 1e+21 -> null
  const places = s.length - point - 1;
  if (places > 2 || s.includes("e")) return null;
  // The digits without the point, as whole cents (one or two places: "12.5" -> 1250, "0.05" -> 5).
  const digits = s.slice(0, point) + s.slice(point + 1) + (places === 1 ? "0" : "");
  return BigInt(digits);
}

/** A Decimal's exact whole cents (negative too), or null when it has a fraction of a cent. */
function decimalCents(d: Decimal): bigint | null {
  if (!d.isNegative()) return decimalToCents(d);
  const cents = decimalToCents(d.neg());
  return cents === null ? null : -cents;
}

/** A money cell as read: whole cents as a bigint count of cents, any other amount (fractions of a cent) as a Decimal. */
export type MoneyCell = CellOf<bigint | Decimal>;

/**
 * Amounts in dollars, as readNumbers reads them, but a cell worth whole cents comes as a bigint count of
 * cents (no Decimal made): from a JS number through numberToCents, from a text exactly.
 */
export function readMoney(v: NonNullable<HostArg>, place: ErrorPlace): MoneyCell[][] {
  const rows = readMatrix(v, place);
  const out: MoneyCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: MoneyCell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const cents = typeof cell === "number" ? numberToCents(cell) : null;
      if (cents !== null) cells[c] = cents;
      else if (isBlank(cell)) cells[c] = null;
      else {
        try {
          const d = readNumber(cell, cellPlace(place, r, c));
          cells[c] = decimalCents(d) ?? d;
        } catch (e) {
          if (e instanceof ChartError) cells[c] = toHostError(e);
          else throw e;
        }
      }
    }
    out[r] = cells;
  }
  return out;
}
