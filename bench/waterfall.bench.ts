// Waterfall bench: evaluations per second of the compiled solver against re-solving from scratch
// (compiling per exit), for MagiNet, Juniper and JT Storage-like terms, over 10,000 exit values:
// 8,000 spread from 0 to 3x total preferences and 2,000 from the last breakpoint (fully converted, or
// past the JT Storage waiver) to 3x it. Exact per-class Decimal amounts; cents are a separate figure.
// Run alone: npx tsx bench/waterfall.bench.ts
import { Decimal, toCents } from "../src/engine/decimal";
import type { CharterTerms } from "../src/engine/terms/model";
import { compileWaterfall, solveWaterfall, type Waterfall } from "../src/engine/waterfall";
import { jtStorageTerms, juniperTerms, maginetTerms } from "../src/engine/waterfall/charter-fixtures";

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

const EXITS = 10_000;
/** From scratch is ~100x slower: timed over every 10th exit (1,000 of them). */
const SCRATCH_EVERY = 10;

export function benchExits(w: Waterfall): Decimal[] {
  const bps = w.breakpoints();
  const low = w.totalPreferences.times(3);
  const top = bps.length ? bps[bps.length - 1].exitValue : w.totalPreferences;
  const exits: Decimal[] = [];
  for (let k = 0; k < 8_000; k++) exits.push(toCents(low.times(k).div(7_999)));
  for (let k = 0; k < 2_000; k++) exits.push(toCents(top.plus(top.times(2).times(k).div(1_999))));
  return exits.slice(0, EXITS);
}

function perSecond(exits: readonly Decimal[], f: (exit: Decimal) => unknown): number {
  for (let k = 0; k < Math.min(exits.length, 2_000); k++) f(exits[k]); // warm up
  const t0 = process.hrtime.bigint();
  for (const e of exits) f(e);
  const ns = Number(process.hrtime.bigint() - t0);
  return Math.round((exits.length * 1e9) / ns);
}

function benchTerms(name: string, terms: CharterTerms, asOf: string | null): BenchRow[] {
  const w = compileWaterfall(terms, asOf);
  const exits = benchExits(w);
  const compiled = perSecond(exits, (e) => w.payouts(e));
  const cents = perSecond(exits, (e) => w.cents(e));
  const scratch = perSecond(exits.filter((_, k) => k % SCRATCH_EVERY === 0), (e) => solveWaterfall(terms, asOf).payouts(e));
  return [
    { name: `waterfall ${name}: compiled payouts (exact Decimal per class)`, value: compiled, unit: "evaluations/s" },
    { name: `waterfall ${name}: compiled cents (largest remainder)`, value: cents, unit: "evaluations/s" },
    { name: `waterfall ${name}: from scratch (compile per exit)`, value: scratch, unit: "evaluations/s" },
    { name: `waterfall ${name}: compiled / from scratch`, value: Math.round((compiled / scratch) * 10) / 10, unit: "x" },
  ];
}

export function runWaterfallBench(): BenchRow[] {
  return [
    ...benchTerms("MagiNet", maginetTerms(), null),
    ...benchTerms("Juniper", juniperTerms(), null),
    ...benchTerms("JT Storage", jtStorageTerms(), "1999-01-10"),
  ];
}

if (require.main === module) {
  for (const row of runWaterfallBench()) console.log(`${row.name}: ${row.value.toLocaleString("en-US")} ${row.unit}`);
}
