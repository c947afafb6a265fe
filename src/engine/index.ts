// The engine's entry for the layers above it (the sheet layer and the hosts): the shared ground (one
// configured Decimal, errors, dates) and the terms model with its parser. Each part with a folder of its
// own has its own entry (./waterfall, ./antidilution, ./conversion, ./dividends, ./ipo, ./ledger,
// ./redemption, ./votes); test/layering.test.ts keeps the hosts to these doors.
export { Decimal, dec, ZERO, ONE, CENT, roundTo, sum, min, max, type DecimalInput, type RoundingMode } from "./decimal";
export { ChartError, describe, invalid, notFound, type ChartErrorKind, type ErrorPlace } from "./errors";
export { addDays, addMonths, dayNumber, fromDayNumber, fromExcelSerial, fullYears, parseIsoDate, toExcelSerial, yearFraction } from "./dates";
export { parseTerms, findClass } from "./terms/parse";
export { COLUMNS, columnKey, type ColumnSpec } from "./terms/columns";
export { readNumberText } from "./terms/cells";
export { csvRecords, parseCsv, setCell, tableFromMatrix, toCsv, contentKey, type Cell, type TermsTable } from "./terms/table";
export type * from "./terms/model";
export {
  formatCount,
  formatCut,
  formatCutMoney,
  formatCutPrice,
  formatCutShares,
  formatExact,
  formatExactMoney,
  formatFixed,
  formatFraction,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
  formatShares,
  groupDigits,
  ROUNDED_MARK,
  type FormatMode,
  type FormatOptions,
} from "./format";
export { Money, roundToCents, roundToMoney, sumMoney, type CentRounding } from "./money";
