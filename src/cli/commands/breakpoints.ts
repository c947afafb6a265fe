// `charter breakpoints (--preset NAME | --terms FILE.csv) [--set ...] [--as-of DATE] [--json]`: the exit
// values where the waterfall changes course, from the catalogue's BREAKPOINTS.
import { formatMoney, type Decimal } from "../../engine";
import { callCatalogue, rowsOf } from "../catalogue-call";
import { EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, type OptionSpec } from "../flags";
import { exactJson, textTable } from "../format";
import type { Io } from "../io";
import { TERMS_OPTIONS, termsSource, AS_OF_OPTION } from "../terms-source";
import { asOfOption, flagNames } from "./waterfall";

export const BREAKPOINTS_OPTIONS: readonly OptionSpec[] = [
  ...TERMS_OPTIONS,
  AS_OF_OPTION,
  { name: "json", kind: "switch", help: "Print JSON: exit values as exact decimal strings." },
  HELP_OPTION,
];

export function breakpointsCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, BREAKPOINTS_OPTIONS, "breakpoints");
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, "breakpoints");
  const source = termsSource(parsed, io, "breakpoints");
  const asOf = asOfOption(parsed);
  const rows = rowsOf(callCatalogue("BREAKPOINTS", [source.range, asOf], flagNames(source))).slice(1) as [Decimal, string, string, string][];
  if (parsed.switches.has("json")) {
    const breakpoints = rows.map(([exit, cls, event, clause]) => ({ exitValue: exit.toFixed(), class: cls, event, clause }));
    io.out(exactJson({ terms: source.label, asOf, breakpoints }) + "\n");
    return EXIT_OK;
  }
  const title = source.company ? `${source.company} (${source.label})` : source.label;
  io.out(`${title}: breakpoints${asOf ? `, distribution date ${asOf}` : ""}\n\n`);
  // Exit values shown to the cent; --json gives them exactly.
  io.out(
    textTable([["Exit Value", "Class", "Event", "Clause"], ...rows.map(([exit, cls, event, clause]) => [formatMoney(exit), cls, event, clause])], new Set([0])),
  );
  return EXIT_OK;
}
