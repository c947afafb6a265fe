// "Model a round": a Next Round block on a NEW sheet (never over anything of the user's) reading a terms
// table already in the workbook: inputs (shaded), CHARTER.ROUNDSUMMARY (price, shares, pool, each series'
// conversion price before and after with its clause), CHARTER.ROUND (the terms after the round), the fully
// diluted ownership before and after, and CHARTER.LIQPREF before and after at a few exits. The whole
// block is planned (and every CHARTER formula computed once through the catalogue) before the workbook is
// touched, so bad terms stop it with nothing written; a write that fails takes the new sheet away again
// when the port can delete a sheet.
import { call, isHostError } from "../catalogue";
import { toExcelSerial } from "../engine";
import type { Preset } from "../presets";
import { cellAddress, columnLetters, quoteSheet, rangeAddress } from "../sheet/a1";
import { existingNames } from "./insert";
import { cleanSheetName, freeSheetName } from "../sheet/names";
import { INPUT_FILL, planInsert, wantedNames, type ExistingNames } from "../sheet/plan";
import type { CellStyle, PortCell, WorkbookPort } from "../sheet/port";

const MONEY = "#,##0.00";
const COUNT = "#,##0";
const DATE = "yyyy-mm-dd";
/** Blank rows under the ROUND spill that the formulas reading it take in (shadow series of SAFEs added later). */
const SPARE_ROWS = 3;

/** Illustrative down rounds (inputs the user changes), as on the templates' Next Round sheets. */
const ROUNDS: Record<string, { investment: number; preMoney: number; pool: number | null; exits: number[] }> = {
  maginet: { investment: 15_000_000, preMoney: 51_365_364, pool: null, exits: [15_000_000, 60_000_000, 150_000_000] },
  juniper: { investment: 10_000_000, preMoney: 60_000_000, pool: 0.1, exits: [30_000_000, 100_000_000, 250_000_000] },
  "jt-storage": { investment: 1_000_000, preMoney: 9_500_000, pool: null, exits: [5_000_000, 20_000_000, 60_000_000] },
};
const DEFAULT_ROUND = { investment: 10_000_000, preMoney: 40_000_000, pool: null, exits: [20_000_000, 50_000_000, 100_000_000] };
/** The closing date: before JT Storage's example distribution date (2000-02-03), after Juniper's D1 issue. */
const CLOSING = "1999-06-30";

export interface RoundWrite {
  address: string;
  /** A constant, or a formula starting with "=". */
  value: PortCell;
  numberFormat?: string;
  style?: CellStyle;
}

export interface RoundPlan {
  sheetName: string;
  wantedSheetName: string;
  /** The terms table the block reads. */
  termsTable: string;
  /** Writes in order: constants and formulas, one cell each. */
  writes: RoundWrite[];
  /** The ROUNDSUMMARY anchor, selected when done. */
  select: string;
  price: unknown;
}

type Matrix = PortCell[][];

/** The terms table to model the round on: the preset's own name first, else the only *_Terms table. */
export function findTermsTable(preset: Preset, tables: readonly string[]): string | null {
  const wanted = wantedNames(preset).table.toLowerCase();
  const exact = tables.find((t) => t.toLowerCase() === wanted);
  if (exact) return exact;
  const terms = tables.filter((t) => /_terms\d*$/i.test(t));
  return terms.length === 1 ? terms[0] : (terms.find((t) => t.toLowerCase().startsWith(wanted)) ?? null);
}

function spill(name: string, args: unknown[]): Matrix {
  const r = call(name, args as never);
  if (isHostError(r)) throw new Error(`CHARTER.${name}: ${r.message}`);
  return (Array.isArray(r) ? r : [[r]]).map((row) =>
    row.map((c) => (isHostError(c) ? c.code : c === null ? "" : typeof c === "object" ? Number(c.toString()) : c)),
  );
}

/** Plans the block for `table` (its name and values: header row first) on a new sheet. */
export function planRound(preset: Preset, table: string, values: Matrix, existing: ExistingNames, asOf: string | null): RoundPlan {
  const round = ROUNDS[preset.id] ?? DEFAULT_ROUND;
  const wantedSheetName = cleanSheetName("Next Round");
  const sheetName = freeSheetName(wantedSheetName, existing.sheets);
  const writes: RoundWrite[] = [];
  const put = (row: number, col: number, value: PortCell, numberFormat?: string, style?: CellStyle) =>
    writes.push({ address: cellAddress(row, col), value, numberFormat, style });
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const terms = `${table}[#All]`;

  put(0, 0, `Next Round on ${table}: a priced round (CHARTER.ROUNDSUMMARY, CHARTER.ROUND), the ownership and the waterfall before and after.`, undefined, {
    bold: true,
  });
  put(1, 0, "Shaded cells are inputs (an illustrative down round); change them and the block follows.", undefined, { italic: true });
  const inputs: [string, PortCell, string?][] = [
    ["Investment ($)", round.investment, MONEY],
    ["Pre-money valuation ($)", round.preMoney, MONEY],
    ["Pool target (of the post-money fully diluted shares; blank: no top-up)", round.pool ?? "", "0.0%"],
    ["Closing date", toExcelSerial(CLOSING), DATE],
    ["New series (blank: the next series letter)", ""],
    ["Unissued pool before the round (shares)", 0, COUNT],
  ];
  inputs.forEach(([label, value, format], i) => {
    put(3 + i, 0, label);
    put(3 + i, 1, value, format, { fill: INPUT_FILL });
  });
  const input = (i: number) => abs(3 + i, 1);
  const args = [terms, input(0), input(1), input(2), "", input(3), input(4), input(5)].join(",");
  // The same arguments as values, to size the spills now.
  const inputValues = [values, round.investment, round.preMoney, round.pool, null, CLOSING, null, 0];

  const summary = spill("ROUNDSUMMARY", inputValues);
  put(10, 0, "The round: price, new shares, pool top-up, post-money; each series' conversion price before and after, with its clause", undefined, {
    bold: true,
  });
  put(11, 0, `=CHARTER.ROUNDSUMMARY(${args})`);

  const after = spill("ROUND", inputValues);
  const top = 11 + summary.length + 2;
  put(top, 0, "The terms after the round (CHARTER.ROUND): read by =CHARTER.LIQPREF below", undefined, { bold: true });
  put(top + 1, 0, `=CHARTER.ROUND(${args})`);
  const rowsR = after.length + SPARE_ROWS;
  const roundRange = `${abs(top + 1, 0)}:${abs(top + rowsR, after[0].length - 1)}`;

  // Ownership, fully diluted: Preferred as converted (Shares x Issue Price / Conversion Price), the rest as held.
  const header = after[0].map(String);
  const col = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  const classNames = values.slice(1).map((r) => String(r[values[0].findIndex((h) => String(h).toLowerCase() === "class")]));
  const fd = (s: string, ip: string, cp: string) => `IF(${ip}>0,${s}*${ip}/${cp},${s})`;
  const own = top + 1 + rowsR + 1;
  put(own, 0, "Fully diluted ownership before and after (Preferred as converted)", undefined, { bold: true });
  ["Class", "Before", "%", "After", "%"].forEach((h, c) => put(own + 1, c, h, undefined, { bold: true }));
  const first = own + 2;
  const n = after.length - 1;
  const total = first + n + 1;
  for (let i = 1; i <= n; i++) {
    const r = first + i - 1;
    const at = (name: string) => abs(top + 1 + i, col(name));
    const name = String(after[i][col("Class")]);
    put(r, 0, `=${at("Class")}`);
    const k = classNames.indexOf(name);
    const t = (column: string) => `INDEX(${table}[${column}],${k + 1})`;
    put(r, 1, k >= 0 ? `=${fd(t("Shares"), t("Issue Price"), t("Conversion Price"))}` : 0, COUNT);
    put(r, 3, `=${fd(at("Shares"), at("Issue Price"), at("Conversion Price"))}`, COUNT);
  }
  put(first + n, 0, "Unissued pool");
  put(first + n, 1, `=${input(5)}+0`, COUNT);
  put(first + n, 3, `=${input(5)}+${abs(14, 1)}`, COUNT);
  put(total, 0, "Total", undefined, { bold: true });
  for (const c of [1, 3]) put(total, c, `=SUM(${rangeAddress(first, c, n + 1, 1)})`, COUNT, { bold: true });
  for (let r = first; r <= total; r++) for (const c of [1, 3]) put(r, c + 1, `=${abs(r, c)}/${abs(total, c)}`, "0.00%");

  // The waterfall before and after.
  const w = total + 3;
  put(w, 0, "Each class's payout before and after the round (CHARTER.LIQPREF)", undefined, { bold: true });
  put(w + 1, 0, "Exit value", undefined, { bold: true });
  round.exits.forEach((x, i) => put(w + 2 + i, 0, x, MONEY, { fill: INPUT_FILL }));
  const exits = `$A$${w + 3}:$A$${w + 2 + round.exits.length}`;
  const liq = (range: string) => (asOf ? [range, exits, "", asOf] : [range, exits]).join(",");
  const beforeCols = classNames.length;
  const afterCol = beforeCols + 2;
  put(w + 1, 1, `=CHARTER.CLASSES(${terms})`);
  put(w + 2, 1, `=CHARTER.LIQPREF(${liq(terms)})`);
  put(w, afterCol, "After the round", undefined, { bold: true });
  put(w + 1, afterCol, `=CHARTER.CLASSES(${roundRange})`);
  put(w + 2, afterCol, `=CHARTER.LIQPREF(${liq(roundRange)})`);
  return { sheetName, wantedSheetName, termsTable: table, writes, select: cellAddress(11, 0), price: summary[0][1] };
}

/** Plans, then writes the block to a new sheet; rejects with a message when there are no terms to read. */
export async function insertRound(port: WorkbookPort, preset: Preset): Promise<RoundPlan> {
  const names = await existingNames(port);
  const table = findTermsTable(preset, names.tables);
  if (!table) throw new Error(`no terms table in the workbook to model a round on; insert ${preset.company}'s terms first`);
  const read = await port.readTable(table);
  if (!read) throw new Error(`could not read the table ${table}`);
  const values: Matrix = [read.header, ...read.rows];
  // An accruing charter's LIQPREF needs the distribution date: the cell beside the insert's terms holds it.
  const asOfCell = planInsert(preset, { sheets: [], tables: [] }).asOfCell;
  const plan = planRound(preset, table, values, names, asOfCell ? `${quoteSheet(read.sheet)}!${absAddress(asOfCell)}` : null);
  await port.addSheet(plan.sheetName);
  try {
    for (const w of plan.writes) {
      if (typeof w.value === "string" && w.value.startsWith("=")) await port.writeFormulas(plan.sheetName, w.address, [[w.value]]);
      else await port.writeValues(plan.sheetName, w.address, [[w.value]], w.numberFormat ? [[w.numberFormat]] : undefined);
      if (port.formatRange && (w.style || (w.numberFormat && typeof w.value === "string" && w.value.startsWith("=")))) {
        await port.formatRange(plan.sheetName, w.address, { ...w.style, ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}) });
      }
    }
    if (port.activate) await port.activate(plan.sheetName, plan.select);
  } catch (e) {
    // Nothing half-built: the sheet was ours, so it goes again when the port can delete it.
    if (port.deleteSheet) await port.deleteSheet(plan.sheetName).catch(() => undefined);
    throw e;
  }
  return plan;
}

/** "B8" -> "$B$8". */
function absAddress(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  return m ? `$${m[1]}$${m[2]}` : a1;
}
