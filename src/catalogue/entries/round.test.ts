// ROUND and ROUNDSUMMARY through the catalogue, on the MagiNet preset; numbers by hand (see
// src/presets/round.test.ts for the arithmetic of the conversion prices).
import { Decimal } from "../../engine/decimal";
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

// Pre-money 17,121,788 x 3 = 51,365,364, $15,000,000: price 3.00, 5,000,000 Series E.
const ARGS = ["maginet", 15_000_000, 51_365_364, null, null, "2026-12-01"];

test("ROUNDSUMMARY: price, series, shares, pool, post-money, and the prices before and after", () => {
  const rows = plain(call("ROUNDSUMMARY", ARGS)) as unknown[][];
  expect(rows.slice(0, 5)).toEqual([
    ["Price", "3", null, null],
    ["Series", "Series E", null, null],
    ["New Shares", "5000000", null, null],
    ["Pool Shares", "0", null, null],
    ["Post-Money", "66365364", null, null], // 51,365,364 + 15,000,000
  ]);
  expect(rows[5]).toEqual(["Class", "Before", "After", "Clause"]);
  expect(rows[6].slice(0, 3)).toEqual(["Series A", "2", "2"]);
});

test("ROUND spills the world after the round: LIQPREF over it pays Series E's senior 1x first", () => {
  // As Excel hands the spill back: numbers as doubles.
  const table = (call("ROUND", ARGS) as unknown[][]).map((r) => r.map((c) => (c instanceof Decimal ? c.toNumber() : c))) as HostMatrix;
  const plainTable = plain(table) as unknown[][];
  expect(plainTable.map((r) => r[0])).toEqual(["Class", "Series A", "Series B", "Series C", "Series D", "Series E", "Common"]);
  // An exit of $15,000,000 is Series E's preference, 5,000,000 x $3.00, paid before every other series;
  // converting would give it 5,000,000 / 23,342,310.36 of the exit, far less.
  const classes = plain(call("CLASSES", [table])) as string[][];
  const pay = plain(call("LIQPREF", [table, 15_000_000])) as string[][];
  expect(Object.fromEntries(classes[0].map((c, i) => [c, pay[0][i]]))).toEqual({
    "Series A": "0",
    "Series B": "0",
    "Series C": "0",
    "Series D": "0",
    "Series E": "15000000",
    Common: "0",
  });
});

test("a bad convertibles range names the argument, row and column", () => {
  const bad: HostMatrix = [
    ["Holder", "Kind", "Amount"],
    ["Angel", "loan", 100000],
  ];
  const e = asHostError(call("ROUND", ["maginet", 15_000_000, 51_365_364, null, bad]));
  expect(e.message).toContain("convertibles row 1");
  expect(e.message).toContain("Kind");
});
