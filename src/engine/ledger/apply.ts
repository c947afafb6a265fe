// Applying one event to the ledger's state: the new state and one step per series of Preferred.
import { Decimal, min } from "../decimal";
import { ChartError, invalid, notFound } from "../errors";
import { adjustForIssue } from "../antidilution/adjust";
import { baseFor } from "../antidilution/base";
import { deemedIssue } from "../antidilution/deemed";
import { fmtMoney, fmtNumber, fmtPrice, fmtShares } from "../antidilution/format";
import { ipoReset } from "../ipo/reset";
import type { CharterTerms } from "../terms/model";
import { adjustmentClause, clauseFor } from "./clauses";
import { describeEvent } from "./describe";
import { eventPlace, type IpoEvent, type IssueEvent, type LedgerEvent, type OptionExerciseEvent, type OptionExpiryEvent, type OptionGrantEvent, type SplitEvent } from "./events";
import { capPosition, cloneState, setPrices, splitPrices, type GrantState, type LedgerState, type SeriesState } from "./state";
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
): { steps: Step[]; below: string[] } {
  // All series adjust concurrently on the position immediately before the issue (Juniper 6(d)(iv);
  // MagiNet 3(f)(i)(A): "outstanding immediately prior to such issue"): the bases are taken first.
  const position = capPosition(state);
  const below: string[] = [];
  const steps = state.series.map((s) => {
    const before = { effective: s.effective, theoretical: s.theoretical };
    const base = baseFor(s.cls.antiDilution, position);
    const outcome = adjustForIssue(s.cls.antiDilution, s.cls.adjustmentRounding, before, base, { shares, consideration });
    if (s.cls.antiDilution !== "none" && consideration.div(shares).lessThan(before.theoretical)) below.push(s.cls.name);
    if (!outcome.effective.equals(s.effective) || !outcome.theoretical.equals(s.theoretical)) setPrices(s, outcome.effective, outcome.theoretical);
    const facts = [base?.facts, `C = ${fmtShares(shares)} ${what} for ${fmtMoney(consideration)}`].filter(Boolean).join("; ");
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
    steps = unchangedSteps(e, state, () => `no adjustment: Common issuable on conversion of the ${series.cls.name} is not Additional Stock`, (s) => clauseFor(s.cls, "exempt", e.clause));
    series.shares = series.shares.plus(e.shares);
    return steps;
  }
  if (e.exempt) {
    // Juniper 6(d)(i)(D)(1)-(5); MagiNet 3(f)(iii)(A)-(E): excluded issues never adjust.
    steps = unchangedSteps(e, state, () => `no adjustment: an exempt issue (${e.exempt})`, (s) => clauseFor(s.cls, "exempt", e.clause));
  } else {
    const what = key === "convertible" ? "Common issuable on conversion, deemed issued" : "Additional Shares of Common";
    steps = adjustAll(e, state, e.shares, e.consideration, what, key === "convertible" ? "deemed" : "adjustment").steps;
  }
  if (key === "convertible") state.convertibles = state.convertibles.plus(e.shares);
  else state.common = state.common.plus(e.shares);
  return steps;
}

function onGrant(state: LedgerState, e: OptionGrantEvent): Step[] {
  const key = e.id.toLowerCase();
  const earlier = state.grants.get(key);
  if (earlier) {
    const where = earlier.row === null ? "an option class of the terms" : `row ${earlier.row}`;
    throw invalid({ ...eventPlace(e.row, "id", e.columns), value: e.id }, `options with this id were already granted (${where}); give each grant its own id`);
  }
  if (e.fromPool) {
    if (e.maxShares.greaterThan(state.pool)) {
      throw invalid({ ...eventPlace(e.row, "maxShares", e.columns), value: e.maxShares.toString() }, `is more than the ${fmtShares(state.pool)} left in the unallocated pool`);
    }
    state.pool = state.pool.minus(e.maxShares);
  }
  const priceBefore: Record<string, Decimal> = {};
  for (const s of state.series) priceBefore[s.cls.name] = s.effective;
  let steps: Step[];
  let deemedFor: string[] = [];
  if (e.maxShares.isZero()) {
    // Only in a recomputation on expiry (history.ts), when every option of the grant expired.
    steps = unchangedSteps(e, state, () => "no shares deemed issued: every option of the grant expired unexercised", (s) => clauseFor(s.cls, "deemed", e.clause));
  } else if (e.exempt) {
    // Juniper 6(d)(i)(D)(2) (plans for officers, directors, employees, consultants), (5) (equipment
    // leases); MagiNet 3(f)(iii)(B), (E): not Additional Stock, so not deemed issued; the options do
    // count in later broad bases as options outstanding.
    steps = unchangedSteps(e, state, () => `no adjustment: an exempt grant (${e.exempt})`, (s) => clauseFor(s.cls, "exempt", e.clause));
  } else {
    // Juniper 6(d)(iii), 6(d)(v)(B); MagiNet 3(f)(i)(E)(1): deemed issued at the maximum shares.
    const deemed = deemedIssue({ maxShares: e.maxShares, consideration: e.consideration, minExercisePrice: e.minExercisePrice });
    const result = adjustAll(e, state, deemed.shares, deemed.consideration, "Common deemed issued on the grant", "deemed");
    steps = result.steps;
    deemedFor = result.below;
  }
  state.options = state.options.plus(e.maxShares);
  state.grants.set(key, {
    id: e.id, row: e.row, date: e.date, maxShares: e.maxShares, consideration: e.consideration, minExercisePrice: e.minExercisePrice,
    exercised: new Decimal(0), expired: new Decimal(0), scale: new Decimal(1), exempt: e.exempt, deemedFor, priceBefore,
  });
  return steps;
}

function grantFor(state: LedgerState, e: OptionExerciseEvent | OptionExpiryEvent): GrantState {
  const g = state.grants.get(e.id.toLowerCase());
  if (!g) {
    const ids = [...state.grants.values()].map((x) => x.id);
    throw notFound(
      { ...eventPlace(e.row, "id", e.columns), value: e.id },
      `no options with this id were granted before this date${ids.length ? `; the grants are ${ids.join(", ")}` : ""}`,
    );
  }
  const outstanding = g.maxShares.minus(g.exercised).minus(g.expired);
  if (e.shares.greaterThan(outstanding)) {
    throw invalid(
      { ...eventPlace(e.row, "shares", e.columns), value: e.shares.toString() },
      `is more than the ${fmtShares(outstanding)} still outstanding under options ${g.id} (${fmtShares(g.maxShares)} granted)`,
    );
  }
  return g;
}

function onExercise(state: LedgerState, e: OptionExerciseEvent): Step[] {
  const g = grantFor(state, e);
  g.exercised = g.exercised.plus(e.shares);
  state.options = state.options.minus(e.shares);
  state.common = state.common.plus(e.shares);
  // Juniper 6(d)(iii)(A); MagiNet 3(f)(i)(E)(3): no further adjustment on the actual issue of the Common.
  return unchangedSteps(
    e,
    state,
    () => (g.exempt ? `no adjustment: exercise of options that were not Additional Stock (${g.exempt})` : "no adjustment: the shares were deemed issued when the options were granted"),
    (s) => clauseFor(s.cls, "deemed", e.clause),
  );
}

function onExpiry(state: LedgerState, e: OptionExpiryEvent, replay: Replay): Step[] {
  const g = grantFor(state, e);
  g.expired = g.expired.plus(e.shares);
  state.options = state.options.minus(e.shares);
  if (g.exempt) {
    return unchangedSteps(e, state, () => `no readjustment: the options were not Additional Stock (${g.exempt})`, (s) => clauseFor(s.cls, "deemed", e.clause));
  }
  // Juniper 6(d)(iii)(C): the price computed on the grant "and any subsequent adjustments based thereon"
  // recomputed as if only the shares actually issued (here: not expired) had been; MagiNet 3(f)(i)(E)(4).
  const asIf = replay(state.grants);
  const notExpired = g.maxShares.minus(g.expired);
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
    const later = recomputed.effective.equals(original?.after ?? recomputed.effective) ? "" : `; with the later adjustments recomputed on that basis: ${fmtPrice(recomputed.effective)}`;
    const capped = s.effective.lessThan(recomputed.effective) ? `; capped at the price before the original adjustment, ${fmtPrice(cap)}` : "";
    return step(e, s, before, {
      reason: "readjustment on expiry of options",
      arithmetic: `as if ${fmtShares(notExpired)} of the ${fmtShares(g.maxShares)} shares had been deemed issued: ${detail}${later}${capped}`,
      facts: `options ${g.id}: ${fmtShares(g.maxShares)} granted, ${fmtShares(g.exercised)} exercised, ${fmtShares(g.expired)} expired unexercised; ${fmtMoney(g.consideration)} paid for the grant still counts`,
      clause: clauseFor(s.cls, "deemed", e.clause),
    });
  });
}

function onSplit(state: LedgerState, e: SplitEvent): Step[] {
  const { newShares, oldShares } = e;
  const more = (x: Decimal) => x.times(newShares).div(oldShares);
  const less = (x: Decimal) => x.times(oldShares).div(newShares);
  // JT Storage Art. IV(B)4(d)(i); Juniper 6(e)(i); MagiNet 3(c): the price moves in inverse proportion
  // (no rounding: the charters round only the diluting-issue adjustment).
  const steps = state.series.map((s) => {
    const before = { effective: s.effective };
    splitPrices(s, newShares, oldShares);
    return step(e, s, before, {
      reason: newShares.greaterThan(oldShares) ? "split: proportionately decreased" : newShares.lessThan(oldShares) ? "combination: proportionately increased" : "no change: one new share for each old",
      arithmetic: `${fmtPrice(before.effective)} x ${fmtNumber(oldShares)} / ${fmtNumber(newShares)} = ${fmtPrice(s.effective)}`,
      clause: clauseFor(s.cls, "split", e.clause),
    });
  });
  state.common = more(state.common);
  state.options = more(state.options);
  state.convertibles = more(state.convertibles);
  state.pool = more(state.pool);
  state.commonFromConversion = more(state.commonFromConversion);
  for (const g of state.grants.values()) {
    g.maxShares = more(g.maxShares);
    g.exercised = more(g.exercised);
    g.expired = more(g.expired);
    g.minExercisePrice = less(g.minExercisePrice);
    g.scale = more(g.scale);
    for (const k of Object.keys(g.priceBefore)) g.priceBefore[k] = less(g.priceBefore[k]);
  }
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
      return ipoReset(current, s.cls.name, e.price, e.date, e.issueDate);
    } catch (err) {
      if (err instanceof ChartError) throw new ChartError(err.kind, `events row ${e.row}: ${err.message}`, { ...err.place, argument: err.place.argument ?? `events row ${e.row}` });
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
export function applyEvent(state: LedgerState, e: LedgerEvent, terms: CharterTerms, replay: Replay): Applied {
  const next = cloneState(state);
  let steps: Step[];
  switch (e.type) {
    case "issue":
      steps = onIssue(next, e, terms);
      break;
    case "option-grant":
      steps = onGrant(next, e);
      break;
    case "option-exercise":
      steps = onExercise(next, e);
      break;
    case "option-expiry":
      steps = onExpiry(next, e, replay);
      break;
    case "split":
      steps = onSplit(next, e);
      break;
    case "ipo":
      steps = onIpo(next, e, terms);
      break;
  }
  return { state: next, steps };
}
