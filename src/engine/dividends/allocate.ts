// A declared dividend shared among the classes: preferential dividends by Dividend Priority (higher
// first, equal ranks ratably), then the rest shared by Common and the participating classes as
// converted. Exact per class, and cents that add up to the amount declared.
import { Decimal, ZERO, sum } from "../decimal";
import { Money, allocate, roundToMoney } from "../money";
import { invalid } from "../errors";
import type { CharterTerms, IsoDate, ShareClass } from "../terms/model";
import { formatExact, formatExactMoney } from "../format";
import { clauseOf } from "../terms/clauses";
import { accruedPerShare, classAccrualPlace } from "./accrued";

export interface ClassDividend {
  className: string;
  shares: Decimal;
  /** The full preferential dividend of the class (per share x shares); 0 without a Dividend Rate. */
  entitlement: Decimal;
  /** What the class receives of its preferential dividend (the entitlement, or less on a shortfall). */
  preferential: Decimal;
  /** Its share of the amount left after every preferential dividend. */
  participating: Decimal;
  /** preferential + participating, exact. */
  amount: Decimal;
  /** amount / shares, exact (0 for a class with no shares). */
  perShare: Decimal;
  /** amount to the cent; the classes' cents add up to the amount declared (rounded to the cent). */
  cents: Money;
}

export interface DividendStep {
  text: string;
  clause: string;
}

export interface DividendAllocation {
  amount: Decimal;
  /** Every class, in table order. */
  classes: ClassDividend[];
  steps: DividendStep[];
}

/**
 * The preferential dividend per share a class is owed.
 * - declared (non-cumulative) classes: one year's Dividend Rate (Juniper Section 3 "per annum ...
 *   payable annually"; MagiNet 1(a)-(c) "per annum ... noncumulative", "in any year").
 * - cumulative and greater-of classes: the accrual to `asOf` less Dividends Paid (JT Storage Art.
 *   IV(B)1(b): no Common dividend "until all accrued and unpaid dividends on the Series A Preferred
 *   shall have been declared and paid in full").
 */
function owedPerShare(cls: ShareClass, asOf: IsoDate | null): Decimal {
  if (cls.dividendRate.isZero()) return ZERO;
  if (cls.dividendAccrual === "declared") return cls.dividendRate;
  if (!cls.issueDate) {
    throw invalid({ className: cls.name, column: "Issue Date" }, `a ${cls.dividendAccrual} dividend accrues from the issue date; give one`);
  }
  if (!asOf) {
    throw invalid({ argument: "asOf", className: cls.name }, "a date is needed to accrue the cumulative dividend to; give the dividend date");
  }
  return accruedPerShare(cls.dividendRate, cls.issueDate, asOf, cls.dividendsPaid, cls.dayCount, classAccrualPlace(cls));
}

/** Common shares a class counts for in the shared part: Common by shares, a participating preferred as converted. */
function sharingWeight(cls: ShareClass): Decimal {
  if (cls.kind === "common") return cls.shares;
  // Juniper Section 3: "the outstanding Preferred Stock sharing in such dividend on an as converted into
  // Common Stock basis"; JT Storage Art. IV(B)1(b): as if "converted into Common Stock". Reading: the
  // exact as-converted number (Issue Price / Conversion Price per share), before any fraction rounding,
  // which applies to an actual conversion only.
  if (cls.kind === "preferred" && cls.dividendParticipation) return cls.shares.times(cls.issuePrice).div(cls.conversionPrice);
  return ZERO;
}

/**
 * `total` shared in proportion to `weights` (not all zero). The last class with a weight takes what the
 * others leave, so the shares add up to `total` exactly even where a share is a repeating decimal.
 */
function shareOut(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const whole = sum(weights);
  const last = weights.map((w) => w.greaterThan(0)).lastIndexOf(true);
  const shares = weights.map((w, i) => (i === last ? ZERO : total.times(w).div(whole)));
  if (last >= 0) shares[last] = total.minus(sum(shares));
  return shares;
}

/**
 * Shares a declared dividend of `amount` among the classes of `terms`. `asOf` (the dividend's date) is
 * needed only when a cumulative class is owed an accrual.
 */
export function allocateDividend(terms: CharterTerms, amount: Decimal, asOf?: IsoDate | null): DividendAllocation {
  if (!amount.isFinite() || amount.isNegative()) {
    throw invalid({ argument: "amount", value: amount.toString() }, "the dividend declared must be a number, zero or more");
  }
  const classes = terms.classes;
  const date = asOf ?? null;
  const entitlement = classes.map((c) => (c.kind === "preferred" ? c.shares.times(owedPerShare(c, date)) : ZERO));
  const preferential = classes.map(() => ZERO);
  const steps: DividendStep[] = [];
  let left = amount;

  // Preferential dividends by Dividend Priority, highest first (MagiNet 1(a)-(c): Series D, then Series
  // C, then Series A and B; Juniper Section 3 and JT Storage: one rank).
  const ranks = [...new Set(classes.filter((_, i) => entitlement[i].greaterThan(0)).map((c) => c.dividendPriority))].sort((a, b) => b - a);
  for (const rank of ranks) {
    const members = classes.map((c, i) => i).filter((i) => classes[i].dividendPriority === rank && entitlement[i].greaterThan(0));
    const due = sum(members.map((i) => entitlement[i]));
    const names = members.map((i) => classes[i].name).join(", ");
    const detail = members.map((i) => `${classes[i].name} ${formatExactMoney(entitlement[i])}`).join(" + ");
    const clause = clauseOf(classes[members[0]], "Dividend Priority", clauseOf(classes[members[0]], "Dividend Rate", "Dividend Priority"));
    if (left.greaterThanOrEqualTo(due)) {
      for (const i of members) preferential[i] = entitlement[i];
      left = left.minus(due);
      steps.push({
        text: `priority ${rank} (${names}): full preferential dividends ${detail} = ${formatExactMoney(due)}, paid in full; ${formatExactMoney(left)} left`,
        clause,
      });
    } else {
      // Juniper Section 3: "if less than full dividends are paid ... the same percentage of the respective
      // dividend rate on each outstanding series"; MagiNet 1(b)-(c): "ratably in proportion to the
      // respective preference amounts", read as in proportion to each class's full preferential dividend.
      shareOut(
        left,
        members.map((i) => entitlement[i]),
      ).forEach((x, k) => {
        preferential[members[k]] = x;
      });
      steps.push({
        text:
          `priority ${rank} (${names}): full preferential dividends ${detail} = ${formatExactMoney(due)}; only ${formatExactMoney(left)} is left, ` +
          `so each receives ${formatExactMoney(left)} / ${formatExactMoney(due)} of its full dividend; nothing is left for lower ranks`,
        clause,
      });
      left = ZERO;
    }
  }

  // The rest: MagiNet 1(d) only after all preferential dividends, to Common; Juniper Section 3 "on a pro
  // rata basis on the outstanding Common Stock and the Preferred Stock" as converted; JT Storage Art.
  // IV(B)1(b): Series A takes what it would on the Common it converts into.
  const participating = classes.map(() => ZERO);
  if (left.greaterThan(0)) {
    const weights = classes.map(sharingWeight);
    const base = sum(weights);
    if (base.isZero()) {
      throw invalid(
        { argument: "amount", value: amount.toString() },
        `exceeds the preferential dividends of ${formatExactMoney(amount.minus(left))}, and no class takes the rest (no Common outstanding and no participating class)`,
      );
    }
    shareOut(left, weights).forEach((x, i) => {
      participating[i] = x;
    });
    const sharers = classes.filter((_, i) => weights[i].greaterThan(0));
    const basis = sharers.map((c) => `${c.name} ${formatExact(sharingWeight(c))}`).join(" + ");
    const first = sharers.find((c) => c.kind !== "common") ?? sharers[0];
    steps.push({
      text:
        `the rest, ${formatExactMoney(left)}, shared by Common shares as converted: ${basis} = ${formatExact(base)} shares; ` +
        `${formatExactMoney(left.div(base))} per Common share`,
      clause: clauseOf(first, "Dividend Participation", "Dividend Participation"),
    });
  }

  const amounts = classes.map((_, i) => preferential[i].plus(participating[i]));
  // Cents that add up to the amount declared: the largest remainder method (ties: table order).
  const cents = allocate(amounts, roundToMoney(amount, "half-up"));
  return {
    amount,
    classes: classes.map((c, i) => ({
      className: c.name,
      shares: c.shares,
      entitlement: entitlement[i],
      preferential: preferential[i],
      participating: participating[i],
      amount: amounts[i],
      perShare: c.shares.isZero() ? ZERO : amounts[i].div(c.shares),
      cents: cents[i],
    })),
    steps,
  };
}
