// Size (issue #10, item 5): the built command on large inputs, as a user runs it (node bin/charter.js,
// output to /dev/null), wall time of one run each:
// - terms tables of 250, 500 and 1,000 classes through `charter waterfall --json` (the waterfall compiles
//   in time quadratic in the classes, hence the stated limit of 1,000: MAX_CLASSES in
//   src/engine/terms/parse.ts), and 100,000 rows (3.9 MB) and 10 MB files (260,000 rows, refused naming
//   the limit; a 10 MB cell, answered); aim under 5 s;
// - HOLDERPAYOUTS and VOTES over 100,000 and 1,000,000 holders (a 25 MB cap table); aim under 20 s for a
//   million, and about ten times the 100,000 figure (linear).
// Needs the built command (npm run build:cli). Run alone: npx tsx bench/size.bench.ts
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import type { BenchRow } from "./run";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "charter.js");
const BUILT = join(ROOT, "build", "cli", "cli", "main.js");

/** A terms table of `n` preferred classes (seniorities 0-6, a third participating) and Common. */
export function termsCsv(n: number): string {
  const out = ["Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price"];
  for (let i = 0; i < n; i++) {
    const price = (1 + (i % 50) / 10).toFixed(2);
    out.push(`Series ${i},${1000 + i},${price},1,${i % 7},${i % 3 ? "none" : "full"},,${price}`);
  }
  out.push("Common,5000000,,,,,,");
  return out.join("\n") + "\n";
}

/** `n` holders of MagiNet's classes, one holding each, the shares of each class adding up to its total. */
export function capTableCsv(n: number): string {
  const classes: [string, number][] = [
    ["Series A", 150000],
    ["Series B", 1328930],
    ["Series C", 7500000],
    ["Series D", 3142858],
    ["Common", 5000000],
  ];
  const out = ["Holder,Class,Shares"];
  const per = Math.ceil(n / classes.length);
  let h = 0;
  for (const [name, total] of classes) {
    const k = Math.min(per, n - h);
    let left = total;
    for (let i = 0; i < k; i++) {
      const shares = i === k - 1 ? left : Math.floor(total / k);
      left -= shares;
      out.push(`Holder ${h++},${name},${shares}`);
    }
  }
  return out.join("\n") + "\n";
}

function timed(args: string[], expect: number): { ms: number; err: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== expect) throw new Error(`charter ${args.join(" ")}: exit ${r.status}, expected ${expect}: ${String(r.stderr).slice(0, 300)}`);
  return { ms, err: String(r.stderr).trim() };
}

export function runSizeBench(): BenchRow[] {
  if (!existsSync(BUILT)) throw new Error("the command is not built; run npm run build:cli first");
  const dir = mkdtempSync(join(tmpdir(), "charter-size-"));
  const rows: BenchRow[] = [];
  const s = (ms: number) => Number((ms / 1000).toFixed(2));
  for (const n of [250, 500, 1000]) {
    const file = join(dir, `terms-${n}.csv`);
    writeFileSync(file, termsCsv(n - 1));
    rows.push({
      name: `charter waterfall --terms (${n.toLocaleString("en-US")} classes) --exit 100000000 --json`,
      rows: n,
      seconds: s(timed(["waterfall", "--terms", file, "--exit", "100000000", "--json"], 0).ms),
      aimSeconds: 5,
    });
  }
  const huge = join(dir, "terms-100000.csv");
  writeFileSync(huge, termsCsv(100_000 - 1));
  const refused = timed(["waterfall", "--terms", huge, "--exit", "100000000", "--json"], 1);
  rows.push({
    name: "charter waterfall --terms (100,000 rows): refused, naming the limit",
    rows: 100_000,
    seconds: s(refused.ms),
    aimSeconds: 5,
    message: refused.err.slice(0, 120),
  });
  // 10 MB terms files: 260,000 rows (refused, naming the limit), and 2 classes with a 10 MB Note cell (answered).
  const tenRows = join(dir, "terms-10mb-rows.csv");
  writeFileSync(tenRows, termsCsv(260_000 - 1));
  rows.push({
    name: "charter waterfall --terms (10 MB: 260,000 rows): refused, naming the limit",
    rows: 260_000,
    seconds: s(timed(["waterfall", "--terms", tenRows, "--exit", "100000000", "--json"], 1).ms),
    aimSeconds: 5,
  });
  const tenCell = join(dir, "terms-10mb-cell.csv");
  writeFileSync(
    tenCell,
    `Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price,Note\nSeries A,1000,1,1,1,none,,1,${"x".repeat(10_000_000)}\nCommon,100,,,,,,,\n`,
  );
  rows.push({
    name: "charter waterfall --terms (10 MB: 2 classes, a 10 MB Note cell)",
    rows: 3,
    seconds: s(timed(["waterfall", "--terms", tenCell, "--exit", "100000000", "--json"], 0).ms),
    aimSeconds: 5,
  });
  for (const n of [100_000, 1_000_000]) {
    const file = join(dir, `cap-${n}.csv`);
    writeFileSync(file, capTableCsv(n));
    rows.push({
      name: `charter call HOLDERPAYOUTS maginet cap.csv 79001979 (${n.toLocaleString("en-US")} holders)`,
      rows: n,
      seconds: s(timed(["call", "HOLDERPAYOUTS", "maginet", file, "79001979"], 0).ms),
      aimSeconds: 20,
    });
    rows.push({
      name: `charter call VOTES maginet cap.csv (${n.toLocaleString("en-US")} holders)`,
      rows: n,
      seconds: s(timed(["call", "VOTES", "maginet", file], 0).ms),
      aimSeconds: 20,
    });
  }
  return rows;
}

if (require.main === module) {
  for (const row of runSizeBench()) console.log(JSON.stringify(row));
}
