// The help texts: the command's, each subcommand's (its options from the same list the parser uses), and
// `charter call FUNCTION --help` from the catalogue entry (description and per-parameter help).
import { CATALOGUE, type FunctionSpec } from "../catalogue";
import { optionLines } from "./flags";
import { BREAKPOINTS_OPTIONS } from "./commands/breakpoints";
import { CALL_OPTIONS, signature } from "./commands/call";
import { PRESETS_OPTIONS } from "./commands/presets";
import { ROUND_OPTIONS } from "./commands/round";
import { WATERFALL_OPTIONS } from "./commands/waterfall";

export const MAIN_HELP = `charter: venture preferred-stock charter terms as exact numbers (the CHARTER.* worksheet functions)

Usage:
  charter waterfall (--preset NAME | --terms FILE.csv) --exit AMOUNT [--set "CLASS.COLUMN=VALUE"]...
                    [--as-of YYYY-MM-DD] [--explain] [--json]
  charter breakpoints (--preset NAME | --terms FILE.csv) [--set ...] [--as-of YYYY-MM-DD] [--json]
  charter round (--preset NAME | --terms FILE.csv) --investment AMOUNT --pre-money AMOUNT [--pool PERCENT]
                [--convertibles FILE.csv] [--series NAME] [--date YYYY-MM-DD] [--cap-table FILE.csv] [--set ...]
                [--seniority senior|pari|N] [--participation none|full] [--json]
  charter presets [NAME] [--json | --csv]
  charter call FUNCTION ARG... [--json]

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
  round: [
    "charter round (--preset NAME | --terms FILE.csv) --investment AMOUNT --pre-money AMOUNT [options]",
    "",
    "A priced round, pro forma: the price per share (pre-money / the fully diluted shares before the money,",
    "the pool top-up and the converting SAFEs and notes counted in it), the new series' shares, each SAFE",
    "and note converting, and every earlier series' conversion price adjusted by its own charter for the",
    "issue (the same ledger as CHARTER.CPHISTORY). Same numbers as CHARTER.ROUND and CHARTER.ROUNDSUMMARY.",
    "",
    "Options:",
    ...optionLines(ROUND_OPTIONS),
    "",
    "Example:",
    "  charter round --preset maginet --investment 15000000 --pre-money 51365364 --date 2026-12-01",
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
