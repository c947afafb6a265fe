// CPHISTORY with the events the ledger gained for issue #3 (option changes, stock dividends,
// distributions, reclassifications) on the shipped presets; numbers by hand from the charters.
import { call } from "../index";
import { asHostError, plain } from "../testing";
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
  test("raise-only (6(d)(iii)(B)): a price raised to $6.00 is recomputed; lowered to $4.00, it is not", () => {
    // $6.00: (525,268,400.478998... + 30,000,000) / 52,621,795.147687... = 10.552057... -> 10.55
    const up: HostMatrix = [...GRANT, ["1999-09-01", "option-change", "W1", null, 6]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", up, null, "raise-only"])))).toEqual([
      ["1999-06-01", "10.46", "FOURTH 6(d)(iii); FOURTH 6(d)(iv)"],
      ["1999-09-01", "10.55", "FOURTH 6(d)(iii)"],
    ]);
    const down: HostMatrix = [...GRANT, ["1999-09-01", "change", "W1", null, 4]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", down, null, "raise-only"])))[1]).toEqual(["1999-09-01", "10.46", "FOURTH 6(d)(iii)"]);
  });

  test("either (the default, MagiNet 3(f)(i)(E)(3)'s reading): lowered to $4.00 it is recomputed down", () => {
    // (525,268,400.478998... + 20,000,000) / 52,621,795.147687... = 10.362026... -> 10.36
    const down: HostMatrix = [...GRANT, ["1999-09-01", "change", "W1", null, 4]];
    expect(dRows(plain(call("CPHISTORY", ["juniper", down, null, null])))[1]).toEqual(["1999-09-01", "10.36", "FOURTH 6(d)(iii)"]);
  });

  test("a rule that is neither is an error naming the argument", () => {
    const e = asHostError(call("CPHISTORY", ["juniper", GRANT, null, "sometimes"]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument optionChanges, value "sometimes": must be one of either, raise-only');
  });
});

describe("CPHISTORY: stock dividends cite each charter's subdivision clause", () => {
  test("MagiNet 3(c): one share for every ten, Series D $7.00 x 10 / 11 = 6.363636...", () => {
    const rows = plain(call("CPHISTORY", ["maginet", [["Date", "Event", "Ratio"], ["1998-01-02", "stock-dividend", "1:10"]], "Series D"])) as string[][];
    expect(rows[1][1]).toBe("stock dividend of 1 share of Common for every 10 shares held");
    expect(Number(rows[1][4]).toFixed(6)).toBe("6.363636");
    expect(rows[1][5]).toBe("FOURTH 3(c)");
  });

  test("JT Storage Art. IV(B)4(d)(i): 10%, Series A $1.00 x 1 / 1.1 = 0.909090...", () => {
    const rows = plain(call("CPHISTORY", ["jt-storage", [["Date", "Event", "Ratio"], ["1996-07-01", "dividend", "10%"]], null])) as string[][];
    expect(Number(rows[1][4]).toFixed(6)).toBe("0.909091");
    expect(rows[1][5]).toBe("Art. IV(B)4(d)(i)");
  });
});
