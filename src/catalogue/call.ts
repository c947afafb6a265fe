// Calling a catalogue entry from host values: read each argument with its adapter (omitted optionals
// as null), run, check the result, and turn any error into a HostError. Never throws.
import { Decimal } from "../engine/decimal";
import { invalid } from "../engine/errors";
import { isBlank } from "./args";
import { Money } from "../engine/money/money";
import { HostError, isHostError, toHostError } from "./host-error";
import type { EntryCell, EntryValue, FunctionSpec, HostArg, ResultValue } from "./types";

/** The arguments read by the entry's adapters, in order; throws a ChartError naming the argument. */
export function readArguments(spec: FunctionSpec, args: readonly HostArg[]): unknown[] {
  // Trailing omitted arguments are simply absent (the command's form); extra ones are an error.
  let given = args.length;
  while (given > spec.params.length && isBlank(args[given - 1])) given -= 1;
  if (given > spec.params.length) {
    const names = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    throw invalid({}, `${spec.name} takes ${spec.params.length} arguments (${names}), not ${given}`);
  }
  return spec.params.map((p, i) => {
    const v = args[i];
    if (isBlank(v)) {
      if (p.optional) return null;
      throw invalid({ argument: p.name }, "is required");
    }
    return p.read(v, { argument: p.name });
  });
}

/** A finite Decimal or whole cents, a text, a flag, an empty cell or an error: anything else is our fault, not the user's. */
function checkCell(cell: EntryCell, functionName: string): EntryCell {
  if (cell instanceof Decimal && !cell.isFinite()) {
    return new HostError("value", `internal error in ${functionName}: the result is not a finite number; please report it`, true);
  }
  return cell;
}

function checkResult(spec: FunctionSpec, value: EntryValue): EntryValue | HostError {
  if (spec.result === "matrix") {
    // A spill may be a single value when the call asks for one (LIQPREF with one exit and a class):
    // Excel shows it in the formula's cell, the command prints it as a value.
    if (!Array.isArray(value)) return checkCell(value as EntryCell, spec.name) as EntryValue | HostError;
    // Checked in place; copied only where a cell is replaced (a spill is tens of thousands of cells).
    let out = value;
    for (let r = 0; r < value.length; r++) {
      const row = value[r];
      for (let c = 0; c < row.length; c++) {
        const checked = checkCell(row[c], spec.name);
        if (checked === row[c]) continue;
        if (out === value) out = value.map((cells) => cells.slice());
        out[r][c] = checked;
      }
    }
    return out;
  }
  const expected = { number: "Decimal", string: "string", boolean: "boolean" }[spec.result];
  const actual = value instanceof Decimal || value instanceof Money ? "Decimal" : Array.isArray(value) ? "range" : typeof value;
  if (actual !== expected) return toHostError(new Error(`the result is a ${actual}, not a ${expected}`), spec.name);
  const checked = checkCell(value as EntryCell, spec.name);
  return checked as EntryValue | HostError;
}

/**
 * Whole cents as Decimals, for hosts that take Decimals. An entry hands the same Money object down a
 * column for a repeated amount (LIQPREF), so each column reuses the Decimal made for it (immutable).
 */
function withDecimals(value: EntryValue | HostError): ResultValue | HostError {
  if (value instanceof Money) return value.toDecimal();
  if (!Array.isArray(value)) return value;
  const seen: (Money | undefined)[] = [];
  const made: Decimal[] = [];
  return value.map((row) =>
    row.map((cell, c) => {
      if (!(cell instanceof Money)) return cell;
      if (seen[c] !== cell) {
        seen[c] = cell;
        made[c] = cell.toDecimal();
      }
      return made[c];
    }),
  );
}

/** What a host takes: Decimal amounts (every host), or whole cents left as Money too (hosts of numbers). */
export interface ResultForm {
  cents: boolean;
}

/** Runs `spec` on host arguments. Bad input gives a HostError (#VALUE! / #N/A) with its message. */
export function invoke(spec: FunctionSpec, args: readonly HostArg[]): ResultValue | HostError;
/** The same, amounts in whole cents left as Money (for hosts that turn them into numbers). */
export function invoke(spec: FunctionSpec, args: readonly HostArg[], form: { cents: true }): EntryValue | HostError;
export function invoke(spec: FunctionSpec, args: readonly HostArg[], form: ResultForm = { cents: false }): EntryValue | HostError {
  let value: EntryValue | HostError;
  try {
    value = spec.run(readArguments(spec, args));
  } catch (e) {
    return toHostError(e, spec.name);
  }
  const checked = isHostError(value) ? value : checkResult(spec, value);
  return form.cents ? checked : withDecimals(checked);
}
