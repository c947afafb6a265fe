// Whole cents that add up: the largest remainder method (Hamilton's), ties broken by position. The one
// allocation of cents: the waterfall's classes, holders inside a class, a declared dividend's classes.
import { Decimal } from "../decimal";
import { Money } from "./money";
import { roundToCents } from "./round";

/**
 * Amounts are exact to the engine's 60 significant digits; a quotient's last digits are noise (a share
 * of 1.005 may come out as 1.00499...9). Remainders are compared after rounding the amounts to this many
 * decimal places, so that noise never decides who gets a cent.
 */
export const NOISE_PLACES = 30;

/**
 * `values` (dollars) as whole cents adding up to `target`: each takes its amount rounded down (floor),
 * then the cents still missing go one each to the largest remainders (ties: the earlier position first),
 * round after round; cents in excess, should the floors overshoot, come back from the smallest remainders
 * (ties: the later position first). Whole rounds are handed out at once (missing = q x n + r: every
 * position q cents, then r by the order), so the time is O(n log n) whatever the amounts.
 */
export function allocate(values: readonly Decimal[], target: Money): Money[] {
  const n = values.length;
  const clean = values.map((v) => v.toDecimalPlaces(NOISE_PLACES, Decimal.ROUND_HALF_UP));
  const floors = clean.map((v) => roundToCents(v, "floor"));
  const out = floors.map((f) => Money.fromDecimal(f).cents);
  let sum = 0n;
  for (const c of out) sum += c;
  const missing = target.cents - sum;
  if (missing === 0n || n === 0) return out.map(Money.ofCents);
  const order = clean.map((v, i) => ({ i, rem: v.minus(floors[i]) }));
  order.sort((a, b) => b.rem.cmp(a.rem) || a.i - b.i);
  const give = missing < 0n ? -missing : missing;
  const sign = missing < 0n ? -1n : 1n;
  const each = (give / BigInt(n)) * sign; // q: whole rounds, a cent to every position each
  const rest = Number(give % BigInt(n)); // r < n: one more cent each, by the order
  if (each !== 0n) for (let i = 0; i < n; i++) out[i] += each;
  // Missing cents go to the first r of the order (largest remainders); excess cents come back from the last r.
  for (let k = 0; k < rest; k++) out[sign > 0n ? order[k].i : order[n - 1 - k].i] += sign;
  return out.map(Money.ofCents);
}
