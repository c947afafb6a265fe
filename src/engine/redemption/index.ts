// Redemption: the schedule of a redeemable class (JT Storage Art. IV(B)3), given the funds available.
export { redemptionSchedule } from "./schedule";
export type { RedemptionFunds, RedemptionOptions, RedemptionRow, RedemptionSchedule } from "./schedule";
export { parseRedemption } from "./rule";
export type { RedemptionDate } from "./rule";
