// Explain: the waterfall steps behind a CHARTER.LIQPREF cell. The formula's arguments are resolved the
// simple way (terms: a table reference, a preset name or a range; exit: a number or a cell reference;
// the optional asOf likewise) and handed to the catalogue's EXPLAIN, so the steps are the ones the
// worksheet function computes. Anything else gets a message saying what the pane needs.
import { Decimal } from "../engine";
import { call as callCatalogue, isHostError, type HostArg, type HostError, type HostScalar, type ResultValue } from "../catalogue";
import { cellAddress, parseCell, quoteSheet, requireRange } from "../sheet/a1";
import { calledFunctions, classifyArgument, findCall, type ArgumentForm } from "../sheet/formula";
import type { ActiveCell, PortCell, WorkbookPort } from "../sheet/port";

/** LIQPREF(terms, exitValues, [className], [asOf]): its parameters in order (src/catalogue). */
const LIQPREF = "CHARTER.LIQPREF";
const PARAMS = ["terms", "exitValues", "className", "asOf"] as const;

/** The example form the messages show. */
const EXAMPLE = "=CHARTER.LIQPREF(MagiNet_Terms[#All], B10)";

/** A formula's LIQPREF arguments, read from its text alone. */
export interface LiqprefCall {
  formula: string;
  terms: ArgumentForm;
  exitValues: ArgumentForm;
  className: ArgumentForm;
  asOf: ArgumentForm;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Reads the first CHARTER.LIQPREF call in `formula` (pure: text only). */
export function readLiqpref(formula: string, where = "The selected cell"): Outcome<LiqprefCall> {
  const text = formula.trim();
  if (text === "") return fail(`${where} is empty. Select a cell that holds a CHARTER.LIQPREF formula, e.g. ${EXAMPLE}.`);
  if (!text.startsWith("=")) return fail(`${where} holds a value, not a formula. Select a cell that holds a CHARTER.LIQPREF formula, e.g. ${EXAMPLE}.`);
  const found = findCall(text, LIQPREF);
  if (!found) {
    const charter = calledFunctions(text).filter((f) => f.startsWith("CHARTER."));
    const holds = charter.length ? `calls ${[...new Set(charter)].join(", ")}, not CHARTER.LIQPREF` : "holds no CHARTER.LIQPREF call";
    return fail(`${where} ${holds}. Explain reads a CHARTER.LIQPREF formula, e.g. ${EXAMPLE}.`);
  }
  if (found.args.length > PARAMS.length) {
    return fail(`CHARTER.LIQPREF takes at most ${PARAMS.length} arguments (terms, exitValues, [className], [asOf]), not ${found.args.length}.`);
  }
  const forms = PARAMS.map((_, i) => classifyArgument(found.args[i] ?? ""));
  if (forms[0].kind === "omitted")
    return fail('The formula gives no terms: CHARTER.LIQPREF needs the terms table, e.g. MagiNet_Terms[#All], or a preset name such as "maginet".');
  if (forms[1].kind === "omitted") return fail("The formula gives no exit value: CHARTER.LIQPREF needs one, e.g. 50000000 or a cell such as B9.");
  return { ok: true, value: { formula: text, terms: forms[0], exitValues: forms[1], className: forms[2], asOf: forms[3] } };
}

/** One exit value to explain, with where it came from ("B9", "A3", "50000000"). */
export interface ExitChoice {
  value: HostScalar;
  source: string;
}

/** Everything EXPLAIN needs, resolved from the workbook. */
export interface ExplainRequest {
  /** The LIQPREF formula and the cell it sits in. */
  formula: string;
  cell: string;
  sheet: string;
  spillAnchor?: string;
  terms: HostArg;
  /** "table MagiNet_Terms", "preset \"maginet\"", "range 'Deal'!A1:X6". */
  termsSource: string;
  /** The exits in the formula's exitValues, in reading order; blank cells left out. */
  exits: ExitChoice[];
  /** The exit (index into `exits`) the selected cell shows: its row in the spill, else the first. */
  exitIndex: number;
  className: HostScalar;
  asOf: HostScalar;
}

function blank(v: PortCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A scalar argument (className, asOf): a literal or one cell. */
async function scalar(form: ArgumentForm, param: string, port: WorkbookPort, sheet: string): Promise<Outcome<HostScalar>> {
  switch (form.kind) {
    case "omitted":
      return { ok: true, value: null };
    case "number":
    case "string":
    case "boolean":
      return { ok: true, value: form.value };
    case "range": {
      const values = await port.readRange(form.sheet ?? sheet, form.address);
      if (values.length !== 1 || values[0].length !== 1) return fail(`The ${param} argument (${form.text}) is a range; Explain takes one cell there.`);
      return { ok: true, value: blank(values[0][0]) ? null : values[0][0] };
    }
    default:
      return fail(`The ${param} argument (${form.text}) is neither a value nor a cell reference; put it in a cell and refer to the cell.`);
  }
}

async function termsOf(form: ArgumentForm, port: WorkbookPort, sheet: string): Promise<Outcome<{ terms: HostArg; source: string }>> {
  switch (form.kind) {
    case "table":
    case "name": {
      const name = form.kind === "table" ? form.table : form.name;
      const table = await port.readTable(name);
      if (!table) {
        return fail(
          form.kind === "table"
            ? `There is no table named ${name} in this workbook (the terms argument is ${form.text}).`
            : `The terms argument ${form.text} is not a table of this workbook; Explain reads a table reference such as ${name}[#All], a preset name such as "maginet", or a range.`,
        );
      }
      // A bare table name and Table[#Data] are the data rows without the header, as Excel passes them.
      const part = form.kind === "table" ? form.part : "data";
      const matrix = part === "all" ? [table.header, ...table.rows] : part === "data" ? table.rows : [table.header];
      return { ok: true, value: { terms: matrix, source: `table ${name}` } };
    }
    case "string":
      return { ok: true, value: { terms: form.value, source: `preset "${form.value}"` } };
    case "range": {
      const on = form.sheet ?? sheet;
      const values = await port.readRange(on, form.address);
      return { ok: true, value: { terms: values, source: `range ${quoteSheet(on)}!${form.address}` } };
    }
    default:
      return fail(
        `The terms argument (${form.kind === "omitted" ? "" : form.text}) is not a table reference, a preset name or a range; ` +
          `Explain reads Terms[#All], "maginet" or A1:X6.`,
      );
  }
}

/** The exits, and for a range each one's place in it (reading order, blanks counted) and the range's width. */
interface Exits {
  exits: ExitChoice[];
  places: number[];
  cols: number;
}

async function exitsOf(form: ArgumentForm, port: WorkbookPort, sheet: string): Promise<Outcome<Exits>> {
  switch (form.kind) {
    case "number":
    case "string":
    case "boolean":
      return { ok: true, value: { exits: [{ value: form.value, source: form.text }], places: [0], cols: 1 } };
    case "range": {
      const on = form.sheet ?? sheet;
      const values = await port.readRange(on, form.address);
      const { row, col } = requireRange(form.address, "exitValues");
      const exits: ExitChoice[] = [];
      const places: number[] = [];
      const cols = values[0]?.length ?? 1;
      values.forEach((r, i) =>
        r.forEach((v, j) => {
          if (blank(v)) return;
          exits.push({ value: v, source: `${form.sheet ? `${quoteSheet(on)}!` : ""}${cellAddress(row + i, col + j)}` });
          places.push(i * cols + j);
        }),
      );
      const many = values.length * cols > 1;
      if (exits.length === 0)
        return fail(`The exit value ${many ? "cells" : "cell"} ${form.text} ${many ? "are" : "is"} empty: enter an exit value in dollars.`);
      return { ok: true, value: { exits, places, cols } };
    }
    default:
      return fail(
        `The exit value (${form.kind === "omitted" ? "" : form.text}) is neither a number nor a cell reference; put it in a cell and refer to the cell, e.g. ${EXAMPLE}.`,
      );
  }
}

/**
 * The exit the selected cell shows, from its offset in the spill (src/catalogue/entries/liqpref.ts):
 * every class spills one row per exit cell, read across then down (a blank cell keeps its row); one
 * class spills the exits' own shape. The first exit when the cell is the anchor or shows no exit.
 */
function exitShown(active: ActiveCell, exits: Exits, oneClass: boolean): number {
  if (!active.spillAnchor) return 0;
  const at = parseCell(active.address);
  const anchor = parseCell(active.spillAnchor);
  if (!at || !anchor) return 0;
  const down = at.row - anchor.row;
  const across = at.col - anchor.col;
  if (down < 0 || across < 0) return 0;
  if (oneClass && across >= exits.cols) return 0;
  const place = oneClass ? down * exits.cols + across : down;
  const i = exits.places.indexOf(place);
  return i < 0 ? 0 : i;
}

/** Resolves the active cell's LIQPREF formula against the workbook. */
export async function resolveExplain(active: ActiveCell | null, port: WorkbookPort): Promise<Outcome<ExplainRequest>> {
  if (!active) return fail("Select a cell that holds a CHARTER.LIQPREF formula first.");
  const where = active.spillAnchor ? `The selected cell ${active.address} (spilled from ${active.spillAnchor})` : `The selected cell ${active.address}`;
  const read = readLiqpref(active.formula, where);
  if (!read.ok) return read;
  const liq = read.value;
  const terms = await termsOf(liq.terms, port, active.sheet);
  if (!terms.ok) return terms;
  const exits = await exitsOf(liq.exitValues, port, active.sheet);
  if (!exits.ok) return exits;
  const className = await scalar(liq.className, "className", port, active.sheet);
  if (!className.ok) return className;
  const asOf = await scalar(liq.asOf, "asOf", port, active.sheet);
  if (!asOf.ok) return asOf;
  return {
    ok: true,
    value: {
      formula: liq.formula,
      cell: active.spillAnchor ?? active.address,
      sheet: active.sheet,
      spillAnchor: active.spillAnchor,
      terms: terms.value.terms,
      termsSource: terms.value.source,
      exits: exits.value.exits,
      exitIndex: exitShown(active, exits.value, className.value !== null),
      className: className.value,
      asOf: asOf.value,
    },
  };
}

/** One step of the explanation: EXPLAIN's row [step, tier, class, amount, clause, text]. */
export interface ExplainStep {
  step: string;
  tier: string;
  className: string;
  amount: Decimal | null;
  clause: string;
  text: string;
}

export type ExplainFunction = (args: readonly HostArg[]) => ResultValue | HostError;

/** The catalogue's EXPLAIN, as the worksheet calls it. */
export const catalogueExplain: ExplainFunction = (args) => callCatalogue("EXPLAIN", args);

function textOf(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Decimal) return cell.toString();
  if (isHostError(cell)) return `${cell.code} ${cell.message}`;
  return String(cell);
}

/** EXPLAIN's rows as steps; a header row (a text where the step number goes) is skipped. */
export function stepsOf(rows: unknown[][]): ExplainStep[] {
  const body = rows.length > 0 && typeof rows[0][0] === "string" && !/^\d+$/.test(rows[0][0].trim()) ? rows.slice(1) : rows;
  return body.map((r) => ({
    step: textOf(r[0]),
    tier: textOf(r[1]),
    className: textOf(r[2]),
    amount: r[3] instanceof Decimal ? r[3] : null,
    clause: textOf(r[4]),
    text: textOf(r[5]),
  }));
}

/** The explanation of one exit, or the error EXPLAIN gives (the cell would show the same). */
export function explainExit(request: ExplainRequest, exitIndex: number, explain: ExplainFunction = catalogueExplain): Outcome<ExplainStep[]> {
  const exit = request.exits[exitIndex];
  if (!exit) return fail(`There is no exit number ${exitIndex + 1}; the formula gives ${request.exits.length}.`);
  const result = explain([request.terms, exit.value, request.asOf]);
  if (isHostError(result)) return fail(`${result.code} ${result.message}`);
  if (!Array.isArray(result)) return fail(`EXPLAIN gave ${textOf(result)}, not a table of steps.`);
  return { ok: true, value: stepsOf(result) };
}
