// The terms as they stand immediately before a date: each series' conversion price in effect after the
// events on or before it, and the splits' factor that the charters' "as adjusted" amounts per share of
// Common follow. IPORESET and AUTOCONVERT read an offering through it. A series' shares (issues, its own
// splits) and the per-share amounts its splits adjust are the ledger's too (series-split.ts).
import type { Decimal } from "../decimal";
import type { CharterTerms, IsoDate } from "../terms/model";
import type { LedgerEventInput } from "./events";
import { conversionPriceHistory } from "./history";
import type { LedgerRules } from "./rules";
import { classAfterSplits } from "./series-split";

export interface TermsAsOf {
  /** The terms with each series' Conversion Price the one in effect, its Shares and split-adjusted amounts (the ledger's). */
  terms: CharterTerms;
  /** Old / new over the splits, combinations and stock dividends on or before the date (1 when none). */
  commonFactor: Decimal;
}

/**
 * The terms after the events dated on or before `date` (IPO events left out: the offering is what the
 * caller measures). Reading: an event on the date itself counts (a split effective on the day of the
 * closing is in effect "immediately prior to the closing" only if made before it; the events table
 * cannot order it against the closing, and a split made for an offering is made before it).
 */
export function termsAsOf(terms: CharterTerms, events: readonly LedgerEventInput[], date: IsoDate, rules: Partial<LedgerRules> = {}): TermsAsOf {
  const h = conversionPriceHistory(terms, events, undefined, rules, date);
  return {
    terms: {
      classes: terms.classes.map((c) => {
        const s = c.kind === "preferred" ? h.series.find((x) => x.name === c.name) : undefined;
        return s ? classAfterSplits(c, s.shares, s.final, s.split) : c;
      }),
    },
    commonFactor: h.commonFactor,
  };
}
