// One share's payoff as a function of p, the price of one Common share (domain.md; the method of the brief):
//   Common p; non-participating max(L, D + r p); fully participating L + r p;
//   capped max(min(L + r p, Cap), D + r p); option max(p - K, 0) (net of strike).
// D is the declared unpaid dividends a converting series keeps (Declared On Conversion kept, Juniper
// FOURTH 4(a)(ii), 6(b)), 0 where conversion cancels them; D <= L.
// Each is piecewise linear in p; its kinks are (L - D)/r (converts), (Cap - L)/r (reaches its cap),
// (Cap - D)/r (converts), K (exercises). Kinks are computed as L x Conversion Price / Issue Price so that a 1x
// preference converts at exactly the conversion price; the payoff at a kink is kept exact (./curve.ts).
import { Decimal, ONE, ZERO } from "../decimal";
import type { Claim } from "./claims";

export interface Kink {
  /** The Common price at the kink. */
  p: Decimal;
  /** The claim's exact payoff per share there. */
  value: Decimal;
}

export interface Piece {
  /** Payoff per share = a + b x p on the piece. */
  a: Decimal;
  b: Decimal;
}

/** x / r computed as x x Conversion Price / Issue Price (exact for a terminating quotient). */
function overRatio(c: Claim, x: Decimal): Decimal {
  return x.times(c.cls.conversionPrice).div(c.cls.issuePrice);
}

/**
 * The Common price above which the class takes conversion (non-participating: L/r; capped: Cap/r) or
 * the option exercises (K); null when it never does. At the point itself the class keeps its
 * preference (the holder converts only when conversion pays strictly more; at equality nothing changes
 * in the amounts, and the preference is the charter's default).
 */
export function conversionPoint(c: Claim): Decimal | null {
  // Kept per claim (claims are never changed; a waived claim is a new object): the curve asks it for
  // every class at every kink, a division each time, quadratic in the classes.
  const known = conversionPoints.get(c);
  if (known !== undefined) return known;
  const point = conversionPointOf(c);
  conversionPoints.set(c, point);
  return point;
}

const conversionPoints = new WeakMap<Claim, Decimal | null>();

function conversionPointOf(c: Claim): Decimal | null {
  if (c.kind === "option") return c.strike;
  if (c.kind !== "preferred" || c.waived || c.ratio.isZero()) return null;
  if (c.participation === "none") return overRatio(c, c.preference.minus(c.keptDeclared));
  if (c.participation === "capped") return overRatio(c, c.cap!.minus(c.keptDeclared));
  return null;
}

/** The Common price from which a capped class's L + r p reaches its cap ((Cap - L)/r); null otherwise. */
export function capPoint(c: Claim): Decimal | null {
  if (c.kind !== "preferred" || c.waived || c.participation !== "capped") return null;
  const known = capPoints.get(c);
  if (known !== undefined) return known;
  const point = capPointOf(c);
  capPoints.set(c, point);
  return point;
}

const capPoints = new WeakMap<Claim, Decimal | null>();

function capPointOf(c: Claim): Decimal | null {
  if (c.ratio.isZero()) return null;
  return overRatio(c, c.cap!.minus(c.preference));
}

/** The claim's kinks, ascending, with the exact payoff at each. */
export function kinksOf(c: Claim): readonly Kink[] {
  const known = kinkLists.get(c);
  if (known) return known;
  const kinks: Kink[] = [];
  const cap = capPoint(c);
  if (cap) kinks.push({ p: cap, value: c.cap! });
  const conv = conversionPoint(c);
  if (conv) kinks.push({ p: conv, value: c.kind === "option" ? ZERO : c.participation === "capped" ? c.cap! : c.preference });
  kinkLists.set(c, kinks);
  return kinks;
}

const kinkLists = new WeakMap<Claim, readonly Kink[]>();

/** The linear piece of the payoff to the right of p (valid up to the claim's next kink above p). */
export function pieceAfter(c: Claim, p: Decimal): Piece {
  if (c.kind === "common") return { a: ZERO, b: ONE };
  if (c.kind === "option") return c.strike.lte(p) ? { a: c.strike.neg(), b: ONE } : { a: ZERO, b: ZERO };
  if (c.waived) return { a: ZERO, b: c.ratio };
  const conv = conversionPoint(c);
  if (conv && conv.lte(p)) return { a: c.keptDeclared, b: c.ratio };
  if (c.participation === "none") return { a: c.preference, b: ZERO };
  if (c.participation === "full") return { a: c.preference, b: c.ratio };
  const cap = capPoint(c);
  if (cap && cap.lte(p)) return { a: c.cap!, b: ZERO };
  return { a: c.preference, b: c.ratio };
}
