// CPHISTORY with the events the ledger gained for issue #3 (option changes, stock dividends,
// distributions, reclassifications) on the shipped presets; numbers by hand from the charters.
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

// Juniper preset, broad base (FOURTH 6(d)(iv)), from events-entries.test.ts: A = 47,621,795.147687...;
// 11.03 x A = 525,268,400.478998...
// 1999-06-01, options W1 for 5,000,000 Common at no less than $5.00, nothing paid: deemed issued for
// $25,000,000 (6(d)(iii), 6(d)(v)(B)): (525,268,400.478998... + 25,000,000) / 52,621,795.147687...
// = 10.457043... -> 10.46 for D and D1; A, B and C are not above $5.00.
const GRANT: HostMatrix = [
  ["Date", "Event", "Option", "Shares", "Price"],
  ["1999-06-01", "option-grant", "W1", 5000000, 5],
];
const dRows = (rows: unknown) => (rows as string[][]).filter((r) => r[2] === "Series D").map((r) => [r[0], r[4], r[5]]);

describe("CPHISTORY: option-change on the Juniper preset", () => {
  // The preset's Option Changes is raise-only for each series (FOURTH 6(d)(iii)(B)), so the rule applies
  // with no 4th argument; the step cites the Option Changes clause.
  test("raise-only from the terms (6(d)(iii)(B)): a price raised to $6.00 is recomputed; lowered to $4.00, it is not", () => {
    // $6.00: (525,268,400.478998... + 30,000,000) / 52,621,795.147687... = 10.552057... -> 10.55
    const up: HostMatrix = [...GRANT, ["1999-09-01", "option-change", "W1", null, 6]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", up])))).toEqual([
      ["1999-06-01", "10.46", "FOURTH 6(d)(iii); FOURTH 6(d)(iv)"],
      ["1999-09-01", "10.55", "FOURTH 6(d)(iii)(B)"],
    ]);
    // $4.00 is a decrease in the consideration: not counted, 10.46 stands.
    const down: HostMatrix = [...GRANT, ["1999-09-01", "change", "W1", null, 4]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", down])))[1]).toEqual(["1999-09-01", "10.46", "FOURTH 6(d)(iii)(B)"]);
    expect(dRows(plain(call("CPHISTORY", ["juniper", down, null, null])))[1]).toEqual(["1999-09-01", "10.46", "FOURTH 6(d)(iii)(B)"]);
    expect(dRows(plain(call("CPHISTORY", ["juniper", down, null, "raise-only"])))[1]).toEqual(["1999-09-01", "10.46", "FOURTH 6(d)(iii)(B)"]);
  });

  test("the argument overrides the terms for every series: either (MagiNet 3(f)(i)(E)(3)'s reading) lowers it", () => {
    // (525,268,400.478998... + 20,000,000) / 52,621,795.147687... = 10.362026... -> 10.36
    const down: HostMatrix = [...GRANT, ["1999-09-01", "change", "W1", null, 4]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", down, null, "either"])))[1]).toEqual(["1999-09-01", "10.36", "FOURTH 6(d)(iii)(B)"]);
  });

  test("a rule that is neither is an error naming the argument", () => {
    const e = asHostError(call("CPHISTORY", ["juniper", GRANT, null, "sometimes"]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument optionChanges, value "sometimes": must be one of either, raise-only');
  });
});

describe("CPHISTORY: the Option Changes column of a terms range", () => {
  // One broad-based series, $1.00, 1,000,000 shares; 1,000,000 Common. Base A = 1,000,000 + 1,000,000 = 2,000,000.
  // Options for 1,000,000 at $0.50, nothing paid: (2,000,000 x 1.00 + 500,000) / 3,000,000 = 0.833333...
  // Changed to $0.25: either: (2,000,000 + 250,000) / 3,000,000 = 0.75; raise-only: not counted, 0.833333...
  const header = [
    "Class",
    "Shares",
    "Issue Price",
    "Preference Multiple",
    "Seniority",
    "Participation",
    "Cap Multiple",
    "Conversion Price",
    "Anti-Dilution",
    "Option Changes",
  ];
  const terms = (rule: string | null, ruleB: string | null = rule): HostMatrix => [
    header,
    ["Series A", 1000000, 1, 1, 1, "none", null, 1, "broad", rule],
    ["Series B", 0, 1, 1, 1, "none", null, 1, "broad", ruleB],
    ["Common", 1000000, 0, 0, 0, "full", null, null, null, null],
  ];
  const events: HostMatrix = [
    ["Date", "Event", "Option", "Shares", "Price"],
    ["2000-01-01", "option-grant", "P", 1000000, 0.5],
    ["2000-06-01", "option-change", "P", null, 0.25],
  ];
  const after = (t: HostMatrix, rule: string | null = null) => Number((plain(call("CPHISTORY", [t, events, "Series A", rule])) as string[][])[2][4]).toFixed(6);

  test("raise-only in the column keeps the price; blank is either and lowers it; the argument overrides both", () => {
    expect(after(terms("raise-only"))).toBe("0.833333");
    expect(after(terms(null))).toBe("0.750000");
    expect(after(terms("either"))).toBe("0.750000");
    expect(after(terms("raise-only"), "either")).toBe("0.750000");
    expect(after(terms(null), "raise-only")).toBe("0.833333");
  });

  test("a word that is not a rule names the class, column and value", () => {
    const e = asHostError(call("CPHISTORY", [terms("sometimes"), events]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument terms, class Series A, column Option Changes, value "sometimes": must be one of either, raise-only');
  });

  test("series that differ are an error naming them, unless the argument gives one rule for all", () => {
    const e = asHostError(call("CPHISTORY", [terms("raise-only", "either"), events]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "argument terms, column Option Changes: differs between the series (Series A raise-only, Series B either); the ledger applies one rule to every series: give them the same rule, or give the rule as the optionChanges argument",
    );
    expect(after(terms("raise-only", "either"), "raise-only")).toBe("0.833333");
  });
});

describe("CPHISTORY: stock dividends cite each charter's subdivision clause", () => {
  test("MagiNet 3(c): one share for every ten, Series D $7.00 x 10 / 11 = 6.363636...", () => {
    const rows = plain(
      call("CPHISTORY", [
        "maginet",
        [
          ["Date", "Event", "Ratio"],
          ["1998-01-02", "stock-dividend", "1:10"],
        ],
        "Series D",
      ]),
    ) as string[][];
    expect(rows[1][1]).toBe("stock dividend of 1 share of Common for every 10 shares held");
    expect(Number(rows[1][4]).toFixed(6)).toBe("6.363636");
    expect(rows[1][5]).toBe("FOURTH 3(c)");
  });

  test("JT Storage Art. IV(B)4(d)(i): 10%, Series A $1.00 x 1 / 1.1 = 0.909090...", () => {
    const rows = plain(
      call("CPHISTORY", [
        "jt-storage",
        [
          ["Date", "Event", "Ratio"],
          ["1996-07-01", "dividend", "10%"],
        ],
        null,
      ]),
    ) as string[][];
    expect(Number(rows[1][4]).toFixed(6)).toBe("0.909091");
    expect(rows[1][5]).toBe("Art. IV(B)4(d)(i)");
  });
});
