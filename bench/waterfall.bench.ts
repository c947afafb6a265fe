// Waterfall bench: evaluations per second for MagiNet, Juniper and JT Storage-like terms over 10,000 exit
// values in whole cents: 8,000 spread from 0 to 3x total preferences and 2,000 from the last breakpoint
// (fully converted, or past the JT Storage waiver) to 3x it. Issue #2's aim: 500,000 a second for
// Juniper on one core, exact.
// - product path: the cents kernel (Waterfall.centsAt: exit as a bigint of cents; per-class whole cents
//   as bigints and the conversions, no Decimal made), and the same through cents() with Decimal in and out;
// - Decimal path: exact Decimal payouts per class, and those rounded by largest remainder (what cents()
//   did before the kernel);
// - from scratch: compiling the terms for every exit.
// Each figure is the best of a few passes (other work shares the machine).
// Run alone: npx tsx bench/waterfall.bench.ts
import { Decimal } from "../src/engine/decimal";
import { roundToCents } from "../src/engine/money";
import type { CharterTerms } from "../src/engine/terms/model";
import { compileWaterfall, solveWaterfall, type Waterfall } from "../src/engine/waterfall";
import { centsKernelOf, decimalPathCents } from "../src/engine/waterfall/compile";
import { presetTerms, JT_STORAGE_WORKED, MAGINET_BY_SENIORITY } from "../test/fixtures/charters";

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
  for (let k = 0; k < 8_000; k++) exits.push(roundToCents(low.times(k).div(7_999), "half-up"));
  for (let k = 0; k < 2_000; k++) exits.push(roundToCents(top.plus(top.times(2).times(k).div(1_999)), "half-up"));
  return exits.slice(0, EXITS);
}

/** Evaluations per second: the best of `passes` passes over the exits, after a warm-up pass. */
function perSecond<T>(exits: readonly T[], f: (exit: T) => unknown, passes = 5): number {
  for (const e of exits) f(e); // warm up
  let best = Infinity;
  for (let k = 0; k < passes; k++) {
    const t0 = process.hrtime.bigint();
    for (const e of exits) f(e);
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return Math.round((exits.length * 1e9) / best);
}

function benchTerms(name: string, terms: CharterTerms, asOf: string | null): BenchRow[] {
  const w = compileWaterfall(terms, asOf);
  const exits = benchExits(w);
  const exitCents = exits.map((e) => BigInt(e.times(100).toFixed(0)));
  // The product path must give the Decimal path's cents before it is timed.
  for (let k = 0; k < exits.length; k += 97) {
    const fast = w.centsAt(exitCents[k]).cents.map(String).join();
    const slow = decimalPathCents(w, exits[k])
      .amounts.map((a) => a.cents)
      .join();
    if (fast !== slow) throw new Error(`${name}: the kernel's cents ${fast} are not the Decimal path's ${slow} at ${exits[k]}`);
  }
  const kernel = centsKernelOf(w);
  const before = { exact: kernel.exact, undecided: kernel.undecided };
  for (const x of exitCents) w.centsAt(x);
  const exact = kernel.exact - before.exact;
  const undecided = kernel.undecided - before.undecided;
  const product = perSecond(exitCents, (x) => w.centsAt(x));
  const productDecimal = perSecond(exits, (e) => w.cents(e));
  const payouts = perSecond(exits, (e) => w.payouts(e), 2);
  const cents = perSecond(exits, (e) => decimalPathCents(w, e), 2);
  const scratch = perSecond(
    exits.filter((_, k) => k % SCRATCH_EVERY === 0),
    (e) => solveWaterfall(terms, asOf).payouts(e),
    1,
  );
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return [
    { name: `waterfall ${name}: product path, cents kernel (bigint cents per class + conversions)`, value: product, unit: "evaluations/s" },
    { name: `waterfall ${name}: product path, cents() Decimal exit in, Money cents out`, value: productDecimal, unit: "evaluations/s" },
    { name: `waterfall ${name}: Decimal path, exact payouts (Decimal per class)`, value: payouts, unit: "evaluations/s" },
    { name: `waterfall ${name}: Decimal path, cents (payouts + largest remainder)`, value: cents, unit: "evaluations/s" },
    { name: `waterfall ${name}: from scratch (compile per exit)`, value: scratch, unit: "evaluations/s" },
    { name: `waterfall ${name}: cents kernel / Decimal path cents`, value: ratio(product, cents), unit: "x" },
    { name: `waterfall ${name}: cents kernel / from scratch`, value: ratio(product, scratch), unit: "x" },
    { name: `waterfall ${name}: compiled Decimal payouts / from scratch`, value: ratio(payouts, scratch), unit: "x" },
    {
      name: `waterfall ${name}: kernel, exits solved exactly (the fixed point undecided)`,
      value: exact,
      unit: `of ${exits.length.toLocaleString("en-US")} exits`,
    },
    { name: `waterfall ${name}: kernel, exits handed to the Decimal path`, value: undecided, unit: `of ${exits.length.toLocaleString("en-US")} exits` },
  ];
}

export function runWaterfallBench(): BenchRow[] {
  return [
    ...benchTerms("MagiNet", presetTerms("maginet", {}, MAGINET_BY_SENIORITY), null),
    ...benchTerms("Juniper", presetTerms("juniper"), null),
    ...benchTerms("JT Storage", presetTerms("jt-storage", JT_STORAGE_WORKED), "1999-01-10"),
  ];
}

if (require.main === module) {
  for (const row of runWaterfallBench()) console.log(`${row.name}: ${row.value.toLocaleString("en-US")} ${row.unit}`);
}
