// An independent N(x) for tests: the Maclaurin series of erf in 90-digit decimals,
// erf(z) = 2/sqrt(pi) sum_n (-1)^n z^(2n+1) / (n! (2n+1)), N(x) = (1 + erf(x / sqrt 2)) / 2.
// Slow and exact to far more than a double holds, for |x| up to about 9. Not used by the code.
import DecimalJs from "decimal.js";

const D = DecimalJs.clone({ precision: 90 });
const SQRT2 = new D(2).sqrt();
const TWO_OVER_SQRT_PI = new D(2).div(D.acos(-1).sqrt());

export function erfSeries(z: InstanceType<typeof D>): InstanceType<typeof D> {
  const z2 = z.times(z);
  let power = z; // z^(2n+1) / n!
  let sum = z;
  for (let n = 1; n < 2000; n++) {
    power = power.times(z2).div(n).neg();
    const term = power.div(2 * n + 1);
    sum = sum.plus(term);
    if (term.abs().lt("1e-70")) break;
  }
  return sum.times(TWO_OVER_SQRT_PI);
}

/** N(x) to about 60 significant digits, as a Decimal of this clone. */
export function normCdfExact(x: number | string): InstanceType<typeof D> {
  const z = new D(x).div(SQRT2);
  return erfSeries(z).plus(1).div(2);
}

/** The Black-Scholes call in 90-digit decimals: S N(d1) - K e^(-rT) N(d2) (no dividends). */
export function callExact(S: number, K: number, sigma: number, T: number, r: number): number {
  if (K === 0) return S;
  const s = new D(sigma).times(new D(T).sqrt());
  const d1 = new D(S)
    .div(K)
    .ln()
    .plus(new D(r).plus(new D(sigma).pow(2).div(2)).times(T))
    .div(s);
  const d2 = d1.minus(s);
  const n = (d: InstanceType<typeof D>) => erfSeries(d.div(SQRT2)).plus(1).div(2);
  return new D(S)
    .times(n(d1))
    .minus(new D(K).times(new D(-r).times(T).exp()).times(n(d2)))
    .toNumber();
}

/** The cash-or-nothing digital e^(-rT) N(d2) in 90-digit decimals. */
export function digitalExact(S: number, K: number, sigma: number, T: number, r: number): number {
  const s = new D(sigma).times(new D(T).sqrt());
  const d2 = new D(S)
    .div(K)
    .ln()
    .plus(new D(r).minus(new D(sigma).pow(2).div(2)).times(T))
    .div(s);
  return new D(-r)
    .times(T)
    .exp()
    .times(erfSeries(d2.div(SQRT2)).plus(1).div(2))
    .toNumber();
}
