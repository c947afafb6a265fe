// The command as a whole: help texts, unknown commands, exit codes.
import { CATALOGUE } from "../../src/catalogue";
import { oneLine, run } from "./run";

describe("charter", () => {
  it("--help lists the subcommands (exit 0); no arguments prints it and exits 2", () => {
    const help = run("--help");
    expect(help.code).toBe(0);
    for (const sub of ["charter waterfall", "charter breakpoints", "charter presets", "charter call"]) expect(help.out).toContain(sub);
    expect(run().code).toBe(2);
  });
  it("each subcommand has --help with its options", () => {
    expect(run("waterfall", "--help").out).toContain("--exit AMOUNT");
    expect(run("breakpoints", "-h").out).toContain("--as-of YYYY-MM-DD");
    expect(run("presets", "--help").out).toContain("--csv");
    expect(run("help", "waterfall").out).toContain("--explain");
    const call = run("call", "--help");
    for (const f of CATALOGUE) expect(call.out).toContain(`  ${f.name}(`);
  });
  it("call FUNCTION --help shows the function's parameters and their help", () => {
    const r = run("call", "LIQPREF", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("charter call LIQPREF terms exitValues [className] [asOf]");
    expect(r.out).toContain("Exit value in dollars, or a column of exit values (spills one row per exit); each up to 1e15 (exact to the cent).");
  });
  it("an unknown command: one line, exit 2", () => {
    const r = run("waterfal", "--preset", "maginet");
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('charter: unknown command "waterfal"; the commands are waterfall, breakpoints, round, presets, call, value (see charter --help)');
  });
});
