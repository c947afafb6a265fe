// Above total preferences: V(p) = sum over classes of shares x payoff(p) is continuous, piecewise linear
// and non-decreasing in p (./payoff.ts). Its kinks, in order, with V at each, give the segments on which
// an exit maps to p by one division: p = p_k + (exit - V(p_k)) / slope.
import { Decimal, ONE, ZERO } from "../decimal";
import type { Claim } from "./claims";
import { conversionPoint, kinksOf, pieceAfter, valueAt } from "./payoff";
import type { Segment } from "./segment";

/** A point to cut the curve at, with the exact payoff per share of one claim there (a waiver threshold). */
export interface ExtraKink {
  p: Decimal;
  index: number;
  value: Decimal;
}

/** The Common prices where some payoff kinks, from 0 up, without repeats. */
export function kinkPrices(claims: readonly Claim[], extra: readonly ExtraKink[] = []): Decimal[] {
  const all = [ZERO, ...claims.flatMap((c) => kinksOf(c).map((k) => k.p)), ...extra.map((k) => k.p)];
  all.sort((a, b) => a.cmp(b));
  return all.filter((p, i) => i === 0 || !p.eq(all[i - 1]));
}

/** Classes whose conversion point lies strictly below p (they convert at p), or at or below p (they convert just above p). */
export function convertingAt(claims: readonly Claim[], p: Decimal, justAbove: boolean): number[] {
  const out: number[] = [];
  for (const c of claims) {
    const point = conversionPoint(c);
    if (point && (justAbove ? point.lte(p) : point.lt(p))) out.push(c.index);
  }
  return out;
}

/** V's segments from p = 0 (exit = total preferences) up. */
export function curveSegments(claims: readonly Claim[], extra: readonly ExtraKink[] = []): Segment[] {
  return kinkPrices(claims, extra).map((p) => {
    const base = claims.map((c) => {
      const hint = extra.find((k) => k.index === c.index && k.p.eq(p));
      return c.shares.times(hint ? hint.value : valueAt(c, p));
    });
    const slopes = claims.map((c) => c.shares.times(pieceAfter(c, p).b));
    let start = ZERO;
    for (const b of base) start = start.plus(b);
    let slope = ZERO;
    for (const s of slopes) slope = slope.plus(s);
    const flat = slope.isZero();
    const weight = slopes.map((s) => (flat || s.isZero() ? ZERO : s.div(slope)));
    const moving: number[] = [];
    weight.forEach((w, i) => { if (!w.isZero()) moving.push(i); });
    return {
      start, p, invSlope: flat ? ZERO : ONE.div(slope), flat, base, weight, moving, tier: null, stage: 0,
      convertsAtStart: convertingAt(claims, p, false),
      convertsInside: convertingAt(claims, p, true),
    };
  });
}
