// The discount for lack of marketability (DLOM) as a fraction of the marketable value.
// - Finnerty (2012), "An Average-Strike Put Option Model of the Marketability Discount" (no dividends):
//   v sqrt(T) = sqrt(s^2 T + ln[2 (e^(s^2 T) - s^2 T - 1)] - 2 ln(e^(s^2 T) - 1)),
//   DLOM = N(v sqrt(T) / 2) - N(-v sqrt(T) / 2).
// - Chaffe (1993), "Option Pricing as a Proxy for Discount for Lack of Marketability": a European put
//   struck at the spot (S = K) over the spot: e^(-rT) N(-d2) - N(-d1), d1 = (r + s^2/2) T / (s sqrt T).
// Doubles; N(x) to about 1e-15 (./normal.ts), so the discount to about 1e-15.
import { invalid } from "../errors";
import { normCdf } from "./normal";
import { checkRate, checkVolatility, checkYears } from "./opm";

export type DlomMethod = "finnerty" | "chaffe";
export const DLOM_METHODS: readonly DlomMethod[] = ["finnerty", "chaffe"];

/** e^x - x - 1 without cancellation for small x (its series x^2/2! + x^3/3! + ...). */
function expm1MinusX(x: number): number {
  if (x > 0.5) return Math.expm1(x) - x;
  let term = (x * x) / 2;
  let sum = term;
  for (let k = 3; k < 40 && term > sum * 1e-18; k++) {
    term *= x / k;
    sum += term;
  }
  return sum;
}

/** Finnerty's v^2 T for x = sigma^2 T. */
export function finnertyVariance(x: number): number {
  if (x > 1) {
    // In logs, so e^x never overflows: x + ln 2 + x + ln(1 - (x + 1) e^-x) - 2x - 2 ln(1 - e^-x).
    return Math.LN2 + Math.log1p(-(x + 1) * Math.exp(-x)) - 2 * Math.log1p(-Math.exp(-x));
  }
  return x + Math.log(2 * expm1MinusX(x)) - 2 * Math.log(Math.expm1(x));
}

export function finnerty(volatility: number, years: number): number {
  const x = volatility * volatility * years;
  const vRootT = Math.sqrt(Math.max(0, finnertyVariance(x)));
  return normCdf(vRootT / 2) - normCdf(-vRootT / 2);
}

export function chaffe(volatility: number, years: number, rate: number): number {
  const sRootT = volatility * Math.sqrt(years);
  const d1 = (rate * years) / sRootT + sRootT / 2;
  const d2 = d1 - sRootT;
  return Math.exp(-rate * years) * normCdf(-d2) - normCdf(-d1);
}

/** The DLOM by `method`, inputs checked (each error names its argument). */
export function dlom(volatility: number, years: number, method: DlomMethod = "finnerty", rate: number | null = null): number {
  checkVolatility(volatility);
  checkYears(years);
  if (method === "finnerty") return finnerty(volatility, years);
  if (rate === null)
    throw invalid({ argument: "riskFreeRate" }, "is needed by the chaffe method (the put is discounted at it); give it as a fraction (0.04 for 4%)");
  return chaffe(volatility, years, checkRate(rate));
}
