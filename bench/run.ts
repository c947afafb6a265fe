// `npm run bench`: runs every bench/*.bench.ts and prints one small table per bench, with its own columns.
//   npm run bench                 all benches
//   npm run bench -- waterfall    only files whose name contains "waterfall"
// A bench module exports one or more functions named run...Bench (e.g. runWaterfallBench). Each takes
// no argument and returns (or resolves to) one row or a list of rows: { name, ...columns }, where the
// columns are numbers or texts of its choosing (e.g. { name: "LIQPREF 1,000 exits", calls: 1000,
// msPerCall: 0.02 }). A function that returns nothing gets a row named after it. The runner adds the
// wall time of each function (column "totalMs") and the file it came from; a bench that throws gets a
// row with its error, and the run exits 1.
import { readdirSync } from "fs";
import { basename, join, resolve } from "path";
import { performance } from "perf_hooks";

export type BenchValue = string | number;
export interface BenchRow {
  name: string;
  [column: string]: BenchValue;
}
export type BenchFunction = () => BenchRow | BenchRow[] | void | Promise<BenchRow | BenchRow[] | void>;

const BENCH_FUNCTION = /^run\w*Bench$/;

/** The bench files of `dir`, sorted, whose file name contains `filter` (when given). */
export function benchFiles(dir: string, filter?: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs every run...Bench export of each file, in order; returns the rows and whether all succeeded. */
export async function runBenches(files: readonly string[]): Promise<{ rows: BenchRow[]; ok: boolean }> {
  const rows: BenchRow[] = [];
  let ok = true;
  for (const file of files) {
    const bench = basename(file, ".bench.ts");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    const fns = Object.entries(mod).filter((e): e is [string, BenchFunction] => BENCH_FUNCTION.test(e[0]) && typeof e[1] === "function");
    if (fns.length === 0) {
      rows.push({ name: `(no run...Bench export)`, bench, error: "nothing to run" });
      ok = false;
    }
    for (const [exportName, fn] of fns) {
      const start = performance.now();
      try {
        const result = await fn();
        const totalMs = Number((performance.now() - start).toFixed(1));
        const produced = result == null ? [{ name: exportName }] : Array.isArray(result) ? result : [result];
        for (const row of produced) rows.push({ bench, ...row, totalMs });
      } catch (e) {
        ok = false;
        rows.push({ bench, name: exportName, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return { rows, ok };
}

function cellText(v: BenchValue | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "number") return Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 4 });
  return v;
}

/** A plain-text table: columns in order of first appearance, numbers right-aligned. */
export function formatTable(rows: readonly BenchRow[]): string {
  if (rows.length === 0) return "(no benches)";
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const numeric = columns.map((c) => rows.every((r) => r[c] === undefined || typeof r[c] === "number"));
  const texts = rows.map((r) => columns.map((c) => cellText(r[c])));
  const widths = columns.map((c, k) => Math.max(c.length, ...texts.map((t) => t[k].length)));
  const line = (cells: string[]) =>
    cells
      .map((t, k) => (numeric[k] ? t.padStart(widths[k]) : t.padEnd(widths[k])))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...texts.map(line)].join("\n");
}

/** One table per bench (the rows' `bench`, in order of first appearance), each with only its rows' columns. */
export function formatReport(rows: readonly BenchRow[]): string {
  if (rows.length === 0) return "(no benches)";
  const benches: string[] = [];
  for (const row of rows) if (!benches.includes(String(row.bench))) benches.push(String(row.bench));
  return benches
    .map((bench) => {
      const own = rows.filter((r) => String(r.bench) === bench).map(({ bench: _bench, ...rest }) => rest as BenchRow);
      return `${bench}\n${formatTable(own)}`;
    })
    .join("\n\n");
}

if (require.main === module) {
  const filter = process.argv[2];
  const files = benchFiles(resolve(__dirname), filter);
  runBenches(files).then(({ rows, ok }) => {
    console.log(files.length ? formatReport(rows) : `no bench/*.bench.ts${filter ? ` matching "${filter}"` : ""}`);
    process.exit(ok ? 0 : 1);
  });
}
