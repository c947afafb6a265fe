// `charter call FUNCTION ARG... [--json]`: any catalogue function by its worksheet name, its arguments in
// the worksheet's order. A range argument is a CSV file; the terms may also be a preset name; an
// exit-values argument may be one number; "-" or "" is an omitted optional. Every value is read by the
// catalogue as the worksheet reads it (src/engine/read), so typed texts such as 1,743,751 or $8.93 mean
// what they mean in a cell. Ranges are read one way (RANGE_RULE, stated in the help). Text output rounds
// long numbers for reading ("~"); --json keeps them exact. A function that gives reasons (DEEMEDLIQ,
// SECURITYVALUE) has them printed under its value, one line each with its clause; --json prints the value alone.
import {
  CATALOGUE,
  callReasons,
  findFunction,
  isHostError,
  type FunctionSpec,
  type HostArg,
  type ParamSpec,
  type ResultCell,
  type ResultValue,
} from "../../catalogue";
import { callCatalogue, rowsOf } from "../catalogue-call";
import { EXIT_INPUT, EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, type OptionSpec } from "../flags";
import { cellText, exactJson, resultData, textTable } from "../format";
import type { Io } from "../io";
import { commandDecimal, isCommandNumber } from "../numbers";
import { checkExit } from "../../catalogue/waterfall";
import { readCsvRange } from "../terms-source";
import { invalid, type Cell } from "../../engine";
import { isBlank } from "../../engine/read";
import { isFileArgument, readRows } from "../input/read";
import { liqprefJson } from "../fast-liqpref";

export const CALL_OPTIONS: readonly OptionSpec[] = [
  { name: "json", kind: "switch", help: "Print the value as JSON: a number, a string, true/false, or a 2-D array (error cells as {error, message})." },
  HELP_OPTION,
];

/** FUNCTION(a, b, [c]) as the help and messages show it. */
export function signature(spec: FunctionSpec): string {
  return `${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** Whether a text names a file rather than a preset: it has a path separator or a .csv/.txt/.xlsx ending. */
function looksLikePath(text: string): boolean {
  return /[\\/]/.test(text) || /\.(csv|txt|tsv|xlsx|xls)(#.*)?$/i.test(text);
}

/** One command-line argument as the host value the worksheet would pass for this parameter. */
function hostArg(text: string, p: ParamSpec<unknown>, io: Io): HostArg {
  if (text.trim() === "" || text.trim() === "-") return null;
  switch (p.type) {
    case "terms":
      // A file when one is there (or the text looks like a path, to report it missing); else a preset name.
      if (isFileArgument(io, text) || looksLikePath(text)) return readCsvRange(io, text, p.name);
      return text;
    case "numbers":
      // One exit value typed (a bad one refused in one line, naming the argument), or a CSV file of them.
      if (!isCommandNumber(text) && (isFileArgument(io, text) || looksLikePath(text))) return readCsvNumbers(io, text, p.name);
      // An exit typed: read and checked here (whole cents, 0 to 1e15), so a bad one is one line.
      checkExit(commandDecimal(text, p.name, "money"), { argument: p.name }, text);
      return text;
    case "matrix":
      return readCsvRange(io, text, p.name);
    default:
      return text;
  }
}

/** How `charter call` reads a range argument, as its help states it. */
export const RANGE_RULE =
  "A range argument is a file: CSV (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or a workbook, " +
  "FILE.xlsx (the table named after the argument) or FILE.xlsx#TABLE (a table or sheet). A range read by column names (terms, capTable, holdings, events, funds) starts with its header row. " +
  "A range of values (exitValues) takes a header row when it has one: a first row with no number in it is a header and is skipped; " +
  "every other row is values, one exit to a row. One value may be typed instead of a file.";

/** A CSV of values (exitValues): by RANGE_RULE, a first row without a number is a header, skipped. */
function readCsvNumbers(io: Io, text: string, argument: string): HostArg {
  const records = readRows(io, text, argument, argument).filter((row) => !row.every(isBlank));
  let width = 0; // a loop, not a spread: an exits file may have a million rows
  for (const row of records) width = Math.max(width, row.length);
  const rows: Cell[][] = records.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  if (rows.length > 0 && !rows[0].some((cell) => typeof cell === "string" && isCommandNumber(cell))) rows.shift();
  if (rows.length === 0) throw invalid({ argument, value: text }, "has no values; give one exit value to a row (a header row is optional)");
  return rows;
}

/** Functions whose spill has a column per class and no header row: the text output adds one. */
const CLASS_COLUMNS = new Set(["LIQPREF"]);

/** A value as JSON; a spill one row to a line, so a table stays readable and still parses. */
function jsonValue(value: ResultValue): string {
  const data = resultData(value);
  if (!Array.isArray(data)) return exactJson(data);
  return `[\n${(data as unknown[][]).map((row) => `  ${exactJson(row, 0)}`).join(",\n")}\n]`;
}

function printText(io: Io, value: ResultValue, header: string[] | null): void {
  if (!Array.isArray(value)) {
    io.out(cellText(value as ResultCell) + "\n");
    return;
  }
  const rows = value.map((row) => row.map(cellText));
  io.out(textTable(header ? [header, ...rows] : rows));
}

/** The class names heading LIQPREF's columns: the one class asked for, or every class in terms order. */
function classHeader(spec: FunctionSpec, args: readonly HostArg[], value: ResultValue): string[] | null {
  if (!CLASS_COLUMNS.has(spec.name) || !Array.isArray(value)) return null;
  const names = rowsOf(callCatalogue("CLASSES", [args[0]]))[0] as string[];
  const asked = args[2];
  if (typeof asked === "string" && asked.trim() !== "") {
    return [names.find((n) => n.toLowerCase() === asked.trim().toLowerCase()) ?? asked.trim()];
  }
  return names;
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
  if (parsed.switches.has("json") && spec.name === "LIQPREF" && texts.length >= 2) {
    // A long column of exits as JSON: straight from the cents kernel to text (src/cli/fast-liqpref.ts).
    const others = () => texts.map((text, i) => (i === 1 ? null : hostArg(text, spec.params[i], io)));
    const code = liqprefJson(spec, io, others, texts[1], (text) => hostArg(text, spec.params[1], io));
    if (code !== null) return code;
  }
  const args = texts.map((text, i) => hostArg(text, spec.params[i], io));
  const value = callCatalogue(spec.name, args);
  if (parsed.switches.has("json")) io.out(jsonValue(value) + "\n");
  else {
    printText(io, value, classHeader(spec, args, value));
    const reasons = callReasons(spec.name, args);
    if (reasons && reasons.length > 0) io.out(textTable([["Clause", "Reason"], ...reasons.map((r) => [r.clause, r.text])]));
  }
  // A spill with bad cells is still printed (as Excel shows it), but the command reports them and fails.
  return reportCellErrors(io, value) > 0 ? EXIT_INPUT : EXIT_OK;
}
