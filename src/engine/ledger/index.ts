// The conversion-price ledger: every series' price through a dated list of events, the officer's
// certificate as to adjustments, and the ledger as rows for a spill.
export { conversionPriceHistory } from "./history";
export { termsAsOf } from "./as-of";
export type { TermsAsOf } from "./as-of";
export type { ConversionPriceHistory, PricePoint, SeriesSummary } from "./history";
export type { Step } from "./step";
export { normaliseEvents, EVENT_TYPES } from "./events";
export type {
  DateInput,
  EventType,
  LedgerEvent,
  LedgerEventInput,
  IssueEventInput,
  OptionGrantEventInput,
  OptionExerciseEventInput,
  OptionExpiryEventInput,
  OptionChangeEventInput,
  SplitEventInput,
  StockDividendEventInput,
  ReclassificationEventInput,
  DistributionEventInput,
  IpoEventInput,
} from "./events";
export { OPTION_CHANGE_RULES, ledgerRules, ledgerRulesFor } from "./rules";
export type { LedgerRules, OptionChangeRule } from "./rules";
export type { StartingPosition } from "./state";
export { certificateText } from "./certificate";
export { historyTable, HISTORY_HEADER } from "./table";
export type { HistoryCell } from "./table";
export { eventsFromTable, EVENT_COLUMNS } from "./from-table";
export type { EventCell } from "./from-table";
