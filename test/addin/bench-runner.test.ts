import { resolve } from "path";
import { benchFiles, formatReport, formatTable, runBenches } from "../../bench/run";

const FIXTURES = resolve(__dirname, "fixtures/bench");

describe("bench/run.ts", () => {
  it("finds *.bench.ts files, sorted, and filters by name", () => {
    expect(benchFiles(FIXTURES).map((f) => f.slice(FIXTURES.length + 1))).toEqual(["alpha.bench.ts", "broken.bench.ts"]);
    expect(benchFiles(FIXTURES, "alpha").length).toBe(1);
  });

  it("runs every run...Bench export (not other exports), keeps their rows and adds the bench name and time", async () => {
    const { rows, ok } = await runBenches(benchFiles(FIXTURES, "alpha"));
    expect(ok).toBe(true);
    expect(rows.map((r) => [r.bench, r.name, r.calls])).toEqual([
      ["alpha", "alpha small", 1000],
      ["alpha", "alpha large", 1000000],
      ["alpha", "runQuietBench", undefined],
    ]);
    expect(rows.every((r) => typeof r.totalMs === "number" && r.totalMs >= 0)).toBe(true);
  });

  it("reports a bench that throws in its row and fails the run", async () => {
    const { rows, ok } = await runBenches(benchFiles(FIXTURES, "broken"));
    expect(ok).toBe(false);
    expect(rows).toEqual([{ bench: "broken", name: "runBrokenBench", error: "terms table missing" }]);
  });

  it("prints one aligned table: numbers right-aligned with thousands separators, blanks for missing columns", () => {
    const table = formatTable([
      { name: "alpha small", calls: 1000, msPerCall: 0.25 },
      { name: "b", calls: 1000000 },
    ]);
    expect(table.split("\n")).toEqual([
      "name             calls  msPerCall",
      "-----------  ---------  ---------",
      "alpha small      1,000       0.25",
      "b            1,000,000",
    ]);
  });

  it("prints one table per bench, each with only its own columns (no blank column another bench brought)", () => {
    const report = formatReport([
      { bench: "alpha", name: "a1", calls: 10, totalMs: 1 },
      { bench: "beta", name: "b1", exits: 5, msPerExit: 0.5, totalMs: 2 },
      { bench: "alpha", name: "a2", calls: 20, totalMs: 3 },
    ]);
    expect(report.split("\n")).toEqual([
      "alpha",
      "name  calls  totalMs",
      "----  -----  -------",
      "a1       10        1",
      "a2       20        3",
      "",
      "beta",
      "name  exits  msPerExit  totalMs",
      "----  -----  ---------  -------",
      "b1        5        0.5        2",
    ]);
  });
});
