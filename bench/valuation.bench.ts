// Valuation (issue 11): CHARTER.OPM for the Juniper preset, valuations a second on one core with the
// breakpoints cached with the terms (aim: 20,000 or more), and CHARTER.BACKSOLVE (aim: under 5 ms). Engine
// rows: the tranche schedule cached with the compiled waterfall, one valuation per equity value. Catalogue
// rows: `call` with the terms given as the preset name (found parsed in the terms cache), the path every host
// takes; one call per value pays the terms look-up each time (about 0.1 ms: the table's content key), a
// column of values pays it once. Run alone: npx tsx bench/valuation.bench.ts
import { performance } from "perf_hooks";
import { call, isHostError } from "../src/catalogue";
import { compileWaterfall } from "../src/engine/waterfall";
import { presetTerms } from "../test/fixtures/charters";
import { backsolve, classValuesInto, opm, scheduleOf } from "../src/engine/valuation";
import { presetTable } from "../src/presets";
import type { BenchRow } from "./run";

const OPM_AIM_PER_S = 20_000;
const BACKSOLVE_AIM_MS = 5;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function termsRange(): (string | number | boolean | null)[][] {
  const t = presetTable("juniper");
  return [[...t.header], ...t.rows.map((r) => [...r])];
}

export function runOpmBench(): BenchRow[] {
  const w = compileWaterfall(presetTerms("juniper"), null);
  const t0 = performance.now();
  const s = scheduleOf(w);
  const buildMs = performance.now() - t0;
  const out = new Float64Array(s.classes.length);
  const N = 200_000;
  let sink = 0;
  // Warm up, then time N valuations at equity values from $20M to $620M.
  for (let k = 0; k < 20_000; k++) sink += classValuesInto(s, { equityValue: 2e7 + k * 3000, volatility: 0.6, years: 3, rate: 0.04 }, out)[5];
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const a = performance.now();
    for (let k = 0; k < N; k++) sink += classValuesInto(s, { equityValue: 2e7 + k * 3000, volatility: 0.6, years: 3, rate: 0.04 }, out)[5];
    runs.push(performance.now() - a);
  }
  const engineRate = N / (median(runs) / 1000);
  // With the audit table and the inputs checked (what OPMTABLE builds).
  const M = 20_000;
  const b = performance.now();
  for (let k = 0; k < M; k++) sink += opm(s, { equityValue: 2e7 + k * 3000, volatility: 0.6, years: 3, rate: 0.04 }).total;
  const tableRate = M / ((performance.now() - b) / 1000);
  // Through the catalogue: the preset name, and a fresh terms range each call (as Excel passes one).
  const C = 20_000;
  let c0 = performance.now();
  for (let k = 0; k < C; k++) {
    const v = call("OPM", ["juniper", 2e7 + k * 3000, 0.6, 3, 0.04]);
    if (isHostError(v)) throw new Error(v.message);
  }
  const presetRate = C / ((performance.now() - c0) / 1000);
  // A column of 1,000 equity values in one call (the spill a chart of value per share draws from).
  const column = Array.from({ length: 1000 }, (_, k) => [2e7 + k * 600_000]);
  const runsCol: number[] = [];
  for (let r = 0; r < 7; r++) {
    const a = performance.now();
    const v = call("OPM", [termsRange(), column, 0.6, 3, 0.04]);
    if (isHostError(v)) throw new Error(v.message);
    runsCol.push(performance.now() - a);
  }
  const columnRate = 1000 / (median(runsCol) / 1000);
  const range = termsRange();
  c0 = performance.now();
  for (let k = 0; k < C / 4; k++) call("OPM", [k % 2 ? range : termsRange(), 2e7 + k * 3000, 0.6, 3, 0.04]);
  const rangeRate = C / 4 / ((performance.now() - c0) / 1000);
  if (sink === 42) console.log("");
  const row = (name: string, perS: number): BenchRow => ({
    name,
    valuationsPerS: Math.round(perS),
    usPerValuation: +(1e6 / perS).toFixed(2),
    aimPerS: OPM_AIM_PER_S,
    underAim: perS >= OPM_AIM_PER_S ? "yes" : "NO",
  });
  return [
    { name: "OPM Juniper: tranche schedule built (once per terms)", ms: +buildMs.toFixed(3), tranches: s.tranches.length },
    row("OPM Juniper, engine (schedule cached), values only", engineRate),
    row("OPM Juniper, engine with the audit table and checks", tableRate),
    row("CHARTER.OPM Juniper via call (preset name)", presetRate),
    row("CHARTER.OPM Juniper via call (terms range)", rangeRate),
    row("CHARTER.OPM Juniper via call, a column of 1,000 equity values", columnRate),
  ];
}

export function runBacksolveBench(): BenchRow[] {
  const w = compileWaterfall(presetTerms("juniper"), null);
  const s = scheduleOf(w);
  const rows: BenchRow[] = [];
  // Series D's price and Common's, from the OPM at $300M.
  const at = opm(s, { equityValue: 3e8, volatility: 0.6, years: 3, rate: 0.04 });
  for (const i of [3, 5]) {
    const times: number[] = [];
    let got = 0;
    for (let r = 0; r < 51; r++) {
      const a = performance.now();
      got = backsolve(s, { classIndex: i, price: at.perShare[i]!, volatility: 0.6, years: 3, rate: 0.04 });
      times.push(performance.now() - a);
    }
    const ms = median(times);
    rows.push({
      name: `BACKSOLVE Juniper ${s.classes[i]}, engine`,
      msMedian: +ms.toFixed(4),
      msMax: +Math.max(...times).toFixed(4),
      equityValue: got,
      aimMs: BACKSOLVE_AIM_MS,
      underAim: ms < BACKSOLVE_AIM_MS ? "yes" : "NO",
    });
  }
  const times: number[] = [];
  for (let r = 0; r < 51; r++) {
    const a = performance.now();
    const v = call("BACKSOLVE", ["juniper", "Series D", at.perShare[3]!, 0.6, 3, 0.04]);
    if (isHostError(v)) throw new Error(v.message);
    times.push(performance.now() - a);
  }
  const ms = median(times);
  rows.push({
    name: "CHARTER.BACKSOLVE Juniper Series D via call",
    msMedian: +ms.toFixed(4),
    msMax: +Math.max(...times).toFixed(4),
    aimMs: BACKSOLVE_AIM_MS,
    underAim: ms < BACKSOLVE_AIM_MS ? "yes" : "NO",
  });
  return rows;
}

if (require.main === module) {
  console.table(runOpmBench());
  console.table(runBacksolveBench());
}
