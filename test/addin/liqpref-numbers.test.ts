// LIQPREF as a host of numbers gets it (whole cents turned into doubles without a Decimal): through the
// Excel wrapper and HyperFormula's conversion, every cell is the double the Decimal path's cents give
// (Decimal.toNumber, what both hosts showed before), on the three presets, with fractions of a cent (refused),
// bad cells and blanks among the exits; and `call` still gives every other host Decimals.
import "../helpers/custom-functions-mock";
import { Decimal, dec } from "../../src/engine/decimal";
import { Money, roundToCents } from "../../src/engine/money";
import { decimalPathCents } from "../../src/engine/waterfall/compile";
import { call, invoke, isHostError, readTerms, type HostMatrix, type HostScalar } from "../../src/catalogue";
import { LIQPREF } from "../../src/catalogue/entries/liqpref";
import { waterfallOf } from "../../src/catalogue/waterfall";
import { matrixResult, toExcelCells } from "../../src/functions/excel";
import { hfResult } from "../../src/hyperformula/convert";
import { SimpleRangeValue } from "hyperformula";

const PRESETS: [string, string | null][] = [
  ["maginet", null],
  ["juniper", null],
  ["jt-storage", "1999-01-10"],
];

/** Exits over 0 to 3x the preferences in whole cents, every breakpoint with a cent either side, and a few odd cells. */
function exitsOf(preset: string, asOf: string | null): HostScalar[] {
  const w = waterfallOf(readTerms(preset, { argument: "terms" }), asOf);
  const top = w.totalPreferences.times(3);
  const exits: HostScalar[] = [];
  for (let k = 0; k <= 600; k++) exits.push(roundToCents(top.times(k).div(600), "half-up").toNumber());
  for (const b of w.breakpoints()) {
    const c = roundToCents(b.exitValue, "half-up");
    exits.push(c.minus("0.01").toNumber(), c.toNumber(), c.plus("0.01").toNumber(), b.exitValue.toNumber());
  }
  // A fraction of a cent (refused), 0.1 + 0.2 (0.3 as Excel shows it), the largest exit (MAX_EXIT, 1e15), one above it
  // (refused), zero, blank, text, negative.
  exits.push(1234567.891, 0.1 + 0.2, 1e15, 9e15, 0, null, "ten", -1, -0.01);
  return exits;
}

/**
 * An exit as read: whole cents, a computed double read as Excel shows it (15 significant digits), so
 * 0.1 + 0.2 is 0.3; a fraction of a cent (1234567.891, a breakpoint between cents) is refused (null).
 */
function exitRead(exit: number): Decimal | null {
  const shownAsExcel = new Decimal(exit.toPrecision(15));
  return dec(exit).times(100).isInteger() ? dec(exit) : shownAsExcel.times(100).isInteger() ? shownAsExcel : null;
}

/** The double each host showed: the Decimal path's cents at the exit, as Decimal.toNumber gives it. */
function expectedRow(preset: string, asOf: string | null, exit: HostScalar, classes: number): (number | string)[] {
  if (exit === null) return new Array(classes).fill("");
  if (typeof exit !== "number" || exit < 0 || exit > 1e15) return new Array(classes).fill("#VALUE!");
  const value = exitRead(exit);
  if (value === null) return new Array(classes).fill("#VALUE!");
  const w = waterfallOf(readTerms(preset, { argument: "terms" }), asOf);
  return decimalPathCents(w, value).amounts.map((a) => a.toNumber());
}

const shown = (cell: unknown): unknown => (cell instanceof CustomFunctions.Error ? cell.code : cell);

describe.each(PRESETS)("LIQPREF on %s as numbers", (preset, asOf) => {
  const exits = exitsOf(preset, asOf);
  const column: HostMatrix = exits.map((x) => [x]);
  const classes = waterfallOf(readTerms(preset, { argument: "terms" }), asOf).classes;

  test("through the Excel wrapper: each cell the double of the Decimal path's cents", () => {
    const cells = matrixResult("LIQPREF", [preset, column, null as unknown as undefined, asOf ?? undefined]);
    expect(cells.length).toBe(exits.length);
    exits.forEach((x, r) => expect([x, cells[r].map(shown)]).toEqual([x, expectedRow(preset, asOf, x, classes.length)]));
  });

  test("through HyperFormula's conversion: the same numbers", () => {
    const spill = hfResult(invoke(LIQPREF, [preset, column, null, asOf], { cents: true })) as SimpleRangeValue;
    const rows = spill.data;
    exits.forEach((x, r) => {
      const row = rows[r].map((v) => (typeof v === "number" ? v : typeof v === "symbol" ? "" : "#VALUE!"));
      expect([x, row]).toEqual([x, expectedRow(preset, asOf, x, classes.length)]);
    });
  });

  test("call gives Decimals, none of them Money, equal to the Decimal path's", () => {
    const result = call("LIQPREF", [preset, column, null, asOf]) as unknown[][];
    exits.forEach((x, r) => {
      if (typeof x !== "number" || x < 0 || x > 1e15 || exitRead(x) === null) return;
      const w = waterfallOf(readTerms(preset, { argument: "terms" }), asOf);
      const expected = decimalPathCents(w, exitRead(x)!).amounts.map((a) => a.toDecimal().toString());
      expect(result[r].every((c) => c instanceof Decimal)).toBe(true);
      expect([x, result[r].map(String)]).toEqual([x, expected]);
    });
  });

  test("one class, one exit: a single number in Excel, a Decimal from call", () => {
    const exit = exits[300] as number;
    const w = waterfallOf(readTerms(preset, { argument: "terms" }), asOf);
    const expected = decimalPathCents(w, dec(exit)).amounts[classes.length - 1];
    expect(matrixResult("LIQPREF", [preset, exit, classes[classes.length - 1], asOf ?? undefined])).toEqual([[expected.toNumber()]]);
    const one = call("LIQPREF", [preset, exit, classes[classes.length - 1], asOf]);
    expect(one instanceof Decimal && one.eq(expected.toDecimal())).toBe(true);
  });
});

describe("whole cents in a spill (toExcelCells)", () => {
  it("Money becomes its double, next to Decimals and errors", () => {
    // $5,980,185.08 and $0.30 (30 cents: the double 0.3, not 0.1 + 0.2)
    const cells = toExcelCells([[Money.ofCents(598018508n), Money.ofCents(30n), new Decimal("0.3"), null]]);
    expect(cells).toEqual([[5980185.08, 0.3, 0.3, ""]]);
  });
  it("cents past a double's range are #VALUE! in their cell, never Infinity", () => {
    const [[cell]] = toExcelCells([[Money.ofCents(10n ** 400n)]]) as CustomFunctions.Error[][];
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toContain("is too large for Excel");
    expect(isHostError(cell)).toBe(false);
  });
});
