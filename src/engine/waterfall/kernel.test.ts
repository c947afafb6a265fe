// The cents kernel against the Decimal path: the same cents, total, conversions and waived classes for
// random charters (awkward conversion prices, caps, dividends, waivers, options under both strike
// conventions) at random exits, at and beside every breakpoint, 0 and one cent; and for the three
// charters over thousands of exits.
import fc from "fast-check";
import { Decimal, dec } from "../decimal";
import { Money, roundToCents } from "../money";
import type { CharterTerms } from "../terms/model";
import { presetTerms, JT_STORAGE_WORKED } from "../../../test/fixtures/charters";
import { centsKernelOf, compileWaterfall, decimalPathCents, type Waterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { randomCharterArb, randomCharterSpecs, type RandomCharter } from "../../../test/helpers/random-charters";
import { MAX_EXIT } from "./evaluate";
import { MAX_EXIT_CENTS } from "./kernel";

const RUNS = Number(process.env.KERNEL_RUNS ?? 100);

// Random charters with the inputs hardest for exact cents: conversion prices of their own, caps, declared
// dividends with a fraction of a cent, waivers, options under both strike conventions, shortfall bases.
const charterArb = randomCharterArb({ maxPreferred: 5, minCommon: 0, waivers: true, bases: true, awkward: true });

function termsOf(c: RandomCharter): CharterTerms {
  return charterTerms(...randomCharterSpecs(c));
}

/** The top of the interesting range: past every breakpoint and 3x total preferences. */
function topOf(w: Waterfall): Decimal {
  const bps = w.breakpoints();
  const last = bps.length ? bps[bps.length - 1].exitValue : w.totalPreferences;
  return Decimal.max(w.totalPreferences.times(3), last.times(1.5), 1000);
}

const cents = (x: Decimal) => BigInt(x.times(100).toFixed(0));

/** The kernel's answer at X cents equals the Decimal path's, class by class, with the conversions. */
function expectSame(w: Waterfall, X: bigint): void {
  const exit = Money.ofCents(X).toDecimal();
  const slow = decimalPathCents(w, exit);
  const pay = w.payouts(exit);
  const fast = w.centsAt(X);
  expect({ exit: exit.toString(), cents: fast.cents.map(String), total: String(fast.totalCents), converts: fast.converts, waived: fast.waived }).toEqual({
    exit: exit.toString(),
    cents: slow.amounts.map((a) => a.cents.toString()),
    total: slow.total.cents.toString(),
    converts: pay.converts,
    waived: pay.waived,
  });
  // And cents() through the kernel gives the Decimal path's ClassCents.
  const viaDecimal = w.cents(exit);
  expect(viaDecimal.amounts.map(String)).toEqual(slow.amounts.map(String));
  expect([viaDecimal.total.toString(), viaDecimal.exerciseCash.toString()]).toEqual([slow.total.toString(), slow.exerciseCash.toString()]);
}

/** Exits in cents: random ones over the range, every breakpoint rounded and a cent either side, 0 and 1. */
function exitsOf(w: Waterfall, ks: readonly number[]): bigint[] {
  const top = topOf(w);
  const out = [0n, 1n, ...ks.map((k) => cents(roundToCents(top.times(k).div(100_000), "half-up")))];
  for (const b of w.breakpoints()) {
    const at = cents(roundToCents(b.exitValue, "half-up"));
    out.push(at, at + 1n, at > 0n ? at - 1n : 0n);
  }
  return out;
}

const ksArb = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 3, maxLength: 12 });

describe("the cents kernel equals the Decimal path", () => {
  test("random charters, random exits, at and beside every breakpoint", () => {
    fc.assert(
      fc.property(charterArb, ksArb, (c, ks) => {
        const w = compileWaterfall(termsOf(c), null);
        for (const X of exitsOf(w, ks)) expectSame(w, X);
      }),
      { numRuns: RUNS },
    );
  });

  test("random charters, every exit through the exact route (no fixed point)", () => {
    fc.assert(
      fc.property(charterArb, ksArb, (c, ks) => {
        const w = compileWaterfall(termsOf(c), null);
        const exact = centsKernelOf(w, { fixedPoint: false });
        for (const X of exitsOf(w, ks)) {
          const r = exact.centsAt(X);
          if (r === null) continue; // on a segment start or past a flat one: the Decimal path's, checked above
          expect(r.cents.map(String)).toEqual(decimalPathCents(w, Money.ofCents(X).toDecimal()).amounts.map((a) => a.cents.toString()));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("exits with fractions of a cent give the Decimal path's cents (rounded to the cent first)", () => {
    fc.assert(
      fc.property(charterArb, fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 999 }), (c, k, mills) => {
        const w = compileWaterfall(termsOf(c), null);
        const exit = roundToCents(topOf(w).times(k).div(100_000), "half-up").plus(dec(mills).div(100_000));
        const slow = decimalPathCents(w, exit);
        expect(w.cents(exit).amounts.map(String)).toEqual(slow.amounts.map(String));
        expect(w.cents(exit).total.toString()).toBe(slow.total.toString());
      }),
      { numRuns: RUNS },
    );
  });

  const charters: [string, CharterTerms, string | null][] = [
    ["MagiNet", presetTerms("maginet"), null],
    ["Juniper", presetTerms("juniper"), null],
    ["JT Storage", presetTerms("jt-storage"), "1999-01-10"],
  ];
  test.each(charters)("%s over 2,000 exits and at every breakpoint", (_name, terms, asOf) => {
    const w = compileWaterfall(terms, asOf);
    const top = topOf(w);
    const exits: bigint[] = [];
    for (let k = 0; k < 2_000; k++) exits.push(cents(roundToCents(top.times(k).div(1_999), "half-up")) + BigInt(k % 7)); // odd cents too
    for (const b of w.breakpoints()) {
      const at = cents(roundToCents(b.exitValue, "half-up"));
      exits.push(at - 1n, at, at + 1n);
    }
    for (const X of exits) expectSame(w, X);
    // The fixed point decides nearly every exit; none is left to the Decimal path but segment starts.
    const kernel = centsKernelOf(w);
    expect(kernel.undecided).toBe(0);
    expect(kernel.exact).toBeLessThan(exits.length / 2);
  });
});

describe("the cents kernel by hand", () => {
  test("JT Storage: a tie of half a cent goes to the earlier class (Series A)", () => {
    // As of 1999-01-10 Series A's preference is $1.00 + 2 years x $0.09 = $1.18 (Art. IV(B)2(a)): $11,800,000
    // for 10,000,000 shares. At $11,811,801.48 the $11,801.48 left is shared as converted (2(b)) by
    // 16,000,000 shares: p = 11,801.48 / 16,000,000 = $0.00073759250. Common 6,000,000 x p = $4,425.555,
    // Series A 11,800,000 + 10,000,000 x p = $11,807,375.925: both half a cent over; one cent to spare.
    const w = compileWaterfall(presetTerms("jt-storage", JT_STORAGE_WORKED), "1999-01-10");
    const r = w.centsAt(1_181_180_148n);
    expect(r.cents).toEqual([1_180_737_593n, 442_555n]);
    expect(r.totalCents).toBe(1_181_180_148n);
    expect(r.converts).toEqual([]);
  });

  test("Juniper above every conversion: all classes share as converted", () => {
    // Past Series D/D1's conversion (p = 11.03) all convert (4(c), 6(a)(i)): as-converted shares A 1,743,751
    // x 1.00/0.44, B 3,915,308 x 2.40/1.07, C 5,200,000 x 8.93/3.97, D 600,000, D1 2,580,000, Common 20,000,000.
    // At $1,000,000,000.00: p = 1e9 / S, S = 3,963,070.4545... + 8,781,999.2523... + 11,696,725.4408...
    // + 23,180,000 = 47,621,795.1476...; Common gets 20,000,000 x p.
    const w = compileWaterfall(presetTerms("juniper"), null);
    const S = dec(1_743_751)
      .times(1)
      .div("0.44")
      .plus(dec(3_915_308).times("2.40").div("1.07"))
      .plus(dec(5_200_000).times("8.93").div("3.97"))
      .plus(23_180_000);
    const common = roundToCents(dec(20_000_000).times(dec(1e9).div(S)), "half-up");
    const r = w.centsAt(100_000_000_000n);
    expect(r.converts).toEqual(["Series A", "Series B", "Series C", "Series D", "Series D1"]);
    expect(r.cents.reduce((a, b) => a + b, 0n)).toBe(100_000_000_000n);
    // Common's 419,979,637.1... : the largest-remainder cent may move it by one cent at most from the rounding.
    const diff = r.cents[5] - cents(common);
    expect(diff >= -1n && diff <= 1n).toBe(true);
  });

  test("an exit on a breakpoint and a negative exit: the Decimal path answers (and refuses)", () => {
    const w = compileWaterfall(presetTerms("juniper"), null);
    // Total preferences (Juniper 4(a)): 1,743,751 x 1.00 + 3,915,308 x 2.40 + 5,200,000 x 8.93 + 3,180,000 x 11.03.
    const prefs = 1_743_751n * 100n + 3_915_308n * 240n + 5_200_000n * 893n + 3_180_000n * 1_103n;
    expect(w.centsAt(prefs).cents).toEqual([174_375_100n, 939_673_920n, 4_643_600_000n, 661_800_000n, 2_845_740_000n, 0n]);
    expect(() => w.centsAt(-1n)).toThrow('argument exitValue, value "-0.01": must not be negative'); // -1 cent
  });
});

test("the kernel's range ends at MAX_EXIT, 1e15 dollars = 1e17 cents: the top exit agrees, above it is refused", () => {
  expect(MAX_EXIT_CENTS.toString()).toBe(MAX_EXIT.times(100).toFixed(0));
  const w = compileWaterfall(presetTerms("juniper"), null);
  expectSame(w, 10n ** 17n);
  for (const X of [10n ** 17n + 1n, 10n ** 18n + 12_345n, 7n * 10n ** 22n]) {
    expect(() => w.centsAt(X)).toThrow(`argument exitValue, value "${Money.ofCents(X).toDecimal().toString()}": is above the largest exit value`);
  }
});
