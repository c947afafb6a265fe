// `charter call FUNCTION ARG...`: any catalogue function by its worksheet name, arguments in its order.
import { json, oneLine, run, tempFile } from "./run";

describe("charter call", () => {
  it("a number: LIQPREF for one exit and a class (MagiNet Series D at p = $1.00: 22,000,006 + 3,142,858)", () => {
    const r = run("call", "LIQPREF", "maginet", "79001979", "Series D");
    expect([r.code, r.out, r.err]).toEqual([0, "25142864\n", ""]);
    expect(json("call", "CHARTER.LIQPREF", "maginet", "79001979", "Series D", "--json")).toBe(25142864);
  });
  it("exact decimals stay exact in JSON: WEIGHTEDAVG unrounded", () => {
    // CP1 $1.00, A 1,000,000, C 100,000 at $0.50: B = 50,000; 1.00 x 1,050,000 / 1,100,000 = 0.954545...
    const r = run("call", "WEIGHTEDAVG", "1", "1000000", "100000", "0.5", "--json");
    expect(r.code).toBe(0);
    expect(r.out).toBe("0.954545454545454545454545454545454545454545454545454545454545\n");
  });
  it("'-' omits an optional: ACCRUEDDIV with paid and basis omitted (0.09 x 365/365)", () => {
    expect(run("call", "ACCRUEDDIV", "0.09", "1995-01-01", "1996-01-01", "-", "").out).toBe("0.09\n");
  });
  it("a boolean, and a 2-D array as JSON", () => {
    // MagiNet p = 3 (113,095,555): A as converted $3.00 > $2.00.
    expect(json("call", "CONVERTS", "maginet", "Series A", "113095555", "--json")).toBe(true);
    expect(run("call", "CONVERTS", "maginet", "Series A", "95973767").out).toBe("FALSE\n");
    expect(json("call", "CLASSES", "juniper", "--json")).toEqual([["Series A", "Series B", "Series C", "Series D", "Series D1", "Common"]]);
  });
  it("a range from a CSV: HOLDERPAYOUTS with a cap table ($8.00 a Series D share at p = $1.00)", () => {
    const cap = tempFile("cap.csv", "Holder,Class,Shares\nAnn,Series D,1000000\nBob,Series D,2142858\n");
    const rows = json("call", "HOLDERPAYOUTS", "maginet", cap, "79001979", "--json");
    // Ann 1,000,000 x 8 = 8,000,000; Bob 2,142,858 x 8 = 17,142,864. Shares and payouts come from the
    // CSV's texts exactly (JSON numbers).
    expect(rows.slice(0, 3)).toEqual([
      ["Holder", "Class", "Shares", "Payout"],
      ["Ann", "Series D", 1000000, 8000000],
      ["Bob", "Series D", 2142858, 17142864],
    ]);
  });
  it("the terms from a CSV file instead of a preset", () => {
    const terms = tempFile(
      "t.csv",
      "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nSeries A,2000000,2.50,1,1,none,,2.50\nCommon,8000000,,,,,,\n",
    );
    // domain.md: 1x non-participating at $15M keeps its $5,000,000 (converting gives 2/10 x 15M = 3M).
    expect(run("call", "LIQPREF", terms, "15000000", "Series A").out).toBe("5000000\n");
  });
  it("a column of exits from a CSV: bad rows print as errors, reported on stderr, exit 1", () => {
    const exits = tempFile("exits.csv", "22000006\n-1\n79001979\n");
    const r = run("call", "LIQPREF", "maginet", exits);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      "Series A  Series B  Series C  Series D  Common\n" +
        "0         0         0         22000006  0\n" +
        "#VALUE!   #VALUE!   #VALUE!   #VALUE!   #VALUE!\n" +
        "300000    7309115   41250000  25142864  5000000\n",
    );
    expect(oneLine(r)).toBe('charter: row 2, column 1: #VALUE! argument exitValues (row 2, column 1), value "-1": an exit value must be 0 or more');
  });
  it("errors: an unknown class (exit 1), a missing or extra argument and an unknown function (exit 2)", () => {
    const cls = run("call", "LIQPREF", "maginet", "100", "Series Q");
    expect([cls.code, oneLine(cls)]).toEqual([
      1,
      'charter: argument className, value "Series Q": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    ]);
    const missing = run("call", "LIQPREF", "maginet");
    expect([missing.code, oneLine(missing)]).toEqual([
      2,
      "charter: LIQPREF needs exitValues: LIQPREF(terms, exitValues, [className], [asOf]) (see charter call --help)",
    ]);
    const dash = run("call", "FULLRATCHET", "-", "1");
    expect([dash.code, oneLine(dash)]).toEqual([
      2,
      "charter: FULLRATCHET needs conversionPrice: FULLRATCHET(conversionPrice, pricePerNewShare) (see charter call --help)",
    ]);
    const extra = run("call", "FULLRATCHET", "1", "2", "3");
    expect([extra.code, oneLine(extra)]).toEqual([
      2,
      "charter: FULLRATCHET takes at most 2 arguments, not 3: FULLRATCHET(conversionPrice, pricePerNewShare) (see charter call --help)",
    ]);
    const fn = run("call", "LIQPREFS", "maginet");
    expect(fn.code).toBe(2);
    expect(oneLine(fn)).toMatch(/^charter: "LIQPREFS" is not a function; the functions are LIQPREF, HOLDERPAYOUTS, /);
  });
  it("a missing CSV file and a bad number: exit 1", () => {
    const file = run("call", "HOLDERPAYOUTS", "maginet", "/nonexistent/cap.csv", "1");
    expect([file.code, oneLine(file)]).toEqual([
      1,
      'charter: argument capTable, value "/nonexistent/cap.csv": no such file; give the path of a CSV or .xlsx file',
    ]);
    const num = run("call", "FULLRATCHET", "one", "2");
    expect(num.code).toBe(1);
    expect(oneLine(num)).toMatch(/^charter: argument conversionPrice, value "one": is not a number/);
  });
});

describe("charter call DEEMEDLIQ and SECURITYVALUE: the value, then the reasons with their clauses", () => {
  it("DEEMEDLIQ juniper 50% merger: TRUE, because 50% is not 'more than 50%' (FOURTH 4(d)(i)); --json gives the value alone", () => {
    const r = run("call", "DEEMEDLIQ", "juniper", "50%", "merger");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      "TRUE\n" +
        "Clause                Reason\n" +
        "FOURTH 4(d), 4(d)(i)  a consolidation or merger with or into another entity: the holders before hold 50% after, 50% or less (not more than 50%) as the test requires\n",
    );
    expect(json("call", "DEEMEDLIQ", "juniper", "0.5001", "--json")).toBe(false);
  });
  it("DEEMEDLIQ jt-storage without the election: FALSE, and the reason says so (Art. IV(B)2(c)(i))", () => {
    const r = run("call", "DEEMEDLIQ", "jt-storage", "0.4", "asset-sale");
    expect(r.out.split("\n")[0]).toBe("FALSE");
    expect(r.out).toContain("Art. IV(B)2(c)(i)  only upon the election of the holders of a majority of Series A, and elected is FALSE\n");
    expect(run("call", "DEEMEDLIQ", "jt-storage", "0.4", "asset-sale", "yes").out.split("\n")[0]).toBe("TRUE");
  });
  it("SECURITYVALUE juniper prices.csv 2000-03-15: the average over 2000-02-12 to 2000-03-12, rows in any order", () => {
    // In the period: Feb 14 12.00, Mar 1 9.00, Mar 10 13.00 (Feb 11 and Mar 13 lie outside):
    // (12.00 + 9.00 + 13.00) / 3 = 34 / 3 = 11.3333...
    const prices = tempFile("prices.csv", "Date,Price\n2000-03-13,100\n2000-02-14,12.00\n2000-03-10,13.00\n2000-02-11,100\n2000-03-01,9.00\n");
    const r = run("call", "SECURITYVALUE", "juniper", prices, "2000-03-15");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("~11.3333"); // 34 / 3 to 6 significant digits, marked rounded (the text output; --json is exact)
    expect(lines[2]).toBe(
      "FOURTH 4(d)(ii)(A)(1)  the average of the closing prices on the exchange over the 30 days 2000-02-12 to 2000-03-12 (ending 3 days before the closing on 2000-03-15)",
    );
    expect(lines[3]).toBe("FOURTH 4(d)(ii)(A)(1)  3 trading days with a price (days without one have no row): 34 / 3 = 11." + "3".repeat(58));
  });
  it("SECURITYVALUE jt-storage: one line, the Board's value (Art. IV(B)2(c)(ii)), exit 1", () => {
    const prices = tempFile("prices2.csv", "Date,Price\n2000-03-01,9.00\n");
    const r = run("call", "SECURITYVALUE", "jt-storage", prices, "2000-03-15");
    expect([r.code, oneLine(r)]).toEqual([
      1,
      'charter: argument terms, column Deemed Liquidation, value "securities board": the charter has no market formula (Art. IV(B)2(c)(ii): the Board of Directors values non-cash assets in good faith); use the Board\'s value as an input',
    ]);
  });
});
