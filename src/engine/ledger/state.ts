// The ledger's running state: the capital position the bases are measured on, each series' conversion
// price (in effect and theoretical), and the options granted (to readjust on expiry).
import { Decimal, ZERO, ONE, sum, type DecimalInput } from "../decimal";
import { NUMBER_PROBLEMS, requireNonNegative } from "../checks";
import { invalid } from "../errors";
import type { CapPosition } from "../antidilution/base";
import type { CharterTerms, IsoDate, ShareClass } from "../terms/model";
import { numberField } from "./events";
import type { SeriesRatio } from "./series-split";

export interface SeriesState {
  cls: ShareClass;
  /** Shares of the series outstanding. */
  shares: Decimal;
  /** The conversion price in effect. */
  effective: Decimal;
  /** The price as if every adjustment had been made in full (carry-forward; else equal to `effective`). */
  theoretical: Decimal;
  /**
   * The prices at the last adjustment other than a split, and the splits since as one exact ratio
   * (new : old): a split's price is taken from here, so a split and its reverse restore the price exactly.
   */
  anchor: { effective: Decimal; theoretical: Decimal; newShares: Decimal; oldShares: Decimal };
  /**
   * Other securities receivable on conversion of one share, in addition to the Common, from distributions
   * (Juniper 6(e)(ii); MagiNet 3(d); JT Storage Art. IV(B)4(d)(ii)): fixed at the event, by security.
   */
  otherProperty: { security: string; amount: Decimal }[];
  /** The splits, combinations and stock dividends of the series itself so far, as one exact ratio (series-split.ts). */
  split: SeriesRatio;
}

/** Sets a series' prices after an adjustment other than a split. */
export function setPrices(s: SeriesState, effective: Decimal, theoretical: Decimal): void {
  s.effective = effective;
  s.theoretical = theoretical;
  s.anchor = { effective, theoretical, newShares: ONE, oldShares: ONE };
}

/** A split or combination of `newShares` for `oldShares`: each price x old / new, from the anchor. */
export function splitPrices(s: SeriesState, newShares: Decimal, oldShares: Decimal): void {
  const a = s.anchor;
  a.newShares = a.newShares.times(newShares);
  a.oldShares = a.oldShares.times(oldShares);
  const factor = a.oldShares.div(a.newShares);
  s.effective = a.effective.times(factor);
  s.theoretical = a.theoretical.times(factor);
}

export interface GrantState {
  id: string;
  /** The row of the grant event; null for options outstanding at the start. */
  row: number | null;
  date: IsoDate | null;
  /** In today's shares (splits since the grant applied). */
  maxShares: Decimal;
  consideration: Decimal;
  minExercisePrice: Decimal;
  exercised: Decimal;
  expired: Decimal;
  /** Today's shares per share at the grant date (the product of split ratios since). */
  scale: Decimal;
  /** The exempt category; null when the grant was Additional Stock. */
  exempt: string | null;
  /** Consideration received on the exercises so far, at the exercise price then in effect. */
  exercisedConsideration: Decimal;
  /**
   * The options outstanding as their deemed issue counts them, and the exercise price it takes: the
   * actual terms, except that under a raise-only rule (Juniper 6(d)(iii)(B)) an increase in the number or
   * a decrease in the price is not counted.
   */
  deemedOutstanding: Decimal;
  deemedPrice: Decimal;
  /** Series for which the grant was deemed issued below the price in effect (Juniper 6(d)(iii) proviso). */
  deemedFor: string[];
  /** Each series' price in effect immediately before the grant, in today's terms (Juniper 6(d)(iii)(D)(i)). */
  priceBefore: Record<string, Decimal>;
  /**
   * Options expiring by their terms within the Short Options days of issue (Juniper 6(d)(iii)(E)): not
   * deemed issued; the price adjusts once all are exercised or expired, for the Common actually issued.
   */
  short?: boolean;
}

export interface LedgerState {
  common: Decimal;
  options: Decimal;
  convertibles: Decimal;
  pool: Decimal;
  poolInBase: boolean;
  commonFromConversion: Decimal;
  series: SeriesState[];
  /** The class the Preferred converts into: Common, or the class it was changed into (reclassification). */
  convertsInto: string;
  /** By id, lower case. */
  grants: Map<string, GrantState>;
  /**
   * A per-share amount of Common "as adjusted for any stock dividends, combinations, or splits" is the
   * amount times this: the product of old / new over the splits, combinations and stock dividends so far
   * (MagiNet 3(f)(iv)(A) $7.00; JT Storage Art. IV(B)4(b)(i) $5.00). Reclassifications are not counted.
   */
  commonFactor: Decimal;
}

/** The capital position at the start, when it is not the terms' own. */
export interface StartingPosition {
  /** Common outstanding (default: the shares of the terms' Common classes). */
  common?: DecimalInput;
  /** Common issuable on exercise of outstanding options and warrants (default: the terms' option classes). */
  options?: DecimalInput;
  /** Common issuable on conversion of other convertible securities (default 0). */
  convertibles?: DecimalInput;
  /** Reserved for the option plan, not granted (default 0). */
  unallocatedPool?: DecimalInput;
  /** Count the unallocated pool in the broad base (default false: neither Juniper nor MagiNet does). */
  poolInBase?: boolean;
  /** Common issued on earlier conversions of Preferred, part of `common` (the narrow base counts it; default 0). */
  commonFromConversion?: DecimalInput;
}

function startNumber(value: DecimalInput | undefined, fallback: Decimal, column: string): Decimal {
  if (value === undefined || value === null) return fallback;
  let x: Decimal;
  try {
    x = numberField(value, 0, column);
  } catch {
    throw invalid({ argument: "asOfPosition", column, value: String(value) }, NUMBER_PROBLEMS.notANumber);
  }
  return requireNonNegative(x, { argument: "asOfPosition", column });
}

export function initialState(terms: CharterTerms, start: StartingPosition = {}): LedgerState {
  if (!terms || !Array.isArray(terms.classes)) throw invalid({ argument: "terms" }, "give the charter terms");
  const optionClasses = terms.classes.filter((c) => c.kind === "option");
  const grants = new Map<string, GrantState>();
  // Reading: options outstanding at the start are the terms' option classes, each exercisable or
  // expirable under its class name; they were granted before the ledger opens, so their expiry
  // readjusts nothing (any deemed issue is already in the prices the terms give).
  for (const c of optionClasses) {
    grants.set(c.name.toLowerCase(), {
      id: c.name,
      row: null,
      date: null,
      maxShares: c.shares,
      consideration: ZERO,
      minExercisePrice: c.strike,
      exercised: ZERO,
      expired: ZERO,
      scale: ONE,
      exempt: "outstanding at the start",
      deemedFor: [],
      priceBefore: {},
      exercisedConsideration: ZERO,
      deemedOutstanding: c.shares,
      deemedPrice: c.strike,
    });
  }
  return {
    common: startNumber(start.common, sum(terms.classes.filter((c) => c.kind === "common").map((c) => c.shares)), "common"),
    options: startNumber(start.options, sum(optionClasses.map((c) => c.shares)), "options"),
    convertibles: startNumber(start.convertibles, ZERO, "convertibles"),
    pool: startNumber(start.unallocatedPool, ZERO, "unallocatedPool"),
    poolInBase: start.poolInBase === true,
    commonFromConversion: startNumber(start.commonFromConversion, ZERO, "commonFromConversion"),
    series: terms.classes
      .filter((c) => c.kind === "preferred")
      .map((cls) => ({
        cls,
        shares: cls.shares,
        effective: cls.conversionPrice,
        theoretical: cls.conversionPrice,
        anchor: { effective: cls.conversionPrice, theoretical: cls.conversionPrice, newShares: ONE, oldShares: ONE },
        otherProperty: [],
        split: { newShares: ONE, oldShares: ONE },
      })),
    convertsInto: "Common",
    grants,
    commonFactor: ONE,
  };
}

export function cloneGrant(g: GrantState): GrantState {
  return { ...g, deemedFor: [...g.deemedFor], priceBefore: { ...g.priceBefore } };
}

/**
 * A copy to apply the next event to. The grants are shared with `s` (copy on write): a handler that
 * changes a grant replaces it in the copy with cloneGrant first, so a long ledger does not copy every
 * grant at every event (the recomputations on expiry and on change replay the ledger many times).
 */
export function cloneState(s: LedgerState): LedgerState {
  return {
    ...s,
    series: s.series.map((x) => ({ ...x, anchor: { ...x.anchor }, otherProperty: [...x.otherProperty], split: { ...x.split } })),
    grants: new Map(s.grants),
  };
}

/**
 * Common issuable on conversion of the Preferred outstanding, at the prices in effect: shares x Issue
 * Price / Conversion Price, unrounded. Reading: the bases count the exact as-converted number (fractions
 * are settled in cash, per holder, only on an actual conversion).
 */
export function preferredAsConverted(s: LedgerState): Decimal {
  return sum(s.series.filter((x) => x.cls.issuePrice.greaterThan(0)).map((x) => x.shares.times(x.cls.issuePrice).div(x.effective)));
}

export function capPosition(s: LedgerState): CapPosition {
  return {
    common: s.common,
    preferredAsConverted: preferredAsConverted(s),
    options: s.options,
    convertibles: s.convertibles,
    unallocatedPool: s.pool,
    poolInBase: s.poolInBase,
    commonFromConversion: s.commonFromConversion,
  };
}
