// LIQPREF through the engine's cents kernel gives, cell for cell, the cents of the Decimal path (exact
// payouts, then largest remainder) on the three presets: thousands of exits as Excel passes them
// (numbers), exits on and beside every breakpoint, fractions of a cent, and one class's column.
import fc from "fast-check";
import { Decimal, dec } from "../../engine/decimal";
import { roundToCents } from "../../engine/money";
import { decimalPathCents } from "../../engine/waterfall/compile";
import { call } from "../index";
import { readTerms } from "../terms";
import { waterfallOf } from "../waterfall";
import type { HostMatrix } from "../types";

const PRESETS: [string, string | null][] = [
  ["maginet", null],
  ["juniper", null],
  ["jt-storage", "1999-01-10"],
];

function waterfall(preset: string, asOf: string | null) {
  return waterfallOf(readTerms(preset, { argument: "terms" }), asOf);
}

/** The Decimal path's cents at an exit, as texts. */
function expected(preset: string, asOf: string | null, exit: number): string[] {
  return decimalPathCents(waterfall(preset, asOf), dec(exit)).amounts.map((a) => a.toDecimal().toString());
}

function spill(preset: string, asOf: string | null, exits: number[], className: string | null = null): string[][] {
  const result = call("LIQPREF", [preset, exits.map((x) => [x]) as HostMatrix, className, asOf]);
  // One exit and a class: a single value.
  const rows = Array.isArray(result) ? result : [[result]];
  return rows.map((row) => row.map((cell) => (cell instanceof Decimal ? cell.toString() : `not a number: ${String(cell)}`)));
}

describe.each(PRESETS)("LIQPREF on %s equals the Decimal path", (preset, asOf) => {
  const w = waterfall(preset, asOf);
  const bps = w.breakpoints().map((b) => roundToCents(b.exitValue, "half-up"));
  const top = Decimal.max(w.totalPreferences.times(3), bps.length ? bps[bps.length - 1].times(1.5) : 0);

  test("2,000 exits in whole cents over the range, and every breakpoint with a cent either side", () => {
    const exits: number[] = [];
    for (let k = 0; k <= 2_000; k++) exits.push(roundToCents(top.times(k).div(2_000), "half-up").toNumber());
    for (const b of bps) exits.push(b.minus("0.01").toNumber(), b.toNumber(), b.plus("0.01").toNumber());
    const rows = spill(
      preset,
      asOf,
      exits.filter((x) => x >= 0),
    );
    exits.filter((x) => x >= 0).forEach((x, r) => expect([x, rows[r]]).toEqual([x, expected(preset, asOf, x)]));
  });

  test("random exits, with fractions of a cent too (refused: an exit is whole cents), and one class's column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 9 }),
        fc.nat(10),
        (ks, mills, which) => {
          // Mills make a third decimal in one exit of ten: those go to the Decimal path itself.
          const exits = ks.map((k, i) =>
            top
              .times(k)
              .div(1_000_000)
              .toDecimalPlaces(i % 10 === 0 && mills > 0 ? 3 : 2, Decimal.ROUND_DOWN)
              .toNumber(),
          );
          const rows = spill(preset, asOf, exits);
          // An exit with a third decimal is no whole number of cents: its own row is errors, the others stand.
          const whole = (x: number) => dec(x).times(100).isInteger();
          const refused = (row: string[]) => row.every((cell) => cell.startsWith("not a number"));
          exits.forEach((x, r) => (whole(x) ? expect(rows[r]).toEqual(expected(preset, asOf, x)) : expect(refused(rows[r])).toBe(true)));
          const name = w.classes[which % w.classes.length];
          const col = spill(preset, asOf, exits, name);
          exits.forEach((x, r) =>
            whole(x) ? expect(col[r]).toEqual([expected(preset, asOf, x)[which % w.classes.length]]) : expect(refused(col[r])).toBe(true),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
