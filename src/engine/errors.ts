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

/** At most this many characters of a value appear in a message (a 10 MB cell is not echoed). */
export const MAX_SHOWN = 200;

/** A text for a message: at most MAX_SHOWN characters, then its length when cut. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN)}... (${text.length} characters)`;
}

/** A value as a message shows it: a text quoted (cut to MAX_SHOWN characters, with its length), else as JSON. */
export function shown(value: unknown): string {
  if (typeof value === "string") {
    return value.length <= MAX_SHOWN ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, MAX_SHOWN))}... (${value.length} characters)`;
  }
  if (typeof value === "bigint") return value.toString();
  return clip(JSON.stringify(value) ?? String(value));
}

/** "Series A, column Issue Price, value "-1": must not be negative." — the one way messages are worded. */
export function describe(place: ErrorPlace, problem: string): string {
  const parts: string[] = [];
  if (place.argument) parts.push(`argument ${clip(place.argument)}`);
  if (place.className) parts.push(`class ${clip(place.className)}`);
  if (place.column) parts.push(`column ${clip(place.column)}`);
  if (place.value !== undefined) parts.push(`value ${shown(place.value)}`);
  // A problem quoting a long text (a class name, a header) is cut too: a message stays readable.
  const said = problem.length <= 4 * MAX_SHOWN ? problem : `${problem.slice(0, 4 * MAX_SHOWN)}... (${problem.length} characters)`;
  return parts.length ? `${parts.join(", ")}: ${said}` : said;
}

/** A bad value (#VALUE!), with its place named in the message. */
export function invalid(place: ErrorPlace, problem: string): ChartError {
  return new ChartError("value", describe(place, problem), place);
}

/** Something looked up and not there, e.g. an unknown class (#N/A). */
export function notFound(place: ErrorPlace, problem: string): ChartError {
  return new ChartError("not-found", describe(place, problem), place);
}
