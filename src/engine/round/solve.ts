// The round's circularity solved exactly: the price depends on the pre-money shares, which count the
// convertibles' shares and the pool top-up, which depend on the price. With each convertible's basis
// fixed (cap or discount) every relation is linear, so the shares follow from a 2 x 2 linear system in
// closed form (decimal.js, 60 significant digits); the basis is then chosen by comparing prices and the
// system solved again until every choice is the cheaper one (rounds/README in the project README).
//
// Unknowns: S, the Common-equivalent shares all convertibles receive, and P, the pool top-up.
//   F  = the fully diluted shares before the round without convertibles and top-up: Common, Preferred as
//        converted, options and warrants, the unissued pool U.
//   T  = F + P + S, the pre-money fully diluted shares; price = M / T (M the pre-money valuation).
//   post-money SAFE at its cap: s = a/cap x (F + S)   (the Company Capitalization counts the converting
//        securities and not the pool's increase in the round; Y Combinator post-money SAFE, Sec. 2)
//   pre-money SAFE or note at its cap: s = a/cap x (F + P)   (the pre-money capitalization counts the pool
//        created or increased in the round and not the SAFEs and notes; pre-money SAFE, Sec. 2)
//   at the discount: s = a / (price x (1 - d)) = a/(M (1 - d)) x (F + P + S)
//   pool target p of the post-money fully diluted shares: U + P = p x (T + I/price) = k T, k = p (M + I)/M
// So S = A (F + S) + B (F + P) + G (F + P + S), with A, B, G the sums of a/cap and a/(M(1-d)) over each
// basis:   (1 - A - G) S - (B + G) P = (A + B + G) F
//          -k S + (1 - k) P = k F - U            (or P = 0 when the pool needs no top-up)
// With one basis (all post-money SAFEs at their caps, no pool) this is S = F x A / (1 - A).
import type { Decimal } from "../decimal";
import { invalid } from "../errors";
import { Q, Q0, Q1 } from "./rational";

export type Basis = "cap" | "discount";

export interface SolveConvertible {
  kind: "post-money-safe" | "pre-money-safe" | "note";
  /** The amount converting (a note's principal plus interest). */
  amount: Decimal;
  cap: Decimal | null;
  discount: Decimal;
}

export interface SolveInput {
  /** F: fully diluted shares before the round, the unissued pool included, without convertibles or top-up. */
  base: Decimal;
  /** U: the unissued pool before the round (part of `base`). */
  pool: Decimal;
  preMoney: Decimal;
  investment: Decimal;
  /** p: the pool's target share of the post-money fully diluted shares, or null. */
  poolTarget: Decimal | null;
  convertibles: readonly SolveConvertible[];
}

/** The exact solution, as rationals (see rational.ts). */
export interface Solution {
  /** The pre-money price per share, M / T. */
  price: Q;
  /** T, P, S: the pre-money fully diluted shares, the top-up and the convertibles' shares. */
  preMoneyShares: Q;
  topUp: Q;
  convertibleShares: Q;
  /** Each convertible: the basis taken, its price at the cap (null without one) and its shares. */
  each: { basis: Basis; capPrice: Q | null; price: Q; shares: Q }[];
}

interface Exact {
  F: Q;
  U: Q;
  M: Q;
  I: Q;
  p: Q | null;
  cs: { post: boolean; a: Q; cap: Q | null; off: Q }[];
}

function solveWith(x: Exact, bases: readonly Basis[], topUp: boolean): { S: Q; P: Q } {
  let A = Q0;
  let B = Q0;
  let G = Q0;
  x.cs.forEach((c, i) => {
    if (bases[i] === "cap") {
      const r = c.a.div(c.cap as Q);
      if (c.post) A = A.plus(r);
      else B = B.plus(r);
    } else {
      G = G.plus(c.a.div(x.M.times(Q1.minus(c.off))));
    }
  });
  const a11 = Q1.minus(A).minus(G);
  const a12 = B.plus(G).neg();
  const b1 = A.plus(B).plus(G).times(x.F);
  let a21 = Q0;
  let a22 = Q1;
  let b2 = Q0;
  if (topUp) {
    const k = (x.p as Q).times(x.M.plus(x.I)).div(x.M);
    a21 = k.neg();
    a22 = Q1.minus(k);
    b2 = k.times(x.F).minus(x.U);
  }
  const det = a11.times(a22).minus(a12.times(a21));
  if (det.cmp(Q0) <= 0) {
    throw invalid(
      { argument: topUp ? "poolTarget" : "convertibles" },
      "the convertibles and the pool would take the whole company at this valuation (no price solves the round); check the caps, discounts and the pool target",
    );
  }
  return { S: b1.times(a22).minus(a12.times(b2)).div(det), P: a11.times(b2).minus(a21.times(b1)).div(det) };
}

/**
 * The exact solution. Each capped convertible starts at its cap; after each solve a convertible takes
 * whichever of its cap price and discount price is lower (the cap on a tie), and the pool is topped up
 * only when the target asks for more than the unissued pool (never reduced), until nothing changes.
 */
export function solveRound(input: SolveInput): Solution {
  const x: Exact = {
    F: Q.of(input.base),
    U: Q.of(input.pool),
    M: Q.of(input.preMoney),
    I: Q.of(input.investment),
    p: input.poolTarget !== null && input.poolTarget.greaterThan(0) ? Q.of(input.poolTarget) : null,
    cs: input.convertibles.map((c) => ({ post: c.kind === "post-money-safe", a: Q.of(c.amount), cap: c.cap ? Q.of(c.cap) : null, off: Q.of(c.discount) })),
  };
  let bases: Basis[] = x.cs.map((c) => (c.cap ? "cap" : "discount"));
  let topUp = x.p !== null;
  const seen = new Set<string>();
  for (;;) {
    const key = bases.join() + topUp;
    if (seen.has(key)) throw invalid({ argument: "convertibles" }, "no consistent choice of cap or discount for the convertibles was found");
    seen.add(key);
    const { S, P } = solveWith(x, bases, topUp);
    const T = x.F.plus(P).plus(S);
    const price = x.M.div(T);
    const each = x.cs.map((c) => {
      const capPrice = c.cap === null ? null : c.cap.div(c.post ? x.F.plus(S) : x.F.plus(P));
      const discountPrice = price.times(Q1.minus(c.off));
      const basis: Basis = capPrice !== null && capPrice.cmp(discountPrice) <= 0 ? "cap" : "discount";
      const chosen = basis === "cap" ? (capPrice as Q) : discountPrice;
      return { basis, capPrice, price: chosen, shares: c.a.div(chosen) };
    });
    const k = x.p === null ? Q0 : x.p.times(x.M.plus(x.I)).div(x.M);
    const wantTopUp = x.p === null ? false : topUp ? P.cmp(Q0) >= 0 : x.U.cmp(k.times(T)) < 0;
    if (each.every((e, i) => e.basis === bases[i]) && wantTopUp === topUp) {
      return { price, preMoneyShares: T, topUp: P, convertibleShares: S, each };
    }
    bases = each.map((e) => e.basis);
    topUp = wantTopUp;
  }
}
