// IPO events: the conversion-price reset of a class on an IPO, and automatic conversion.
export { ipoReset } from "./reset";
export type { AsAdjusted, IpoResetResult, ResetStep } from "./result";
export { parseIpoReset } from "./rule";
export type { IpoResetRule, FilingRule, FilingWindow, OfferingRule, DateBracket, Period } from "./rule";
export { autoConverts } from "./autoconvert";
export type { AutoConvertDates, AutoConvertResult, AutoConvertReason } from "./autoconvert";
