// The function layer: CHARTER.LIQPREF spilling 10,000 exit values for the Juniper preset, the terms given
// as the 2-D array a range gives (header row included, a fresh array on every call as Excel passes it),
// through the catalogue (`call`: Decimal cells, for the task pane and the command) and through the Excel
// wrapper (numbers out: whole cents to doubles, no Decimal per cell). Aim (issue #4): under 100 ms a
// spill on this machine; column underAim says whether the median is. First call: terms parsed and the
// waterfall and its cents kernel compiled; warm calls: terms found by content in the cache. Medians of
// RUNS calls, with the fastest and slowest. Run alone: npx tsx bench/liqpref.bench.ts
import { performance } from "perf_hooks";
import { call, clearTermsCache, isHostError } from "../src/catalogue";
import { dec } from "../src/engine/decimal";
import { roundToCents } from "../src/engine/money";
import { compileWaterfall } from "../src/engine/waterfall";
import { decimalPathCents } from "../src/engine/waterfall/compile";
import { presetTerms } from "../test/fixtures/charters";
import { matrixResult } from "../src/functions/excel";
import { presetTable } from "../src/presets";
import type { BenchRow } from "./run";
import { benchExits } from "./waterfall.bench";

const AIM_MS = 100;
const RUNS = 9;

/** The Juniper terms range as Excel passes it: header row, then one row per class; a fresh copy each time. */
function termsRange(): (string | number | boolean | null)[][] {
  const t = presetTable("juniper");
  return [[...t.header], ...t.rows.map((r) => [...r])];
}

/** 10,000 exits as a column of numbers (the waterfall bench's: 0 to 3x total preferences, then past the last breakpoint). */
function exitColumn(): number[][] {
  return benchExits(compileWaterfall(presetTerms("juniper"), null)).map((e) => [e.toNumber()]);
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

function stats(name: string, times: number[], extra: Record<string, number | string> = {}): BenchRow {
  const sorted = times.slice().sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const median = sorted[sorted.length >> 1];
  return {
    name,
    medianMs: round(median),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    aimMs: AIM_MS,
    underAim: median < AIM_MS ? "yes" : "no",
    runs: times.length,
    ...extra,
  };
}

/** Spot checks of the Excel wrapper's numbers: the Decimal path's cents at the exit, as Decimal.toNumber gives them. */
function checkNumbers(cells: unknown[][], exits: number[][]): void {
  if (cells.length !== exits.length) throw new Error(`LIQPREF via Excel: ${cells.length} rows for ${exits.length} exits`);
  const w = compileWaterfall(presetTerms("juniper"), null);
  for (let r = 0; r < exits.length; r += 499) {
    const expected = decimalPathCents(w, dec(exits[r][0])).amounts.map((a) => a.toNumber());
    if (cells[r].join() !== expected.join()) throw new Error(`LIQPREF via Excel, row ${r}: ${cells[r]} is not ${expected}`);
  }
}

/** Spot checks before timing: a spill row equals the Decimal path's cents at the exit, and adds up to it. */
function check(result: unknown, exits: number[][]): void {
  if (isHostError(result) || !Array.isArray(result) || result.length !== exits.length) throw new Error(`LIQPREF: unexpected result ${String(result)}`);
  const w = compileWaterfall(presetTerms("juniper"), null);
  for (let r = 0; r < exits.length; r += 499) {
    const expected = decimalPathCents(w, dec(exits[r][0])).amounts.map((a) => a.toDecimal().toString());
    const row = (result[r] as unknown[]).map(String);
    if (row.join() !== expected.join()) throw new Error(`LIQPREF row ${r}: ${row} is not ${expected}`);
    const sum = (result[r] as { plus?: unknown }[]).reduce((s: ReturnType<typeof dec>, c) => s.plus(c as never), dec(0));
    if (!sum.eq(roundToCents(dec(exits[r][0]), "half-up"))) throw new Error(`LIQPREF row ${r} adds up to ${sum}, not ${exits[r][0]}`);
  }
}

export function runLiqprefBench(): BenchRow[] {
  const exits = exitColumn();
  const rows: BenchRow[] = [];

  // First calls: an empty terms cache (and a fresh terms object, so the waterfall and kernel compile too).
  const first: number[] = [];
  for (let k = 0; k < 3; k++) {
    clearTermsCache();
    const terms = termsRange();
    const { ms, value } = timed(() => call("LIQPREF", [terms, exits]));
    if (k === 0) check(value, exits);
    first.push(ms);
  }
  rows.push(stats("LIQPREF Juniper, 10,000 exits x 6 classes: first call (parse + compile)", first));

  const warm: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const terms = termsRange();
    warm.push(timed(() => call("LIQPREF", [terms, exits])).ms);
  }
  rows.push(stats("LIQPREF Juniper, 10,000 exits x 6 classes: warm call (catalogue, Decimal cells)", warm));

  const one: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const terms = termsRange();
    one.push(timed(() => call("LIQPREF", [terms, exits, "Common"])).ms);
  }
  rows.push(stats("LIQPREF Juniper, 10,000 exits, one class (Common): warm call", one));

  const excel: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const terms = termsRange();
    const { ms, value } = timed(() => matrixResult("LIQPREF", [terms, exits, undefined, undefined]));
    if (k === 0) checkNumbers(value, exits);
    excel.push(ms);
  }
  rows.push(stats("LIQPREF Juniper, 10,000 exits x 6 classes: warm call through the Excel wrapper (numbers, no Decimal per cell)", excel));
  return rows;
}

if (require.main === module) {
  for (const row of runLiqprefBench()) console.log(JSON.stringify(row));
}
