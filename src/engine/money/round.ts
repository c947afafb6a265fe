// Dollars to the cent, by a named rounding. Every rounding of an amount in dollars to cents goes through
// here, so each place says which rule it takes.
//   half-up  to the nearest cent, a half cent away from zero (0.005 -> 0.01, -0.005 -> -0.01)
//   floor    down to the cent below, toward minus infinity (0.019 -> 0.01, -0.011 -> -0.02)
//   up       away from zero to the next cent (0.011 -> 0.02, -0.011 -> -0.02)
import type DecimalJs from "decimal.js";
import { Decimal } from "../decimal";
import { Money } from "./money";

export type CentRounding = "half-up" | "floor" | "up";

const MODE: Record<CentRounding, DecimalJs.Rounding> = {
  "half-up": Decimal.ROUND_HALF_UP,
  floor: Decimal.ROUND_FLOOR,
  up: Decimal.ROUND_UP,
};

/** `dollars` rounded to the cent by `mode`, still as Decimal dollars (a price to the cent, a displayed amount). */
export function roundToCents(dollars: Decimal, mode: CentRounding): Decimal {
  return dollars.toDecimalPlaces(2, MODE[mode]);
}

/** `dollars` rounded to the cent by `mode`, as Money. */
export function roundToMoney(dollars: Decimal, mode: CentRounding): Money {
  return Money.fromDecimal(roundToCents(dollars, mode));
}
