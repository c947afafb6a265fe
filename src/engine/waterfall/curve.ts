// Above total preferences: V(p) = sum over classes of shares x payoff(p) is continuous, piecewise linear
// and non-decreasing in p (./payoff.ts). Its kinks, in order, with V at each, give the segments on which
// an exit maps to p by one division: p = p_k + (exit - V(p_k)) / slope.
import { Decimal, ZERO } from "../decimal";
import type { Claim } from "./claims";
import { conversionPoint, kinksOf, pieceAfter } from "./payoff";
import { movingOf, type Segment } from "./segment";

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

/** The Common a class shares as, when it shares: n x Issue Price / Conversion Price (one rounding), n for Common and options. */
export function sharingShares(c: Claim): Decimal {
  if (c.kind !== "preferred") return c.shares;
  // Kept per claim: asked for every class at every kink (a division each time).
  let x = sharing.get(c);
  if (x === undefined) sharing.set(c, (x = c.shares.times(c.cls.issuePrice).div(c.cls.conversionPrice)));
  return x;
}

const sharing = new WeakMap<Claim, Decimal>();

/** A class's amount at p: exact at its own kinks, else n x a + (as-converted shares) x p. */
export function amountAt(c: Claim, p: Decimal): Decimal {
  const kink = kinksOf(c).find((k) => k.p.eq(p));
  if (kink) return c.shares.times(kink.value);
  const { a, b } = pieceAfter(c, p);
  const fixed = a.isZero() ? ZERO : c.shares.times(a);
  return b.isZero() || p.isZero() ? fixed : fixed.plus(sharingShares(c).times(p));
}

/** V's segments from p = 0 (exit = total preferences) up. */
export function curveSegments(claims: readonly Claim[], extra: readonly ExtraKink[] = []): Segment[] {
  return kinkPrices(claims, extra).map((p) => {
    const base = claims.map((c) => {
      const hint = extra.find((k) => k.index === c.index && k.p.eq(p));
      return hint ? c.shares.times(hint.value) : amountAt(c, p);
    });
    const rates = claims.map((c) => (pieceAfter(c, p).b.isZero() ? ZERO : sharingShares(c)));
    let start = ZERO;
    for (const b of base) start = start.plus(b);
    const { moving, scale } = movingOf(rates);
    return {
      start,
      p,
      scale,
      flat: scale.isZero(),
      base,
      rates,
      moving,
      tier: null,
      stage: 0,
      convertsAtStart: convertingAt(claims, p, false),
      convertsInside: convertingAt(claims, p, true),
    };
  });
}
