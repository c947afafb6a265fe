// Argument adapters: the one place where host values (JS numbers, texts, booleans, 2-D arrays, null for
// omitted) become engine values (Decimal, ISO dates, words from a fixed list). Each adapter reads a
// present value and throws a ChartError (#VALUE!) whose message names the argument and the value.
import { Decimal } from "../engine/decimal";
import type { IsoDate } from "../engine/terms/model";
import { asExcelShows, isBlank as blank, readDateValue, readNumberValue, readWord, readYesNo } from "../engine/read";
import { invalid, ChartError, type ErrorPlace } from "../engine/errors";
import { Money } from "../engine/money/money";
import { HostError, toHostError } from "./host-error";
import type { HostArg, HostMatrix, HostScalar } from "./types";

/** Null, undefined, or a text of spaces only: an omitted optional argument or an empty cell. */
export function isBlank(v: HostArg): v is null | undefined | "" {
  return blank(v);
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

/**
 * An amount or price, exactly: a JS number through its shortest string, or a text read by the one
 * reading rule (src/engine/read: "1,000", "$8.93"; no "%"), as the terms table and the command read it.
 */
export function readNumber(v: NonNullable<HostArg>, place: ErrorPlace): Decimal {
  return readNumberValue(scalarOf(v, place), place, "amount");
}

/** A fraction or rate (0.5, or "50%" typed): the one kind that takes a percentage (src/engine/read). */
export function readRatio(v: NonNullable<HostArg>, place: ErrorPlace): Decimal {
  return readNumberValue(scalarOf(v, place), place, "ratio");
}

/** A count of shares: whole, 0 to 1e15; a computed cell is read as Excel shows it (15 digits). */
export function readShares(v: NonNullable<HostArg>, place: ErrorPlace): Decimal {
  return readNumberValue(scalarOf(v, place), place, "shares");
}

/** An exit, a payment or a fund amount: whole cents (a computed cell read as Excel shows it first). */
export function readCash(v: NonNullable<HostArg>, place: ErrorPlace): Decimal {
  return readNumberValue(scalarOf(v, place), place, "money");
}

/** A whole number such as a count of decimal places (a JS number; not an amount). */
export function readInteger(v: NonNullable<HostArg>, place: ErrorPlace): number {
  return readNumberValue(scalarOf(v, place), place, "integer").toNumber() + 0;
}

/** A text as written (a number is written in its shortest form, as Excel would show it). */
export function readString(v: NonNullable<HostArg>, place: ErrorPlace): string {
  const x = scalarOf(v, place);
  if (typeof x === "string") return x;
  if (typeof x === "number") return String(x);
  throw invalid({ ...place, value: x }, "is not a text");
}

/** TRUE or FALSE; the command's texts true/false and yes/no too (case-insensitive). */
export function readBoolean(v: NonNullable<HostArg>, place: ErrorPlace): boolean {
  return readYesNo(scalarOf(v, place), place);
}

/** One of `words`, matched case-insensitively and ignoring surrounding spaces; returns the listed form. */
export function readChoice<W extends string>(words: readonly W[], v: NonNullable<HostArg>, place: ErrorPlace): W {
  return readWord(words, scalarOf(v, place), place);
}

/** A date: an Excel serial number (time of day dropped), YYYY-MM-DD, or a form Excel writes into CSV. */
export function readDate(v: NonNullable<HostArg>, place: ErrorPlace): IsoDate {
  return readDateValue(scalarOf(v, place), place);
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
 * A JS number's value in whole cents as Excel shows it: through its shortest text (String(x)) when that
 * is whole cents, else through its 15 significant digits (so =A1*1.1 worth
 * 110.00000000000001 is 11000 cents); a bigint count of cents, or null when the number shown has a
 * fraction of a cent or x is not finite. Never x * 100 in floating point.
 */
export function numberToCents(x: number): bigint | null {
  // A whole number of dollars below 2^53 / 100: exact as it is.
  if (Number.isInteger(x) && x <= MAX_SAFE_DOLLARS && x >= -MAX_SAFE_DOLLARS) return BigInt(x * 100);
  if (!Number.isFinite(x)) return null;
  const s = String(x);
  const point = s.indexOf(".");
  if (point < 0 && /^-?\d+$/.test(s)) return BigInt(s) * 100n;
  const places = point < 0 ? 0 : s.length - point - 1;
  if (point >= 0 && places <= 2 && !s.includes("e")) {
    // The digits without the point, as whole cents (one or two places: "12.5" -> 1250, "0.05" -> 5).
    return BigInt(s.slice(0, point) + s.slice(point + 1) + (places === 1 ? "0" : ""));
  }
  const exact = new Decimal(s).times(100);
  if (exact.isInteger()) return BigInt(exact.toFixed());
  const shown = asExcelShows(x).times(100);
  return shown.isInteger() ? BigInt(shown.toFixed()) : null;
}

/** A Decimal's exact whole cents (negative too); read as money, it has no fraction of a cent. */
function decimalCents(d: Decimal): bigint {
  return Money.fromDecimal(d).cents;
}

/** A money cell as read: whole cents as a bigint count of cents (a Decimal only from older callers). */
export type MoneyCell = CellOf<bigint | Decimal>;

/**
 * Exit values in dollars, each whole cents, as a bigint count of cents (no Decimal made): from a JS number
 * through numberToCents, from a text by the reading rule for money; a bad cell carries its own error.
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
          // Money is whole cents (src/engine/read): a fraction of a cent is this cell's error.
          cells[c] = decimalCents(readNumberValue(cell, cellPlace(place, r, c), "money"));
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
