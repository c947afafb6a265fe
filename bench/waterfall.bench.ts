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
import { Decimal, toCents } from "../src/engine/decimal";
import type { CharterTerms } from "../src/engine/terms/model";
import { compileWaterfall, solveWaterfall, type Waterfall } from "../src/engine/waterfall";
import { centsKernelOf, decimalPathCents } from "../src/engine/waterfall/compile";
import { jtStorageTerms, juniperTerms, maginetTerms } from "../src/engine/waterfall/charter-fixtures";
import { claimsOf } from "../src/engine/waterfall/claims";
import { joinStages, stagesOf } from "../src/engine/waterfall/stages";

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

/**
 * The earlier experiment towards the 500,000/s aim, kept as a yardstick for the kernel under the same load: the same compiled segments with every coefficient as a scaled
 * BigInt (x 10^E, E the most decimals any coefficient has), so that amount_i = (base_i x scale +
 * rate_i x (exit - start)) / scale is computed with no rounding at all, as numerators over one
 * denominator. It takes the exit in whole cents (a bigint) and returns exact rationals, not Decimals:
 * turning each into a 60-digit Decimal costs about a microsecond a class, which is where the time goes.
 */
export function rationalKernel(terms: CharterTerms, asOf: string | null): (exitCents: bigint) => { num: bigint[]; den: bigint } {
  const claims = claimsOf(terms, asOf);
  const { stages, tables } = stagesOf(claims);
  const segments = joinStages(stages, tables);
  const all = segments.flatMap((g) => [g.start, g.scale, ...g.base, ...g.rates]);
  const E = Math.max(2, ...all.map((x) => x.decimalPlaces()));
  const big = (x: Decimal) => BigInt(x.times(new Decimal(10).pow(E)).toFixed(0));
  const table = segments.map((g) => ({
    start: big(g.start), scale: big(g.scale), base: g.base.map(big), rates: g.rates.map(big), moving: g.moving,
  }));
  const cents = 10n ** BigInt(E - 2);
  const unit = 10n ** BigInt(E);
  return (exitCents: bigint) => {
    const x = exitCents * cents;
    let lo = 0;
    let hi = table.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (table[mid].start <= x) lo = mid;
      else hi = mid - 1;
    }
    const g = table[lo];
    const d = x - g.start;
    if (d === 0n || g.scale === 0n) return { num: g.base, den: unit };
    const num = g.base.slice();
    for (const i of g.moving) num[i] = g.base[i] * g.scale + g.rates[i] * d;
    for (let i = 0; i < num.length; i++) if (g.rates[i] === 0n) num[i] = g.base[i] * g.scale;
    return { num, den: g.scale * unit };
  };
}

function benchTerms(name: string, terms: CharterTerms, asOf: string | null): BenchRow[] {
  const w = compileWaterfall(terms, asOf);
  const exits = benchExits(w);
  const exitCents = exits.map((e) => BigInt(e.times(100).toFixed(0)));
  // The product path must give the Decimal path's cents before it is timed.
  for (let k = 0; k < exits.length; k += 97) {
    const fast = w.centsAt(exitCents[k]).cents.map(String).join();
    const slow = decimalPathCents(w, exits[k]).amounts.map((a) => a.times(100).toFixed(0)).join();
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
  const scratch = perSecond(exits.filter((_, k) => k % SCRATCH_EVERY === 0), (e) => solveWaterfall(terms, asOf).payouts(e), 1);
  const experiment = rationalKernel(terms, asOf);
  for (let k = 0; k < exits.length; k += 97) {
    const { num, den } = experiment(exitCents[k]);
    const exactAmounts = w.payouts(exits[k]).amounts;
    num.forEach((n, i) => {
      if (new Decimal(n.toString()).div(den.toString()).minus(exactAmounts[i]).abs().gt("1e-40")) throw new Error(`${name}: experiment disagrees at ${exits[k]}`);
    });
  }
  const rational = perSecond(exitCents, (c) => experiment(c));
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
  return [
    { name: `waterfall ${name}: product path, cents kernel (bigint cents per class + conversions)`, value: product, unit: "evaluations/s" },
    { name: `waterfall ${name}: product path, cents() Decimal exit in, Decimal cents out`, value: productDecimal, unit: "evaluations/s" },
    { name: `waterfall ${name}: Decimal path, exact payouts (Decimal per class)`, value: payouts, unit: "evaluations/s" },
    { name: `waterfall ${name}: Decimal path, cents (payouts + largest remainder)`, value: cents, unit: "evaluations/s" },
    { name: `waterfall ${name}: from scratch (compile per exit)`, value: scratch, unit: "evaluations/s" },
    { name: `waterfall ${name}: cents kernel / Decimal path cents`, value: ratio(product, cents), unit: "x" },
    { name: `waterfall ${name}: cents kernel / from scratch`, value: ratio(product, scratch), unit: "x" },
    { name: `waterfall ${name}: compiled Decimal payouts / from scratch`, value: ratio(payouts, scratch), unit: "x" },
    { name: `waterfall ${name}: kernel, exits solved exactly (the fixed point undecided)`, value: exact, unit: `of ${exits.length.toLocaleString("en-US")} exits` },
    { name: `waterfall ${name}: kernel, exits handed to the Decimal path`, value: undecided, unit: `of ${exits.length.toLocaleString("en-US")} exits` },
    { name: `waterfall ${name}: yardstick, the earlier experiment (exact BigInt rationals, no cents)`, value: rational, unit: "evaluations/s" },
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
