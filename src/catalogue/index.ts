// The function catalogue: every worksheet function once. Hosts (Excel wrappers, the task pane, the
// `charter` command, a test formula engine) enter here, so they can never disagree.
// Adding a function: write src/catalogue/entries/<name>.ts with defineFunction, list it in CATALOGUE
// below, then run `npx tsx scripts/gen-functions.ts` to regenerate src/functions/functions.ts.
import { notFound } from "../engine/errors";
import { invoke } from "./call";
import { toHostError, type HostError } from "./host-error";
import type { FunctionSpec, HostArg, Reason, ResultValue } from "./types";
import { readArguments } from "./call";
import { ACCRUEDDIV } from "./entries/accrueddiv";
import { AUTOCONVERT } from "./entries/autoconvert";
import { BREAKPOINTS } from "./entries/breakpoints";
import { CERTIFICATE } from "./entries/certificate";
import { CLASSES } from "./entries/classes";
import { CONVERTS } from "./entries/converts";
import { CONVSHARES } from "./entries/convshares";
import { CPHISTORY } from "./entries/cphistory";
import { DEEMEDLIQ } from "./entries/deemedliq";
import { DIVIDENDS } from "./entries/dividends";
import { EXPLAIN } from "./entries/explain";
import { FULLRATCHET } from "./entries/fullratchet";
import { HOLDERPAYOUTS } from "./entries/holderpayouts";
import { IPORESET } from "./entries/iporeset";
import { LIQPREF } from "./entries/liqpref";
import { PREFERENCE } from "./entries/preference";
import { REDEMPTION } from "./entries/redemption";
import { SECURITYVALUE } from "./entries/securityvalue";
import { ROUND, ROUNDSUMMARY } from "./entries/round";
import { VOTES } from "./entries/votes";
import { BACKSOLVE, DLOM, OPM, OPMTABLE, PWERM } from "./entries/valuation";
import { WEIGHTEDAVG } from "./entries/weightedavg";

/** Every function, in the order the help lists them: the waterfall, conversion and anti-dilution, IPO, dividends, redemption, votes, deemed liquidations, valuation. */
export const CATALOGUE: readonly FunctionSpec[] = [
  LIQPREF,
  HOLDERPAYOUTS,
  CLASSES,
  PREFERENCE,
  BREAKPOINTS,
  CONVERTS,
  EXPLAIN,
  CONVSHARES,
  WEIGHTEDAVG,
  FULLRATCHET,
  CPHISTORY,
  CERTIFICATE,
  ROUND,
  ROUNDSUMMARY,
  IPORESET,
  AUTOCONVERT,
  ACCRUEDDIV,
  DIVIDENDS,
  REDEMPTION,
  VOTES,
  DEEMEDLIQ,
  SECURITYVALUE,
  OPM,
  OPMTABLE,
  BACKSOLVE,
  DLOM,
  PWERM,
];

/** The namespace Excel shows before each name (manifest.xml's CustomFunctions Namespace). */
export const NAMESPACE = "CHARTER";

/** The entry named `name` (case-insensitive, with or without "CHARTER."), or a ChartError (#N/A). */
export function findFunction(name: string): FunctionSpec {
  const key = name
    .trim()
    .toUpperCase()
    .replace(new RegExp(`^${NAMESPACE}\\.`), "");
  const spec = CATALOGUE.find((f) => f.name === key);
  if (!spec) throw notFound({ value: name }, `is not a function; the functions are ${CATALOGUE.map((f) => f.name).join(", ")}`);
  return spec;
}

/** Calls a function by name on host arguments (null or absent for omitted optionals). Never throws. */
export function call(name: string, args: readonly HostArg[]): ResultValue | HostError {
  let spec: FunctionSpec;
  try {
    spec = findFunction(name);
  } catch (e) {
    return toHostError(e);
  }
  return invoke(spec, args);
}

/**
 * The reasons a function gives for its result on these host arguments (null when it gives none or the
 * arguments are bad: the call itself reports that). The command prints them under the value.
 */
export function callReasons(name: string, args: readonly HostArg[]): readonly Reason[] | null {
  try {
    const spec = findFunction(name);
    return spec.reasons ? spec.reasons(readArguments(spec, args)) : null;
  } catch {
    return null;
  }
}

export { invoke, readArguments } from "./call";
export { roundOf } from "./entries/round";
export type { RoundResult } from "../engine/round";
export { defineFunction } from "./define";
export { param, optional } from "./params";
export { BoundedCache } from "./cache";
export { readTerms, termsFromTable, clearTermsCache, TERMS_CACHE_SIZE } from "./terms";
export { HostError, isHostError, toHostError } from "./host-error";
export type { HostErrorCode } from "./host-error";
export * from "./args";
export type * from "./types";
