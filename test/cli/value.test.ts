// `charter value`: the OPM through the catalogue, with its tranche table and the backsolve.
import { json, run } from "./run";

// Series A 1,000,000 at $1.00, 1x non-participating; Common 1,000,000: breakpoints $1M (A's preference
// paid) and $2M (A converts at p = $1.00), as worked in src/engine/valuation/opm.test.ts.
import { tempFile } from "./run";
const csv = () =>
  tempFile(
    "opm.csv",
    "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nSeries A,1000000,1,1,0,none,,1\nCommon,1000000,,,,,,\n",
  );

describe("charter value", () => {
  it("--json: three tranches from 0, $1M and $2M, shares 1/0, 0/1, 1/2; the class values add up to the equity value", () => {
    const r = json("value", "--terms", csv(), "--equity", "3,000,000", "--volatility", "50", "--years", "2", "--rate", "3%", "--json");
    expect(r.volatility).toBe("0.5");
    expect(r.riskFreeRate).toBe("0.03");
    expect(r.tranches.map((t: any) => [t.from, t.to, t.classes.map((c: any) => c.share)])).toEqual([
      ["0", "1000000", ["1", "0"]],
      ["1000000", "2000000", ["0", "1"]],
      ["2000000", null, ["0.5", "0.5"]],
    ]);
    const sum = r.classes.reduce((a: number, c: any) => a + Number(c.value), 0);
    expect(Math.abs(sum - 3_000_000)).toBeLessThan(1e-6);
  });

  it("--backsolve CLASS=PRICE: the equity value at which Common is worth its OPM price at $3,000,000 is $3,000,000", () => {
    const at = json("value", "--terms", csv(), "--equity", "3000000", "--volatility", "50", "--years", "2", "--rate", "3", "--json");
    const price = at.classes[1].perShare;
    const r = json("value", "--terms", csv(), "--volatility", "50", "--years", "2", "--rate", "3", "--backsolve", `Common=${price}`, "--json");
    expect(r.backsolve.equityValue).toBe("3000000.00");
  });

  it("prints the table and the per-class values; names a bad flag", () => {
    const r = run("value", "--preset", "jt-storage", "--as-of", "2026-12-01", "--equity", "60000000", "--volatility", "55", "--years", "2.5", "--rate", "4");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Jump");
    expect(r.out).toContain("Per Share");
    const bad = run("value", "--preset", "juniper", "--equity", "1e8", "--volatility", "-5", "--years", "3", "--rate", "4");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("volatility");
    expect(run("value", "--preset", "juniper", "--volatility", "60", "--years", "3", "--rate", "4").err).toContain("--equity is needed");
  });

  it("charter call OPM works through the catalogue", () => {
    const r = run("call", "OPM", "juniper", "150000000", "0.6", "3", "0.04", "-", "Common");
    expect(r.code).toBe(0);
    expect(Number(r.out.trim().replace(/^~/, ""))).toBeGreaterThan(0); // text output rounds for reading, marked "~"
  });
});
