// Valuation: what each class is worth today. The option pricing method over the waterfall's own
// breakpoints, the backsolve, DLOM and PWERM. Doubles, precision stated in each file.
export { normCdf } from "./normal";
export { scheduleOf, type Schedule, type Tranche, type Jump } from "./schedule";
export {
  opm,
  opmValues,
  backsolve,
  ceilingOf,
  classValuesInto,
  checkInputs,
  checkEquity,
  checkRate,
  checkVolatility,
  checkYears,
  type OpmInputs,
  type OpmResult,
  type TrancheRow,
  type JumpRow,
  type BacksolveInputs,
  type InputNames,
} from "./opm";
export { dlom, finnerty, chaffe, DLOM_METHODS, type DlomMethod } from "./dlom";
export { pwerm, type Scenario, type PwermResult } from "./pwerm";
