// Whole cents that add up: the largest remainder method (Hamilton's), ties broken by position.
import { Decimal, CENT } from "../decimal";

/**
 * Amounts are exact to the engine's 60 significant digits; a quotient's last digits are noise (a share
 * of 1.005 may come out as 1.00499...9). Remainders are compared after rounding the amounts to this many
 * decimal places, so that noise never decides who gets a cent.
 */
export const NOISE_PLACES = 30;

/**
 * `values` rounded to whole cents so that they add up to `target` (a whole number of cents): each takes
 * its amount rounded down, then the cents still missing go one each to the largest remainders (ties: the
 * earlier position first); cents in excess, should the floors overshoot, come back from the smallest
 * remainders (ties: the later position first).
 */
export function largestRemainder(values: readonly Decimal[], target: Decimal): Decimal[] {
  const clean = values.map((v) => v.toDecimalPlaces(NOISE_PLACES, Decimal.ROUND_HALF_UP));
  const floors = clean.map((v) => v.toDecimalPlaces(2, Decimal.ROUND_FLOOR));
  let sum = new Decimal(0);
  for (const f of floors) sum = sum.plus(f);
  let missing = target.minus(sum).div(CENT).toNumber();
  if (!Number.isInteger(missing)) throw new RangeError(`target ${target} is not a whole number of cents`);
  if (missing === 0 || values.length === 0) return floors;
  const order = clean.map((v, i) => ({ i, rem: v.minus(floors[i]) }));
  order.sort((a, b) => b.rem.cmp(a.rem) || a.i - b.i);
  const out = floors.slice();
  if (missing > 0) {
    for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) out[order[k].i] = out[order[k].i].plus(CENT);
  } else {
    for (let k = order.length - 1; missing < 0; k = (k - 1 + order.length) % order.length, missing++) {
      out[order[k].i] = out[order[k].i].minus(CENT);
    }
  }
  return out;
}
