// What an IPO reset returns: the conversion price after the IPO, whether the rule changed it, and the
// steps (each with its clause and arithmetic) that explain it.
import type { Decimal } from "../decimal";

export interface ResetStep {
  text: string;
  clause: string;
}

/**
 * How the amounts a charter fixes "as adjusted" for splits follow them: `commonFactor` is old / new over
 * the splits, combinations and stock dividends of Common up to the date (1 when none; see the ledger's
 * LedgerState.commonFactor). A per-share amount of Common is the stated amount times it.
 */
export interface AsAdjusted {
  commonFactor?: Decimal;
}

export interface IpoResetResult {
  /** The conversion price after the reset (the price before it when the rule makes no adjustment). */
  price: Decimal;
  /** True when the rule set the price: a filing window matched (Juniper 6(c)), or (A)/(B) gave a new price (MagiNet 3(f)(iv)). */
  applied: boolean;
  steps: ResetStep[];
  /** The clause of the class's IPO Reset rule (its Clauses column), e.g. "6(c)". */
  clause: string;
}
