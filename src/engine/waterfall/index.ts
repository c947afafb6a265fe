// The liquidation waterfall: exact payouts per class at an exit value, cents that add up (per class and
// per holder), breakpoints and the steps that explain them.
export { compileWaterfall, solveWaterfall, type Waterfall } from "./compile";
export { MAX_EXIT, checkExitBound } from "./evaluate";
export { MAX_EXIT_CENTS } from "./kernel";
export type { Breakpoint, BreakpointEvent, CapTableRow, CentsAt, ClassCents, HolderPayout, HolderPayouts, Payout, Step, Unallocated } from "./types";
