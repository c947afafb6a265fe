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
 * earlier position first), round after round; cents in excess, should the floors overshoot, come back
 * from the smallest remainders (ties: the later position first). Whole rounds are handed out at once
 * (missing = q x n + r: every position q cents, then r by the order), so the time is O(n log n) whatever
 * the amounts.
 */
export function largestRemainder(values: readonly Decimal[], target: Decimal): Decimal[] {
  const clean = values.map((v) => v.toDecimalPlaces(NOISE_PLACES, Decimal.ROUND_HALF_UP));
  const floors = clean.map((v) => v.toDecimalPlaces(2, Decimal.ROUND_FLOOR));
  let sum = new Decimal(0);
  for (const f of floors) sum = sum.plus(f);
  const missing = target.minus(sum).div(CENT);
  if (!missing.isInteger()) throw new RangeError(`target ${target} is not a whole number of cents`);
  if (missing.isZero() || values.length === 0) return floors;
  const order = clean.map((v, i) => ({ i, rem: v.minus(floors[i]) }));
  order.sort((a, b) => b.rem.cmp(a.rem) || a.i - b.i);
  const n = order.length;
  const give = missing.abs();
  const rounds = give.divToInt(n); // q: whole rounds, a cent to every position each
  const rest = give.minus(rounds.times(n)).toNumber(); // r < n: one more cent each, by the order
  const sign = missing.isPositive() ? 1 : -1;
  const each = rounds.times(CENT).times(sign);
  const out = rounds.isZero() ? floors.slice() : floors.map((f) => f.plus(each));
  const cent = CENT.times(sign);
  // Missing cents go to the first r of the order (largest remainders); excess cents come back from the last r.
  for (let k = 0; k < rest; k++) {
    const at = sign > 0 ? order[k].i : order[n - 1 - k].i;
    out[at] = out[at].plus(cent);
  }
  return out;
}
