// Conversion of Preferred into Common: shares x Issue Price / Conversion Price, and the fraction.
export { conversionShares, conversionRoundingRule, roundCommonShares, settleFraction } from "./shares";
export type { ConversionResult, ConversionRoundingRule } from "./shares";
export { conversionSharesForClass } from "./class";
export { holderConversion } from "./holder";
export type { ConversionLot, HolderConversion } from "./holder";
export { requireFinite, requireNonNegative, requirePositive } from "../checks";
