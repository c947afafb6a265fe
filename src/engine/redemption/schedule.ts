// The redemption schedule of a class (JT Storage Art. IV(B)3): on each redemption date a portion of the
// shares outstanding is called at the Redemption Price plus accrued but unpaid dividends; funds legally
// available redeem the maximum whole number of shares they cover; shares not redeemed stay outstanding
// and are paid first out of later funds.
import { Decimal, ZERO, min } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { CharterTerms, IsoDate, ShareClass } from "../terms/model";
import { accruedPerShare } from "../dividends/accrued";
import { formatExact, formatExactMoney } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";
import { parseRedemption, type RedemptionDate } from "./rule";

export interface RedemptionFunds {
  date: IsoDate;
  /** Funds legally available for the redemption on that date (not carried to later dates when unused). */
  amount: Decimal;
}

export interface RedemptionOptions {
  /** Shares of the class outstanding before the first date (default: the class's Shares). */
  shares?: Decimal;
}

export interface RedemptionRow {
  date: IsoDate;
  /** True on a date of the Redemption rule; false on a date that only brings funds. */
  redemptionDate: boolean;
  /** The rule's portion on that date ("1/3", "all"), or null on a funds-only date. */
  portion: string | null;
  /** Shares called on this date by the rule. */
  sharesCalled: Decimal;
  /** Shares called earlier and not yet redeemed. */
  sharesCarried: Decimal;
  /** Shares to be redeemed now: called + carried. */
  sharesRequired: Decimal;
  /** Accrued but unpaid dividends per share in the price of the earliest shares owed on this date (as of the Redemption Date they were called on), else to this date. */
  dividendPerShare: Decimal;
  /** Redemption Price + dividendPerShare. */
  price: Decimal;
  funds: Decimal;
  /** The maximum whole number of required shares the funds cover. */
  sharesRedeemed: Decimal;
  /** sharesRedeemed x price, exact. */
  amountPaid: Decimal;
  fundsUnused: Decimal;
  /** Shares still owed after this date, carried to later funds. */
  sharesOwed: Decimal;
  /** Shares of the class outstanding after this date. */
  sharesOutstanding: Decimal;
  text: string;
  clause: string;
}

export interface RedemptionSchedule {
  className: string;
  rows: RedemptionRow[];
}

/**
 * Accrued but unpaid dividends per share on `date`: for a cumulative (or greater-of) class the accrual at
 * its Dividend Rate from its Issue Date less Dividends Paid, on its Day Count; for a class whose dividends
 * are only declared, the declared but unpaid amount.
 */
function unpaidDividend(cls: ShareClass, date: IsoDate): Decimal {
  if (cls.dividendAccrual === "declared") return cls.declaredUnpaid;
  if (cls.dividendRate.isZero()) return ZERO;
  if (!cls.issueDate) {
    throw invalid({ className: cls.name, column: "Issue Date" }, "the redemption price adds dividends accrued from the issue date; give one");
  }
  return accruedPerShare(cls.dividendRate, cls.issueDate, date, cls.dividendsPaid, cls.dayCount, {
    place: { className: cls.name },
    issueName: "the class's Issue Date",
  });
}

function checkFunds(funds: readonly RedemptionFunds[], cls: ShareClass): RedemptionFunds[] {
  const out: RedemptionFunds[] = [];
  funds.forEach((f, i) => {
    const where = `row ${i + 1}`;
    const date = parseIsoDate(String(f.date ?? ""), { argument: "funds", className: cls.name });
    const amount = f.amount;
    if (!(amount instanceof Decimal) || !amount.isFinite() || amount.isNegative()) {
      throw invalid({ argument: "funds", className: cls.name, value: String(amount) }, `${where} (${date}): the funds must be a number, zero or more`);
    }
    const prev = out[out.length - 1];
    if (prev && date <= prev.date) {
      throw invalid(
        { argument: "funds", className: cls.name, value: date },
        `${where}: the dates must be in increasing order, each date once; ${date} is not after ${prev.date}`,
      );
    }
    out.push({ date, amount });
  });
  return out;
}

/**
 * The redemption of `className` date by date, given the funds legally available on each date. Rows are
 * the redemption dates of the class's Redemption rule and the dates of `funds`, in date order.
 */
export function redemptionSchedule(
  terms: CharterTerms,
  className: string,
  funds: readonly RedemptionFunds[],
  options: RedemptionOptions = {},
): RedemptionSchedule {
  const cls = findClass(terms, className);
  if (!cls.redemption || cls.redemption.trim() === "") {
    throw invalid({ className: cls.name, column: "Redemption" }, "the class has no Redemption rule, so it is not redeemable");
  }
  const schedule = parseRedemption(cls.redemption, cls.name);
  if (cls.redemptionPrice === null) {
    throw invalid({ className: cls.name, column: "Redemption Price" }, "the class has a Redemption rule but no Redemption Price");
  }
  const basePrice = cls.redemptionPrice;
  const available = checkFunds(funds, cls);
  const start = options.shares ?? cls.shares;
  if (!start.isFinite() || start.isNegative() || !start.isInteger()) {
    throw invalid({ argument: "shares", className: cls.name, value: start.toString() }, "the shares outstanding must be a whole number, zero or more");
  }
  const clause = clauseOf(cls, "Redemption", "Redemption");

  const called = new Map<IsoDate, RedemptionDate>(schedule.map((s) => [s.date, s]));
  const fundsOn = new Map<IsoDate, Decimal>(available.map((f) => [f.date, f.amount]));
  const dates = [...new Set([...called.keys(), ...fundsOn.keys()])].sort();
  const firstDate = schedule[0].date;

  let outstanding = start;
  // Shares called and not yet redeemed, by the Redemption Date they were called on, earliest first, each
  // with the Redemption Price fixed on that date.
  const tranches: { on: IsoDate; shares: Decimal; dividend: Decimal; price: Decimal }[] = [];
  const owedNow = () => tranches.reduce((t, x) => t.plus(x.shares), ZERO);
  const rows: RedemptionRow[] = [];
  for (const date of dates) {
    const rule = called.get(date) ?? null;
    const fundsNow = fundsOn.get(date) ?? ZERO;
    const carried = owedNow();
    let calledNow = ZERO;
    let free = ZERO;
    // JT Storage Art. IV(B)3: the Redemption Price is $1.00 "plus all accrued but unpaid dividends on such
    // shares as of each such Redemption Date". Reading: the price of the shares called on a Redemption Date
    // is fixed as of that date, also for those redeemed later out of later funds ("the balance of the
    // shares which the Corporation was obliged to redeem on such Redemption Date"); dividends accruing on
    // them meanwhile (they "remain outstanding and remain entitled to all the rights") are not part of
    // the Redemption Price. Not taken: accruing the price to the day of payment.
    const dividendToday = unpaidDividend(cls, date);
    if (rule) {
      // JT Storage Art. IV(B)3: "one-third ..., one-half ... and all of the outstanding shares ...,
      // respectively". Reading: each portion is of the shares outstanding and not already called on an
      // earlier date (so one third, then one half of what remains, then all, as scheduled, whether or not
      // earlier redemptions were paid), rounded down to a whole share; the final "all" takes any fraction.
      free = outstanding.minus(carried);
      calledNow = free.times(rule.numerator).div(rule.denominator).floor();
      if (calledNow.greaterThan(0)) tranches.push({ on: date, shares: calledNow, dividend: dividendToday, price: basePrice.plus(dividendToday) });
    }
    // The row's price: that of the earliest shares owed (the first paid), else the price as of today.
    const dividend = tranches.length > 0 ? tranches[0].dividend : dividendToday;
    const price = basePrice.plus(dividend);
    const owing = tranches.map((t) => ({ ...t }));
    // "the maximum possible number of the shares ... required to be redeemed", pro rata: whole shares the
    // funds cover. Reading: the earliest obligation first; a later Redemption Date's shares only once the
    // earlier are all redeemed.
    let left = fundsNow;
    let redeemed = ZERO;
    let paid = ZERO;
    while (tranches.length > 0) {
      const t = tranches[0];
      const n = t.price.isZero() ? t.shares : min(t.shares, left.div(t.price).floor());
      if (n.greaterThan(0)) {
        const amount = n.times(t.price);
        paid = paid.plus(amount);
        left = left.minus(amount);
        redeemed = redeemed.plus(n);
        t.shares = t.shares.minus(n);
      }
      if (!t.shares.isZero()) break;
      tranches.shift();
    }
    const owed = owedNow();
    outstanding = outstanding.minus(redeemed);

    const parts: string[] = [];
    if (rule) {
      parts.push(`redemption date: ${rule.portion} of ${formatExact(free)} shares not already called = ${formatExact(calledNow)} called`);
    } else if (date < firstDate) {
      // JT Storage Art. IV(B)3: "shall not be redeemable by the Corporation prior to January 10, 2000".
      parts.push(`before the first redemption date ${firstDate}: nothing to redeem`);
    } else {
      parts.push("additional funds");
    }
    if (carried.greaterThan(0)) parts.push(`${formatExact(carried)} carried from earlier dates`);
    if (owed.plus(redeemed).greaterThan(0)) {
      if (owing.length === 1) {
        const only = owing[0];
        const asOf = only.on === date ? "" : ` as of ${only.on}, when they were called`;
        parts.push(
          `price ${formatExactMoney(basePrice)} + accrued unpaid dividends${asOf} ${formatExactMoney(only.dividend)} = ${formatExactMoney(only.price)}`,
        );
      } else {
        parts.push(
          owing
            .map(
              (t) =>
                `${formatExact(t.shares)} called on ${t.on} at ${formatExactMoney(basePrice)} + ${formatExactMoney(t.dividend)} = ${formatExactMoney(t.price)}`,
            )
            .join(", ") + ", the earliest first",
        );
      }
      parts.push(`funds ${formatExactMoney(fundsNow)} redeem ${formatExact(redeemed)} shares for ${formatExactMoney(paid)}`);
      if (owed.greaterThan(0)) parts.push(`${formatExact(owed)} shares still owed, to be redeemed from later funds`);
    }
    rows.push({
      date,
      redemptionDate: rule !== null,
      portion: rule ? rule.portion : null,
      sharesCalled: calledNow,
      sharesCarried: carried,
      sharesRequired: calledNow.plus(carried),
      dividendPerShare: dividend,
      price,
      funds: fundsNow,
      sharesRedeemed: redeemed,
      amountPaid: paid,
      fundsUnused: fundsNow.minus(paid),
      sharesOwed: owed,
      sharesOutstanding: outstanding,
      text: parts.join("; "),
      clause,
    });
  }
  return { className: cls.name, rows };
}
