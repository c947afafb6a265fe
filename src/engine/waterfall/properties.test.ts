// Properties over random charters: 1-5 preferred classes (random seniority, participation none / full /
// capped, multiples, conversion prices, declared dividends), Common, and an optional options class.
import fc from "fast-check";
import { Decimal, dec } from "../decimal";
import { roundToCents, sumMoney } from "../money";
import type { CharterTerms } from "../terms/model";
import { compileWaterfall, solveWaterfall } from "./compile";
import { referencePayouts } from "../../../test/helpers/reference-solver";
import { charterTerms, type ClassSpec } from "../../../test/fixtures/classes";
import { randomCharterArb, randomCharterSpecs } from "../../../test/helpers/random-charters";

const TOL = dec("1e-30");
const RUNS = 200;

const charterArb = randomCharterArb({ maxPreferred: 5, minCommon: 0, waivers: false, bases: true });
const specsOf = randomCharterSpecs;

/** Exit values in cents from 0 to about 3x total preferences and the top kink, from integers in [0, 4000]. */
function exitsFor(terms: CharterTerms, ks: number[]): Decimal[] {
  const w = compileWaterfall(terms, null);
  const bps = w.breakpoints();
  const top = bps.length ? bps[bps.length - 1].exitValue : w.totalPreferences;
  const scale = Decimal.max(w.totalPreferences.times(3), top.times(1.5), 1000);
  return ks.map((k) => roundToCents(scale.times(k).div(4000), "half-up"));
}

const params = { numRuns: RUNS };
const ksArb = fc.array(fc.integer({ min: 0, max: 4000 }), { minLength: 2, maxLength: 5 });

describe("waterfall properties over random charters", () => {
  test("payouts are never negative and add up to the total; cents add up exactly", () => {
    fc.assert(
      fc.property(charterArb, ksArb, (c, ks) => {
        const terms = charterTerms(...specsOf(c));
        const w = compileWaterfall(terms, null);
        for (const exit of exitsFor(terms, ks)) {
          const pay = w.payouts(exit);
          let sum = dec(0);
          for (const a of pay.amounts) {
            expect(a.isNeg() && !a.isZero()).toBe(false);
            sum = sum.plus(a);
          }
          expect(sum.minus(pay.total).abs().lte(TOL)).toBe(true);
          const cents = w.cents(exit);
          const csum = sumMoney(cents.amounts).toDecimal();
          expect(csum.eq(roundToCents(exit.plus(pay.exerciseCash), "half-up"))).toBe(true);
        }
      }),
      params,
    );
  });

  test("seniority: below total preferences no lower tier, nor Common, gets a cent before every higher preference is whole", () => {
    fc.assert(
      fc.property(charterArb, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }), (c, ks) => {
        const terms = charterTerms(...specsOf(c));
        const w = compileWaterfall(terms, null);
        const claims = terms.classes.map((cls) => ({
          cls,
          full: cls.kind === "preferred" ? cls.shares.times(cls.preferenceMultiple.times(cls.issuePrice).plus(cls.declaredUnpaid)) : dec(0),
        }));
        for (const k of ks) {
          const exit = w.totalPreferences.times(k).div(1000);
          const pay = w.payouts(exit);
          claims.forEach((lower, i) => {
            if (pay.amounts[i].isZero()) return;
            // i is paid something: every class strictly senior with a preference is whole.
            claims.forEach((higher, j) => {
              if (higher.full.isZero()) return;
              const senior = lower.full.isZero() || higher.cls.seniority > lower.cls.seniority;
              if (senior) expect(pay.amounts[j].minus(higher.full).abs().lte(TOL)).toBe(true);
            });
          });
        }
      }),
      params,
    );
  });

  test("each convertible class's choice is its best given the others (switching it alone pays no more)", () => {
    fc.assert(
      fc.property(charterArb, fc.integer({ min: 0, max: 4 }), ksArb, (c, which, ks) => {
        const specs = specsOf(c);
        const terms = charterTerms(...specs);
        const i = which % c.preferred.length;
        const spec = specs[i];
        if (spec.participation === "full") return;
        const w = compileWaterfall(terms, null);
        for (const exit of exitsFor(terms, ks.slice(0, 2))) {
          const pay = w.payouts(exit);
          const mine = pay.amounts[i];
          const converts = pay.converts.includes(spec.name);
          if (converts && spec.participation === "capped") {
            // Keeping never pays more than the cap; converting pays more than it.
            const cap = dec(spec.capMultiple!).times(dec(spec.issuePrice!)).times(dec(spec.shares!));
            expect(mine.gte(cap)).toBe(true);
            continue;
          }
          // Forced to convert: no preference, shares as converted. Forced to keep: it can never convert.
          const forced: ClassSpec = converts
            ? { ...spec, conversionPrice: "1e30" }
            : { ...spec, preferenceMultiple: 0, declaredUnpaid: 0, participation: "full", capMultiple: null };
          const other = solveWaterfall(charterTerms(...specs.map((s, k) => (k === i ? forced : s))), null).payouts(exit).amounts[i];
          expect(other.minus(mine).lte(TOL)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("payouts are non-decreasing in the exit for every class (no waiver)", () => {
    fc.assert(
      fc.property(charterArb, ksArb, (c, ks) => {
        const terms = charterTerms(...specsOf(c));
        const w = compileWaterfall(terms, null);
        const exits = exitsFor(terms, ks).sort((a, b) => a.cmp(b));
        for (let k = 1; k < exits.length; k++) {
          const a = w.payouts(exits[k - 1]).amounts;
          const b = w.payouts(exits[k]).amounts;
          a.forEach((x, i) => expect(x.minus(b[i]).lte(TOL)).toBe(true));
        }
      }),
      params,
    );
  });

  test("the compiled evaluation equals a from-scratch solve (the naive reference solver)", () => {
    fc.assert(
      fc.property(charterArb, ksArb, (c, ks) => {
        const terms = charterTerms(...specsOf(c));
        const w = compileWaterfall(terms, null);
        const bps = w.breakpoints().map((b) => b.exitValue);
        // Also right at breakpoints, where the segments meet.
        for (const exit of [...exitsFor(terms, ks), ...bps.slice(0, 3)]) {
          const pay = w.payouts(exit);
          const ref = referencePayouts(terms, null, exit);
          // The reference pays options net; under "cash" the compiled solver adds the strike to the option.
          const cashStrike = (i: number) => {
            const cls = terms.classes[i];
            return cls.kind === "option" && cls.strikeConvention === "cash" && pay.converts.includes(cls.name) ? cls.shares.times(cls.strike) : dec(0);
          };
          pay.amounts.forEach((a, i) => {
            expect(
              a
                .minus(ref.amounts[i].plus(cashStrike(i)))
                .abs()
                .lte(TOL),
            ).toBe(true);
          });
          expect(pay.commonPrice.minus(ref.p).abs().lte(TOL)).toBe(true);
        }
      }),
      params,
    );
  });
});
