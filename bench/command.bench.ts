// The command from outside (issue #10, item 7): `charter call LIQPREF maginet EXITS.csv --json` over
// 100,000 exits, as a user runs it (node bin/charter.js, the built command, output to /dev/null), against
// the one-exit call; the cost an exit beyond that call, next to the cents kernel's own cost an exit on the
// same exits in this run. Aim: within 2 µs an exit beyond the one-exit call. Also the general path (the
// same exits quoted, which the fast path hands to the catalogue and format.ts) for comparison.
// Needs the built command (npm run build:cli; npm install builds it). Medians of RUNS runs.
// Run alone: npx tsx bench/command.bench.ts
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { readTerms } from "../src/catalogue/terms";
import { waterfallOf } from "../src/catalogue/waterfall";
import type { BenchRow } from "./run";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "charter.js");
const BUILT = join(ROOT, "build", "cli", "cli", "main.js");
const EXITS = 100_000;
const RUNS = 5;
const AIM_US = 2;

/** 100,000 exits in whole cents from $0 to $200,000,000 (MagiNet's breakpoints lie below $60,000,000), some with cents. */
export function exitCents(count = EXITS): bigint[] {
  const out: bigint[] = [];
  for (let k = 0; k < count; k++) out.push(BigInt(Math.floor((k * 200_000_000) / count) * 100 + (k % 3 === 0 ? 0 : (k * 37) % 100)));
  return out;
}

function dollars(c: bigint): string {
  const s = c.toString().padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Wall milliseconds of one run of the built command, output to /dev/null; throws on a non-zero exit. */
function runMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`charter ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

export function runCommandBench(): BenchRow[] {
  if (!existsSync(BUILT)) throw new Error("the command is not built; run npm run build:cli first");
  const cents = exitCents();
  const dir = mkdtempSync(join(tmpdir(), "charter-bench-"));
  const plain = join(dir, "exits.csv");
  const quoted = join(dir, "exits-quoted.csv");
  writeFileSync(plain, cents.map(dollars).join("\n") + "\n");
  writeFileSync(quoted, cents.map((c) => `"${dollars(c)}"`).join("\n") + "\n");

  // The kernel on the same exits, in this process: the compiled waterfall's cents, best of RUNS passes.
  const w = waterfallOf(readTerms("maginet", { argument: "terms" }), null);
  for (const x of cents) w.centsAt(x);
  const kernelRuns: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    for (const x of cents) w.centsAt(x);
    kernelRuns.push(performance.now() - t0);
  }
  const kernelUs = (Math.min(...kernelRuns) * 1000) / EXITS;

  const one: number[] = [];
  const many: number[] = [];
  const general: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    one.push(runMs(["call", "LIQPREF", "maginet", "79001979", "--json"]));
    many.push(runMs(["call", "LIQPREF", "maginet", plain, "--json"]));
    if (k < 3) general.push(runMs(["call", "LIQPREF", "maginet", quoted, "--json"]));
  }
  const round = (x: number, d = 2) => Number(x.toFixed(d));
  const perExit = ((median(many) - median(one)) * 1000) / EXITS;
  const perExitGeneral = ((median(general) - median(one)) * 1000) / EXITS;
  return [
    { name: "cents kernel (Waterfall.centsAt), MagiNet, in process", exits: EXITS, usPerExit: round(kernelUs, 3) },
    { name: "charter call LIQPREF maginet 79001979 --json (one exit)", exits: 1, medianMs: round(median(one), 1) },
    {
      name: "charter call LIQPREF maginet exits.csv --json (fast path)",
      exits: EXITS,
      medianMs: round(median(many), 1),
      usPerExit: round(perExit),
      aimUs: AIM_US,
      underAim: perExit <= AIM_US ? "yes" : "no",
      xKernel: round(perExit / kernelUs, 1),
    },
    { name: "same exits quoted (general path: catalogue + format.ts)", exits: EXITS, medianMs: round(median(general), 1), usPerExit: round(perExitGeneral) },
  ];
}

if (require.main === module) {
  for (const row of runCommandBench()) console.log(JSON.stringify(row));
}
