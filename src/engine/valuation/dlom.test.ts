import { chaffe, dlom, finnerty, finnertyVariance } from "./dlom";
import { normCdfExact } from "../../../test/helpers/normal";

describe("DLOM: Finnerty (2012) average-strike put", () => {
  it("sigma 30%, T = 1 year: about 6.85%, worked by hand", () => {
    // x = s^2 T = 0.09; e^0.09 = 1.0941742837052104; e^x - x - 1 = 0.0041742837052104;
    // ln(2 x 0.0041742837052104) = ln(0.0083485674104208) = -4.7856653225;
    // ln(e^x - 1) = ln(0.0941742837052104) = -2.3626081314; v^2 T = 0.09 - 4.7856653225 + 2 x 2.3626081314 = 0.0295509404;
    // v sqrt T = 0.1719038697; DLOM = N(0.0859519348) - N(-0.0859519348) = 2 N(0.0859519348) - 1.
    expect(Math.abs(finnertyVariance(0.09) - 0.0295509404)).toBeLessThan(1e-10);
    const expected = normCdfExact("0.0859519348").times(2).minus(1).toNumber(); // 0.0684953738
    expect(Math.abs(finnerty(0.3, 1) - expected)).toBeLessThan(1e-10);
    expect(finnerty(0.3, 1)).toBeCloseTo(0.0685, 4);
    expect(dlom(0.3, 1)).toBe(finnerty(0.3, 1)); // the default method
  });

  it("grows with volatility and term, and stays below Finnerty's bound N(sqrt(ln 2)/2) - N(-sqrt(ln 2)/2) = 32.4%", () => {
    // As s^2 T grows, v^2 T -> ln 2 (the logs of e^(s^2 T) cancel): the discount tends to 2 N(sqrt(ln 2)/2) - 1.
    const bound = normCdfExact(Math.sqrt(Math.LN2) / 2)
      .times(2)
      .minus(1)
      .toNumber();
    let last = 0;
    for (const [s, t] of [
      [0.1, 0.5],
      [0.3, 1],
      [0.6, 2],
      [1, 4],
      [2, 10],
      [5, 100],
    ]) {
      const d = finnerty(s, t);
      expect(d).toBeGreaterThan(last);
      expect(d).toBeLessThan(bound + 1e-15);
      last = d;
    }
    expect(Math.abs(finnerty(5, 100) - bound)).toBeLessThan(1e-12);
  });

  it("small s^2 T without cancellation: v^2 T ~ s^2 T / 3 (the series e^x - x - 1 = x^2/2 + x^3/6 + ...)", () => {
    // For small x: ln(2 (x^2/2)(1 + x/3 + x^2/12)) - 2 ln(x (1 + x/2 + x^2/6)) + x = x/3 + O(x^2).
    const x = 1e-8;
    expect(Math.abs(finnertyVariance(x) / x - 1 / 3)).toBeLessThan(1e-6);
  });
});

describe("DLOM: Chaffe (1993) European at-the-money put over the spot", () => {
  it("sigma 30%, T = 1, r = 0: N(0.15) - N(-0.15) = 2 x 0.5596176923702425 - 1 = 0.119235384740485", () => {
    // d1 = (0 + 0.09/2) x 1 / 0.3 = 0.15, d2 = -0.15; put / S = N(-d2) - N(-d1).
    expect(Math.abs(chaffe(0.3, 1, 0) - 0.119235384740485)).toBeLessThan(1e-14);
  });

  it("sigma 60%, T = 2, r = 4%: e^(-rT) N(-d2) - N(-d1) with d1 = (0.08 + 0.36) / 0.84853, worked in 90 digits", () => {
    const sRootT = 0.6 * Math.sqrt(2);
    const d1 = (0.04 * 2 + (0.36 / 2) * 2) / sRootT;
    const expected = Math.exp(-0.08) * normCdfExact(-(d1 - sRootT)).toNumber() - normCdfExact(-d1).toNumber();
    expect(Math.abs(dlom(0.6, 2, "chaffe", 0.04) - expected)).toBeLessThan(1e-14);
  });

  it("needs the rate, and every input is checked with its argument named", () => {
    expect(() => dlom(0.6, 2, "chaffe")).toThrow("argument riskFreeRate: is needed by the chaffe method");
    expect(() => dlom(0, 2)).toThrow("argument volatility, value 0: must be more than 0");
    expect(() => dlom(0.3, -1)).toThrow("argument years, value -1: must be more than 0");
    expect(() => dlom(30, 1)).toThrow("argument volatility, value 30: is more than 500%; give the volatility as a fraction (0.6 for 60%)");
    expect(() => dlom(0.3, 1, "chaffe", -1)).toThrow("argument riskFreeRate, value -1: must be more than -100% (-1)");
  });
});
