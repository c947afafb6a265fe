// The conversion rules between HyperFormula and the catalogue (the HF host's boundary, like
// src/functions/excel.ts for Excel):
//
// HF value -> catalogue HostArg (`hostValue`):
//   - a number (a date, currency or percent too: its plain serial/number) -> number
//   - a text -> string; TRUE/FALSE -> boolean
//   - an empty cell or an omitted argument (`=F(a,,c)` or fewer arguments) -> null
//   - a range or an array -> rows of the above (a 2-D array)
//   - an error (#REF!, #DIV/0!, ...) -> kept as the HF error: the call gives that error (spreadsheet
//     propagation), whether it sits in a scalar argument or in a cell of a range.
// Catalogue result -> HF value (`hfValue`, `hfResult`):
//   - Decimal -> the nearest JS number, at this boundary only (HF cells hold doubles); beyond a double's
//     range, #VALUE!. Whole cents (Money, from invoke's cents form) -> the same number, without a Decimal
//   - string, boolean as they are; null (an empty cell of a spill) -> HF's EmptyValue
//   - HostError -> CellError: #VALUE! (ErrorType.VALUE) or #N/A (ErrorType.NA) with the message, which
//     hf.getCellValue gives back as DetailedCellError.message
//   - a spill -> SimpleRangeValue; a cell's HostError stays in its own cell, the rest of the spill stands.
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import { Decimal } from "../engine";
import { Money } from "../engine/money";
import { HostError, isHostError } from "../catalogue";
import type { EntryCell, EntryValue, HostArg, HostScalar } from "../catalogue";

/** What HF's interpreter hands a plugin: a scalar (maybe a rich number with `val`), EmptyValue, a CellError, or a range. */
export type HfValue = unknown;
/** One cell of what a plugin returns. */
export type HfScalar = number | string | boolean | CellError | typeof EmptyValue;

/** A scalar HF value as a catalogue scalar, or the HF error it carries. */
export function hostScalar(v: unknown): HostScalar | CellError {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return v;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // DateNumber, CurrencyNumber, PercentNumber, TimeNumber...: a number with a display format.
  if (typeof v === "object" && typeof (v as { val?: unknown }).val === "number") return (v as { val: number }).val;
  return new CellError(ErrorType.VALUE, `a value HyperFormula passed is not a number, text or flag: ${String(v)}`);
}

/** An HF argument value as a catalogue HostArg; the first HF error in it is returned instead. */
export function hostValue(v: HfValue): HostArg | CellError {
  if (v instanceof SimpleRangeValue) {
    const rows: HostScalar[][] = [];
    for (const row of v.data) {
      const out: HostScalar[] = [];
      for (const cell of row) {
        const s = hostScalar(cell);
        if (s instanceof CellError) return s;
        out.push(s);
      }
      rows.push(out);
    }
    return rows;
  }
  return hostScalar(v);
}

/** A HostError as HF's error value, with its message. */
export function hfError(e: HostError): CellError {
  return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
}

/** The class read once, not per cell (an import from an entry point is a chain of getters in a CommonJS build). */
const MONEY = Money;

/** One result cell as an HF value: Decimal (or Money) -> number here and only here. */
export function hfValue(cell: EntryCell): HfScalar {
  if (cell === null) return EmptyValue;
  if (isHostError(cell)) return hfError(cell);
  if (cell instanceof Decimal || cell instanceof MONEY) {
    const n = cell.toNumber();
    return Number.isFinite(n) ? n : hfError(new HostError("value", `value ${JSON.stringify(cell.toString())}: is too large for a spreadsheet number`));
  }
  return cell;
}

/** The rows x columns a result fills: 1 x 1 for a single value or an error. */
export function resultSize(result: EntryValue | HostError): { width: number; height: number } {
  if (!Array.isArray(result)) return { width: 1, height: 1 };
  return { height: Math.max(result.length, 1), width: Math.max(1, ...result.map((r) => r.length)) };
}

/** A whole result as an HF value: a single value, or a spill (ragged rows padded with empty cells). */
export function hfResult(result: EntryValue | HostError): HfScalar | SimpleRangeValue {
  if (isHostError(result)) return hfError(result);
  if (!Array.isArray(result)) return hfValue(result);
  const { width } = resultSize(result);
  const rows = result.length ? result : [[null]];
  return SimpleRangeValue.onlyValues(rows.map((row) => Array.from({ length: width }, (_, c) => hfValue(c < row.length ? row[c] : null))) as never);
}
