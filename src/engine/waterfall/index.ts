// The liquidation waterfall: exact payouts per class at an exit value, cents that add up (per class and
// per holder), breakpoints and the steps that explain them.
export { compileWaterfall, solveWaterfall, type Waterfall } from "./compile";
export { largestRemainder } from "./rounding";
export type {
  Breakpoint, BreakpointEvent, CapTableRow, Cents, HolderPayout, HolderPayouts, Payout, Step, Unallocated,
} from "./types";
