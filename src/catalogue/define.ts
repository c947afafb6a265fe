// defineFunction: one worksheet function as a table entry. The entry names its parameters in order, and
// `run` receives them already read by the adapters and typed from the list (optional ones may be null).
import type { HostError } from "./host-error";
import type { ArgsOf, EntryValue, FunctionSpec, ParamSpec, Reason, ResultType } from "./types";

export interface FunctionDefinition<Ps extends readonly ParamSpec<unknown>[]> {
  name: string;
  description: string;
  params: Ps;
  result: ResultType;
  returns: string;
  run: (...args: ArgsOf<Ps>) => EntryValue | HostError;
  /** Optional: the reasons for the result, each with its clause (the command prints them). */
  reasons?: (...args: ArgsOf<Ps>) => readonly Reason[];
}

const FUNCTION_NAME = /^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)*$/;
const PARAM_NAME = /^[a-z][A-Za-z0-9]*$/;

/** Checks the entry's shape once, at load: a broken entry must fail the build's tests, not a workbook. */
function checkDefinition(def: Pick<FunctionSpec, "name" | "description" | "returns" | "params">): void {
  const fail = (problem: string) => {
    throw new Error(`catalogue entry ${def.name}: ${problem}`);
  };
  if (!FUNCTION_NAME.test(def.name)) fail("the name must be upper case letters, digits and dots");
  if (!def.description.trim() || !def.returns.trim()) fail("a description and a returns text are required");
  const seen = new Set<string>();
  let optionalSeen = false;
  for (const p of def.params) {
    if (!PARAM_NAME.test(p.name)) fail(`parameter ${p.name}: names are camelCase letters and digits`);
    if (seen.has(p.name)) fail(`parameter ${p.name} is listed twice`);
    seen.add(p.name);
    if (!p.description.trim()) fail(`parameter ${p.name} has no description`);
    // Excel takes optional parameters only after the required ones.
    if (p.optional) optionalSeen = true;
    else if (optionalSeen) fail(`required parameter ${p.name} follows an optional one`);
  }
}

export function defineFunction<const Ps extends readonly ParamSpec<unknown>[]>(def: FunctionDefinition<Ps>): FunctionSpec {
  checkDefinition(def);
  return {
    name: def.name,
    description: def.description,
    params: def.params,
    result: def.result,
    returns: def.returns,
    run: (args) => def.run(...(args as ArgsOf<Ps>)),
    ...(def.reasons ? { reasons: (args: readonly unknown[]) => def.reasons!(...(args as ArgsOf<Ps>)) } : {}),
  };
}
