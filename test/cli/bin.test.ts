// The installed command end to end: `npm run build:cli` (what `prepare` runs on npm install) compiles
// without errors, and bin/charter.js runs it as a process: output, exit codes, one-line errors without a
// stack trace, and a closed pipe (`| head`) ending it quietly.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const BIN = resolve(ROOT, "bin/charter.js");

function charter(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build:cli failed:\n${build.stdout}${build.stderr}`);
}, 180_000);

describe("bin/charter.js", () => {
  it("prints a waterfall as JSON and exits 0 (MagiNet at p = $1.00: Common 5,000,000 x $1.00)", () => {
    // 62,030,191 of preferences + 16,971,788 sharing shares x $1.00 = 79,001,979.
    const r = charter("waterfall", "--preset", "maginet", "--exit", "79001979", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).payouts.Common).toBe("5000000.00");
    expect(r.err).toBe("");
  });
  it("bad input: one line on stderr, exit 1, no stack trace", () => {
    const r = charter("waterfall", "--preset", "maginet", "--exit", "1", "--set", "Series Z.Shares=1");
    expect(r.code).toBe(1);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^charter: argument --set, class Series Z/);
    expect(r.out).toBe("");
  });
  it("usage: exit 2", () => {
    const r = charter("waterfall", "--preset", "maginet", "--exit", "1", "--nope");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^charter: unknown option --nope for waterfall/);
  });
  it("a reader that stops early closes the pipe quietly", () => {
    // 20,000 exits of $1,000 to $20,000,000, far more output than a pipe holds, so `head` closes it while
    // the command still writes. The first exit, $1,000, is inside Series D's tier: all to D (FOURTH 2(a)).
    const exits = join(mkdtempSync(join(tmpdir(), "charter-bin-")), "exits.csv");
    writeFileSync(exits, Array.from({ length: 20000 }, (_, i) => `${(i + 1) * 1000}\n`).join(""));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" call LIQPREF maginet "${exits}" | head -n 2`], { cwd: ROOT, encoding: "utf8" });
    // The header row of class names, then the first exit's row ($1,000: all to Series D, the senior).
    const [header, first] = r.stdout.split("\n");
    expect(header.split(/\s{2,}/)).toEqual(["Series A", "Series B", "Series C", "Series D", "Common"]);
    expect(first.split(/\s+/)).toEqual(["0", "0", "0", "1000", "0"]);
    expect(r.stderr).toBe("");
  });
});

describe("bin/charter.js, the fast LIQPREF --json path", () => {
  it("a reader that stops early closes the pipe quietly there too", () => {
    // The first exit, $1,000, is inside Series D's tier: all to D (FOURTH 2(a)).
    const exits = join(mkdtempSync(join(tmpdir(), "charter-bin-")), "exits.csv");
    writeFileSync(exits, Array.from({ length: 200000 }, (_, i) => `${(i + 1) * 1000}\n`).join(""));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" call LIQPREF maginet "${exits}" --json | head -n 2`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toBe("[\n  [0,0,0,1000,0],\n");
    expect(r.stderr).toBe("");
  });
});

describe("charter from any folder, through the link `npm link` makes", () => {
  // npm link (POSIX): PREFIX/lib/node_modules/charter-functions -> the project folder, and
  // PREFIX/bin/charter -> ../lib/node_modules/charter-functions/bin/charter.js. The same links here, in a
  // temporary prefix, and the command run by that name from another folder, its paths relative to it.
  const prefix = mkdtempSync(join(tmpdir(), "charter-prefix-"));
  mkdirSync(join(prefix, "lib", "node_modules"), { recursive: true });
  mkdirSync(join(prefix, "bin"));
  symlinkSync(ROOT, join(prefix, "lib", "node_modules", "charter-functions"));
  symlinkSync("../lib/node_modules/charter-functions/bin/charter.js", join(prefix, "bin", "charter"));
  const elsewhere = mkdtempSync(join(tmpdir(), "charter-elsewhere-"));
  const linked = (...args: string[]) => {
    const r = spawnSync(join(prefix, "bin", "charter"), args, { cwd: elsewhere, encoding: "utf8" });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("runs, reading a terms file relative to the folder it is run in (MagiNet at p = $1.00: Common 5,000,000 x $1.00)", () => {
    writeFileSync(join(elsewhere, "maginet.csv"), linked("presets", "maginet", "--csv").out);
    const r = linked("waterfall", "--terms", "maginet.csv", "--exit", "79001979", "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).payouts.Common).toBe("5000000.00");
  });
  it("reads a workbook (exceljs found from the linked project)", () => {
    const r = linked("waterfall", "--terms", join(ROOT, "templates", "maginet.xlsx"), "--exit", "79001979", "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).payouts.Common).toBe("5000000.00");
  });
});
