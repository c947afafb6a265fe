// `charter breakpoints`: the exit values where the waterfall changes course, by hand from the charters.
import { json, oneLine, run, tempFile } from "./run";

describe("charter breakpoints", () => {
  it("MagiNet --json: preferences D, C, B, A (FOURTH 2(a)), sharing, then A converts at p = $2.00", () => {
    // Running preferences 22,000,006; 55,750,006; 61,730,191; 62,030,191; V(2) = 62,030,191 + 16,971,788 x 2
    // = 95,973,767 (A's $2.00 preference = p x 1).
    const r = json("breakpoints", "--preset", "maginet", "--json");
    expect(r.terms).toBe("preset maginet");
    expect(r.breakpoints.map((b: any) => [b.exitValue, b.class, b.event, b.clause])).toEqual([
      ["22000006", "Series D", "preference paid in full", "FOURTH 2(a)"],
      ["55750006", "Series C", "preference paid in full", "FOURTH 2(a)"],
      ["61730191", "Series B", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series A", "preference paid in full", "FOURTH 2(a)"],
      ["62030191", "Series B", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series C", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Series D", "starts to share", "FOURTH 2(a)"],
      ["62030191", "Common", "starts to share", "FOURTH 2(a)"],
      ["95973767", "Series A", "converts", "FOURTH 3(a)(i)"],
    ]);
  });
  it("domain.md's 2x cap from a CSV: starts to share at $5M, reaches its cap at $30M, converts at $50M", () => {
    // Preference 2,000,000 x 2.50 = 5M; cap 2 x 2.50 = $5.00 a share reached at p = 2.50: 5M + 10M x 2.50
    // = 30M; converts past p = $5.00: 10M (A capped) + 8M x 5.00 = 50M.
    const csv = tempFile(
      "capped.csv",
      "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nSeries A,2000000,2.50,1,1,capped,2,2.50\nCommon,8000000,,,,,,\n",
    );
    const r = json("breakpoints", "--terms", csv, "--json");
    expect(r.breakpoints.map((b: any) => [b.exitValue, b.class, b.event])).toEqual([
      ["5000000", "Series A", "preference paid in full"],
      ["5000000", "Series A", "starts to share"],
      ["5000000", "Common", "starts to share"],
      ["30000000", "Series A", "reaches its cap"],
      ["50000000", "Series A", "converts"],
    ]);
  });
  it("JT Storage --as-of: the waiver at 19,000,000 x $5.00 = $95,000,000, shown to the cent as text", () => {
    const r = run("breakpoints", "--preset", "jt-storage", "--as-of", "1996-02-03");
    expect(r.code).toBe(0);
    // Preference 9,000,000 x $1.09 = $9,810,000 at 1996-02-03.
    expect(r.out).toMatch(/\$9,810,000\.00\s+Series A\s+preference paid in full\s+Art\. IV\(B\)2\(a\)\n/);
    expect(r.out).toMatch(/\$95,000,000\.00\s+Series A\s+preference waived\s+Art\. IV\(B\)2\(b\) proviso\n/);
  });
  it("errors: a bad --as-of (exit 1), a stray argument (exit 2)", () => {
    const date = run("breakpoints", "--preset", "jt-storage", "--as-of", "1996-02-30");
    expect([date.code, oneLine(date)]).toEqual([1, 'charter: argument --as-of, value "1996-02-30": is not a date; write it as YYYY-MM-DD']);
    const stray = run("breakpoints", "--preset", "maginet", "extra");
    expect([stray.code, oneLine(stray)]).toEqual([2, 'charter: unexpected argument "extra" (see charter breakpoints --help)']);
  });
});
