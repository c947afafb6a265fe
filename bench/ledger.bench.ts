// The conversion-price ledger on the Juniper preset with many events: each option change and each expiry
// recomputes the ledger up to it as if the grant had been made on the terms then recorded (Juniper
// 6(d)(iii)(B)-(C); MagiNet 3(f)(i)(E)(3)-(4)), so the work grows with (events before it) x (changes and
// expiries). Rows: the events, how many of them replay, and the milliseconds for the whole history.
// Run alone: npx tsx bench/run.ts ledger
import { performance } from "perf_hooks";
import { conversionPriceHistory, type LedgerEventInput } from "../src/engine/ledger";
import { presetTable } from "../src/presets";
import { parseTerms } from "../src/engine/terms/parse";
import type { BenchRow } from "./run";

/**
 * `grants` grants of 10,000 options each, an issue between grants, then a change and an expiry of each of
 * the last `changed` grants (a recomputation starts at the first grant it changes).
 */
function events(grants: number, changed = grants): LedgerEventInput[] {
  const out: LedgerEventInput[] = [];
  // From 1999-01-02: the preset's Dilution From is 1999-01-01 (6(d)(i)(D)), so every grant and issue is Additional Stock.
  const day = (n: number) => new Date(Date.UTC(1999, 0, 2) + n * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < grants; i++) {
    out.push({ type: "option-grant", date: day(2 * i), id: `W${i}`, maxShares: 10_000, minExercisePrice: 4 + (i % 5) });
    out.push({ type: "issue", date: day(2 * i + 1), shares: 50_000, pricePerShare: 9 + (i % 3) });
  }
  for (let i = grants - changed; i < grants; i++) out.push({ type: "option-change", date: day(2 * grants + i), id: `W${i}`, maxShares: 8_000 });
  for (let i = grants - changed; i < grants; i++) out.push({ type: "option-expiry", date: day(3 * grants + i), id: `W${i}`, shares: 8_000 });
  return out;
}

function time(grants: number, rule: "either" | "raise-only", changed = grants): BenchRow {
  const terms = parseTerms(presetTable("juniper"));
  const list = events(grants, changed);
  const t0 = performance.now();
  const h = conversionPriceHistory(terms, list, undefined, { optionChanges: rule });
  const ms = performance.now() - t0;
  const which = changed === grants ? "every grant" : `the last ${changed} grants`;
  return {
    name: `Juniper ledger, ${list.length} events, ${which} changed and expired (${rule})`,
    events: list.length,
    replays: 2 * changed,
    steps: h.steps.length,
    ms: Math.round(ms),
  };
}

export function runLedgerBench(): BenchRow[] {
  // 400 events with every grant changed take ~30 s on this machine (quadratic by design): left out to keep `npm run bench` short.
  return [time(25, "either"), time(50, "either"), time(50, "raise-only"), time(150, "either", 10)];
}
