// The engine's one error type. Hosts (worksheet functions, the command) turn it into their own form:
// `kind` "value" becomes #VALUE!, "not-found" becomes #N/A, each with `message`.
// The message always names what is wrong: the argument, class, column and value where they apply.

export type ChartErrorKind = "value" | "not-found";

export interface ErrorPlace {
  /** The function argument at fault, e.g. "terms", "exitValue". */
  argument?: string;
  /** The share class at fault, e.g. "Series A". */
  className?: string;
  /** The terms-table column at fault, e.g. "Issue Price". */
  column?: string;
  /** The offending value as the user wrote it. */
  value?: unknown;
}

export class ChartError extends Error {
  readonly kind: ChartErrorKind;
  readonly place: ErrorPlace;
  constructor(kind: ChartErrorKind, message: string, place: ErrorPlace = {}) {
    super(message);
    this.name = "ChartError";
    this.kind = kind;
    this.place = place;
  }
}

/** "Series A, column Issue Price, value "-1": must not be negative." — the one way messages are worded. */
export function describe(place: ErrorPlace, problem: string): string {
  const parts: string[] = [];
  if (place.argument) parts.push(`argument ${place.argument}`);
  if (place.className) parts.push(`class ${place.className}`);
  if (place.column) parts.push(`column ${place.column}`);
  if (place.value !== undefined) parts.push(`value ${JSON.stringify(place.value)}`);
  return parts.length ? `${parts.join(", ")}: ${problem}` : problem;
}

/** A bad value (#VALUE!), with its place named in the message. */
export function invalid(place: ErrorPlace, problem: string): ChartError {
  return new ChartError("value", describe(place, problem), place);
}

/** Something looked up and not there, e.g. an unknown class (#N/A). */
export function notFound(place: ErrorPlace, problem: string): ChartError {
  return new ChartError("not-found", describe(place, problem), place);
}
