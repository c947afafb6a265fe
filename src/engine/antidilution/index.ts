// Conversion price adjustments: weighted average (broad and narrow bases), full ratchet, splits and
// combinations, deemed issues of options and convertibles, and the charters' rounding of the result.
export { weightedAverage, weightedAverageAtPrice, weightedAverageArithmetic, decimalPlaces } from "./weighted";
export { fullRatchet } from "./ratchet";
export { broadBase, narrowBase, baseFor } from "./base";
export type { Base, CapPosition } from "./base";
export { deemedIssue } from "./deemed";
export type { DeemedIssue, OptionTerms } from "./deemed";
export { roundAdjustment } from "./rounding";
export type { RoundedPrice, SeriesPrice } from "./rounding";
export { adjustForIssue } from "./adjust";
export type { AdjustmentOutcome, IssueFacts } from "./adjust";
