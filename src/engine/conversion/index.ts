// Conversion of Preferred into Common: shares x Issue Price / Conversion Price, and the fraction.
export { conversionShares, conversionRoundingRule, roundCommonShares, settleFraction } from "./shares";
export type { ConversionResult, ConversionRoundingRule } from "./shares";
export { requireFinite, requireNonNegative, requirePositive } from "../checks";
