// `charter waterfall`: payouts in cents of every class (Common included), converted classes, steps.
// Expected numbers by hand from the MagiNet charter (FOURTH 2-3) and domain.md's worked examples.
import { json, oneLine, run, tempFile } from "./run";

// MagiNet preferences (FOURTH 2(a)): D 3,142,858 x $7.00 = 22,000,006; C 7,500,000 x $4.50 = 33,750,000;
// B 1,328,930 x $4.50 = 5,980,185; A 150,000 x $2.00 = 300,000; total 62,030,191. D, C, B and Common
// (5,000,000, a preset input) then share as converted: 16,971,788 shares.

describe("charter waterfall --json", () => {
  it("MagiNet at p = $1.00 (exit 62,030,191 + 16,971,788 = 79,001,979): amounts as decimal strings in cents", () => {
    // A 300,000; B 5,980,185 + 1,328,930 = 7,309,115; C 33,750,000 + 7,500,000 = 41,250,000;
    // D 22,000,006 + 3,142,858 = 25,142,864; Common 5,000,000.
    expect(json("waterfall", "--preset", "maginet", "--exit", "79001979", "--json")).toEqual({
      terms: "preset maginet",
      exit: "79001979",
      asOf: null,
      payouts: { "Series A": "300000.00", "Series B": "7309115.00", "Series C": "41250000.00", "Series D": "25142864.00", Common: "5000000.00" },
      converted: [],
      total: "79001979.00",
    });
  });
  it("MagiNet at p = $3.00: Series A converts (3 x 1 > $2.00, FOURTH 3(a)(i))", () => {
    // V(2) = 62,030,191 + 16,971,788 x 2 = 95,973,767; then 17,121,788 shares share: p = 3 at 113,095,555.
    // D 22,000,006 + 9,428,574 = 31,428,580; C 33,750,000 + 22,500,000 = 56,250,000; B 5,980,185 +
    // 3,986,790 = 9,966,975; A 150,000 x 3 = 450,000; Common 15,000,000.
    const r = json("waterfall", "--preset=maginet", "--exit=113095555", "--json");
    expect(r.payouts).toEqual({
      "Series A": "450000.00",
      "Series B": "9966975.00",
      "Series C": "56250000.00",
      "Series D": "31428580.00",
      Common: "15000000.00",
    });
    expect(r.converted).toEqual(["Series A"]);
  });
  it("--explain adds the steps with their clauses; amounts exact", () => {
    // Inside Series B's tier: 58,740,098.50 - 55,750,006 = 2,990,092.50 for B, shared by full preference (2(b)).
    const r = json("waterfall", "--preset", "maginet", "--exit", "58740098.50", "--explain", "--json");
    expect(r.payouts["Series B"]).toBe("2990092.50");
    expect(r.steps.map((s: any) => [s.step, s.tier, s.class, s.amount, s.clause])).toEqual([
      [1, 4, "Series D", "22000006", "FOURTH 2(a)"],
      [2, 3, "Series C", "33750000", "FOURTH 2(a)"],
      [3, 2, "Series B", "2990092.5", "FOURTH 2(b)"],
      [4, 1, "Series A", "0", "FOURTH 2(a)"],
    ]);
  });
  it("--set changes a cell: Common 6,000,000 shares", () => {
    // 17,971,788 shares share; p = $1.00 at 62,030,191 + 17,971,788 = 80,001,979: Common 6,000,000.
    const r = json("waterfall", "--preset", "maginet", "--set", "Common.Shares=6000000", "--exit", "80001979", "--json");
    expect(r.payouts.Common).toBe("6000000.00");
    expect(r.payouts["Series D"]).toBe("25142864.00");
  });
  it("--as-of accrues JT Storage's $0.09 a year (Art. IV(B)2(a)(i))", () => {
    // 1995-02-03 to 1996-02-03: 365 days, preference $1.09 x 9,000,000 = 9,810,000; p = $1.00 at
    // 9,810,000 + 19,000,000 = 28,810,000: Series A 18,810,000, Common 10,000,000.
    const r = json("waterfall", "--preset", "jt-storage", "--exit", "28810000", "--as-of", "1996-02-03", "--json");
    expect(r.payouts).toEqual({ "Series A": "18810000.00", Common: "10000000.00" });
    expect(r.asOf).toBe("1996-02-03");
  });
});

describe("charter waterfall --terms FILE.csv (domain.md: Series A 2,000,000 at $2.50, Common 8,000,000)", () => {
  const csv = tempFile(
    "terms.csv",
    "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\r\n" +
      "Series A,2000000,2.50,1,1,capped,2,2.50\r\nCommon,8000000,,,,,,\r\n",
  );
  it("2x cap at $40M: A capped at 2 x 2.50 x 2,000,000 = 10,000,000; Common 30,000,000", () => {
    const r = json("waterfall", "--terms", csv, "--exit", "40000000", "--json");
    expect(r.payouts).toEqual({ "Series A": "10000000.00", Common: "30000000.00" });
    expect(r.converted).toEqual([]);
    expect(r.terms).toBe(csv);
  });
  it("2x cap at $60M: converting gives 60M / 10M = $6.00 > $5.00 cap: A 12,000,000", () => {
    const r = json("waterfall", "--terms", csv, "--exit", "60000000", "--json");
    expect(r.converted).toEqual(["Series A"]);
    // A 2,000,000 x 6.00 = 12,000,000; Common 8,000,000 x 6.00 = 48,000,000.
    expect(r.payouts).toEqual({ "Series A": "12000000.00", Common: "48000000.00" });
  });
  it("--set on a CSV: non-participating at $27M converts, 2M x $2.70 = 5,400,000", () => {
    const r = json("waterfall", "--terms", csv, "--set", "Series A.Participation=none", "--set", "Series A.Cap Multiple=", "--exit", "27000000", "--json");
    expect(r.payouts).toEqual({ "Series A": "5400000.00", Common: "21600000.00" });
    expect(r.converted).toEqual(["Series A"]);
  });
});

describe("charter waterfall as text", () => {
  it("a table of payouts to the cent, converts marked, the total", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "113095555");
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("MagiNet Corporation (preset maginet): exit $113,095,555.00");
    expect(lines).toContain("Series A      $450,000.00  yes");
    expect(lines).toContain("Total     $113,095,555.00");
  });
  it("--explain lists the steps with clauses", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "58740098.50", "--explain");
    expect(r.out).toContain("Steps:");
    expect(r.out).toMatch(/3\s+2\s+Series B\s+\$2,990,092\.50\s+FOURTH 2\(b\)\s+Series B preference of \$5,980,185\.00 is short/);
  });
});

describe("charter waterfall: errors, one line on stderr", () => {
  it("an unknown class in --set: exit 1, naming class and value", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "100", "--set", "Series Z.Shares=5");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe(
      'charter: argument --set, class Series Z, value "Series Z.Shares": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    );
  });
  it("negative shares: exit 1, naming class, column and value", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "100", "--set", "Series B.Shares=-5");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe('charter: argument --set "Series B.Shares=-5", class Series B, column Shares, value "-5": must not be negative');
  });
  it("a cap below the preference: exit 1", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "100", "--set", "Series B.Participation=capped", "--set", "Series B.Cap Multiple=0.5");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe(
      'charter: argument --set "Series B.Cap Multiple=0.5", class Series B, column Cap Multiple, value "0.5": is below the Preference Multiple (1); a cap on the total return must be at least the preference',
    );
  });
  it("a missing required number (a blank Issue Price for a preferred class): exit 1, naming class and column", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "1000", "--set", "Series A.Issue Price=");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe(
      'charter: argument --set "Series A.Issue Price=", class Series A, column Issue Price: is blank; give the Original Issue Price per share',
    );
  });
  it("a bad or negative exit: exit 1", () => {
    const bad = run("waterfall", "--preset", "maginet", "--exit", "1.000.000");
    expect(bad.code).toBe(1);
    expect(oneLine(bad)).toBe(
      'charter: argument --exit, value "1.000.000": is not a number: thousands are separated by commas, and the fraction comes after a point; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8',
    );
    const negative = run("waterfall", "--preset", "maginet", "--exit", "-5");
    expect(negative.code).toBe(1);
    expect(oneLine(negative)).toBe('charter: argument --exit, value "-5": an exit value must be 0 or more');
  });
  it("JT Storage without --as-of: exit 1, naming the date", () => {
    const r = run("waterfall", "--preset", "jt-storage", "--exit", "1000000");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe("charter: argument --as-of, class Series A: a date is needed to accrue the cumulative dividend to; give the distribution date");
  });
  it("JT Storage --as-of before Series A's Issue Date (1995-02-03): exit 1, naming the date (issue #3)", () => {
    const r = run("waterfall", "--preset", "jt-storage", "--exit", "1000000", "--as-of", "1995-01-31");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe('charter: argument --as-of, class Series A, value "1995-01-31": is before the class\'s Issue Date 1995-02-03');
  });
  it("usage: a missing --exit, an unknown option, both --preset and --terms, no terms, a repeated --exit: exit 2", () => {
    const cases: [string[], string][] = [
      [["--preset", "maginet"], "charter: give the exit value: --exit AMOUNT, e.g. --exit 100000000 (see charter waterfall --help)"],
      [
        ["--preset", "maginet", "--exit", "1", "--bogus"],
        "charter: unknown option --bogus for waterfall; its options are --preset, --terms, --set, --exit, --as-of, --explain, --json, --help (see charter waterfall --help)",
      ],
      [["--preset", "maginet", "--terms", "x.csv", "--exit", "1"], "charter: give --preset or --terms, not both (see charter waterfall --help)"],
      [["--exit", "1"], "charter: give the terms: --preset NAME (jt-storage, juniper, maginet) or --terms FILE.csv (see charter waterfall --help)"],
      [["--preset", "maginet", "--exit", "1", "--exit", "2"], "charter: --exit is given twice; give it once (see charter waterfall --help)"],
      [["--preset", "maginet", "--exit"], "charter: --exit needs a value (AMOUNT) (see charter waterfall --help)"],
      [
        ["--preset", "maginet", "--exit", "1", "--set", "Common.Shares"],
        'charter: --set "Common.Shares" has no "="; write --set "CLASS.COLUMN=VALUE", e.g. --set "Common.Shares=8000000" (see charter waterfall --help)',
      ],
    ];
    for (const [args, line] of cases) {
      const r = run("waterfall", ...args);
      expect([r.code, oneLine(r)]).toEqual([2, line]);
    }
  });
  it("a missing terms file and an unknown preset: exit 1", () => {
    const missing = run("waterfall", "--terms", "/nonexistent/terms.csv", "--exit", "1");
    expect([missing.code, oneLine(missing)]).toEqual([
      1,
      'charter: argument --terms, value "/nonexistent/terms.csv": no such file; give the path of a CSV or .xlsx file',
    ]);
    const preset = run("waterfall", "--preset", "acme", "--exit", "1");
    expect(preset.code).toBe(1);
    expect(oneLine(preset)).toBe(
      'charter: argument --preset, value "acme": no such preset; the presets are jt-storage (JT Storage, Inc.), juniper (Juniper Networks, Inc.), maginet (MagiNet Corporation)',
    );
  });
  it("a CSV with a bad cell names the class, column and value", () => {
    const csv = tempFile(
      "bad.csv",
      "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nSeries A,2000000,2.50,1,1,partial,,2.50\n",
    );
    const r = run("waterfall", "--terms", csv, "--exit", "1");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toMatch(/^charter: argument --terms, class Series A, column Participation, value "partial": /);
  });
});
