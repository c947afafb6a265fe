// CHARTER.DEEMEDLIQ(terms, ownershipAfter, [transaction], [elected]): whether a merger, sale or exchange is
// a liquidation under the charter's Deemed Liquidation rule (JT Storage Art. IV(B)2(c)(i), Juniper FOURTH
// 4(d)-(d)(i), MagiNet FOURTH 2(c)); the command prints the reasons, each with its clause.
import { deemedLiquidation, TRANSACTIONS } from "../../engine/deemed-liquidation";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { TERMS } from "../shared-params";

const PARAMS = [
  TERMS,
  param.ratio(
    "ownershipAfter",
    "Fraction (0 to 1, 50% is 0.5) of the surviving entity that the Corporation's holders immediately before hold immediately after: of the purchaser after a sale of assets; of the Corporation after an exchange or reorganization (1 less the fraction exchanged or acquired).",
  ),
  optional(
    param.choice(
      "transaction",
      "merger (default), subsidiary-merger (with a wholly-owned subsidiary), ipo-precursor (a merger as a precursor to the IPO), exchange (of the shares for another entity's securities or property), reorganization (stock acquired by a person or group) or asset-sale (all or substantially all assets).",
      TRANSACTIONS,
    ),
  ),
  optional(
    param.boolean(
      "elected",
      "TRUE when the holders the charter names have elected to treat it as a liquidation (JT Storage: a majority of Series A); default FALSE.",
    ),
  ),
] as const;

export const DEEMEDLIQ = defineFunction({
  name: "DEEMEDLIQ",
  description: "TRUE when the transaction is a liquidation under the charter's Deemed Liquidation rule (its ownership test, exceptions and election).",
  params: PARAMS,
  result: "boolean",
  returns: "TRUE or FALSE.",
  run: (terms, owned, transaction, elected) => deemedLiquidation(terms, owned, transaction ?? "merger", elected ?? false).liquidation,
  reasons: (terms, owned, transaction, elected) => deemedLiquidation(terms, owned, transaction ?? "merger", elected ?? false).reasons,
});
