// Calling the catalogue from the command: the same entry point as Excel's wrappers, so the command
// can never disagree with the worksheet. A whole-function error becomes a ChartError for the command's
import { ChartError } from "../engine";
import { call, isHostError, type HostArg, type HostError, type ResultCell, type ResultValue } from "../catalogue";

/** A catalogue argument's name -> the flag that gave it, e.g. { asOf: "--as-of" }. */
export type FlagNames = Readonly<Record<string, string>>;

/** `message` with a leading "argument NAME" naming the flag instead, when NAME came from one. */
export function asTyped(message: string, flags: FlagNames): string {
  return message.replace(/^argument (\w+)/, (whole, name: string) => (flags[name] ? `argument ${flags[name]}` : whole));
}

/** A host error (a whole call's or one cell's) as the command's ChartError, naming flags as typed. */
export function chartErrorOf(e: HostError, flags: FlagNames = {}): ChartError {
  return new ChartError(e.kind, asTyped(e.message, flags));
}

export function callCatalogue(name: string, args: readonly HostArg[], flags: FlagNames = {}): ResultValue {
  const result = call(name, args);
  if (isHostError(result)) {
    if (result.internal) throw new Error(result.message);
    throw chartErrorOf(result, flags);
  }
  return result;
}

/** The rows of a spill. */
export function rowsOf(value: ResultValue): ResultCell[][] {
  if (!Array.isArray(value)) throw new Error("expected a spill, got one value");
  return value;
}
