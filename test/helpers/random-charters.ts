// Random charters for property tests (fast-check), shared by the waterfall's and the valuation's properties:
// 1 to `maxPreferred` preferred classes (random seniority, participation none / full / capped, multiples,
// conversion prices, declared dividends), Common, an optional options class; with `waivers`, now and then a
// Waiver Price (JT Storage Art. IV(B)2(b): a jump in the waterfall); with `bases`, a random Shortfall Basis
// per seniority; with `awkward`, the inputs hardest for exact cents (the cents kernel's properties).
import fc from "fast-check";
import { dec } from "../../src/engine/decimal";
import type { ClassSpec } from "../fixtures/classes";

export interface RandomCharterOptions {
  maxPreferred: number;
  minCommon: number;
  waivers: boolean;
  bases: boolean;
  /**
   * Conversion prices of their own in cents (Juniper's 0.44, 1.07, 3.97: Issue Price / Conversion Price rarely
   * terminates, so the segments carry 60-digit coefficients) instead of a factor of the Issue Price; declared
   * dividends with a fraction of a cent (0.333); strikes in tenths of a cent (under "cash" the strike paid in
   * may have a fraction of a cent); waivers at any price in cents. Not for the reference solver.
   */
  awkward?: boolean;
}

const BASIS = fc.constantFrom("preference" as const, "issue-price" as const);

export function randomCharterArb(o: RandomCharterOptions) {
  const preferred = fc.record({
    shares: fc.integer({ min: 0, max: 5_000_000 }),
    issueCents: fc.integer({ min: 1, max: 5_000 }),
    multiple: fc.constantFrom("0", "1", "1", "1.5", "2", "3"),
    cpFactor: fc.constantFrom("0.5", "0.8", "1", "1", "1.25", "2"),
    conversionCents: o.awkward ? fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: null }) : fc.constant(null),
    seniority: fc.integer({ min: 0, max: 3 }),
    participation: fc.constantFrom("none" as const, "full" as const, "capped" as const),
    capMultiple: fc.constantFrom("1.5", "2", "3"),
    declared: o.awkward ? fc.constantFrom("0", "0", "0", "0.10", "0.333") : fc.constantFrom("0", "0", "0", "0.10", "0.25"),
    waiver: o.waivers && !o.awkward ? fc.constantFrom<string | null>(null, null, null, "3", "8") : fc.constant<string | null>(null),
    waiverCents: o.waivers && o.awkward ? fc.option(fc.integer({ min: 50, max: 2_000 }), { nil: null, freq: 4 }) : fc.constant(null),
  });
  return fc.record({
    preferred: fc.array(preferred, { minLength: 1, maxLength: o.maxPreferred }),
    common: fc.integer({ min: o.minCommon, max: 10_000_000 }),
    // Strikes in tenths of a cent (mills) when awkward, else whole cents.
    option: fc.option(
      fc.record({
        shares: fc.integer({ min: 1, max: 2_000_000 }),
        strikeMills: fc.integer({ min: 0, max: 20_000 }).map((m) => (o.awkward ? m : m - (m % 10))),
        cash: fc.boolean(),
      }),
    ),
    bases: o.bases ? fc.tuple(BASIS, BASIS, BASIS, BASIS) : fc.constant(null),
  });
}

export type RandomCharter = ReturnType<typeof randomCharterArb> extends fc.Arbitrary<infer T> ? T : never;

/** The classes of a random charter, for charterTerms. */
export function randomCharterSpecs(c: RandomCharter): ClassSpec[] {
  const specs: ClassSpec[] = c.preferred.map((x, i) => {
    const issuePrice = dec(x.issueCents).div(100);
    return {
      name: `P${i}`,
      // At least one share somewhere, so that someone can take the top of the waterfall.
      shares: i === 0 ? Math.max(1, x.shares) : x.shares,
      issuePrice,
      preferenceMultiple: x.multiple,
      conversionPrice: x.conversionCents === null ? issuePrice.times(x.cpFactor) : dec(x.conversionCents).div(100),
      seniority: x.seniority,
      participation: x.participation,
      capMultiple: x.participation === "capped" ? x.capMultiple : null,
      declaredUnpaid: x.declared,
      ...(c.bases ? { shortfallBasis: c.bases[x.seniority] } : {}),
      // A waiver in cents only where it means something: a preference that can be given up.
      waiverPrice: x.waiver !== null ? issuePrice.times(x.waiver) : x.waiverCents !== null && x.multiple !== "0" ? dec(x.waiverCents).div(100) : null,
    };
  });
  specs.push({ name: "Common", shares: c.common });
  if (c.option)
    specs.push({
      name: "Options",
      kind: "option",
      shares: c.option.shares,
      strike: dec(c.option.strikeMills).div(1000),
      strikeConvention: c.option.cash ? "cash" : "net",
    });
  return specs;
}
