import { normCdf } from "./normal";
import { normCdfExact } from "../../../test/helpers/normal";

describe("N(x) by Cody's ANORM (TOMS 715), against a 90-digit erf series and published values", () => {
  it("published values: N(0) = 0.5, N(1) = 0.841344746068543, N(1.96) = 0.975002104851780, N(-3) = 0.00134989803163009", () => {
    // Abramowitz & Stegun table 26.1 and any modern table give these to 15 places.
    expect(normCdf(0)).toBe(0.5);
    expect(Math.abs(normCdf(1) - 0.841344746068543)).toBeLessThan(1e-15);
    expect(Math.abs(normCdf(1.96) - 0.97500210485178)).toBeLessThan(1e-15);
    expect(Math.abs(normCdf(-3) - 0.00134989803163009) / 0.00134989803163009).toBeLessThan(1e-14);
  });

  it("absolute error under 1e-15 from -9 to 9 (every 0.01, and across each branch's edge)", () => {
    const xs: number[] = [];
    for (let k = -900; k <= 900; k++) xs.push(k / 100);
    xs.push(0.66291, -0.66291, 0.6629, 0.66292, 5.656854248, -5.656854248, 5.6568, 5.6569);
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, Math.abs(normCdf(x) - normCdfExact(x).toNumber()));
    expect(worst).toBeLessThan(1e-15);
  });

  it("relative error in the lower tail under 1e-14 (x from -9 to -0.5)", () => {
    let worst = 0;
    for (let k = -900; k <= -50; k += 7) {
      const x = k / 100;
      const exact = normCdfExact(x).toNumber();
      worst = Math.max(worst, Math.abs(normCdf(x) - exact) / exact);
    }
    expect(worst).toBeLessThan(1e-14);
  });

  it("N(x) + N(-x) = 1 and the far tails", () => {
    for (const x of [0.1, 0.7, 2.5, 6]) expect(Math.abs(normCdf(x) + normCdf(-x) - 1)).toBeLessThan(2e-16);
    expect(normCdf(-40)).toBeGreaterThanOrEqual(0);
    expect(normCdf(-50)).toBe(0);
    expect(normCdf(50)).toBe(1);
    expect(normCdf(NaN)).toBeNaN();
  });
});
