// `charter presets`: the list, one preset as a table, as JSON, and as the CSV a user edits and passes back.
import { json, oneLine, run, tempFile } from "./run";

describe("charter presets", () => {
  it("lists id, company, charter date and summary", () => {
    const list = json("presets", "--json");
    expect(list.map((p: any) => [p.id, p.company, p.charterDate])).toEqual([
      ["jt-storage", "JT Storage, Inc.", "1995-02-03"],
      ["juniper", "Juniper Networks, Inc.", null],
      ["maginet", "MagiNet Corporation", null],
    ]);
    expect(list.every((p: any) => typeof p.summary === "string" && p.summary.length > 0)).toBe(true);
    const text = run("presets");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^ID\s+Company\s+Charter Date\njt-storage\s+JT Storage, Inc\.\s+1995-02-03\n/);
    expect(text.out).toContain("\nmaginet: Stacked 1x preferences D > C > B > A");
  });
  it("one preset as a table: one column per class, the inputs the charter does not state", () => {
    const r = run("presets", "maginet");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n\s+Series A\s+Series B\s+Series C\s+Series D\s+Common\n/);
    expect(r.out).toMatch(/\nIssue Price\s+2\s+4\.5\s+4\.5\s+7\n/);
    expect(r.out).toContain("Common.Shares = 5000000: Common outstanding is not stated");
  });
  it("fits in 100 columns: a long rule (MagiNet's Series D IPO Reset) is written below the table", () => {
    for (const id of ["jt-storage", "juniper", "maginet"]) {
      const r = run("presets", id);
      const wide = r.out.split("\n").filter((line) => line.length > 100);
      expect([id, wide]).toEqual([id, []]);
    }
    const out = run("presets", "maginet").out;
    // The class header: Common right after Series D, not ~140 columns over.
    const header = out.split("\n").find((line) => /^\s+Series A\s+Series B/.test(line))!;
    expect(header.indexOf("Common")).toBeLessThan(100);
    expect(out).not.toMatch(/\nIPO Reset\s/);
    expect(out).toContain(
      "\nSeries D IPO Reset: offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15\n" +
        "    100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C\n",
    );
    // Clauses break between items only: "Shortfall Basis=FOURTH 2(b);" stays on one line.
    expect(out).toMatch(/\n {4}Shortfall Basis=FOURTH 2\(b\); /);
    expect(run("presets", "juniper").out).toContain("\nSeries D1 IPO Reset: filing 180d 85%; 1y 75%; 15m 65%\n");
  });
  it("--json: the whole preset, its terms table included", () => {
    const p = json("presets", "juniper", "--json");
    expect(p.id).toBe("juniper");
    expect(p.table.header.slice(0, 3)).toEqual(["Class", "Kind", "Shares"]);
    expect(p.table.rows.map((r: any[]) => r[0])).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1", "Common"]);
  });
  it("--csv round trip: the CSV passed back with --terms pays exactly as the preset", () => {
    const csv = run("presets", "maginet", "--csv");
    expect(csv.code).toBe(0);
    expect(csv.out.startsWith("Class,Kind,Shares,Issue Price,")).toBe(true);
    const path = tempFile("maginet.csv", csv.out);
    // 79,001,979 is p = $1.00 (see waterfall.test.ts): Series D 25,142,864.
    const fromFile = json("waterfall", "--terms", path, "--exit", "79001979", "--json");
    const fromPreset = json("waterfall", "--preset", "maginet", "--exit", "79001979", "--json");
    expect(fromFile.payouts).toEqual(fromPreset.payouts);
    expect(fromFile.payouts["Series D"]).toBe("25142864.00");
  });
  it("errors: unknown preset (exit 1), two names, --csv without a name, --json with --csv (exit 2)", () => {
    const unknown = run("presets", "acme");
    expect(unknown.code).toBe(1);
    expect(oneLine(unknown)).toMatch(/^charter: argument preset, value "acme": no such preset; the presets are jt-storage/);
    for (const args of [["a", "b"], ["--csv"], ["maginet", "--json", "--csv"]]) {
      const r = run("presets", ...args);
      expect(r.code).toBe(2);
      oneLine(r);
    }
  });
});
