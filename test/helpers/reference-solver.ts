// A deliberately naive from-scratch waterfall, for tests only: payoffs by their max/min formulas, tiers by
// a plain loop, p found between kinks by evaluating V directly. It shares no code with the compiled
// solver beyond the model, the Decimal and the dividend rule, so that the two can check each other.
import { Decimal, ZERO, max, min } from "../../src/engine/decimal";
import { preferenceDividend } from "../../src/engine/dividends/accrued";
import type { CharterTerms, IsoDate, ShareClass } from "../../src/engine/terms/model";

interface Ref {
  cls: ShareClass;
  n: Decimal;
  L: Decimal;
  r: Decimal;
  cap: Decimal | null;
}

function refs(terms: CharterTerms, asOf: IsoDate | null): Ref[] {
  return terms.classes.map((cls) => {
    if (cls.kind !== "preferred") return { cls, n: cls.shares, L: ZERO, r: new Decimal(1), cap: null };
    const L = cls.preferenceMultiple.times(cls.issuePrice).plus(preferenceDividend(cls, asOf));
    const cap = cls.participation === "capped" ? max(cls.capMultiple!.times(cls.issuePrice), L) : null;
    return { cls, n: cls.shares, L, r: cls.issuePrice.div(cls.conversionPrice), cap };
  });
}

/** One share's payoff at p by the formulas of domain.md. */
function perShare(x: Ref, p: Decimal): Decimal {
  const rp = x.r.times(p);
  switch (x.cls.kind) {
    case "common":
      return p;
    case "option":
      return max(p.minus(x.cls.strike), ZERO);
    default:
      if (x.cls.participation === "none") return max(x.L, rp);
      if (x.cls.participation === "full") return x.L.plus(rp);
      return max(min(x.L.plus(rp), x.cap!), rp);
  }
}

function V(xs: Ref[], p: Decimal): Decimal {
  let v = ZERO;
  for (const x of xs) v = v.plus(x.n.times(perShare(x, p)));
  return v;
}

export function referencePayouts(terms: CharterTerms, asOf: IsoDate | null, exit: Decimal): { amounts: Decimal[]; p: Decimal } {
  const xs = refs(terms, asOf);
  const hasPref = (x: Ref) => x.cls.kind === "preferred" && x.L.gt(0) && x.n.gt(0);
  let totalPref = ZERO;
  for (const x of xs) if (hasPref(x)) totalPref = totalPref.plus(x.n.times(x.L));
  if (exit.lte(totalPref)) {
    const amounts = xs.map(() => ZERO);
    let left = exit;
    const tiers = [...new Set(xs.filter(hasPref).map((x) => x.cls.seniority))].sort((a, b) => b - a);
    for (const t of tiers) {
      const idx = xs.map((x, i) => i).filter((i) => hasPref(xs[i]) && xs[i].cls.seniority === t);
      let need = ZERO;
      for (const i of idx) need = need.plus(xs[i].n.times(xs[i].L));
      if (left.gte(need)) {
        for (const i of idx) amounts[i] = xs[i].n.times(xs[i].L);
        left = left.minus(need);
        continue;
      }
      const issue = xs[idx[0]].cls.shortfallBasis === "issue-price";
      const weight = (i: number) => (issue ? xs[i].cls.issuePrice.times(xs[i].n) : xs[i].n.times(xs[i].L));
      let active = idx.slice();
      for (;;) {
        let wsum = ZERO;
        for (const i of active) wsum = wsum.plus(weight(i));
        const whole = active.filter((i) => left.times(weight(i)).div(wsum).gte(xs[i].n.times(xs[i].L)));
        if (whole.length === 0) {
          for (const i of active) amounts[i] = left.times(weight(i)).div(wsum);
          break;
        }
        for (const i of whole) {
          amounts[i] = xs[i].n.times(xs[i].L);
          left = left.minus(amounts[i]);
        }
        active = active.filter((i) => !whole.includes(i));
      }
      break;
    }
    return { amounts, p: ZERO };
  }
  // Above: every kink, V at each, the bracket holding the exit, then the line through its ends.
  const kinks: Decimal[] = [ZERO];
  for (const x of xs) {
    if (x.cls.kind === "option") kinks.push(x.cls.strike);
    if (x.cls.kind === "preferred" && x.r.gt(0)) {
      if (x.cls.participation === "none") kinks.push(x.L.div(x.r));
      if (x.cls.participation === "capped") kinks.push(x.cap!.minus(x.L).div(x.r), x.cap!.div(x.r));
    }
  }
  kinks.sort((a, b) => a.cmp(b));
  let lo = ZERO;
  let hi: Decimal | null = null;
  for (const k of kinks) {
    if (V(xs, k).lt(exit)) lo = k;
    else {
      hi = k;
      break;
    }
  }
  if (hi === null) hi = lo.plus(1);
  while (V(xs, hi).lt(exit)) hi = hi.times(2).plus(1);
  const vlo = V(xs, lo);
  const vhi = V(xs, hi);
  const p = vhi.eq(vlo) ? lo : lo.plus(exit.minus(vlo).times(hi.minus(lo)).div(vhi.minus(vlo)));
  return { amounts: xs.map((x) => x.n.times(perShare(x, p))), p };
}
