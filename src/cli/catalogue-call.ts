// Calling the catalogue from the command: the same entry point as Excel's wrappers, so the command
// can never disagree with the worksheet. A whole-function error becomes a ChartError for the command's
// one-line report (its kind and message kept).
import { ChartError } from "../engine";
import { call, isHostError, type HostArg, type ResultCell, type ResultValue } from "../catalogue";

export function callCatalogue(name: string, args: readonly HostArg[]): ResultValue {
  const result = call(name, args);
  if (isHostError(result)) {
    if (result.internal) throw new Error(result.message);
    throw new ChartError(result.kind, result.message);
  }
  return result;
}

/** The rows of a spill. */
export function rowsOf(value: ResultValue): ResultCell[][] {
  if (!Array.isArray(value)) throw new Error("expected a spill, got one value");
  return value;
}
