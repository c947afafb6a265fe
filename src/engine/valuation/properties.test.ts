// OPM properties over random charters (as ../waterfall/properties.test.ts draws them): 1-4 preferred
// classes (seniority, participation none / full / capped, multiples, conversion prices, declared dividends),
// Common, an optional options class; now and then a Waiver Price (a jump).
import fc from "fast-check";
import { dec } from "../decimal";
import { compileWaterfall, type Waterfall } from "../waterfall";
import { compiledOf } from "../waterfall/compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { randomCharterArb, randomCharterSpecs, type RandomCharter } from "../../../test/helpers/random-charters";
import { backsolve, opm, scheduleOf } from "./index";

const charterArb = randomCharterArb({ maxPreferred: 4, minCommon: 1, waivers: true, bases: false });
type Charter = RandomCharter;

function waterfallOf(c: Charter): Waterfall {
  return compileWaterfall(charterTerms(...randomCharterSpecs(c)), null);
}

/** The exit payouts net of strike (as the OPM values options), as doubles. */
function netPayouts(w: Waterfall, exit: number): number[] {
  const c = compiledOf(w);
  const pay = w.payouts(dec(exit.toFixed(6)));
  return pay.amounts.map((a, i) => (pay.converts.includes(c.names[i]) ? a.minus(c.strikeCash[i]) : a).toNumber());
}

/** An equity value on the scale of the charter: the top breakpoint (or total preferences) times a factor. */
function scaleOf(w: Waterfall): number {
  const bps = w.breakpoints();
  return Math.max(1000, bps.length ? bps[bps.length - 1].exitValue.toNumber() : 0, w.totalPreferences.toNumber());
}

const inputsArb = fc.record({
  factor: fc.double({ min: 0.05, max: 4, noNaN: true }),
  volatility: fc.double({ min: 0.1, max: 1.5, noNaN: true }),
  years: fc.double({ min: 0.25, max: 8, noNaN: true }),
  rate: fc.double({ min: -0.01, max: 0.08, noNaN: true }),
});

const params = { numRuns: 150 };

describe("OPM properties over random charters", () => {
  test("the classes' values add up to the equity value (jumps included)", () => {
    let withJumps = 0;
    fc.assert(
      fc.property(charterArb, inputsArb, (c, x) => {
        const w = waterfallOf(c);
        const S = scaleOf(w) * x.factor;
        const r = opm(scheduleOf(w), { equityValue: S, volatility: x.volatility, years: x.years, rate: x.rate });
        if (r.jumps.length > 0) withJumps++;
        expect(Math.abs(r.total - S) / S).toBeLessThan(1e-12);
        for (const v of r.values) expect(v).toBeGreaterThan(-1e-9 * S);
      }),
      params,
    );
    expect(withJumps).toBeGreaterThan(0);
  });

  // Decision: not where a waiver makes a jump: the class that loses at the jump receives less just above it
  // than just below, so its value may dip as the equity value passes near it.
  test("each class's value rises with the equity value (charters without a waiver)", () => {
    fc.assert(
      fc.property(charterArb, inputsArb, fc.double({ min: 1.001, max: 3, noNaN: true }), (c0, x, up) => {
        const c = { ...c0, preferred: c0.preferred.map((p) => ({ ...p, waiver: null })) };
        const w = waterfallOf(c);
        const S = scaleOf(w) * x.factor;
        const m = { volatility: x.volatility, years: x.years, rate: x.rate };
        const lo = opm(scheduleOf(w), { equityValue: S, ...m }).values;
        const hi = opm(scheduleOf(w), { equityValue: S * up, ...m }).values;
        lo.forEach((v, i) => expect(hi[i]).toBeGreaterThanOrEqual(v - 1e-9 * S));
      }),
      params,
    );
  });

  test("with volatility near 0, each class tends to the waterfall at the forward value S e^(rT), discounted", () => {
    fc.assert(
      fc.property(charterArb, inputsArb, (c, x) => {
        const w = waterfallOf(c);
        const S = scaleOf(w) * x.factor;
        const r = opm(scheduleOf(w), { equityValue: S, volatility: 1e-9, years: x.years, rate: x.rate });
        const forward = netPayouts(w, S * Math.exp(x.rate * x.years));
        const df = Math.exp(-x.rate * x.years);
        // Within sigma sqrt(T) of a breakpoint the value is still a blend of both sides: 1e-7 of S is far above that.
        r.values.forEach((v, i) => expect(Math.abs(v - forward[i] * df)).toBeLessThan(1e-7 * S));
      }),
      params,
    );
  });

  test("BACKSOLVE of the OPM price of the class sharing most at the top gives back the equity value", () => {
    fc.assert(
      fc.property(charterArb, inputsArb, (c, x) => {
        const w = waterfallOf(c);
        const s = scheduleOf(w);
        const S = Math.round(scaleOf(w) * Math.max(0.5, x.factor));
        const n = s.classes.length;
        const top = s.tranches.length - 1;
        let i = 0;
        for (let k = 1; k < n; k++) if (s.shareMatrix[top * n + k] > s.shareMatrix[top * n + i]) i = k;
        const m = { volatility: x.volatility, years: x.years, rate: x.rate };
        const price = opm(s, { equityValue: S, ...m }).perShare[i]!;
        const back = backsolve(s, { classIndex: i, price, ...m });
        // To the cent, where the price pins the equity value to the cent: a price good to ~1e-13 of itself (the
        // doubles) fixes S to 1e-13 x price / (d price / dS), which is far below a cent unless the class's value
        // hardly moves with S (deep out of the money over a short term).
        const at = (v: number) => opm(s, { equityValue: v, ...m }).perShare[i]!;
        const slope = (at(S + 1) - at(S - 1)) / 2;
        if (slope > 0) {
          expect(Math.abs(back - S)).toBeLessThanOrEqual(0.01 + (1e-13 * price) / slope);
        } else {
          // Where the class's value falls as S rises (a waiver's jump ahead of it), more than one equity value
          // gives the price and BACKSOLVE finds one of them (its doc): the check is that the one found gives
          // the price, to what a cent of S moves it.
          const slopeThere = Math.abs(at(back + 1) - at(back - 1)) / 2;
          expect(Math.abs(at(back) - price)).toBeLessThanOrEqual(1e-12 * price + 0.01 * slopeThere);
        }
      }),
      params,
    );
  });
});
