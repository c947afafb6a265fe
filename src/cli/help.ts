// The help texts: the command's, each subcommand's (its options from the same list the parser uses), and
// `charter call FUNCTION --help` from the catalogue entry (description and per-parameter help).
import { CATALOGUE, type FunctionSpec } from "../catalogue";
import { optionLines } from "./flags";
import { BREAKPOINTS_OPTIONS } from "./commands/breakpoints";
import { CALL_OPTIONS, signature } from "./commands/call";
import { PRESETS_OPTIONS } from "./commands/presets";
import { VALUE_OPTIONS } from "./commands/value";
import { WATERFALL_OPTIONS } from "./commands/waterfall";

export const MAIN_HELP = `charter: venture preferred-stock charter terms as exact numbers (the CHARTER.* worksheet functions)

Usage:
  charter waterfall (--preset NAME | --terms FILE.csv) --exit AMOUNT [--set "CLASS.COLUMN=VALUE"]...
                    [--as-of YYYY-MM-DD] [--explain] [--json]
  charter breakpoints (--preset NAME | --terms FILE.csv) [--set ...] [--as-of YYYY-MM-DD] [--json]
  charter presets [NAME] [--json | --csv]
  charter call FUNCTION ARG... [--json]
  charter value (--preset NAME | --terms FILE.csv) --equity AMOUNT --volatility PCT --years N --rate PCT
                [--as-of YYYY-MM-DD] [--backsolve CLASS=PRICE] [--json]

Each subcommand has --help. Exit codes: 0 done, 1 bad input (the message names the class, column and
value), 2 usage (unknown option, missing argument).
`;

export const SUBCOMMAND_HELP: Record<string, string> = {
  waterfall: [
    "charter waterfall (--preset NAME | --terms FILE.csv) --exit AMOUNT [options]",
    "",
    "Pays one exit value through the liquidation waterfall: every class's payout in cents (adding up to",
    "the exit, Common included) and the classes that convert. Same numbers as CHARTER.LIQPREF.",
    "",
    "Options:",
    ...optionLines(WATERFALL_OPTIONS),
    "",
    "Example:",
    '  charter waterfall --preset maginet --exit 79001979 --set "Common.Shares=6000000" --explain',
    "",
  ].join("\n"),
  breakpoints: [
    "charter breakpoints (--preset NAME | --terms FILE.csv) [options]",
    "",
    "The exit values where the waterfall changes course: a preference paid in full, a class starting to",
    "share, reaching its cap, converting, a preference waived. Same as CHARTER.BREAKPOINTS.",
    "",
    "Options:",
    ...optionLines(BREAKPOINTS_OPTIONS),
    "",
  ].join("\n"),
  presets: [
    "charter presets [NAME] [--json | --csv]",
    "",
    "Without NAME: the charter presets (id, company, charter date, summary). With NAME: one preset's terms",
    "as a table, as JSON (with the inputs the charter does not state and the readings of unclear clauses),",
    "or as CSV to edit and pass back with --terms FILE.csv.",
    "",
    "Options:",
    ...optionLines(PRESETS_OPTIONS),
    "",
  ].join("\n"),
  value: [
    "charter value (--preset NAME | --terms FILE.csv) --equity AMOUNT --volatility PCT --years N --rate PCT [options]",
    "",
    "What each class is worth today by the option pricing method over the waterfall's breakpoints: the",
    "tranche table (each breakpoint's call, each tranche's value and each class's part of it; a jump such as",
    "JT Storage's waiver as a digital), then each class's value and value per share. With --backsolve",
    "CLASS=PRICE: the equity value at which the class is worth PRICE a share, and the table there. Same",
    "numbers as CHARTER.OPMTABLE, CHARTER.OPM and CHARTER.BACKSOLVE (doubles, about 1e-15 of the equity",
    "value). Percent flags take 60 or 60% alike.",
    "",
    "Options:",
    ...optionLines(VALUE_OPTIONS),
    "",
    "Example:",
    '  charter value --preset juniper --volatility 60 --years 3 --rate 4 --backsolve "Series D1=11.03"',
    "",
  ].join("\n"),
  call: [
    "charter call FUNCTION ARG... [--json]",
    "",
    "Calls a worksheet function by name, its arguments in the worksheet's order. A range argument is a CSV",
    "file with its header row (the terms may also be a preset name); numbers as in a terms CSV (1743751,",
    '1,743,751, $8.93, 85%), dates as YYYY-MM-DD; "-" or "" for an omitted optional. charter call FUNCTION',
    "--help describes one function.",
    "",
    "Options:",
    ...optionLines(CALL_OPTIONS),
    "",
    "Functions:",
    ...CATALOGUE.map((f) => `  ${signature(f)}`),
    "",
    "Example:",
    "  charter call LIQPREF maginet 79001979 \"Series D\"",
    "",
  ].join("\n"),
};

/** Help for one function: its description, each parameter's help, what it returns. */
export function functionHelp(spec: FunctionSpec): string {
  const width = Math.max(...spec.params.map((p) => p.name.length + (p.optional ? 2 : 0)));
  return [
    `charter call ${spec.name} ${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(" ")}`,
    "",
    spec.description,
    "",
    ...spec.params.map((p) => `  ${(p.optional ? `[${p.name}]` : p.name).padEnd(width)}  ${p.description}`),
    "",
    `Returns: ${spec.returns}`,
    "",
  ].join("\n");
}
