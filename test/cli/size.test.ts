// Size (issue #10, item 5), the behaviour only (timings are in bench/size.bench.ts): a terms table past the
// stated limit is refused naming it, before any row is read; the text table takes more rows than a
// spread over them would (Math.max(...rows) overflowed the stack past about 100,000).
import { MAX_CLASSES } from "../../src/engine/terms/parse";
import { textTable } from "../../src/cli/format";
import { oneLine, run, tempFile } from "./run";

function terms(classes: number): string {
  const rows = ["Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price"];
  for (let i = 1; i < classes; i++) rows.push(`Series ${i},100,1,1,1,none,,1`);
  rows.push("Common,1000,,,,,,");
  return rows.join("\n") + "\n";
}

describe("size", () => {
  it("the limit is 1,000 classes, as the README states", () => {
    expect(MAX_CLASSES).toBe(1000);
  });
  it("1,001 classes are refused naming the limit; 20,000 rows likewise, with their count", () => {
    const over = run("waterfall", "--terms", tempFile("terms.csv", terms(1001)), "--exit", "1000", "--json");
    expect(over.code).toBe(1);
    expect(oneLine(over)).toBe(
      "charter: argument --terms: has 1,001 class rows; a terms table holds at most 1,000 classes (one row per class of stock or option pool)",
    );
    expect(oneLine(run("waterfall", "--terms", tempFile("terms.csv", terms(20000)), "--exit", "1000"))).toMatch(
      /has 20,000 class rows; a terms table holds at most 1,000 classes/,
    );
  });
  it("1,000 classes are answered: at $1,000 the most senior (all at seniority 1, pari passu) share it by preference", () => {
    // 999 classes of 100 shares x $1.00 preference, all seniority 1: $99,900 of preferences shared pro rata;
    // $1,000 / 999 classes = $1.001001... each; cents by largest remainder add up to $1,000.00.
    const r = run("waterfall", "--terms", tempFile("terms.csv", terms(1000)), "--exit", "1000", "--json");
    expect(r.code).toBe(0);
    const payouts = Object.values(JSON.parse(r.out).payouts as Record<string, string>).map(Number);
    expect(payouts).toHaveLength(1000);
    expect(Math.round(payouts.reduce((a, b) => a + b, 0) * 100)).toBe(100000);
    expect(new Set(payouts.slice(0, 999).map(String))).toEqual(new Set(["1", "1.01"]));
  });
  it("a text table of 300,000 rows is laid out (no spread over its rows)", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`Holder ${i}`, String(i)]);
    const text = textTable(rows, new Set([1]));
    expect(text.split("\n")[299_999]).toBe("Holder 299999  299999");
  });
});
