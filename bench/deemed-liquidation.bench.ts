// SECURITYVALUE over ten years of daily prices (2,520 trading days, Excel date serials and numbers, as a
// worksheet range passes them) and DEEMEDLIQ on a preset, through the catalogue; the median of ROUNDS calls.
// That the numbers are right is src/presets/deemed-liquidation.test.ts and the catalogue's tests.
// Run alone: npx tsx bench/run.ts deemed
import { performance } from "perf_hooks";
import { call } from "../src/catalogue";
import type { HostMatrix } from "../src/catalogue";
import type { BenchRow } from "./run";

const ROUNDS = 51;
const DAYS = 2520;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(f: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return Number(median(times).toFixed(3));
}

export function runDeemedLiquidationBench(): BenchRow[] {
  // Weekdays from 1990-01-01 (serial 32874, a Monday): five of every seven days, prices in cents.
  const prices: HostMatrix = [["Date", "Price"]];
  for (let i = 0, day = 32874; i < DAYS; day++) {
    if ((day - 32874) % 7 >= 5) continue;
    prices.push([day, Math.round(1000 + 300 * Math.sin(i / 50)) / 100]);
    i++;
  }
  const closing = Number(prices[prices.length - 1][0]) - 100;
  return [
    { name: `SECURITYVALUE, ${DAYS} daily prices (juniper)`, msPerCall: timed(() => call("SECURITYVALUE", ["juniper", prices, closing])) },
    { name: "DEEMEDLIQ (maginet, exchange)", msPerCall: timed(() => call("DEEMEDLIQ", ["maginet", 0.5, "exchange"])) },
  ];
}
