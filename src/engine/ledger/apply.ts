// Applying one event to the ledger's state: the new state and one step per series of Preferred.
import { Decimal, min } from "../decimal";
import { dayNumber } from "../dates";
import { ChartError, invalid, notFound } from "../errors";
import { adjustForIssue } from "../antidilution/adjust";
import { baseFor } from "../antidilution/base";
import { deemedIssue } from "../antidilution/deemed";
import { formatCutMoney, formatCut, formatCutPrice, formatCutShares } from "../format";
import { classAfterSplits, seriesSplitArithmetic, unadjustedAmounts } from "./series-split";
import { ipoReset } from "../ipo/reset";
import type { CharterTerms } from "../terms/model";
import { clauseOf } from "../terms/clauses";
import { adjustmentClause, clauseFor } from "./clauses";
import { describeEvent } from "./describe";
import {
  eventPlace,
  type DistributionEvent,
  type IpoEvent,
  type IssueEvent,
  type LedgerEvent,
  type OptionChangeEvent,
  type OptionExerciseEvent,
  type OptionExpiryEvent,
  type OptionGrantEvent,
  type ReclassificationEvent,
  type SplitEvent,
  type StockDividendEvent,
} from "./events";
import type { LedgerRules } from "./rules";
import { capPosition, cloneGrant, cloneState, setPrices, splitPrices, type GrantState, type LedgerState, type SeriesState } from "./state";
import type { Step } from "./step";

/** The state as if an expiring grant had been for fewer shares, and the steps that produced it. */
export interface AsIf {
  state: LedgerState;
  steps: Step[];
}

export interface Applied {
  state: LedgerState;
  steps: Step[];
}

/**
 * The as-if state for a readjustment on expiry (see history.ts): the events so far replayed with every
 * grant that was Additional Stock cut to its shares not expired, as `grants` now record them.
 */
export type Replay = (grants: ReadonlyMap<string, GrantState>) => AsIf;
export type { LedgerRules } from "./rules";

function step(e: LedgerEvent, s: SeriesState, before: { effective: Decimal }, fields: Partial<Step>): Step {
  return {
    row: e.row,
    date: e.date,
    type: e.type,
    event: describeEvent(e),
    className: s.cls.name,
    before: before.effective,
    after: s.effective,
    theoretical: s.theoretical,
    changed: !s.effective.equals(before.effective),
    carried: false,
    reason: "",
    arithmetic: "",
    facts: "",
    clause: "",
    ...fields,
  };
}

function unchangedSteps(e: LedgerEvent, state: LedgerState, reason: (s: SeriesState) => string, clause: (s: SeriesState) => string): Step[] {
  return state.series.map((s) => step(e, s, s, { reason: reason(s), clause: clause(s) }));
}

/** Each series adjusted for an issue of `shares` Additional Shares for `consideration`, on the bases before it. */
function adjustAll(
  e: LedgerEvent,
  state: LedgerState,
  shares: Decimal,
  consideration: Decimal,
  what: string,
  rule: "adjustment" | "deemed",
  /** The date the shares (or the options) were issued, for Dilution From; the event's date by default. */
  issuedOn: string = e.date,
): { steps: Step[]; below: string[] } {
  // All series adjust concurrently on the position immediately before the issue (Juniper 6(d)(iv);
  // MagiNet 3(f)(i)(A): "outstanding immediately prior to such issue"): the bases are taken first.
  const position = capPosition(state);
  const below: string[] = [];
  const steps = state.series.map((s) => {
    const before = { effective: s.effective, theoretical: s.theoretical };
    // MagiNet 3(f)(iii) "issued ... after the Effective Date"; Juniper 6(d)(i)(D) "issued ... after the
    // Original Issue Date": an issue (or a grant, by its date of issue) on or before the date is not
    // Additional Stock. Its shares still count in later bases as shares outstanding.
    const from = s.cls.dilutionFrom;
    if (from && issuedOn <= from) {
      return step(e, s, before, {
        reason: `no adjustment: issued on ${issuedOn}, not after ${from}, so not Additional Stock`,
        clause: clauseOf(s.cls, "Dilution From", "") || clauseFor(s.cls, "adjustment", e.clause),
      });
    }
    const base = baseFor(s.cls.antiDilution, position);
    const outcome = adjustForIssue(s.cls.antiDilution, s.cls.adjustmentRounding, before, base, { shares, consideration });
    if (!outcome.effective.greaterThan(0)) {
      // A conversion price of zero (a full ratchet to an issue for nothing, or to under half a cent rounded to
      // the cent) would give Common without limit: refused, as FULLRATCHET refuses a price of zero.
      const field = e.type === "issue" ? "pricePerShare" : "minExercisePrice";
      const price = consideration.div(shares);
      const rule = s.cls.antiDilution === "full-ratchet" ? "full ratchet" : `${s.cls.antiDilution} weighted average`;
      throw invalid(
        { ...eventPlace(e.row, field, e.columns), value: formatCutPrice(price) },
        `is ${formatCutMoney(price)} a share (${what}); ${s.cls.name}'s ${rule} would make its conversion price ${formatCutMoney(outcome.effective)} ` +
          `(${outcome.arithmetic}): Common without limit on conversion, which the engine does not compute`,
      );
    }
    if (s.cls.antiDilution !== "none" && consideration.div(shares).lessThan(before.theoretical)) below.push(s.cls.name);
    if (!outcome.effective.equals(s.effective) || !outcome.theoretical.equals(s.theoretical)) setPrices(s, outcome.effective, outcome.theoretical);
    const facts = [base?.facts, `C = ${formatCutShares(shares)} ${what} for ${formatCutMoney(consideration)}`].filter(Boolean).join("; ");
    const main = adjustmentClause(s.cls, outcome.roundingNote !== "", e.clause);
    const deemed = rule === "deemed" ? clauseFor(s.cls, "deemed", e.clause) : "";
    return step(e, s, before, {
      reason: outcome.reason,
      arithmetic: outcome.arithmetic,
      carried: outcome.carried,
      facts: s.cls.antiDilution === "none" ? "" : facts,
      clause: deemed && !main.startsWith(deemed) ? `${deemed}; ${main}` : main,
    });
  });
  return { steps, below };
}

function findSeries(state: LedgerState, name: string): SeriesState | undefined {
  return state.series.find((s) => s.cls.name.toLowerCase() === name.toLowerCase());
}

function onIssue(state: LedgerState, e: IssueEvent, terms: CharterTerms): Step[] {
  const key = e.security.toLowerCase();
  const common = terms.classes.find((c) => c.kind === "common" && c.name.toLowerCase() === key);
  const series = findSeries(state, e.security);
  if (key !== "common" && key !== "convertible" && !common && !series) {
    const option = terms.classes.find((c) => c.kind === "option" && c.name.toLowerCase() === key);
    if (option) throw invalid({ ...eventPlace(e.row, "security", e.columns), value: e.security }, "is a class of options; write an option-grant event");
    const names = ["Common", ...state.series.map((s) => s.cls.name), "convertible"].join(", ");
    throw notFound({ ...eventPlace(e.row, "security", e.columns), value: e.security }, `is not a class of the terms; use one of ${names}`);
  }
  let steps: Step[];
  if (series) {
    // Juniper 6(d)(i)(D)(1) and MagiNet 3(f)(iii)(D): Common issued or issuable upon conversion of the
    // Preferred Stock is not Additional Stock. Reading: more shares of a series the terms name therefore
    // adjust no price (a new series is a "convertible" security); they do count in later bases.
    steps = unchangedSteps(
      e,
      state,
      () => `no adjustment: Common issuable on conversion of the ${series.cls.name} is not Additional Stock`,
      (s) => clauseFor(s.cls, "exempt", e.clause),
    );
    series.shares = series.shares.plus(e.shares);
    return steps;
  }
  if (e.exempt) {
    // Juniper 6(d)(i)(D)(1)-(5); MagiNet 3(f)(iii)(A)-(E): excluded issues never adjust.
    steps = unchangedSteps(
      e,
      state,
      () => `no adjustment: an exempt issue (${e.exempt})`,
      (s) => clauseFor(s.cls, "exempt", e.clause),
    );
  } else {
    const what = key === "convertible" ? "Common issuable on conversion, deemed issued" : "Additional Shares of Common";
    steps = adjustAll(e, state, e.shares, e.consideration, what, key === "convertible" ? "deemed" : "adjustment").steps;
  }
  if (key === "convertible") state.convertibles = state.convertibles.plus(e.shares);
  else state.common = state.common.plus(e.shares);
  return steps;
}

function onGrant(state: LedgerState, e: OptionGrantEvent, rules: LedgerRules): Step[] {
  const key = e.id.toLowerCase();
  const earlier = state.grants.get(key);
  if (earlier) {
    const where = earlier.row === null ? "an option class of the terms" : `row ${earlier.row}`;
    throw invalid({ ...eventPlace(e.row, "id", e.columns), value: e.id }, `options with this id were already granted (${where}); give each grant its own id`);
  }
  if (e.fromPool) {
    if (e.maxShares.greaterThan(state.pool)) {
      throw invalid(
        { ...eventPlace(e.row, "maxShares", e.columns), value: e.maxShares.toString() },
        `is more than the ${formatCutShares(state.pool)} left in the unallocated pool`,
      );
    }
    state.pool = state.pool.minus(e.maxShares);
  }
  const priceBefore: Record<string, Decimal> = {};
  for (const s of state.series) priceBefore[s.cls.name] = s.effective;
  let steps: Step[];
  let deemedFor: string[] = [];
  let short = false;
  if (e.maxShares.isZero()) {
    // Only in a recomputation on expiry (history.ts), when every option of the grant expired.
    steps = unchangedSteps(
      e,
      state,
      () => "no shares deemed issued: every option of the grant expired unexercised",
      (s) => clauseFor(s.cls, "deemed", e.clause),
    );
  } else if (!e.exempt && isShort(e, rules)) {
    // Juniper 6(d)(iii)(E): "Options which expire by their terms not more than 30 days after the date of
    // issue": "no adjustment ... until the expiration or exercise of all such Options" (see settleShort).
    short = true;
    const days = dayNumber(e.expiryDate!) - dayNumber(e.date);
    steps = unchangedSteps(
      e,
      state,
      () =>
        `no adjustment yet: the options expire by their terms on ${e.expiryDate}, ${days} days after issue (not more than ${rules.shortOptionDays}); the price adjusts when all of them are exercised or expired`,
      (s) => clauseOf(s.cls, "Short Options", "") || clauseFor(s.cls, "deemed", e.clause),
    );
  } else if (e.exempt) {
    // Juniper 6(d)(i)(D)(2) (plans for officers, directors, employees, consultants), (5) (equipment
    // leases); MagiNet 3(f)(iii)(B), (E): not Additional Stock, so not deemed issued; the options do
    // count in later broad bases as options outstanding.
    steps = unchangedSteps(
      e,
      state,
      () => `no adjustment: an exempt grant (${e.exempt})`,
      (s) => clauseFor(s.cls, "exempt", e.clause),
    );
  } else {
    // Juniper 6(d)(iii), 6(d)(v)(B); MagiNet 3(f)(i)(E)(1): deemed issued at the maximum shares.
    const deemed = deemedIssue({ maxShares: e.maxShares, consideration: e.consideration, minExercisePrice: e.minExercisePrice });
    const result = adjustAll(e, state, deemed.shares, deemed.consideration, "Common deemed issued on the grant", "deemed");
    steps = result.steps;
    deemedFor = result.below;
  }
  state.options = state.options.plus(e.maxShares);
  state.grants.set(key, {
    id: e.id,
    row: e.row,
    date: e.date,
    maxShares: e.maxShares,
    consideration: e.consideration,
    minExercisePrice: e.minExercisePrice,
    exercised: new Decimal(0),
    expired: new Decimal(0),
    scale: new Decimal(1),
    exempt: e.exempt,
    deemedFor,
    priceBefore,
    exercisedConsideration: new Decimal(0),
    deemedOutstanding: e.maxShares,
    deemedPrice: e.minExercisePrice,
    ...(short ? { short: true } : {}),
  });
  return steps;
}

/** A grant that Juniper 6(d)(iii)(E) holds back: its options expire by their terms within the Short Options days of issue. */
function isShort(e: OptionGrantEvent, rules: LedgerRules): boolean {
  const days = rules.shortOptionDays;
  if (days === null || days === undefined || !e.expiryDate) return false;
  return dayNumber(e.expiryDate) - dayNumber(e.date) <= days;
}

/**
 * Juniper 6(d)(iii)(E): once every option of a short grant is exercised or expired, the adjustment held
 * back is made. Reading: for the Common actually issued on exercise, for the consideration actually
 * received (paid for the grant plus the exercise price paid), as 6(d)(iii)(C)(1) measures an expired
 * grant, on the position immediately before the last exercise or expiry with the exercised shares taken
 * out of the Common outstanding (they are the issue, counted once). Before then: no adjustment.
 */
function settleShort(state: LedgerState, e: OptionExerciseEvent | OptionExpiryEvent, g: GrantState): Step[] {
  const clause = (s: SeriesState) => clauseOf(s.cls, "Short Options", "") || clauseFor(s.cls, "deemed", e.clause);
  if (!outstanding(g).isZero()) {
    return unchangedSteps(
      e,
      state,
      () => `no adjustment yet: options ${g.id} expire within the Short Options days of issue; ${formatCutShares(outstanding(g))} are still outstanding`,
      clause,
    );
  }
  if (g.exercised.isZero()) {
    return unchangedSteps(e, state, () => `no adjustment: every option of ${g.id} expired unexercised, so no Common was issued`, clause);
  }
  if (g.exempt) return unchangedSteps(e, state, () => `no adjustment: the options were not Additional Stock (${g.exempt})`, clause);
  const consideration = g.consideration.plus(g.exercisedConsideration);
  state.common = state.common.minus(g.exercised);
  const { steps } = adjustAll(
    e,
    state,
    g.exercised,
    consideration,
    `Common issued on exercise of options ${g.id}, all now exercised or expired`,
    "deemed",
    g.date ?? e.date,
  );
  state.common = state.common.plus(g.exercised);
  const own = (s: SeriesState) => clauseOf(s.cls, "Short Options", "");
  return steps.map((x, i) => {
    const c = own(state.series[i]);
    return c && !x.clause.startsWith(c) ? { ...x, clause: x.clause ? `${c}; ${x.clause}` : c } : x;
  });
}

function outstanding(g: GrantState): Decimal {
  return g.maxShares.minus(g.exercised).minus(g.expired);
}

/** The grant `e` names, as this state's own copy (the caller changes it), after checking the event against it. */
function grantFor(state: LedgerState, e: OptionExerciseEvent | OptionExpiryEvent | OptionChangeEvent): GrantState {
  const key = e.id.toLowerCase();
  const shared = state.grants.get(key);
  const g = shared ? cloneGrant(shared) : undefined;
  if (g) state.grants.set(key, g);
  if (!g) {
    const ids = [...state.grants.values()].map((x) => x.id);
    throw notFound(
      { ...eventPlace(e.row, "id", e.columns), value: e.id },
      `no options with this id were granted before this date${ids.length ? `; the grants are ${ids.join(", ")}` : ""}`,
    );
  }
  const left = outstanding(g);
  if (e.type === "option-change") {
    if (left.isZero()) {
      throw invalid(
        { ...eventPlace(e.row, "id", e.columns), value: e.id },
        `no options ${g.id} are outstanding to change: all ${formatCutShares(g.maxShares)} were exercised or expired`,
      );
    }
  } else if (e.shares.greaterThan(left)) {
    throw invalid(
      { ...eventPlace(e.row, "shares", e.columns), value: e.shares.toString() },
      `is more than the ${formatCutShares(left)} still outstanding under options ${g.id} (${formatCutShares(g.maxShares)} granted)`,
    );
  }
  return g;
}

function onExercise(state: LedgerState, e: OptionExerciseEvent): Step[] {
  const g = grantFor(state, e);
  g.exercised = g.exercised.plus(e.shares);
  g.exercisedConsideration = g.exercisedConsideration.plus(e.shares.times(g.minExercisePrice));
  // The shares exercised come out of those the deemed issue counts first.
  g.deemedOutstanding = min(Decimal.max(g.deemedOutstanding.minus(e.shares), 0), outstanding(g));
  state.options = state.options.minus(e.shares);
  state.common = state.common.plus(e.shares);
  if (g.short) return settleShort(state, e, g);
  // Juniper 6(d)(iii)(A); MagiNet 3(f)(i)(E)(3): no further adjustment on the actual issue of the Common.
  return unchangedSteps(
    e,
    state,
    () =>
      g.exempt
        ? `no adjustment: exercise of options that were not Additional Stock (${g.exempt})`
        : "no adjustment: the shares were deemed issued when the options were granted",
    (s) => clauseFor(s.cls, "deemed", e.clause),
  );
}

function onExpiry(state: LedgerState, e: OptionExpiryEvent, replay: Replay): Step[] {
  const g = grantFor(state, e);
  g.expired = g.expired.plus(e.shares);
  g.deemedOutstanding = min(g.deemedOutstanding, outstanding(g));
  state.options = state.options.minus(e.shares);
  if (g.short) return settleShort(state, e, g);
  if (g.exempt) {
    return unchangedSteps(
      e,
      state,
      () => `no readjustment: the options were not Additional Stock (${g.exempt})`,
      (s) => clauseFor(s.cls, "deemed", e.clause),
    );
  }
  // Juniper 6(d)(iii)(C): the price computed on the grant "and any subsequent adjustments based thereon"
  // recomputed as if only the shares actually issued (here: not expired) had been; MagiNet 3(f)(i)(E)(4).
  const asIf = replay(state.grants);
  const notExpired = g.exercised.plus(g.deemedOutstanding);
  const grantStep = (name: string) => asIf.steps.find((x) => x.row === g.row && x.className === name);
  return state.series.map((s) => {
    const before = { effective: s.effective };
    if (!g.deemedFor.includes(s.cls.name)) {
      return step(e, s, before, {
        reason: `no readjustment: the grant was not below the ${s.cls.name} conversion price, so no shares were deemed issued for it`,
        clause: clauseFor(s.cls, "deemed", e.clause),
      });
    }
    const recomputed = asIf.state.series.find((x) => x.cls.name === s.cls.name)!;
    // Juniper 6(d)(iii)(D): never above the price before the original adjustment (in today's terms) nor
    // above what the later issues would have produced (the recomputation itself gives that).
    const cap = g.priceBefore[s.cls.name];
    setPrices(s, min(recomputed.effective, cap), min(recomputed.theoretical, cap));
    const original = grantStep(s.cls.name);
    const detail = original ? original.arithmetic || original.reason : "no shares deemed issued: no adjustment";
    const later = recomputed.effective.equals(original?.after ?? recomputed.effective)
      ? ""
      : `; with the later adjustments recomputed on that basis: ${formatCutPrice(recomputed.effective)}`;
    const capped = s.effective.lessThan(recomputed.effective) ? `; capped at the price before the original adjustment, ${formatCutPrice(cap)}` : "";
    return step(e, s, before, {
      reason: "readjustment on expiry of options",
      arithmetic: `as if ${formatCutShares(notExpired)} of the ${formatCutShares(g.maxShares)} shares had been deemed issued: ${detail}${later}${capped}`,
      facts: `options ${g.id}: ${formatCutShares(g.maxShares)} granted, ${formatCutShares(g.exercised)} exercised, ${formatCutShares(g.expired)} expired unexercised; ${formatCutMoney(g.consideration)} paid for the grant still counts`,
      clause: clauseFor(s.cls, "deemed", e.clause),
    });
  });
}

/**
 * Common multiplied by newShares / oldShares (a split, a stock dividend, a reclassification): every price
 * x old / new, every count of Common x new / old.
 */
function scaleCommon(
  state: LedgerState,
  e: LedgerEvent,
  newShares: Decimal,
  oldShares: Decimal,
  reason: string,
  clause: (s: SeriesState) => string,
  /** A series whose price this event leaves (JT Storage Art. IV(B)4(d)(i)): its step; null to adjust. */
  kept: (s: SeriesState) => Step | null = () => null,
): Step[] {
  const more = (x: Decimal) => x.times(newShares).div(oldShares);
  const less = (x: Decimal) => x.times(oldShares).div(newShares);
  // No rounding: the charters round only the diluting-issue adjustment.
  const steps = state.series.map((s) => {
    const keep = kept(s);
    if (keep) return keep;
    const before = { effective: s.effective };
    splitPrices(s, newShares, oldShares);
    return step(e, s, before, {
      reason,
      arithmetic: `${formatCutPrice(before.effective)} x ${formatCut(oldShares)} / ${formatCut(newShares)} = ${formatCutPrice(s.effective)}`,
      clause: clause(s),
    });
  });
  state.common = more(state.common);
  state.options = more(state.options);
  state.convertibles = more(state.convertibles);
  state.pool = more(state.pool);
  state.commonFromConversion = more(state.commonFromConversion);
  for (const [key, shared] of state.grants) {
    const g = cloneGrant(shared);
    state.grants.set(key, g);
    g.maxShares = more(g.maxShares);
    g.exercised = more(g.exercised);
    g.expired = more(g.expired);
    g.deemedOutstanding = more(g.deemedOutstanding);
    g.minExercisePrice = less(g.minExercisePrice);
    g.deemedPrice = less(g.deemedPrice);
    g.scale = more(g.scale);
    for (const k of Object.keys(g.priceBefore)) g.priceBefore[k] = less(g.priceBefore[k]);
  }
  return steps;
}

/**
 * JT Storage Art. IV(B)4(d)(i): a subdivision (combination) of Common decreases (increases) the Conversion
 * Price only when "the outstanding shares of Series A Preferred are not identically subdivided": a series
 * whose Identical Split is unchanged, split at the same ratio on the same date, keeps its price.
 */
function identicallySplit(e: SplitEvent | StockDividendEvent, what: string): (s: SeriesState) => Step | null {
  return (s) => {
    if (s.cls.identicalSplit !== "unchanged" || !e.identicallySplit?.includes(s.cls.name.toLowerCase())) return null;
    return step(e, s, s, {
      reason: `no change: the ${s.cls.name} is identically ${what} on the same date, so the Conversion Price is not adjusted`,
      clause: clauseFor(s.cls, "identical-split", e.clause),
      identical: true,
    });
  };
}

/**
 * A split, combination or stock dividend of a series of Preferred (`newShares` for `oldShares`): its Shares
 * and the per-share amounts its terms list follow; its Conversion Price, Issue Price and every other series
 * are unchanged (readings in series-split.ts).
 */
function onSeriesSplit(state: LedgerState, e: SplitEvent | StockDividendEvent, newShares: Decimal, oldShares: Decimal): Step[] {
  const split = findSeries(state, e.security!)!;
  const beforeClass = classAfterSplits(split.cls, split.shares, split.effective, split.split);
  split.shares = split.shares.times(newShares).div(oldShares);
  split.split = { newShares: split.split.newShares.times(newShares), oldShares: split.split.oldShares.times(oldShares) };
  const afterClass = classAfterSplits(split.cls, split.shares, split.effective, split.split);
  const kind = e.type === "stock-dividend" ? "stock dividend" : newShares.lessThan(oldShares) ? "combination" : "split";
  return state.series.map((s) => {
    if (s !== split) {
      return step(e, s, s, { reason: `no change: a ${kind} of the ${split.cls.name}, not of Common`, clause: e.clause ?? "", splitOf: split.cls.name });
    }
    const stay = unadjustedAmounts(s.cls);
    const listed = s.cls.seriesSplitAdjusts.length
      ? `per share x ${formatCut(oldShares)} / ${formatCut(newShares)}: ${s.cls.seriesSplitAdjusts.join(", ")}`
      : "";
    const reason = [
      `${kind} of the ${s.cls.name}: the Conversion Price and the conversion amount per share (${formatCutMoney(s.cls.issuePrice)}) are not adjusted, so each share converts as before`,
      listed,
      stay ? `not adjusted (per share as stated): ${stay}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return step(e, s, s, {
      event: `${describeEvent(e)}: ${s.cls.name} ${formatCutShares(beforeClass.shares)} -> ${formatCutShares(afterClass.shares)} shares`,
      reason,
      arithmetic: seriesSplitArithmetic(beforeClass, afterClass, newShares, oldShares),
      clause: clauseFor(s.cls, "series-split", e.clause),
      splitOf: s.cls.name,
    });
  });
}

function onSplit(state: LedgerState, e: SplitEvent): Step[] {
  const { newShares, oldShares } = e;
  if (e.security !== null) return onSeriesSplit(state, e, newShares, oldShares);
  // JT Storage Art. IV(B)4(d)(i); Juniper 6(e)(i); MagiNet 3(c): the price moves in inverse proportion.
  const reason = newShares.greaterThan(oldShares)
    ? "split: proportionately decreased"
    : newShares.lessThan(oldShares)
      ? "combination: proportionately increased"
      : "no change: one new share for each old";
  state.commonFactor = state.commonFactor.times(oldShares).div(newShares);
  const what = newShares.lessThan(oldShares) ? "combined" : "subdivided";
  return scaleCommon(state, e, newShares, oldShares, reason, (s) => clauseFor(s.cls, "split", e.clause), identicallySplit(e, what));
}

function onStockDividend(state: LedgerState, e: StockDividendEvent): Step[] {
  // Juniper 6(e)(i) "subdivided (by stock split, stock dividend, or otherwise)"; MagiNet 3(c) "a dividend
  // or distribution of Common Stock payable to all holders of Common Stock"; JT Storage Art. IV(B)4(d)(i):
  // held + paid shares for every held, so the price x held / (held + paid). Not Additional Shares (Juniper
  // 6(d)(i)(D)(3)-(4)): no weighted average.
  if (e.security !== null) return onSeriesSplit(state, e, e.held.plus(e.paid), e.held);
  state.commonFactor = state.commonFactor.times(e.held).div(e.held.plus(e.paid));
  return scaleCommon(
    state,
    e,
    e.held.plus(e.paid),
    e.held,
    "stock dividend: proportionately decreased",
    (s) => clauseFor(s.cls, "split", e.clause),
    identicallySplit(e, "subdivided"),
  );
}

function onReclassification(state: LedgerState, e: ReclassificationEvent): Step[] {
  // Juniper 6(e)(iii); MagiNet 3(e); JT Storage Art. IV(B)4(d)(iii): "proportionately adjusted" so a share
  // of Preferred converts into the shares of the other class the Common it converted into became.
  // Reading: the ledger's Common is the new class from here on (later issues of it are issues of Common).
  const from = state.convertsInto;
  state.convertsInto = e.security;
  return scaleCommon(
    state,
    e,
    e.newShares,
    e.oldShares,
    `reclassification: ${from} changed into ${e.security}; proportionately adjusted, each share now convertible into ${e.security}`,
    (s) => clauseFor(s.cls, "reclassification", e.clause),
  );
}

function onDistribution(state: LedgerState, e: DistributionEvent): Step[] {
  // Juniper 6(e)(ii); MagiNet 3(d); JT Storage Art. IV(B)4(d)(ii): no change in the price; on conversion the
  // holder also receives what the Common it would have held on the date of the event received.
  // Reading: that amount is fixed at the event (the securities "retained ... during such period").
  const perCommon = e.units.div(e.perShares);
  return state.series.map((s) => {
    const before = { effective: s.effective };
    if (!s.cls.issuePrice.greaterThan(0))
      return step(e, s, before, { reason: "no Issue Price to convert: nothing receivable", clause: clauseFor(s.cls, "distribution", e.clause) });
    const common = s.cls.issuePrice.div(s.effective);
    const amount = common.times(perCommon);
    const held = s.otherProperty.find((x) => x.security.toLowerCase() === e.security.toLowerCase());
    if (held) held.amount = held.amount.plus(amount);
    else s.otherProperty.push({ security: e.security, amount });
    return step(e, s, before, {
      reason: `no change in the Conversion Price: on conversion each share also receives the ${e.security} distributed on the ${state.convertsInto} it would have received`,
      arithmetic: `${formatCutMoney(s.cls.issuePrice)} / ${formatCutMoney(s.effective)} = ${formatCut(common)} ${state.convertsInto} x ${formatCut(e.units)} / ${formatCut(e.perShares)} = ${formatCut(amount)} ${e.security} per share`,
      clause: clauseFor(s.cls, "distribution", e.clause),
    });
  });
}

/**
 * A change in the terms of options granted (Juniper 6(d)(iii)(B); MagiNet 3(f)(i)(E)(3)): the price
 * readjusted to what it would have been had the grant been made on the changed terms, for the options
 * not exercised before the change (see rules.ts for which changes count).
 */
function onChange(state: LedgerState, e: OptionChangeEvent, replay: Replay, rules: LedgerRules): Step[] {
  const g = grantFor(state, e);
  const was = { outstanding: outstanding(g), price: g.minExercisePrice, deemedOutstanding: g.deemedOutstanding, deemedPrice: g.deemedPrice };
  const now = { outstanding: e.maxShares ?? was.outstanding, price: e.minExercisePrice ?? was.price };
  g.maxShares = g.exercised.plus(g.expired).plus(now.outstanding);
  g.minExercisePrice = now.price;
  state.options = state.options.plus(now.outstanding).minus(was.outstanding);
  if (rules.optionChanges === "raise-only") {
    g.deemedOutstanding = min(g.deemedOutstanding, now.outstanding);
    g.deemedPrice = Decimal.max(g.deemedPrice, now.price);
  } else {
    g.deemedOutstanding = now.outstanding;
    g.deemedPrice = now.price;
  }
  const clause = (s: SeriesState) => clauseFor(s.cls, "option-change", e.clause);
  const terms = (n: Decimal, p: Decimal) => `${formatCutShares(n)} at no less than ${formatCutMoney(p)} a share`;
  const facts = `options ${g.id}: outstanding ${terms(was.outstanding, was.price)} before, ${terms(now.outstanding, now.price)} after; ${formatCutShares(g.exercised)} exercised (${formatCutMoney(g.exercisedConsideration)} received), ${formatCutShares(g.expired)} expired; ${formatCutMoney(g.consideration)} paid for the grant`;
  if (g.exempt) {
    return unchangedSteps(e, state, () => `no readjustment: the options were not Additional Stock (${g.exempt})`, clause);
  }
  if (g.short) {
    return unchangedSteps(
      e,
      state,
      () => "no readjustment: the options expire within the Short Options days of issue and have adjusted nothing yet (Juniper 6(d)(iii)(E))",
      clause,
    );
  }
  if (g.deemedOutstanding.equals(was.deemedOutstanding) && g.deemedPrice.equals(was.deemedPrice)) {
    const why =
      rules.optionChanges === "raise-only" && (now.outstanding.greaterThan(was.outstanding) || now.price.lessThan(was.price))
        ? "no readjustment: only an increase in the consideration payable or a decrease in the shares issuable is recomputed"
        : "no readjustment: the terms the deemed issue counts did not change";
    return state.series.map((s) => step(e, s, s, { reason: why, facts, clause: clause(s) }));
  }
  const asIf = replay(state.grants);
  const asIfGrant = asIf.state.grants.get(g.id.toLowerCase());
  const deemedAfter = asIfGrant ? asIfGrant.deemedFor : [];
  const shares = g.exercised.plus(g.deemedOutstanding);
  const consideration = g.consideration.plus(g.exercisedConsideration).plus(g.deemedOutstanding.times(g.deemedPrice));
  const notCounted =
    rules.optionChanges === "raise-only" && (g.deemedOutstanding.lessThan(now.outstanding) || g.deemedPrice.greaterThan(now.price))
      ? `; not counted, as only an increase in the consideration or a decrease in the shares is recomputed: the deemed issue keeps ${terms(g.deemedOutstanding, g.deemedPrice)}`
      : "";
  const steps = state.series.map((s) => {
    const before = { effective: s.effective };
    if (!g.deemedFor.includes(s.cls.name) && !deemedAfter.includes(s.cls.name)) {
      return step(e, s, before, {
        reason: `no readjustment: the grant is not below the ${s.cls.name} conversion price on its old terms or its new`,
        facts,
        clause: clause(s),
      });
    }
    const recomputed = asIf.state.series.find((x) => x.cls.name === s.cls.name)!;
    // Juniper 6(d)(iii)(D): never above the price before the original adjustment (in today's terms).
    const cap = g.priceBefore[s.cls.name] ?? recomputed.effective;
    setPrices(s, min(recomputed.effective, cap), min(recomputed.theoretical, cap));
    const original = asIf.steps.find((x) => x.row === g.row && x.className === s.cls.name);
    const detail = original ? original.arithmetic || original.reason : "no shares deemed issued: no adjustment";
    const later =
      original && !recomputed.effective.equals(original.after)
        ? `; with the later adjustments recomputed on that basis: ${formatCutPrice(recomputed.effective)}`
        : "";
    const capped = s.effective.lessThan(recomputed.effective) ? `; capped at the price before the original adjustment, ${formatCutPrice(cap)}` : "";
    return step(e, s, before, {
      reason: "readjustment on a change in the terms of options",
      arithmetic: `as if the grant had been for ${formatCutShares(shares)} shares (${formatCutShares(g.exercised)} exercised, ${formatCutShares(g.deemedOutstanding)} outstanding) for ${formatCutMoney(consideration)}: ${detail}${later}${capped}${notCounted}`,
      facts,
      clause: clause(s),
    });
  });
  g.deemedFor = [...deemedAfter];
  return steps;
}

function onIpo(state: LedgerState, e: IpoEvent, terms: CharterTerms): Step[] {
  // The reset reads the prices in effect, its own and the floor class's (MagiNet 3(f)(iv): "the Series D
  // Conversion Price in effect immediately prior", "the effective Series C Conversion Price").
  const current: CharterTerms = {
    classes: terms.classes.map((c) => {
      const s = findSeries(state, c.name);
      return s ? { ...c, conversionPrice: s.effective } : c;
    }),
  };
  const results = state.series.map((s) => {
    if (!s.cls.ipoReset || !s.cls.ipoReset.trim()) return null;
    try {
      // MagiNet 3(f)(iv)(A): "$7.00 (as adjusted for any stock dividends, combinations, or splits)".
      return ipoReset(current, s.cls.name, e.price, e.date, e.issueDate, { column: "Date" }, { commonFactor: state.commonFactor });
    } catch (err) {
      if (err instanceof ChartError)
        throw new ChartError(err.kind, `events row ${e.row}: ${err.message}`, { ...err.place, argument: err.place.argument ?? `events row ${e.row}` });
      throw err;
    }
  });
  // All resets are taken on the prices before the offering, then applied together.
  return state.series.map((s, i) => {
    const before = { effective: s.effective };
    const r = results[i];
    if (!r) return step(e, s, before, { reason: "no IPO reset: the class has no IPO Reset rule" });
    if (r.applied) setPrices(s, r.price, r.price);
    return step(e, s, before, {
      reason: r.applied ? "IPO reset" : "IPO reset rule: no change",
      arithmetic: r.steps.map((x) => x.text).join("; "),
      clause: e.clause ?? r.clause,
    });
  });
}

/** The state after `e` (a new object; `state` is left as it was) and one step per series. */
export function applyEvent(state: LedgerState, e: LedgerEvent, terms: CharterTerms, replay: Replay, rules: LedgerRules): Applied {
  const next = cloneState(state);
  let steps: Step[];
  switch (e.type) {
    case "issue":
      steps = onIssue(next, e, terms);
      break;
    case "option-grant":
      steps = onGrant(next, e, rules);
      break;
    case "option-exercise":
      steps = onExercise(next, e);
      break;
    case "option-expiry":
      steps = onExpiry(next, e, replay);
      break;
    case "option-change":
      steps = onChange(next, e, replay, rules);
      break;
    case "split":
      steps = onSplit(next, e);
      break;
    case "stock-dividend":
      steps = onStockDividend(next, e);
      break;
    case "reclassification":
      steps = onReclassification(next, e);
      break;
    case "distribution":
      steps = onDistribution(next, e);
      break;
    case "ipo":
      steps = onIpo(next, e, terms);
      break;
  }
  for (const x of steps) x.into = next.convertsInto;
  return { state: next, steps };
}
