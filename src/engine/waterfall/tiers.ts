// Below total preferences (p = 0): the exit is paid tier by tier in order of Seniority, higher first
// (OCF convention; MagiNet 2(a): D, then C, then B, then A); inside a tier pari passu, a shortfall shared
// on the tier's Shortfall Basis:
// - "preference": in proportion to the full preferential amount (MagiNet 2(b));
// - "issue-price": in proportion to Issue Price x shares (Juniper 4(b)), no class above its full
//   preference, the excess going to the others on the same basis (cap-and-redistribute).
// Each tier is a run of segments on which every class's amount is linear in the exit.
import { Decimal, ZERO } from "../decimal";
import { hasPreference, type Claim } from "./claims";
import { movingOf, type Segment } from "./segment";

/** The full preference n x L of each claim (0 without one). */
export function fullPreferences(claims: readonly Claim[]): Decimal[] {
  return claims.map((c) => (hasPreference(c) ? c.shares.times(c.preference) : ZERO));
}

/** The seniorities that hold a preference, higher (paid first) first. */
export function tiersOf(claims: readonly Claim[]): number[] {
  const set = new Set<number>();
  for (const c of claims) if (hasPreference(c)) set.add(c.seniority);
  return [...set].sort((a, b) => b - a);
}

function segment(start: Decimal, base: Decimal[], rates: Decimal[], tier: number): Segment {
  const { moving, scale } = movingOf(rates);
  return {
    start,
    p: ZERO,
    scale,
    flat: false,
    base,
    rates,
    moving,
    tier,
    stage: 0,
    // p = 0 throughout: nobody converts and no option is in the money.
    convertsAtStart: [],
    convertsInside: [],
  };
}

/** The segments from exit 0 to total preferences. */
export function tierSegments(claims: readonly Claim[]): Segment[] {
  const n = claims.length;
  const full = fullPreferences(claims);
  const paid: Decimal[] = new Array(n).fill(ZERO);
  const segments: Segment[] = [];
  let cumulative = ZERO;
  for (const tier of tiersOf(claims)) {
    const members = claims.filter((c) => hasPreference(c) && c.seniority === tier).map((c) => c.index);
    let tierTotal = ZERO;
    for (const i of members) tierTotal = tierTotal.plus(full[i]);
    if (claims[members[0]].basis === "preference") {
      // MagiNet 2(b): "ratably ... in proportion to the full ... Preference such holders would otherwise be entitled to receive"
      const rates: Decimal[] = new Array(n).fill(ZERO);
      for (const i of members) rates[i] = full[i];
      segments.push(segment(cumulative, paid.slice(), rates, tier));
      for (const i of members) paid[i] = full[i];
    } else {
      // Juniper 4(b): "ratably ... in proportion to the Original Issue Price of the respective series ... held".
      // A class whose rate (amount per unit of Issue Price x shares) reaches full / weight is whole and
      // drops out; the others go on sharing the rest on the same basis.
      const level = (i: number) => full[i].div(claims[i].issueWeight);
      let active = members.slice().sort((a, b) => level(a).cmp(level(b)) || a - b);
      let rate = ZERO;
      while (active.length > 0) {
        for (const i of active) paid[i] = rate.isZero() ? ZERO : rate.times(claims[i].issueWeight);
        let start = cumulative;
        for (const i of members) start = start.plus(paid[i]);
        const rates: Decimal[] = new Array(n).fill(ZERO);
        for (const i of active) rates[i] = claims[i].issueWeight;
        segments.push(segment(start, paid.slice(), rates, tier));
        rate = level(active[0]);
        const whole = active.filter((i) => level(i).eq(rate));
        for (const i of whole) paid[i] = full[i];
        active = active.filter((i) => !level(i).eq(rate));
      }
    }
    cumulative = cumulative.plus(tierTotal);
  }
  return segments;
}
