// Whether a transaction is a liquidation under the charter (JT Storage Art. IV(B)2(c)(i), Juniper FOURTH
// 4(d)-(d)(i), MagiNet FOURTH 2(c)), with the reasons, each citing its clause.
import type { Decimal } from "../decimal";
import { invalid } from "../errors";
import type { CharterTerms } from "../terms/model";
import { deemedLiquidationRule, MERGER_KINDS, type KindsPart, type Transaction } from "./rule";

export interface Reason {
  clause: string;
  text: string;
}

export interface DeemedLiquidationResult {
  liquidation: boolean;
  reasons: Reason[];
}

const percent = (x: Decimal) => `${x.times(100).toFixed()}%`;

const NAMES: Record<Transaction, string> = {
  merger: "a consolidation or merger with or into another entity",
  "subsidiary-merger": "a merger with a wholly-owned subsidiary of the Corporation",
  "ipo-precursor": "a merger as a precursor to the initial public offering",
  exchange: "an exchange of the outstanding shares for securities or property of another entity",
  reorganization: "a reorganization, recapitalization or reclassification in which stock is acquired",
  "asset-sale": "a sale of all or substantially all of the assets",
};

/**
 * The verdict for `transaction` when the holders of the Corporation's stock immediately before hold
 * `ownershipAfter` (a fraction, 0 to 1) of the surviving entity (the purchaser, after a sale of assets;
 * the Corporation, after an exchange or reorganization) immediately after; `elected`: whether the
 * holders the rule names (JT Storage: a majority of Series A) have elected to treat it as a liquidation.
 */
export function deemedLiquidation(
  terms: CharterTerms,
  ownershipAfter: Decimal,
  transaction: Transaction,
  elected: boolean,
  argument = "terms",
): DeemedLiquidationResult {
  if (ownershipAfter.isNegative() || ownershipAfter.greaterThan(1)) {
    throw invalid({ argument: "ownershipAfter", value: ownershipAfter.toString() }, "is a fraction from 0 to 1 (50% is 0.5)");
  }
  const rule = deemedLiquidationRule(terms, argument);
  const reasons: Reason[] = [];
  const no = (clause: string, text: string): DeemedLiquidationResult => ({ liquidation: false, reasons: [...reasons, { clause, text }] });

  if (rule.except?.kinds.includes(transaction)) {
    return no(rule.except.clause, `${NAMES[transaction]} is excepted: it is not a liquidation`);
  }
  let part: KindsPart | undefined = rule.liquidations.find((p) => p.kinds.includes(transaction));
  if (!part && MERGER_KINDS.includes(transaction)) {
    part = rule.liquidations.find((p) => p.kinds.includes("merger"));
    if (part) reasons.push({ clause: part.clause, text: `${NAMES[transaction]} is a merger, and the charter does not except it` });
  }
  if (!part) {
    const named = rule.liquidations.flatMap((p) => p.kinds);
    return no(
      rule.liquidations[0]?.clause ?? rule.text,
      `the charter names ${named.length ? named.join(", ") : "no transaction"} as a liquidation, not ${NAMES[transaction]}`,
    );
  }
  if (part.test) {
    const { op, share } = part.test;
    const met = op === "<" ? ownershipAfter.lessThan(share) : ownershipAfter.lessThanOrEqualTo(share);
    const held = `the holders before hold ${percent(ownershipAfter)} after`;
    const needed = op === "<" ? `less than ${percent(share)}` : `${percent(share)} or less (not more than ${percent(share)})`;
    if (!met) return no(part.clause, `${held}; ${NAMES[transaction]} is a liquidation only when they hold ${needed}`);
    reasons.push({ clause: part.clause, text: `${NAMES[transaction]}: ${held}, ${needed} as the test requires` });
  } else {
    reasons.push({
      clause: part.clause,
      text: `${NAMES[transaction]} is a liquidation whatever the holders before hold after (no ownership test; ownershipAfter not used)`,
    });
  }
  if (rule.electedBy) {
    const who = `the holders of a majority of ${rule.electedBy.className}`;
    if (!elected) return no(rule.electedBy.clause, `only upon the election of ${who}, and elected is FALSE`);
    reasons.push({ clause: rule.electedBy.clause, text: `elected by ${who}` });
  }
  return { liquidation: true, reasons };
}
