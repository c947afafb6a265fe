// The priced round (engine/round) on the MagiNet preset: the exact solve over BigInt rationals with many
// SAFEs (each with a cap and a discount, so the choice between them is re-solved), the pool target, and
// the ledger's issue event. Rows: convertibles, rounds, milliseconds per round.
// Run alone: npx tsx bench/run.ts round
import { performance } from "perf_hooks";
import { Decimal } from "../src/engine/decimal";
import { modelRound, type Convertible } from "../src/engine/round";
import { presetTable } from "../src/presets";
import type { BenchRow } from "./run";

function safes(n: number): Convertible[] {
  return Array.from({ length: n }, (_, i) => ({
    holder: `SAFE ${i + 1}`,
    kind: i % 3 === 2 ? "pre-money-safe" : "post-money-safe",
    amount: new Decimal(100_000 + 10_000 * i),
    cap: new Decimal(20_000_000 + 5_000_000 * (i % 7)),
    discount: new Decimal("0.2"),
    interestRate: new Decimal(0),
    issueDate: null,
  }));
}

function time(n: number, rounds: number): BenchRow {
  const table = presetTable("maginet");
  const convertibles = safes(n);
  const start = performance.now();
  for (let k = 0; k < rounds; k++) {
    modelRound(table, { investment: 15_000_000, preMoney: 51_365_364 + k, poolTarget: "0.1", convertibles, date: "2026-12-01" });
  }
  const ms = performance.now() - start;
  return { name: `round with ${n} SAFEs and a pool target`, convertibles: n, rounds, msPerRound: Number((ms / rounds).toFixed(3)) };
}

export function runRoundBench(): BenchRow[] {
  return [time(0, 200), time(3, 200), time(20, 50)];
}
