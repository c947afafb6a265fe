// The Excel side of the catalogue: calls an entry with the arguments Excel passed (null for omitted
// optionals, 2-D arrays for ranges) and maps the result to what a custom function returns. A HostError
// becomes CustomFunctions.Error: thrown for a single value, placed in its cell for a spill (so the rest
// of the spill stands). #VALUE! is ErrorCode.invalidValue and #N/A ErrorCode.notAvailable, each with the
// message, which Excel shows in the cell's error flyout. No Office.js calls: functions are pure.
import { Decimal } from "../engine";
import { Money } from "../engine/money";
import { CATALOGUE, HostError, invoke, isHostError } from "../catalogue";
import type { EntryCell, EntryValue, FunctionSpec, HostArg } from "../catalogue";

const BY_NAME = new Map<string, FunctionSpec>(CATALOGUE.map((f) => [f.name, f]));

/** What Excel accepts in a cell of a spill. */
export type ExcelCell = number | string | boolean | CustomFunctions.Error;

function excelError(e: HostError): CustomFunctions.Error {
  const code = e.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

/** An exact amount as an Excel number (a double, the nearest to the Decimal); beyond a double's range, #VALUE!. */
function excelNumber(x: Decimal): number | HostError {
  const n = x.toNumber();
  return Number.isFinite(n) ? n : new HostError("value", `value ${JSON.stringify(x.toString())}: is too large for Excel`);
}

/** Whole cents as an Excel number: the same double as the Decimal's (see centsNumber), made without one. */
function excelCents(x: Money): number | HostError {
  const n = x.toNumber();
  return Number.isFinite(n) ? n : new HostError("value", `value ${JSON.stringify(x.toString())}: is too large for Excel`);
}

/**
 * The class read once: in a CommonJS build (the command's, the tests') an import from an entry point is a
 * chain of getters, read per cell of a spill otherwise (LIQPREF through this wrapper was 10-15% slower).
 */
const MONEY = Money;

function excelCell(cell: EntryCell): ExcelCell {
  if (cell instanceof MONEY) {
    // Whole cents, the bulk of a LIQPREF spill: the number straight away when it is finite.
    const n = cell.toNumber();
    if (Number.isFinite(n)) return n;
  }
  if (cell === null) return ""; // an empty cell of the spill
  const value = cell instanceof MONEY ? excelCents(cell) : cell instanceof Decimal ? excelNumber(cell) : cell;
  return isHostError(value) ? excelError(value) : value;
}

function run(name: string, args: readonly HostArg[]): EntryValue {
  const spec = BY_NAME.get(name);
  if (!spec) throw excelError(new HostError("not-found", `value ${JSON.stringify(name)}: is not a function of the catalogue`, true));
  const result = invoke(spec, args, { cents: true });
  if (isHostError(result)) throw excelError(result);
  return result;
}

function scalar(name: string, args: readonly HostArg[]): ExcelCell {
  const result = run(name, args);
  if (Array.isArray(result)) throw excelError(new HostError("value", `internal error in ${name}: a spill where one value was due; please report it`, true));
  const cell = excelCell(result);
  if (cell instanceof CustomFunctions.Error) throw cell;
  return cell;
}

function typed<T>(name: string, args: readonly HostArg[], type: "number" | "string" | "boolean"): T {
  const value = scalar(name, args);
  if (typeof value !== type) throw excelError(new HostError("value", `internal error in ${name}: the result is not a ${type}; please report it`, true));
  return value as T;
}

/** For a catalogue entry whose result is a number. */
export function numberResult(name: string, args: readonly HostArg[]): number {
  return typed<number>(name, args, "number");
}

/** For a catalogue entry whose result is a text. */
export function stringResult(name: string, args: readonly HostArg[]): string {
  return typed<string>(name, args, "string");
}

/** For a catalogue entry whose result is TRUE or FALSE. */
export function booleanResult(name: string, args: readonly HostArg[]): boolean {
  return typed<boolean>(name, args, "boolean");
}

/** A result as the cells of a spill: numbers, texts, flags, "" for empty, CustomFunctions.Error per bad cell. */
export function toExcelCells(result: EntryValue): ExcelCell[][] {
  const rows = Array.isArray(result) ? result : [[result]];
  const out: ExcelCell[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: ExcelCell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = excelCell(row[c]);
    out[r] = cells;
  }
  return out;
}

/** For a catalogue entry that spills: a bad cell carries its own CustomFunctions.Error. */
export function matrixResult(name: string, args: readonly HostArg[]): ExcelCell[][] {
  return toExcelCells(run(name, args));
}
