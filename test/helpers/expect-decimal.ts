// Decimal assertions for the waterfall tests.
import { Decimal, dec, type DecimalInput } from "../../src/engine/decimal";
import { Money } from "../../src/engine/money";

/** Exactly equal as numbers ("2990092.50" equals 2990092.5). */
export function expectDec(actual: Decimal | Money, expected: DecimalInput): void {
  if (actual instanceof Money) actual = actual.toDecimal();
  const e = dec(expected);
  if (!actual.eq(e)) throw new Error(`expected ${e.toString()}, got ${actual.toString()}`);
}

/** Equal within `tolerance` (a quotient's last of 60 significant digits). */
export function expectNear(actual: Decimal, expected: DecimalInput, tolerance: DecimalInput = "1e-40"): void {
  const e = dec(expected);
  if (actual.minus(e).abs().gt(dec(tolerance))) throw new Error(`expected ${e.toString()} (within ${tolerance}), got ${actual.toString()}`);
}

/** Each amount exactly as listed. */
export function expectAmounts(actual: readonly (Decimal | Money)[], expected: readonly DecimalInput[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((m, i) => {
    const a = m instanceof Money ? m.toDecimal() : m;
    const e = dec(expected[i]);
    if (!a.eq(e)) throw new Error(`amount ${i}: expected ${e.toString()}, got ${a.toString()}`);
  });
}
