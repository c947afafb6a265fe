// The probability-weighted expected return method (PWERM): per class, the sum over exit scenarios of
// probability x payout at that exit / (1 + k)^t, per share. The payouts are the waterfall's, exact; options
// are valued net of strike (as in the OPM). Decimal arithmetic; (1 + k)^t to 60 significant digits.
import { Decimal, ZERO } from "../decimal";
import { invalid } from "../errors";
import { compiledOf } from "../waterfall/compile";
import { checkExitBound, evaluate } from "../waterfall/evaluate";
import type { Waterfall } from "../waterfall";

export interface Scenario {
  exitValue: Decimal;
  probability: Decimal;
  years: Decimal;
}

export interface PwermResult {
  classes: readonly string[];
  /** Present value per class (dollars) and per share (null for a class with no shares). */
  values: Decimal[];
  perShare: (Decimal | null)[];
}

/** Probabilities may be typed to a few places (0.333, 0.333, 0.334) or be thirds as doubles: 1e-9 of slack. */
const PROBABILITY_SLACK = new Decimal("1e-9");

export function pwerm(w: Waterfall, scenarios: readonly Scenario[], discountRate: Decimal): PwermResult {
  if (scenarios.length === 0) throw invalid({ argument: "exitValues" }, "gives no exit scenario");
  if (!discountRate.isFinite() || discountRate.lte(-1)) {
    throw invalid({ argument: "discountRate", value: discountRate.toString() }, "must be more than -100% (-1)");
  }
  let sum = ZERO;
  scenarios.forEach((s, r) => {
    const row = `row ${r + 1}`;
    if (s.probability.isNeg() || s.probability.gt(1)) {
      throw invalid({ argument: "probabilities", value: s.probability.toString() }, `${row}: a probability must be between 0 and 1`);
    }
    if (!s.exitValue.isFinite() || s.exitValue.isNeg()) {
      throw invalid({ argument: "exitValues", value: s.exitValue.toString() }, `${row}: an exit value must be 0 or more`);
    }
    checkExitBound(s.exitValue, { argument: "exitValues" });
    if (s.years.isNeg()) throw invalid({ argument: "years", value: s.years.toString() }, `${row}: the years to the exit must be 0 or more`);
    sum = sum.plus(s.probability);
  });
  if (sum.minus(1).abs().gt(PROBABILITY_SLACK)) {
    throw invalid({ argument: "probabilities", value: sum.toString() }, `add up to ${sum.toString()}, not 1`);
  }
  const c = compiledOf(w);
  const n = c.names.length;
  const values: Decimal[] = new Array(n).fill(ZERO);
  const growth = discountRate.plus(1);
  for (const s of scenarios) {
    if (s.probability.isZero()) continue;
    const pt = evaluate(c, s.exitValue);
    const weight = s.probability.div(growth.pow(s.years));
    for (let i = 0; i < n; i++) {
      // Net of strike: "cash" options' amounts include the strike paid in.
      const net = pt.converts.includes(i) ? pt.amounts[i].minus(c.strikeCash[i]) : pt.amounts[i];
      values[i] = values[i].plus(net.times(weight));
    }
  }
  return {
    classes: c.names,
    values,
    perShare: values.map((v, i) => (c.claims[i].shares.gt(0) ? v.div(c.claims[i].shares) : null)),
  };
}
