// The README as a newcomer meets it: it opens with the two set-up commands and the test command, its
// generated sections are current (scripts/readme.ts), and every `npx charter` example runs as written.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Decimal } from "../src/engine/decimal";
import { README_FILE, renderReadme } from "../scripts/readme";
import { run } from "./cli/run";

const README = readFileSync(README_FILE, "utf8");

/** Words of a shell line: double-quoted words kept whole, a trailing # comment dropped. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(#.*$)|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[2] !== undefined) break;
    out.push(m[1] ?? m[3]);
  }
  return out;
}

/** The lines of the README's sh code blocks. */
function shellLines(): string[] {
  const blocks = README.match(/```sh\n[\s\S]*?```/g) ?? [];
  return blocks.flatMap((b) => b.split("\n").slice(1, -1));
}

describe("README", () => {
  it("opens with npm install, npm start and npm test, in that order, before anything else is explained", () => {
    const lines = shellLines().map((l) => words(l).join(" "));
    expect(lines.slice(0, 3)).toEqual(["npm install", "npm start", "npm test"]);
    for (const script of ["start", "test", "bench", "build"]) {
      expect(JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).scripts[script]).toBeDefined();
    }
  });

  it("its generated sections (functions, columns, presets) are what scripts/readme.ts writes now", () => {
    // On failure: npx tsx scripts/readme.ts
    expect(renderReadme(README)).toBe(README);
  });

  it("every `npx charter` example runs as written (exit 0), in order, in a fresh folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "charter-readme-"));
    const cwd = process.cwd();
    const examples = shellLines().filter((l) => l.startsWith("npx charter "));
    expect(examples.length).toBeGreaterThanOrEqual(8);
    try {
      process.chdir(dir);
      for (const line of examples) {
        const argv = words(line).slice(2);
        const to = argv.indexOf(">");
        const target = to >= 0 ? argv[to + 1] : null;
        const r = run(...(to >= 0 ? argv.slice(0, to) : argv));
        if (r.code !== 0) throw new Error(`${line}\n  exit ${r.code}: ${r.err}`);
        if (target) writeFileSync(target, r.out);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it("the MagiNet example's numbers, by hand from FOURTH 2(a) and 3(a)(i)", () => {
    // Preferences D 3,142,858 x 7.00 = 22,000,006; C 7,500,000 x 4.50 = 33,750,000; B 1,328,930 x 4.50 =
    // 5,980,185 (A's 150,000 x 2.00 = 300,000 is given up when A converts). What remains after D, C, B:
    // 100,000,000 - 61,730,191 = 38,269,809, shared by B, C, D, Common and A as converted:
    // 1,328,930 + 7,500,000 + 3,142,858 + 5,000,000 + 150,000 = 17,121,788 shares, p = 2.2351... > 2.00,
    // so A converts. A = 150,000 p, Common = 5,000,000 p, B = 5,980,185 + 1,328,930 p (then cents).
    const p = new Decimal(38_269_809).div(17_121_788);
    expect(p.gt(2)).toBe(true);
    const r = run("waterfall", "--preset", "maginet", "--exit", "100000000", "--json");
    const payouts = JSON.parse(r.out).payouts as Record<string, string>;
    const near = (got: string, exact: Decimal) => expect(new Decimal(got).minus(exact).abs().lte("0.01")).toBe(true);
    near(payouts["Series A"], p.times(150_000));
    near(payouts["Common"], p.times(5_000_000));
    near(payouts["Series B"], p.times(1_328_930).plus(5_980_185));
    near(payouts["Series C"], p.times(7_500_000).plus(33_750_000));
    near(payouts["Series D"], p.times(3_142_858).plus(22_000_006));
    expect(JSON.parse(r.out).converted).toEqual(["Series A"]);
  });

  it("the MagiNet example block is what the command prints", () => {
    const block = README.match(/For example, MagiNet at a \$100,000,000 exit[^\n]*\n\n```\n([\s\S]*?)```/);
    expect(block).not.toBeNull();
    expect(run("waterfall", "--preset", "maginet", "--exit", "100000000").out.trim()).toBe(block![1].trim());
  });

  it("the MagiNet round block is what `charter round` prints (numbers by hand in src/presets/round.test.ts)", () => {
    const block = README.match(/A down round on MagiNet:[\s\S]*?\n```\n([\s\S]*?)```/);
    expect(block).not.toBeNull();
    const r = run("round", "--preset", "maginet", "--investment", "15000000", "--pre-money", "51365364", "--date", "2026-12-01");
    expect(r.out.trim()).toBe(block![1].trim());
    // 51,365,364 / 17,121,788 = 3 exactly; 15,000,000 / 3 = 5,000,000.
    expect(block![1]).toContain("5,000,000 Series E");
  });
});
