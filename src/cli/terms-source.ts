// The terms a subcommand works on: a preset (--preset NAME) or a CSV terms table (--terms FILE.csv, as
// `charter presets NAME --csv` writes it), with cells edited by --set "CLASS.COLUMN=VALUE". The result is
// a range (header row first), handed to the catalogue like any worksheet range, so the command computes
// exactly what the worksheet functions do.
import { ChartError, parseTerms, setCell, tableFromMatrix, type TermsTable } from "../engine";
import { getPreset, presetTable } from "../presets";
import type { HostMatrix } from "../catalogue";
import { UsageError } from "./errors";
import type { Parsed, OptionSpec } from "./flags";
import { single } from "./flags";
import type { Io } from "./io";
import { readRows } from "./input/read";

export const TERMS_OPTIONS: readonly OptionSpec[] = [
  { name: "preset", kind: "value", placeholder: "NAME", help: "A charter preset: jt-storage, juniper or maginet (see charter presets)." },
  {
    name: "terms",
    kind: "value",
    placeholder: "FILE",
    help: "A terms table with its header row: a CSV file (charter presets NAME --csv writes one; comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252) or a workbook, FILE.xlsx (its ...Terms table) or FILE.xlsx#TABLE.",
  },
  { name: "set", kind: "value", repeat: true, placeholder: '"CLASS.COLUMN=VALUE"', help: 'Change one cell of the terms, e.g. --set "Common.Shares=8000000".' },
];

/** --as-of: the distribution date dividends accrue to (waterfall, breakpoints, value). */
export const AS_OF_OPTION: OptionSpec = {
  name: "as-of",
  kind: "value",
  placeholder: "YYYY-MM-DD",
  help: "Distribution date, to accrue cumulative dividends to (needed for jt-storage).",
};

export interface TermsSource {
  /** The terms as a range: the header row, then one row per class. */
  range: HostMatrix;
  /** Where they come from, for the output: "preset maginet" or the file's path. */
  label: string;
  /** The company, for a preset. */
  company: string | null;
  /** The flag that gave the terms, as messages name it: "--preset" or "--terms". */
  argument: "--preset" | "--terms";
}

/**
 * A file as a table (src/cli/input/read.ts: CSV in any of the encodings and delimiters users have, or a
 * workbook's table); a missing file is bad input naming the option or argument. `param` is the
 * catalogue parameter it stands for, which picks a workbook's table when no "#TABLE" is given.
 */
export function readCsvTable(io: Io, path: string, argument: string, param = "terms"): TermsTable {
  return tableFromMatrix(readRows(io, path, argument, param), argument);
}

/** A file as a range, header row first, as a worksheet range would come. */
export function readCsvRange(io: Io, path: string, argument: string, param = argument): HostMatrix {
  const table = readCsvTable(io, path, argument, param);
  return [table.header, ...table.rows];
}

/** A `--set` edit split into its address and value. */
export function splitSet(edit: string, command: string): { address: string; value: string } {
  const eq = edit.indexOf("=");
  if (eq < 0) throw new UsageError(`--set "${edit}" has no "="; write --set "CLASS.COLUMN=VALUE", e.g. --set "Common.Shares=8000000"`, command);
  return { address: edit.slice(0, eq), value: edit.slice(eq + 1) };
}

/**
 * The terms after --set edits, checked once here so that a bad value typed in --set is named as typed
 * (--set "Common.Shares=85%"), not as a cell of the terms it went into.
 */
function checkEdits(table: TermsTable, edits: readonly { edit: string; cell: string }[]): void {
  try {
    parseTerms(table, "--set");
  } catch (e) {
    if (!(e instanceof ChartError)) throw e;
    const { className, column } = e.place;
    const edit = className && column ? edits.find((x) => x.cell === `${className}.${column}`.toLowerCase()) : undefined;
    // An error in a cell no edit touched is the terms' own: reported when the terms are read.
    if (edit) throw new ChartError(e.kind, e.message.replace(/^argument --set/, `argument --set "${edit.edit}"`), e.place);
  }
}

export function termsSource(parsed: Parsed, io: Io, command: string): TermsSource {
  const preset = single(parsed, "preset");
  const file = single(parsed, "terms");
  if (preset !== null && file !== null) throw new UsageError("give --preset or --terms, not both", command);
  if (preset === null && file === null) throw new UsageError("give the terms: --preset NAME (jt-storage, juniper, maginet) or --terms FILE.csv", command);
  let table: TermsTable;
  let label: string;
  let company: string | null = null;
  if (preset !== null) {
    const p = getPreset(preset, "--preset");
    table = presetTable(p.id, "--preset");
    label = `preset ${p.id}`;
    company = p.company;
  } else {
    table = readCsvTable(io, file as string, "--terms");
    label = file as string;
  }
  const argument = preset !== null ? "--preset" : "--terms";
  const edits: { edit: string; cell: string }[] = [];
  for (const edit of parsed.values.get("set") ?? []) {
    const { address, value } = splitSet(edit, command);
    table = setCell(table, address, value, "--set");
    edits.push({ edit, cell: address.trim().toLowerCase() });
  }
  if (edits.length > 0) checkEdits(table, edits);
  return { range: [table.header, ...table.rows], label, company, argument };
}
