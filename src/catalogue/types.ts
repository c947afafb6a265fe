// The catalogue's types: what a host passes in, what a function gives back, and how a worksheet
// function is described once for every host (Excel, the task pane, the `charter` command, a test
// formula engine). Hosts convert their own values to these and back; nothing here knows Office.
import type { Decimal } from "../engine/decimal";
import type { ErrorPlace } from "../engine/errors";
import type { Money } from "../engine/money";
import type { HostError } from "./host-error";

/** One value as a host passes it. `null` (or `undefined`) is an omitted optional or an empty cell. */
export type HostScalar = number | string | boolean | null;
/** A range: rows of cells. */
export type HostMatrix = HostScalar[][];
/** One argument as a host passes it. */
export type HostArg = HostScalar | HostMatrix | undefined;

/** One computed cell: an exact amount, a text, a flag, an empty cell, or an error in that cell only. */
export type ResultCell = Decimal | string | boolean | null | HostError;
/** What a function returns: one value, or a spill whose cells may each carry an error. */
export type ResultValue = Decimal | string | boolean | ResultCell[][];
/**
 * A cell as an entry computes it: a ResultCell, or an amount in whole cents (Money), which hosts of
 * numbers take without a Decimal; `call` and `invoke` hand every other host a Decimal in its place.
 */
export type EntryCell = ResultCell | Money;
/** What an entry's `run` returns. */
export type EntryValue = Decimal | Money | string | boolean | EntryCell[][];

/**
 * The kinds of argument. Each maps to one adapter in ./args.ts and to one Excel parameter type in the
 * generated src/functions/functions.ts.
 * - number: an amount, price or share count (a JS number goes to Decimal through `dec`; the command's
 *   text is read exactly)
 * - integer: a small whole count such as a number of decimal places (a JS number)
 * - string, boolean: as written
 * - choice: one of a fixed list of words, case-insensitive (e.g. a day-count basis)
 * - date: an Excel serial number or a YYYY-MM-DD text, to an ISO date
 * - numbers: a number or a range of numbers (e.g. exit values), to a Decimal matrix (param.money: a
 *   bigint count of cents for each cell in whole cents, a Decimal for the others)
 * - matrix: a range as it is (e.g. a cap table with its header row)
 * - terms: a terms table with its header row, or a preset name such as "maginet"
 */
export type ParamType = "number" | "integer" | "string" | "boolean" | "choice" | "date" | "numbers" | "matrix" | "terms";

/** One parameter: its name and help as Excel shows them, and the adapter that reads it. */
export interface ParamSpec<T> {
  name: string;
  description: string;
  type: ParamType;
  /** Omitted optionals reach `run` as null; the entry applies its default with `??`. */
  optional: boolean;
  /** Reads a present (not null, not blank) argument, or throws a ChartError naming `place`. */
  read(value: NonNullable<HostArg>, place: ErrorPlace): T;
}

/** The result's shape, for the Excel signature: a single value or a spill (which may be one value, a 1 x 1 spill). */
export type ResultType = "number" | "string" | "boolean" | "matrix";

/** The run function's arguments, typed from the parameter list. */
export type ArgsOf<Ps extends readonly ParamSpec<unknown>[]> = {
  -readonly [K in keyof Ps]: Ps[K] extends ParamSpec<infer T> ? T : never;
};

/** A worksheet function, described once. */
export interface FunctionSpec {
  /** The id after the namespace: CHARTER.<name>. A-Z, 0-9 and dots. */
  name: string;
  /** One sentence, shown by Excel in autocomplete. */
  description: string;
  params: readonly ParamSpec<unknown>[];
  result: ResultType;
  /** What the result is, for the @returns help. */
  returns: string;
  /** Runs on arguments already read by the adapters (in parameter order). */
  run(args: readonly unknown[]): EntryValue | HostError;
  /**
   * Why the result is what it is, one reason a line with its clause (the command prints them under the
   * value; DEEMEDLIQ and SECURITYVALUE have them). Same arguments as `run`; may throw as `run` does.
   */
  reasons?(args: readonly unknown[]): readonly Reason[];
}

/** One reason for a result, with the clause it applies. */
export interface Reason {
  clause: string;
  text: string;
}
