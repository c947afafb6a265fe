// Dividends: the accrual of a cumulative rate, the dividend part of a liquidation preference, and a
// declared dividend shared among the classes.
export { accruedPerShare, preferenceDividend } from "./accrued";
/** The day-count bases an accrual takes (the Day Count column), the default first. */
export { DAY_COUNTS } from "../terms/model";
export type { DayCount } from "../terms/model";
export { allocateDividend } from "./allocate";
export type { ClassDividend, DividendAllocation, DividendStep } from "./allocate";
