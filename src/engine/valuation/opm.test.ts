// The OPM worked by hand: tranches read off the charter, each a Black-Scholes call evaluated here in
// 90-digit decimals with an erf series (test/helpers/normal.ts), independent of the code's N(x) and its table.
import { dec } from "../decimal";
import { presetTerms } from "../../../test/fixtures/charters";
import { compileWaterfall, type Waterfall } from "../waterfall";
import { charterTerms } from "../../../test/fixtures/classes";
import { backsolve, opm, scheduleOf } from "./index";
import { callExact, digitalExact } from "../../../test/helpers/normal";

const value = (w: Waterfall, S: number, volatility: number, years: number, rate: number) => opm(scheduleOf(w), { equityValue: S, volatility, years, rate });

describe("OPM: hand-worked charters", () => {
  it("a Common-only company is worth S / shares a share: 12,500,000 / 1,000,000 = 12.50", () => {
    const w = compileWaterfall(charterTerms({ name: "Common", shares: 1_000_000 }), null);
    const r = value(w, 12_500_000, 0.7, 4, 0.05);
    expect(r.tranches).toHaveLength(1);
    expect(Math.abs(r.perShare[0]! - 12.5)).toBeLessThan(1e-12);
  });

  // Series A: 1,000,000 shares at $1.00, 1x non-participating, converting one for one; Common 1,000,000.
  // Exit 0 to $1M: all to Series A (its preference); $1M to $2M: all to Common (p rises from 0 to $1);
  // above $2M (p = $1 = L / r) Series A converts: each class half of every dollar.
  // A = C(0) - C(1M) + C(2M) / 2; Common = C(1M) - C(2M) + C(2M) / 2.
  const terms = charterTerms({ name: "Series A", shares: 1_000_000, issuePrice: 1 }, { name: "Common", shares: 1_000_000 });
  const w = compileWaterfall(terms, null);
  const [S, sigma, T, r] = [3_000_000, 0.5, 2, 0.03];
  const C = (K: number) => callExact(S, K, sigma, T, r);

  it("1x non-participating + Common: breakpoints 0, $1M, $2M with shares 1/0, 0/1, 1/2/1/2", () => {
    const t = value(w, S, sigma, T, r).tranches;
    expect(t.map((x) => x.from)).toEqual([0, 1_000_000, 2_000_000]);
    expect(t.map((x) => x.shares)).toEqual([
      [1, 0],
      [0, 1],
      [0.5, 0.5],
    ]);
  });

  it("1x non-participating + Common: A = C(0) - C(1M) + C(2M)/2, Common = C(1M) - C(2M)/2 (S 3M, 50%, 2 years, 3%)", () => {
    const res = value(w, S, sigma, T, r);
    const A = C(0) - C(1_000_000) + C(2_000_000) / 2;
    const common = C(1_000_000) - C(2_000_000) / 2;
    expect(Math.abs(res.values[0] - A)).toBeLessThan(1e-6);
    expect(Math.abs(res.values[1] - common)).toBeLessThan(1e-6);
    expect(Math.abs(res.perShare[1]! - common / 1_000_000)).toBeLessThan(1e-12);
    // The call column of the audit table is C(b) itself.
    expect(Math.abs(res.tranches[1].call - C(1_000_000))).toBeLessThan(1e-6);
  });

  it("1x fully participating + Common: A = C(0) - C(1M) + C(1M)/2", () => {
    const wp = compileWaterfall(
      charterTerms({ name: "Series A", shares: 1_000_000, issuePrice: 1, participation: "full" }, { name: "Common", shares: 1_000_000 }),
      null,
    );
    const res = value(wp, S, sigma, T, r);
    expect(res.tranches.map((x) => x.from)).toEqual([0, 1_000_000]);
    expect(Math.abs(res.values[0] - (C(0) - C(1_000_000) / 2))).toBeLessThan(1e-6);
  });

  it("a dividend yield q lowers every call: the classes add up to S e^(-qT)", () => {
    const res = opm(scheduleOf(w), { equityValue: S, volatility: sigma, years: T, rate: r, dividendYield: 0.02 });
    expect(Math.abs(res.total - S * Math.exp(-0.04))).toBeLessThan(1e-6);
  });

  it("an option struck at $0.50 over 1,000,000 Common: option = C(K_total) / options where K_total = 0.5 x 1M Common", () => {
    // Common 1,000,000; Options 1,000,000 at $0.50 (net). Exit up to $500,000: all to Common (p to $0.50);
    // above: half each. Options = C(500,000) / 2; per option / 1,000,000.
    const wo = compileWaterfall(
      charterTerms({ name: "Common", shares: 1_000_000 }, { name: "Options", kind: "option", shares: 1_000_000, strike: "0.5" }),
      null,
    );
    const res = value(wo, 2_000_000, 0.6, 3, 0.04);
    const expected = callExact(2_000_000, 500_000, 0.6, 3, 0.04) / 2 / 1_000_000;
    expect(Math.abs(res.perShare[1]! - expected)).toBeLessThan(1e-12);
  });
});

describe("OPM: a public worked example's breakpoints and marginal allocations", () => {
  // Mercer Capital, Travis W. Harms, "A Layperson's Guide to the Option Pricing Model" (May 2016), ComplexCo:
  // Exhibit 3 (capital structure): Class A Preferred $1,000 preference, pari passu, converting at $2.00, 500
  // shares; Class B Preferred $1,500, pari passu, $5.00, 300 shares; Common 1,500; Warrants 250 at $10.00.
  // Exhibit 9 (marginal tranche allocation matrix): lower breakpoints $0, $2,500, $5,500, $11,500, $23,000;
  // Class A 40.0% 0.0% 25.0% 21.7% 19.6%; Class B 60.0% 0.0% 0.0% 13.0% 11.8%; Common 0.0% 100.0% 75.0%
  // 65.2% 58.8%; Warrants 0% 0% 0% 0% 9.8%. (The AICPA guide's OPM illustrations were not to be found in the
  // material searched; this is the public example used instead.) The whitepaper's OPM inputs and values are
  // not reproduced here: only its breakpoints and allocations are checked.
  const w = compileWaterfall(
    charterTerms(
      { name: "Class A Preferred", shares: 500, issuePrice: 2, conversionPrice: 2 },
      { name: "Class B Preferred", shares: 300, issuePrice: 5, conversionPrice: 5 },
      { name: "Common", shares: 1500 },
      { name: "Warrants", kind: "option", shares: 250, strike: 10 },
    ),
    null,
  );
  it("the tranche table's breakpoints and shares are Exhibit 9's (to its 0.1%)", () => {
    const s = scheduleOf(w);
    expect(s.tranches.map((t) => t.from)).toEqual([0, 2500, 5500, 11500, 23000]);
    const pct = s.tranches.map((t) => Array.from(t.shares).map((x) => Math.round(x * 1000) / 10));
    expect(pct).toEqual([
      [40, 60, 0, 0],
      [0, 0, 100, 0],
      [25, 0, 75, 0],
      [21.7, 13, 65.2, 0],
      [19.6, 11.8, 58.8, 9.8],
    ]);
  });
});

describe("OPM: JT Storage's waiver is a jump, valued as a cash-or-nothing digital", () => {
  // The preset (10,000,000 Common, 9,000,000 Series A issued 1995-02-03): the waiver jumps wherever it falls.
  const terms = presetTerms("jt-storage");
  const w = compileWaterfall(terms, "2026-12-01");
  const s = scheduleOf(w);

  it("one jump, at the waiver's exit, equal to the engine's payout there less its limit from below", () => {
    expect(s.jumps).toHaveLength(1);
    const j = s.jumps[0];
    const T0 = w.breakpoints().find((b) => b.event === "preference waived")!.exitValue;
    expect(j.at).toBe(T0.toNumber());
    // Payouts are linear just below T0: the limit is f(T0 - 1) + (f(T0 - 1) - f(T0 - 2)).
    const at = w.payouts(T0).amounts;
    const b1 = w.payouts(T0.minus(1)).amounts;
    const b2 = w.payouts(T0.minus(2)).amounts;
    at.forEach((a, i) => {
      const jump = a.minus(b1[i].times(2).minus(b2[i]));
      expect(Math.abs(j.amounts[i] - jump.toNumber())).toBeLessThan(1e-6);
    });
    // Series A (terms order: first) loses at the waiver, Common gains as much.
    expect(j.amounts[0]).toBeLessThan(0);
    expect(j.amounts[1]).toBeCloseTo(-j.amounts[0], 6);
  });

  it("the jump's value is J e^(-rT) N(d2(b)) and it is in each class's value", () => {
    const [S, sigma, T, r] = [60_000_000, 0.55, 2.5, 0.04];
    const res = opm(s, { equityValue: S, volatility: sigma, years: T, rate: r });
    const j = res.jumps[0];
    expect(Math.abs(j.digital - digitalExact(S, j.at, sigma, T, r))).toBeLessThan(1e-14);
    // Each class = its tranche values + its jump value; the jumps cancel in the total.
    res.classes.forEach((_, i) => {
      const tranches = res.tranches.reduce((a, t) => a + t.classValues[i], 0);
      expect(Math.abs(res.values[i] - tranches - j.amounts[i] * j.digital)).toBeLessThan(1e-6);
    });
    expect(Math.abs(res.total - S)).toBeLessThan(1e-6);
  });
});

/**
 * e^(-rT) E[f(X)] by quadrature, X = S e^((r - s^2/2) T + s sqrt(T) z), f the engine's exact payouts: composite
 * 3-point Gauss-Legendre on z in [-10, 10], cut at every breakpoint (f is smooth between them; a jump sits on
 * a cut). Independent of the tranche table, the calls and the digital.
 */
function quadrature(w: Waterfall, S: number, sigma: number, T: number, r: number): number[] {
  const sRootT = sigma * Math.sqrt(T);
  const zOf = (x: number) => (Math.log(x / S) - (r - (sigma * sigma) / 2) * T) / sRootT;
  const cuts = [
    -10,
    ...w
      .breakpoints()
      .map((b) => b.exitValue.toNumber())
      .filter((x) => x > 0)
      .map(zOf)
      .filter((z) => z > -10 && z < 10),
    10,
  ].sort((a, b) => a - b);
  const nodes = [-Math.sqrt(3 / 5), 0, Math.sqrt(3 / 5)];
  const weights = [5 / 9, 8 / 9, 5 / 9];
  const sums = new Array<number>(w.classes.length).fill(0);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [a, b] = [cuts[c], cuts[c + 1]];
    const steps = 200;
    const h = (b - a) / steps;
    for (let k = 0; k < steps; k++) {
      const mid = a + (k + 0.5) * h;
      nodes.forEach((u, q) => {
        const z = mid + (u * h) / 2;
        const x = S * Math.exp((r - (sigma * sigma) / 2) * T + sRootT * z);
        const density = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
        const pay = w.payouts(dec(x.toFixed(6))).amounts;
        pay.forEach((p, i) => {
          sums[i] += ((weights[q] * h) / 2) * density * p.toNumber();
        });
      });
    }
  }
  return sums.map((x) => x * Math.exp(-r * T));
}

describe("OPM against the expected discounted payout by quadrature (the three charters)", () => {
  const cases: [string, () => Waterfall, number][] = [
    ["Juniper", () => compileWaterfall(presetTerms("juniper"), null), 150_000_000],
    ["MagiNet", () => compileWaterfall(presetTerms("maginet"), null), 70_000_000],
    ["JT Storage (the waiver's jump included)", () => compileWaterfall(presetTerms("jt-storage"), "2026-12-01"), 80_000_000],
  ];
  for (const [id, make, S] of cases) {
    it(`${id}: each class within 1e-8 of S`, () => {
      const w = make();
      const res = opm(scheduleOf(w), { equityValue: S, volatility: 0.6, years: 3, rate: 0.04 });
      const q = quadrature(w, S, 0.6, 3, 0.04);
      res.values.forEach((v, i) => expect(Math.abs(v - q[i]) / S).toBeLessThan(1e-8));
    });
  }
});

describe("BACKSOLVE", () => {
  const w = compileWaterfall(charterTerms({ name: "Series A", shares: 1_000_000, issuePrice: 1 }, { name: "Common", shares: 1_000_000 }), null);
  const s = scheduleOf(w);

  it("gives back the equity value whose OPM price it is given, to the cent", () => {
    const price = opm(s, { equityValue: 4_321_000, volatility: 0.5, years: 2, rate: 0.03 }).perShare[1]!;
    expect(backsolve(s, { classIndex: 1, price, volatility: 0.5, years: 2, rate: 0.03 })).toBe(4_321_000);
  });

  it("refuses a price of 0 and a class with no shares, naming the argument or the class", () => {
    expect(() => backsolve(s, { classIndex: 1, price: 0, volatility: 0.5, years: 2, rate: 0.03 })).toThrow(
      "argument pricePerShare, value 0: must be more than 0",
    );
    const none = scheduleOf(compileWaterfall(charterTerms({ name: "Common", shares: 1_000 }, { name: "Series Z", shares: 0, issuePrice: 1 }), null));
    expect(() => backsolve(none, { classIndex: 1, price: 1, volatility: 0.5, years: 2, rate: 0.03 })).toThrow(
      "argument className, class Series Z: has no shares outstanding",
    );
  });

  // A class that never converts: Issue Price 0 (so it converts into no Common) and $2.00 a share of declared,
  // unpaid dividends as its whole preference. At any exit it receives at most $2.00 a share, so today at most
  // 2 x e^(-0.03 x 2) = 1.88353... a share.
  const note = scheduleOf(
    compileWaterfall(
      charterTerms({ name: "Note", shares: 1_000, issuePrice: 0, preferenceMultiple: 0, declaredUnpaid: 2 }, { name: "Common", shares: 1_000 }),
      null,
    ),
  );

  it("a price at or above what the class can be worth (2 e^(-rT) = 1.8835) has no equity value", () => {
    expect(() => backsolve(note, { classIndex: 0, price: 1.9, volatility: 0.5, years: 2, rate: 0.03 })).toThrow(
      "argument pricePerShare, value 1.9: is at or above the most a share of Note can be worth, 1.8835",
    );
  });

  it("below it, the backsolve finds the equity value whose OPM price it is", () => {
    const S = backsolve(note, { classIndex: 0, price: 1.5, volatility: 0.5, years: 2, rate: 0.03 });
    const back = opm(note, { equityValue: S, volatility: 0.5, years: 2, rate: 0.03 }).perShare[0]!;
    expect(Math.abs(back - 1.5)).toBeLessThan(1e-4);
  });

  it("a class that receives nothing at any exit is worth nothing: no price gives an equity value", () => {
    const t = charterTerms({ name: "Note", shares: 1_000, issuePrice: 0, preferenceMultiple: 0 }, { name: "Common", shares: 1_000 });
    const sched = scheduleOf(compileWaterfall(t, null));
    expect(() => backsolve(sched, { classIndex: 0, price: 1, volatility: 0.5, years: 2, rate: 0.03 })).toThrow("receives nothing at any exit");
  });
});
