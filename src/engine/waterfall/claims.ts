// What each class claims in a liquidation, per share: the preference L, the Common it converts into r,
// the cap, the strike. Everything here depends on the terms (and the distribution date) alone.
import { Decimal, ONE, ZERO, max } from "../decimal";
import { invalid } from "../errors";
import { preferenceDividend } from "../dividends/accrued";
import type { CharterTerms, IsoDate, Participation, ShareClass, ShortfallBasis } from "../terms/model";

export interface Claim {
  index: number;
  cls: ShareClass;
  name: string;
  kind: ShareClass["kind"];
  shares: Decimal;
  /** L: Preference Multiple x Issue Price + the dividend part (0 for Common and options). */
  preference: Decimal;
  /** r: Common per share (Issue Price / Conversion Price; 1 for Common and options). */
  ratio: Decimal;
  participation: Participation;
  /** The total per share a capped class can take before converting: max(Cap Multiple x Issue Price, L). */
  cap: Decimal | null;
  /** K: the strike (options), 0 otherwise. */
  strike: Decimal;
  /** Options under the "cash" convention pay the strike in. */
  cash: boolean;
  seniority: number;
  basis: ShortfallBasis;
  /** Weight of a shortfall shared on the "issue-price" basis: Issue Price x shares. */
  issueWeight: Decimal;
  waiverPrice: Decimal | null;
  /**
   * K: declared unpaid dividends per share that a converting series keeps (Declared On Conversion kept,
   * Juniper FOURTH 4(a)(ii), 6(b)); 0 when conversion cancels them or for Common and options.
   */
  keptDeclared: Decimal;
  /** Set when the class's preference has no force (a waiver met): it is paid purely as converted. */
  waived: boolean;
}

function check(cls: ShareClass, column: string, x: Decimal, ok: (x: Decimal) => boolean, problem: string): void {
  if (!x.isFinite() || !ok(x)) {
    throw invalid({ argument: "terms", className: cls.name, column, value: x.toString() }, problem);
  }
}

const nonNegative = (x: Decimal) => !x.isNeg();
const positive = (x: Decimal) => x.gt(0);

/** The claim of one class, its cells checked (a ChartError names class, column and value). */
export function claimOf(cls: ShareClass, index: number, asOf: IsoDate | null): Claim {
  check(cls, "Shares", cls.shares, nonNegative, "shares must be 0 or more");
  const base = {
    index,
    cls,
    name: cls.name,
    kind: cls.kind,
    shares: cls.shares,
    seniority: cls.seniority,
    basis: cls.shortfallBasis,
    waived: false,
  };
  if (cls.kind !== "preferred") {
    // Common shares what remains; options and warrants take part as Common when in the money:
    // max(p - K, 0) per option.
    if (cls.kind === "option") check(cls, "Strike", cls.strike, nonNegative, "a strike must be 0 or more");
    const option = cls.kind === "option";
    return {
      ...base,
      preference: ZERO,
      ratio: ONE,
      participation: "full",
      cap: null,
      strike: option ? cls.strike : ZERO,
      cash: option && cls.strikeConvention === "cash",
      issueWeight: ZERO,
      waiverPrice: null,
      keptDeclared: ZERO,
    };
  }
  check(cls, "Issue Price", cls.issuePrice, nonNegative, "an issue price must be 0 or more");
  check(cls, "Preference Multiple", cls.preferenceMultiple, nonNegative, "a preference multiple must be 0 or more");
  check(cls, "Conversion Price", cls.conversionPrice, positive, "a conversion price must be more than 0");
  const dividend = preferenceDividend(cls, asOf);
  check(cls, "Dividend Rate", dividend, nonNegative, "the dividend part of the preference must not be negative");
  const preference = cls.preferenceMultiple.times(cls.issuePrice).plus(dividend);
  let cap: Decimal | null = null;
  if (cls.participation === "capped") {
    if (cls.capMultiple === null) {
      throw invalid({ argument: "terms", className: cls.name, column: "Cap Multiple" }, "capped participation needs a cap multiple");
    }
    check(cls, "Cap Multiple", cls.capMultiple, positive, "a cap multiple must be more than 0");
    // Decision: the cap limits participation, never the preference itself; where dividends lift the
    // preference above Cap Multiple x Issue Price, the class still takes its whole preference.
    cap = max(cls.capMultiple.times(cls.issuePrice), preference);
  }
  if (cls.waiverPrice !== null) check(cls, "Waiver Price", cls.waiverPrice, positive, "a waiver price must be more than 0");
  return {
    ...base,
    preference,
    ratio: cls.issuePrice.div(cls.conversionPrice),
    participation: cls.participation,
    cap,
    strike: ZERO,
    cash: false,
    issueWeight: cls.issuePrice.times(cls.shares),
    waiverPrice: cls.waiverPrice,
    // Declared On Conversion kept: conversion gives up the rest of the preference, not the declared
    // dividends (at most the preference: the parser allows kept only where the preference holds them).
    keptDeclared: cls.declaredOnConversion === "kept" ? cls.declaredUnpaid : ZERO,
  };
}

/** The claims of all classes, in terms order; pari passu classes must share a shortfall on one basis. */
export function claimsOf(terms: CharterTerms, asOf: IsoDate | null): Claim[] {
  if (!terms || !Array.isArray(terms.classes) || terms.classes.length === 0) {
    throw invalid({ argument: "terms" }, "the terms have no classes");
  }
  const claims = terms.classes.map((cls, i) => claimOf(cls, i, asOf));
  const basisOfTier = new Map<number, Claim>();
  for (const c of claims) {
    if (!hasPreference(c)) continue;
    const first = basisOfTier.get(c.seniority);
    if (!first) basisOfTier.set(c.seniority, c);
    else if (first.basis !== c.basis) {
      throw invalid(
        { argument: "terms", className: c.name, column: "Shortfall Basis", value: c.basis },
        `is pari passu (Seniority ${c.seniority}) with ${first.name}, whose basis is ${first.basis}; a tier shares a shortfall on one basis`,
      );
    }
    if (c.basis === "issue-price" && c.issueWeight.isZero()) {
      throw invalid(
        { argument: "terms", className: c.name, column: "Issue Price", value: c.cls.issuePrice.toString() },
        "a shortfall shared in proportion to Issue Price needs an issue price above 0 for a class with a preference",
      );
    }
  }
  return claims;
}

/** A class with something to take ahead of Common: preferred, not waived, L > 0 and shares. */
export function hasPreference(c: Claim): boolean {
  return c.kind === "preferred" && !c.waived && c.preference.gt(0) && c.shares.gt(0);
}

/** The claim with its preference waived: paid purely as converted (JT Storage Art. IV(B)2(b) proviso). */
export function waive(c: Claim): Claim {
  // Decision: the waiver takes 2(a) away whole, its declared unpaid dividends (2(a)(ii)) with it.
  return { ...c, preference: ZERO, participation: "full", cap: null, keptDeclared: ZERO, waived: true };
}
