// A new priced round, pro forma (see round.ts, solve.ts, convertibles.ts).
export { modelRound, nextSeriesName, DEFAULT_ROUNDING, POOL_ROW } from "./round";
export type { RoundInput, RoundResult, RoundConversion, RoundRounding, OwnershipRow, Seniority } from "./round";
export { solveRound } from "./solve";
export type { Basis, Solution, SolveInput, SolveConvertible } from "./solve";
export { convertiblesFromTable, CONVERTIBLE_KINDS, CONVERTIBLE_COLUMNS } from "./convertibles";
export type { Convertible, ConvertibleKind } from "./convertibles";
