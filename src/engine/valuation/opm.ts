// The option pricing method (OPM) over the waterfall's breakpoints, and the backsolve. Equity value S today;
// one exit at T years; the exit value lognormal with volatility sigma, risk-neutral drift r - q. A call struck
// at K: C(K) = S e^(-qT) N(d1) - K e^(-rT) N(d2), d1 = [ln(S/K) + (r - q + sigma^2/2) T] / (sigma sqrt T),
// d2 = d1 - sigma sqrt T; C(0) = S e^(-qT). Tranche k (between breakpoints b_k and b_(k+1)) is worth
// C(b_k) - C(b_(k+1)) (the last, C(b_n)); a class is worth the sum of its share of each tranche, plus, at a
// jump J in its payout at exit b (JT Storage's waiver), the cash-or-nothing digital J e^(-rT) N(d2(b)).
// Doubles throughout: values are good to about 1e-15 of S per tranche (N(x) to 1e-15, ./normal.ts).
import { invalid } from "../errors";
import { normCdf } from "./normal";
import type { Schedule } from "./schedule";

export interface OpmInputs {
  /** S: the equity value today (dollars, > 0). */
  equityValue: number;
  /** sigma: annual volatility as a fraction (0.6 for 60%), > 0. */
  volatility: number;
  /** T: years to the exit, > 0. */
  years: number;
  /** r: the risk-free rate, continuously compounded, as a fraction (> -1). */
  rate: number;
  /** q: a continuous dividend yield (0 when omitted). */
  dividendYield?: number;
}

/** Where the inputs came from, so a message names the argument (or flag) as the user wrote it. */
export interface InputNames {
  equityValue?: string;
  volatility?: string;
  years?: string;
  rate?: string;
  dividendYield?: string;
}

const isNum = (x: number) => typeof x === "number" && Number.isFinite(x);

/** Decision: a volatility above 500% or a rate above 100% is almost surely a percentage typed as a number; refused, not guessed. */
export const MAX_VOLATILITY = 5;
export const MAX_RATE = 1;

export function checkVolatility(x: number, name = "volatility"): number {
  if (!isNum(x)) throw invalid({ argument: name, value: x }, "is not a number; give the annual volatility as a fraction (0.6 for 60%)");
  if (x <= 0) throw invalid({ argument: name, value: x }, "must be more than 0 (the annual volatility as a fraction, 0.6 for 60%)");
  if (x > MAX_VOLATILITY) throw invalid({ argument: name, value: x }, `is more than ${MAX_VOLATILITY * 100}%; give the volatility as a fraction (0.6 for 60%)`);
  return x;
}

export function checkYears(x: number, name = "years"): number {
  if (!isNum(x)) throw invalid({ argument: name, value: x }, "is not a number; give the years to the exit, more than 0");
  if (x <= 0) throw invalid({ argument: name, value: x }, "must be more than 0 (the years to the exit)");
  if (x > 100) throw invalid({ argument: name, value: x }, "is more than 100 years");
  return x;
}

export function checkRate(x: number, name = "riskFreeRate"): number {
  if (!isNum(x)) throw invalid({ argument: name, value: x }, "is not a number; give the rate as a fraction (0.04 for 4%)");
  if (x <= -1) throw invalid({ argument: name, value: x }, "must be more than -100% (-1)");
  if (x > MAX_RATE) throw invalid({ argument: name, value: x }, `is more than ${MAX_RATE * 100}%; give the rate as a fraction (0.04 for 4%)`);
  return x;
}

export function checkEquity(x: number, name = "equityValue"): number {
  if (!isNum(x)) throw invalid({ argument: name, value: x }, "is not a number; give the equity value today in dollars, more than 0");
  if (x <= 0) throw invalid({ argument: name, value: x }, "must be more than 0");
  if (x > 1e15) throw invalid({ argument: name, value: x }, "is above 1e15 ($1,000,000,000,000,000), the largest value the engine takes");
  return x;
}

/** The inputs checked, each error naming its argument. */
export function checkInputs(x: OpmInputs, names: InputNames = {}): OpmInputs {
  return {
    equityValue: checkEquity(x.equityValue, names.equityValue),
    volatility: checkVolatility(x.volatility, names.volatility),
    years: checkYears(x.years, names.years),
    rate: checkRate(x.rate, names.rate),
    dividendYield: x.dividendYield === undefined ? 0 : checkRate(x.dividendYield, names.dividendYield ?? "dividendYield"),
  };
}

/** The model's constants for one set of inputs. */
interface Market {
  S: number;
  /** S e^(-qT): the call struck at 0. */
  spot: number;
  /** e^(-rT). */
  df: number;
  sigmaRootT: number;
  /** ln S + (r - q + sigma^2 / 2) T. */
  drift: number;
}

function market(x: OpmInputs): Market {
  const T = x.years;
  const q = x.dividendYield ?? 0;
  const sigmaRootT = x.volatility * Math.sqrt(T);
  return {
    S: x.equityValue,
    spot: x.equityValue * Math.exp(-q * T),
    df: Math.exp(-x.rate * T),
    sigmaRootT,
    drift: Math.log(x.equityValue) + (x.rate - q + (x.volatility * x.volatility) / 2) * T,
  };
}

/** C(K), the call struck at K; C(0) = S e^(-qT). */
function callAt(m: Market, K: number): number {
  if (K <= 0) return m.spot;
  const d1 = (m.drift - Math.log(K)) / m.sigmaRootT;
  return m.spot * normCdf(d1) - K * m.df * normCdf(d1 - m.sigmaRootT);
}

/** The cash-or-nothing digital paying 1 when the exit is above K: e^(-rT) N(d2(K)). */
function digitalAt(m: Market, K: number): number {
  if (K <= 0) return m.df;
  const d2 = (m.drift - Math.log(K)) / m.sigmaRootT - m.sigmaRootT;
  return m.df * normCdf(d2);
}

/** Each class's value (dollars, terms order) into `out`; the fast path (no table, inputs already checked). */
export function classValuesInto(s: Schedule, x: OpmInputs, out: Float64Array, calls?: Float64Array): Float64Array {
  const m = market(x);
  const n = s.classes.length;
  const K = s.strikes;
  const nt = K.length;
  out.fill(0);
  let here = callAt(m, K[0]);
  for (let k = 0; k < nt; k++) {
    const above = k + 1 < nt ? callAt(m, K[k + 1]) : 0;
    if (calls) calls[k] = here;
    // C falls with K, so a tranche is worth 0 or more; a few units of rounding below 0 far out of the money are 0.
    const tranche = here > above ? here - above : 0;
    const base = k * n;
    for (let i = 0; i < n; i++) {
      const share = s.shareMatrix[base + i];
      if (share !== 0) out[i] += share * tranche;
    }
    here = above;
  }
  for (const j of s.jumps) {
    const d = digitalAt(m, j.at);
    for (let i = 0; i < n; i++) if (j.amounts[i] !== 0) out[i] += j.amounts[i] * d;
  }
  return out;
}

export interface TrancheRow {
  /** The breakpoint where the tranche begins, and where the next begins (Infinity for the last). */
  from: number;
  to: number;
  /** C(from). */
  call: number;
  /** C(from) - C(to). */
  value: number;
  /** Per class: share of a dollar in the tranche, and share x value. */
  shares: number[];
  classValues: number[];
  events: string[];
}

export interface JumpRow {
  at: number;
  /** e^(-rT) N(d2(at)): the value of 1 paid when the exit is at or above `at`. */
  digital: number;
  /** Per class: the jump in payout, and jump x digital. */
  amounts: number[];
  classValues: number[];
  events: string[];
}

export interface OpmResult {
  classes: readonly string[];
  /** Each class's value, dollars. */
  values: number[];
  /** Value per share (options and warrants: per option); null for a class with no shares outstanding. */
  perShare: (number | null)[];
  tranches: TrancheRow[];
  jumps: JumpRow[];
  /** The sum of the class values (S e^(-qT)). */
  total: number;
}

/** Each class's value and value per share (null: no shares), inputs checked; no audit table (the fast path for OPM cells). */
export function opmValues(s: Schedule, inputs: OpmInputs, names?: InputNames): { values: Float64Array; perShare: (number | null)[] } {
  const values = classValuesInto(s, checkInputs(inputs, names), new Float64Array(s.classes.length));
  const perShare: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) perShare[i] = s.outstanding[i] > 0 ? values[i] / s.outstanding[i] : null;
  return { values, perShare };
}

/** The OPM with its audit table. */
export function opm(s: Schedule, inputs: OpmInputs, names?: InputNames): OpmResult {
  const x = checkInputs(inputs, names);
  const n = s.classes.length;
  const calls = new Float64Array(s.strikes.length);
  const values = Array.from(classValuesInto(s, x, new Float64Array(n), calls));
  const m = market(x);
  const tranches: TrancheRow[] = s.tranches.map((t, k) => {
    const value = Math.max(0, calls[k] - (k + 1 < calls.length ? calls[k + 1] : 0));
    const shares = Array.from(t.shares);
    return { from: t.from, to: t.to, call: calls[k], value, shares, classValues: shares.map((sh) => sh * value), events: t.events };
  });
  const jumps: JumpRow[] = s.jumps.map((j) => {
    const digital = digitalAt(m, j.at);
    const amounts = Array.from(j.amounts);
    return { at: j.at, digital, amounts, classValues: amounts.map((a) => a * digital), events: j.events };
  });
  return {
    classes: s.classes,
    values,
    perShare: values.map((v, i) => (s.outstanding[i] > 0 ? v / s.outstanding[i] : null)),
    tranches,
    jumps,
    total: values.reduce((a, b) => a + b, 0),
  };
}

/**
 * The most class i can be worth as S grows without bound, in dollars: infinite when it shares in the top
 * tranche, else its payout above the last breakpoint (widths x shares, plus its jumps), discounted by e^(-rT).
 */
export function ceilingOf(s: Schedule, i: number, rate: number, years: number): number {
  const n = s.classes.length;
  const top = s.tranches.length - 1;
  if (s.shareMatrix[top * n + i] > 0) return Infinity;
  let payout = 0;
  for (let k = 0; k < top; k++) payout += s.shareMatrix[k * n + i] * (s.tranches[k].to - s.tranches[k].from);
  for (const j of s.jumps) payout += j.amounts[i];
  return payout * Math.exp(-rate * years);
}

export interface BacksolveInputs {
  /** Index of the class whose price is known. */
  classIndex: number;
  /** Its price per share, dollars (> 0). */
  price: number;
  volatility: number;
  years: number;
  rate: number;
  dividendYield?: number;
}

/**
 * The equity value S, to the cent, at which class i's OPM value per share equals the price. Bisection on a
 * bracket [lo, hi] with value(lo) < price <= value(hi), to a width of a tenth of a cent; the answer is rounded
 * to the cent. Each class's value rises with S where its payout does not fall with the exit; where it does
 * (a waiver's jump), the bracket still holds a crossing and the bisection finds one of them.
 */
export function backsolve(s: Schedule, b: BacksolveInputs, names: InputNames & { price?: string; className?: string } = {}): number {
  const i = b.classIndex;
  const name = s.classes[i];
  const priceName = names.price ?? "pricePerShare";
  if (!isNum(b.price)) throw invalid({ argument: priceName, value: b.price }, "is not a number; give the price per share in dollars");
  if (b.price <= 0) throw invalid({ argument: priceName, value: b.price }, "must be more than 0");
  const base = checkInputs({ equityValue: 1, volatility: b.volatility, years: b.years, rate: b.rate, dividendYield: b.dividendYield }, names);
  const shares = s.outstanding[i];
  if (!(shares > 0))
    throw invalid({ argument: names.className ?? "className", className: name }, "has no shares outstanding, so it has no price per share to solve from");
  const ceiling = ceilingOf(s, i, base.rate, base.years);
  if (ceiling <= 0)
    throw invalid({ argument: names.className ?? "className", className: name }, "receives nothing at any exit, so it is worth nothing at any equity value");
  const most = ceiling / shares;
  if (b.price >= most) {
    throw invalid(
      { argument: priceName, value: b.price },
      `is at or above the most a share of ${name} can be worth, ${most.toFixed(4)} (what it receives at the highest exits, discounted at the rate over the years), so no equity value gives it`,
    );
  }
  const out = new Float64Array(s.classes.length);
  const perShare = (S: number) => classValuesInto(s, { ...base, equityValue: S }, out)[i] / shares;
  let lo = 0;
  let hi = Math.max(1, b.price * shares);
  while (perShare(hi) < b.price) {
    lo = hi;
    hi *= 2;
    if (hi > 1e15) {
      throw invalid({ argument: priceName, value: b.price }, `needs an equity value above 1e15 ($1,000,000,000,000,000), the largest the engine takes`);
    }
  }
  // Bisection: value(lo) < price <= value(hi) throughout.
  while (hi - lo > 0.001 && hi - lo > hi * 4e-16) {
    const mid = lo + (hi - lo) / 2;
    if (perShare(mid) < b.price) lo = mid;
    else hi = mid;
  }
  return Math.round(((lo + hi) / 2) * 100) / 100;
}
