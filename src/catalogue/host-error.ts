// Engine errors as host errors: a ChartError of kind "value" is #VALUE!, "not-found" is #N/A, each
// with the engine's message (which names the argument, class, column and value). Hosts turn a
// HostError into their own form (Excel: CustomFunctions.Error; the command: a message and exit code).
import { ChartError, type ChartErrorKind } from "../engine/errors";

export type HostErrorCode = "#VALUE!" | "#N/A";

const CODES: Record<ChartErrorKind, HostErrorCode> = { value: "#VALUE!", "not-found": "#N/A" };

/** A typed error value: returned (never thrown) by the catalogue, and carried by a spill's cells. */
export class HostError {
  readonly code: HostErrorCode;
  constructor(
    readonly kind: ChartErrorKind,
    readonly message: string,
    /** True when the cause was not a ChartError: a fault in our code, not in the user's input. */
    readonly internal = false,
  ) {
    this.code = CODES[kind];
  }
}

export function isHostError(x: unknown): x is HostError {
  return x instanceof HostError;
}

/**
 * Any thrown value as a HostError. A ChartError keeps its kind and message. Anything else is a fault
 * of ours, not of the input: it still becomes #VALUE! (a worksheet must never crash or show a wrong
 * number), with a message that says so and names the function, marked `internal`.
 */
export function toHostError(e: unknown, functionName?: string): HostError {
  if (e instanceof ChartError) return new HostError(e.kind, e.message);
  const detail = e instanceof Error ? e.message : String(e);
  const where = functionName ? ` in ${functionName}` : "";
  return new HostError("value", `internal error${where}: ${detail}; please report it`, true);
}
