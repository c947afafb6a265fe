// Deemed liquidations: which mergers, sales and exchanges a charter treats as a liquidation, and the value
// of securities received in one.
export { parseDeemedLiquidation, deemedLiquidationRule, TRANSACTIONS, MERGER_KINDS } from "./rule";
export type { DeemedLiquidationRule, Transaction, OwnershipTest, KindsPart, SecuritiesMarket } from "./rule";
export { deemedLiquidation } from "./verdict";
export type { DeemedLiquidationResult, Reason } from "./verdict";
export { securityValue, valuationWindow, MARKETS } from "./value";
export type { Market, PricePoint, SecurityValueResult } from "./value";
