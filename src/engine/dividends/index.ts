// Dividends: the accrual of a cumulative rate, the dividend part of a liquidation preference, and a
// declared dividend shared among the classes.
export { accruedPerShare, preferenceDividend } from "./accrued";
export { allocateDividend } from "./allocate";
export type { ClassDividend, DividendAllocation, DividendStep } from "./allocate";
