// `charter call FUNCTION ARG... [--json]`: any catalogue function by its worksheet name, its arguments in
// the worksheet's order. A range argument is a CSV file (header row first, as the worksheet range would
// be); the terms may also be a preset name; an exit-values argument may be one number; numbers are read as
// the terms table reads them (1,743,751, $8.93: src/cli/numbers.ts), dates as YYYY-MM-DD; "-" or "" is an
// omitted optional. A function that gives reasons (DEEMEDLIQ, SECURITYVALUE) has them printed under its
// value, one line each with its clause, as EXPLAIN's steps are; --json prints the value alone.
import { CATALOGUE, callReasons, findFunction, isHostError, type FunctionSpec, type HostArg, type ParamSpec, type ResultCell, type ResultValue } from "../../catalogue";
import { callCatalogue } from "../catalogue-call";
import { EXIT_INPUT, EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, type OptionSpec } from "../flags";
import { cellText, exactJson, resultData, textTable } from "../format";
import type { Io } from "../io";
import { commandNumber, isCommandNumber } from "../numbers";
import { readCsvRange } from "../terms-source";

export const CALL_OPTIONS: readonly OptionSpec[] = [
  { name: "json", kind: "switch", help: "Print the value as JSON: a number, a string, true/false, or a 2-D array (error cells as {error, message})." },
  HELP_OPTION,
];

/** FUNCTION(a, b, [c]) as the help and messages show it. */
export function signature(spec: FunctionSpec): string {
  return `${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** Whether a text names a file rather than a preset: it has a path separator or a .csv ending. */
function looksLikePath(text: string): boolean {
  return /[\\/]/.test(text) || /\.csv$/i.test(text);
}

/** One command-line argument as the host value the worksheet would pass for this parameter. */
function hostArg(text: string, p: ParamSpec<unknown>, io: Io): HostArg {
  if (text.trim() === "" || text.trim() === "-") return null;
  switch (p.type) {
    case "terms":
      // A file when one is there (or the text looks like a path, to report it missing); else a preset name.
      if (io.readText(text) !== null || looksLikePath(text)) return readCsvRange(io, text, p.name);
      return text;
    case "number":
    case "integer":
      return commandNumber(text, p.name);
    case "numbers":
      // One exit value typed, or a CSV column (or block) of them.
      return isCommandNumber(text) ? commandNumber(text, p.name) : readCsvNumbers(io, text, p.name);
    case "matrix":
      return readCsvRange(io, text, p.name);
    default:
      return text;
  }
}

/** A CSV of numbers has no header: every row is values, each read as a typed number would be. */
function readCsvNumbers(io: Io, text: string, argument: string): HostArg {
  // Decision: a numbers file is read as it is, every line a row of values (an exit column without a
  // header), since the worksheet's exitValues range is values only. A text that is neither a number nor
  // a file is refused as a number. A cell that is no number is left for the catalogue, which reports it
  // in its own cell of the result.
  if (io.readText(text) === null && !looksLikePath(text)) return commandNumber(text, argument);
  return readCsvRange(io, text, argument).map((row) =>
    row.map((cell) => (typeof cell === "string" && isCommandNumber(cell) ? commandNumber(cell, argument) : cell)),
  );
}

/** A value as JSON; a spill one row to a line, so a table stays readable and still parses. */
function jsonValue(value: ResultValue): string {
  const data = resultData(value);
  if (!Array.isArray(data)) return exactJson(data);
  return `[\n${(data as unknown[][]).map((row) => `  ${exactJson(row, 0)}`).join(",\n")}\n]`;
}

function printText(io: Io, value: ResultValue): void {
  if (!Array.isArray(value)) {
    io.out(cellText(value as ResultCell) + "\n");
    return;
  }
  io.out(textTable(value.map((row) => row.map(cellText))));
}

/** The error cells of a spill, one line each on stderr: "row 2, column 1: #VALUE! argument ...". */
function reportCellErrors(io: Io, value: ResultValue): number {
  if (!Array.isArray(value)) return 0;
  let n = 0;
  value.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isHostError(cell)) return;
      // A bad exit spoils its whole row: report it once per row.
      if (c > 0 && isHostError(row[c - 1]) && row[c - 1] === cell) return;
      n++;
      io.err(`charter: row ${r + 1}, column ${c + 1}: ${cell.code} ${cell.message}\n`);
    }),
  );
  return n;
}

export function callCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, CALL_OPTIONS, "call");
  const [name, ...texts] = parsed.positionals;
  if (name === undefined) throw new UsageError(`give a function name; the functions are ${CATALOGUE.map((f) => f.name).join(", ")}`, "call");
  let spec: FunctionSpec;
  try {
    spec = findFunction(name);
  } catch {
    // A function name is part of the command line, like a subcommand: a usage error (exit 2).
    throw new UsageError(`"${name}" is not a function; the functions are ${CATALOGUE.map((f) => f.name).join(", ")}`, "call");
  }
  const required = spec.params.filter((p) => !p.optional).length;
  if (texts.length > spec.params.length) {
    throw new UsageError(`${spec.name} takes at most ${spec.params.length} arguments, not ${texts.length}: ${signature(spec)}`, "call");
  }
  const missing = spec.params.slice(texts.length, required).map((p) => p.name);
  spec.params.slice(0, required).forEach((p, i) => {
    const text = texts[i];
    if (text !== undefined && (text.trim() === "" || text.trim() === "-")) missing.push(p.name);
  });
  if (missing.length > 0) throw new UsageError(`${spec.name} needs ${missing.join(", ")}: ${signature(spec)}`, "call");
  const args = texts.map((text, i) => hostArg(text, spec.params[i], io));
  const value = callCatalogue(spec.name, args);
  if (parsed.switches.has("json")) io.out(jsonValue(value) + "\n");
  else {
    printText(io, value);
    const reasons = callReasons(spec.name, args);
    if (reasons && reasons.length > 0) io.out(textTable([["Clause", "Reason"], ...reasons.map((r) => [r.clause, r.text])]));
  }
  // A spill with bad cells is still printed (as Excel shows it), but the command reports them and fails.
  return reportCellErrors(io, value) > 0 ? EXIT_INPUT : EXIT_OK;
}
