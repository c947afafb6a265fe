// The conversion-price ledger: a charter's series of Preferred through a dated list of events, each
// series' price before and after every event, with the arithmetic and the clause.
import { ZERO, Decimal } from "../decimal";
import { invalid, notFound } from "../errors";
import type { CapPosition } from "../antidilution/base";
import type { CharterTerms, IsoDate } from "../terms/model";
import { applyEvent, type AsIf, type LedgerRules } from "./apply";
import { describeEvent } from "./describe";
import { eventPlace, normaliseEvents, type LedgerEvent, type LedgerEventInput } from "./events";
import { ledgerRulesFor } from "./rules";
import type { SeriesRatio } from "./series-split";
import { capPosition, initialState, type GrantState, type LedgerState, type StartingPosition } from "./state";
import type { Step } from "./step";

export interface PricePoint {
  row: number;
  date: IsoDate;
  event: string;
  /** Each series' conversion price in effect after the event. */
  prices: Record<string, Decimal>;
}

export interface SeriesSummary {
  name: string;
  issuePrice: Decimal;
  /** The price at the start (the terms' Conversion Price) and after the last event. */
  initial: Decimal;
  final: Decimal;
  /** The theoretical price after the last event (a carry-forward not yet made shows here). */
  finalTheoretical: Decimal;
  /** Other securities receivable on conversion of one share, from distributions (Juniper 6(e)(ii)). */
  otherProperty: { security: string; amount: Decimal }[];
  /** Shares outstanding after the last event (issues and splits of the series). */
  shares: Decimal;
  /** The series' own splits, combinations and stock dividends as one ratio (1:1 when none; series-split.ts). */
  split: SeriesRatio;
}

export interface ConversionPriceHistory {
  series: SeriesSummary[];
  /** One step per series per event, in the order applied (date order; equal dates as given). */
  steps: Step[];
  /** The prices after each event. */
  points: PricePoint[];
  /** The price of each series after the last event. */
  final: Record<string, Decimal>;
  /** The capital position after the last event. */
  position: CapPosition;
  /** The class the Preferred converts into after the last event: Common unless reclassified. */
  convertsInto: string;
  /** Old / new over the splits, combinations and stock dividends: an "as adjusted" amount per share of Common is the amount x this. */
  commonFactor: Decimal;
}

/**
 * The events before `upTo` as they would have been had each grant that was Additional Stock been made on
 * the terms `grants` now record: its shares expired left out, those exercised at the price received, and
 * those outstanding as their deemed issue counts them. Juniper 6(d)(iii)(B) ("recomputed to reflect such
 * increase or decrease"), (C)(1) ("as if ... the only Additional Shares of Common Stock issued were shares
 * ... actually issued upon the exercise", with the consideration actually received for all the options);
 * MagiNet 3(f)(i)(E)(3), (4). The grant's expiries and changes are absorbed into it.
 */
function asIfEvents(prior: readonly LedgerEvent[], grants: ReadonlyMap<string, GrantState>): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  for (const e of prior) {
    if (e.type === "option-grant" && !e.exempt) {
      const g = grants.get(e.id.toLowerCase());
      // A short grant (Juniper 6(d)(iii)(E)) was never deemed issued: it replays as it happened.
      if (g && g.row === e.row && !g.short) {
        // Shares in the grant's own terms (today's / scale); the consideration is money, unchanged by splits.
        const shares = g.exercised.plus(g.deemedOutstanding);
        const consideration = g.consideration.plus(g.exercisedConsideration).plus(g.deemedOutstanding.times(g.deemedPrice));
        out.push({ ...e, maxShares: shares.div(g.scale), consideration, minExercisePrice: ZERO });
        continue;
      }
    }
    if (e.type === "option-expiry" || e.type === "option-change") {
      const g = grants.get(e.id.toLowerCase());
      if (g && !g.exempt && !g.short) continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * The events with an option-expiry added for each grant that has an Expiry Date, for the options still
 * outstanding then (after the exercises, expiries, changes and splits before it), placed after the other
 * events of that date: options expire "by their terms" (Juniper 6(d)(iii)(C), (E); MagiNet 3(f)(i)(E)(4))
 * whether or not the events record it. An expiry the events give themselves counts as given.
 */
function withExpiries(events: readonly LedgerEvent[]): LedgerEvent[] {
  const grants = events.filter((e): e is Extract<LedgerEvent, { type: "option-grant" }> => e.type === "option-grant" && e.expiryDate !== null);
  if (grants.length === 0) return [...events];
  const added: LedgerEvent[] = [];
  for (const g of grants) {
    const key = g.id.toLowerCase();
    let left = new Decimal(0);
    for (const e of events) {
      if (e.date > g.expiryDate!) break;
      if (e === g) left = g.maxShares;
      else if (left.isZero()) continue;
      else if ((e.type === "option-exercise" || e.type === "option-expiry") && e.id.toLowerCase() === key) left = left.minus(e.shares);
      else if (e.type === "option-change" && e.id.toLowerCase() === key && e.maxShares !== null) left = e.maxShares;
      else if (e.type === "reclassification" || (e.type === "split" && e.security === null)) left = left.times(e.newShares).div(e.oldShares);
      else if (e.type === "stock-dividend" && e.security === null) left = left.times(e.held.plus(e.paid)).div(e.held);
    }
    if (left.greaterThan(0)) {
      added.push({
        type: "option-expiry",
        row: g.row,
        date: g.expiryDate!,
        id: g.id,
        shares: left,
        note: "expired by its terms (Expiry Date)",
        clause: null,
        ...(g.columns ? { columns: g.columns } : {}),
      });
    }
  }
  // After every given event of its date (events are in date order; equal dates keep the grants' order).
  added.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const out: LedgerEvent[] = [];
  let i = 0;
  for (const e of events) {
    while (i < added.length && added[i].date < e.date) out.push(added[i++]);
    out.push(e);
  }
  while (i < added.length) out.push(added[i++]);
  return out;
}

/**
 * Each split or stock dividend of a series checked against the terms (its Security must name a series of
 * Preferred; Common is written blank or Common), and named as the terms spell it; then each split of
 * Common given the series split at the same ratio on the same date (JT Storage Art. IV(B)4(d)(i)).
 * Every event is checked, also those after an `upTo` date.
 */
function withSeriesSplits(terms: CharterTerms, events: readonly LedgerEvent[]): LedgerEvent[] {
  const ratioOf = (e: LedgerEvent): [Decimal, Decimal] | null =>
    e.type === "split" ? [e.newShares, e.oldShares] : e.type === "stock-dividend" ? [e.held.plus(e.paid), e.held] : null;
  const out = events.map((e) => {
    if ((e.type !== "split" && e.type !== "stock-dividend") || e.security === null) return e;
    const at = { ...eventPlace(e.row, "security", e.columns), value: e.security };
    const cls = terms.classes.find((c) => c.name.toLowerCase() === e.security!.toLowerCase());
    const series = terms.classes.filter((c) => c.kind === "preferred").map((c) => c.name);
    if (!cls) throw notFound(at, `is not a class of the terms; use Common (or leave it blank) or a series of Preferred: ${series.join(", ") || "(none)"}`);
    if (cls.kind === "option") throw invalid(at, "is a class of options; a split divides Common (leave Security blank) or a series of Preferred");
    if (cls.kind === "common") {
      throw invalid(at, "is a class of Common other than Common; the ledger splits all Common together: write Common or leave Security blank");
    }
    return { ...e, security: cls.name };
  });
  return out.map((e) => {
    const r = ratioOf(e);
    if (!r || (e.type !== "split" && e.type !== "stock-dividend") || e.security !== null) return e;
    const alike = out.filter((x) => {
      const q = ratioOf(x);
      return q && x.date === e.date && (x.type === "split" || x.type === "stock-dividend") && x.security !== null && q[0].times(r[1]).equals(r[0].times(q[1]));
    });
    return alike.length ? { ...e, identicallySplit: alike.map((x) => (x as { security: string }).security.toLowerCase()) } : e;
  });
}

function run(
  start: LedgerState,
  events: readonly LedgerEvent[],
  terms: CharterTerms,
  rules: LedgerRules,
): { state: LedgerState; steps: Step[]; points: PricePoint[] } {
  let state = start;
  const steps: Step[] = [];
  const points: PricePoint[] = [];
  // The state before each event, and each grant's place, so that a recomputation starts at the first
  // grant it changes: the events before it are the same as-if as they were (applyEvent leaves its state).
  const before: LedgerState[] = [];
  const grantAt = new Map<string, number>();
  events.forEach((e, i) => {
    before.push(state);
    if (e.type === "option-grant") grantAt.set(e.id.toLowerCase(), i);
    const replay = (grants: ReadonlyMap<string, GrantState>): AsIf => {
      // The grants asIfEvents changes: this event's, and those of the expiries and changes before it.
      let from = i;
      for (const x of [...events.slice(0, i), e]) {
        if (x.type !== "option-expiry" && x.type !== "option-change") continue;
        const g = grants.get(x.id.toLowerCase());
        const at = grantAt.get(x.id.toLowerCase());
        if (g && !g.exempt && !g.short && at !== undefined) from = Math.min(from, at);
      }
      const r = run(before[from], asIfEvents(events.slice(from, i), grants), terms, rules);
      return { state: r.state, steps: r.steps };
    };
    const applied = applyEvent(state, e, terms, replay, rules);
    state = applied.state;
    steps.push(...applied.steps);
    const prices: Record<string, Decimal> = {};
    for (const s of state.series) prices[s.cls.name] = s.effective;
    points.push({ row: e.row, date: e.date, event: describeEvent(e), prices });
  });
  return { state, steps, points };
}

/**
 * The conversion price of every series of Preferred after each event.
 * `terms`: the charter (each class's Conversion Price, Anti-Dilution, Adjustment Rounding, IPO Reset and
 * Clauses). `events`: see events.ts; applied in date order, equal dates in the order given.
 * `asOfPosition`: the capital position at the start when it is not the terms' own (see StartingPosition).
 * `rules`: overrides of the terms' per-series rules, for every series (see LedgerRules, ledgerRulesFor).
 * `upTo`: only the events on or before this date, IPO events left out (the state "immediately prior" to an
 * offering on that date, as IPORESET and AUTOCONVERT read it); every event is still checked.
 * Errors name the event's row, the field and the value.
 */
export function conversionPriceHistory(
  terms: CharterTerms,
  events: readonly LedgerEventInput[],
  asOfPosition?: StartingPosition,
  rules: Partial<LedgerRules> = {},
  upTo: IsoDate | null = null,
): ConversionPriceHistory {
  const start = initialState(terms, asOfPosition);
  const all = withExpiries(withSeriesSplits(terms, normaliseEvents(events)));
  const normal = upTo === null ? all : all.filter((e) => e.date <= upTo && e.type !== "ipo");
  const { state, steps, points } = run(start, normal, terms, ledgerRulesFor(terms, rules));
  const final: Record<string, Decimal> = {};
  for (const s of state.series) final[s.cls.name] = s.effective;
  return {
    series: state.series.map((s) => ({
      name: s.cls.name,
      issuePrice: s.cls.issuePrice,
      initial: s.cls.conversionPrice,
      final: s.effective,
      finalTheoretical: s.theoretical,
      otherProperty: s.otherProperty.map((x) => ({ ...x })),
      shares: s.shares,
      split: { ...s.split },
    })),
    steps,
    points,
    final,
    position: capPosition(state),
    convertsInto: state.convertsInto,
    commonFactor: state.commonFactor,
  };
}
