// `charter presets` lists the charter presets (id, company, charter date, summary); `charter presets NAME`
// shows one: its terms as a table (one column per class), or --json (the whole preset: table, inputs the
// charter does not state, readings of unclear clauses), or --csv (the terms table a user can edit and pass
// back with --terms FILE.csv).
import { toCsv, type Cell } from "../../engine/terms/table";
import { getPreset, PRESETS, type Preset } from "../../presets";
import { EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, type OptionSpec } from "../flags";
import { exactJson, textTable } from "../format";
import type { Io } from "../io";

export const PRESETS_OPTIONS: readonly OptionSpec[] = [
  { name: "json", kind: "switch", help: "Print JSON (the list, or the whole preset)." },
  { name: "csv", kind: "switch", help: "With NAME: print the terms table as CSV, to edit and pass back with --terms." },
  HELP_OPTION,
];

function cellText(cell: Cell): string {
  return cell === null ? "" : String(cell);
}

function listPresets(io: Io, json: boolean): void {
  if (json) {
    io.out(exactJson(PRESETS.map((p) => ({ id: p.id, company: p.company, charterDate: p.charterDate, summary: p.summary }))) + "\n");
    return;
  }
  io.out(textTable([["ID", "Company", "Charter Date"], ...PRESETS.map((p) => [p.id, p.company, p.charterDate ?? "(not stated)"])]));
  for (const p of PRESETS) io.out(`\n${p.id}: ${p.summary}\n`);
}

/** The terms with one column per class (a charter's 30 columns would not fit across a terminal). */
function transposed(p: Preset): string[][] {
  const classCol = p.table.header.findIndex((h) => h.toLowerCase() === "class");
  const names = p.table.rows.map((r) => cellText(r[classCol]));
  const rows: string[][] = [["", ...names]];
  p.table.header.forEach((h, c) => {
    if (c === classCol) return;
    // Clauses and notes are long texts: shown below, by class.
    if (/^(clauses|note)/i.test(h)) return;
    const values = p.table.rows.map((r) => cellText(r[c]));
    if (values.every((v) => v === "")) return;
    rows.push([h, ...values]);
  });
  return rows;
}

function showPreset(io: Io, p: Preset): void {
  io.out(`${p.company} (${p.id})\n`);
  io.out(`Document: ${p.document}\n`);
  io.out(`Charter date: ${p.charterDate ?? "(not stated in the text)"}; source: ${p.source}\n`);
  io.out(`${p.summary}\n\n`);
  io.out(textTable(transposed(p)));
  const clausesCol = p.table.header.findIndex((h) => h.toLowerCase() === "clauses");
  const classCol = p.table.header.findIndex((h) => h.toLowerCase() === "class");
  if (clausesCol >= 0) {
    io.out("\nClauses:\n");
    for (const r of p.table.rows) if (r[clausesCol] !== null) io.out(`  ${cellText(r[classCol])}: ${cellText(r[clausesCol])}\n`);
  }
  if (p.inputs.length > 0) {
    io.out("\nInputs the charter does not state (change them with --set):\n");
    for (const i of p.inputs) io.out(`  ${i.cell} = ${i.value}: ${i.why}\n`);
  }
  if (p.readings.length > 0) {
    io.out("\nReadings of unclear clauses:\n");
    for (const r of p.readings) io.out(`  ${r.clause}: ${r.reading}\n`);
  }
}

export function presetsCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, PRESETS_OPTIONS, "presets");
  const json = parsed.switches.has("json");
  const csv = parsed.switches.has("csv");
  if (json && csv) throw new UsageError("give --json or --csv, not both", "presets");
  if (parsed.positionals.length > 1) throw new UsageError(`give one preset name, not ${parsed.positionals.length}`, "presets");
  if (parsed.positionals.length === 0) {
    if (csv) throw new UsageError("--csv shows one preset's terms: charter presets NAME --csv", "presets");
    listPresets(io, json);
    return EXIT_OK;
  }
  const p = getPreset(parsed.positionals[0], "preset");
  if (csv) io.out(toCsv(p.table));
  else if (json) io.out(exactJson(p) + "\n");
  else showPreset(io, p);
  return EXIT_OK;
}
