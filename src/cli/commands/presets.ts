// `charter presets` lists the charter presets (id, company, charter date, summary); `charter presets NAME`
// shows one: its terms as a table (one column per class), or --json (the whole preset: table, inputs the
// charter does not state, readings of unclear clauses), or --csv (the terms table a user can edit and pass
// back with --terms FILE.csv).
import { toCsv, type Cell } from "../../engine";
import { getPreset, PRESETS, type Preset } from "../../presets";
import { EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, type OptionSpec } from "../flags";
import { exactJson, textTable, wrap, wrapUnits } from "../format";
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

/** The width the text output keeps to (a terminal of 100 columns). */
export const TEXT_WIDTH = 100;
/** A value longer than this is a rule written out (IPO Reset, Redemption): shown below the table. */
const LONG_VALUE = 16;

interface Terms {
  /** The table, one column per class: [header row, then one row per column of the terms]. */
  rows: string[][];
  /** Columns with a long value, shown below the table as "Series D IPO Reset: ..." lines. */
  long: { column: string; values: [className: string, value: string][] }[];
}

/** The terms with one column per class (a charter's 30 columns would not fit across a terminal). */
function transposed(p: Preset): Terms {
  const classCol = p.table.header.findIndex((h) => h.toLowerCase() === "class");
  const names = p.table.rows.map((r) => cellText(r[classCol]));
  const terms: Terms = { rows: [["", ...names]], long: [] };
  p.table.header.forEach((h, c) => {
    if (c === classCol) return;
    // Clauses and notes are long texts: shown below, by class.
    if (/^(clauses|note)/i.test(h)) return;
    const values = p.table.rows.map((r) => cellText(r[c]));
    if (values.every((v) => v === "")) return;
    if (values.some((v) => v.length > LONG_VALUE)) {
      terms.long.push({ column: h, values: values.flatMap((v, i): [string, string][] => (v === "" ? [] : [[names[i], v]])) });
    } else {
      terms.rows.push([h, ...values]);
    }
  });
  return terms;
}

/** The table in blocks of as many classes as fit in TEXT_WIDTH (all of them, for the presets today). */
function classBlocks(rows: string[][]): string {
  const label = Math.max(...rows.map((r) => r[0].length));
  const widths = rows[0].slice(1).map((_, i) => Math.max(...rows.map((r) => r[i + 1].length)));
  const blocks: number[][] = [];
  let used = label;
  for (let i = 0; i < widths.length; i++) {
    if (blocks.length === 0 || used + 2 + widths[i] > TEXT_WIDTH) {
      blocks.push([]);
      used = label;
    }
    blocks[blocks.length - 1].push(i + 1);
    used += 2 + widths[i];
  }
  return blocks.map((cols) => textTable(rows.map((r) => [r[0], ...cols.map((c) => r[c])]))).join("\n");
}

function showPreset(io: Io, p: Preset): void {
  const W = TEXT_WIDTH;
  io.out(`${p.company} (${p.id})\n`);
  io.out(wrap(p.document, W, "Document: ", "  "));
  io.out(wrap(`${p.charterDate ?? "(not stated in the text)"}; source: ${p.source}`, W, "Charter date: ", "  "));
  io.out(wrap(p.summary, W) + "\n");
  const terms = transposed(p);
  io.out(classBlocks(terms.rows));
  for (const long of terms.long) {
    io.out("\n");
    for (const [name, value] of long.values) io.out(wrap(value, W, `${name} ${long.column}: `, "    "));
  }
  const clausesCol = p.table.header.findIndex((h) => h.toLowerCase() === "clauses");
  const classCol = p.table.header.findIndex((h) => h.toLowerCase() === "class");
  if (clausesCol >= 0) {
    io.out("\nClauses:\n");
    for (const r of p.table.rows) {
      if (r[clausesCol] === null) continue;
      // "Column=clause; ..." broken between the items only.
      const items = cellText(r[clausesCol]).split(/;\s*/);
      io.out(
        wrapUnits(
          items.map((c, i) => (i < items.length - 1 ? `${c};` : c)),
          W,
          `  ${cellText(r[classCol])}: `,
          "    ",
        ),
      );
    }
  }
  if (p.inputs.length > 0) {
    io.out("\nInputs the charter does not state (change them with --set):\n");
    for (const i of p.inputs) io.out(wrap(i.why, W, `  ${i.cell} = ${i.value}: `, "    "));
  }
  if (p.readings.length > 0) {
    io.out("\nReadings of unclear clauses:\n");
    for (const r of p.readings) io.out(wrap(r.reading, W, `  ${r.clause}: `, "    "));
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
