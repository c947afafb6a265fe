// The help texts: the command's, each subcommand's (its options from the same list the parser uses), and
// `charter call FUNCTION --help` from the catalogue entry (description and per-parameter help).
import { CATALOGUE, type FunctionSpec } from "../catalogue";
import { optionLines } from "./flags";
import { BREAKPOINTS_OPTIONS } from "./commands/breakpoints";
import { CALL_OPTIONS, RANGE_RULE, signature } from "./commands/call";
import { wrap } from "./format";
import { PRESETS_OPTIONS } from "./commands/presets";
import { VALUE_OPTIONS } from "./commands/value";
import { ROUND_OPTIONS } from "./commands/round";
import { WATERFALL_OPTIONS } from "./commands/waterfall";

/**
 * How values are read: the rule of src/engine/read, the same in Excel, HyperFormula and the command
 * (README "How values are read" says the same).
 */
export const READING_HELP = [
  "How values are read (the same in Excel, HyperFormula and here):",
  "  Amounts and prices: 8.93, $8.93, 1743751, 1,743,751 (commas in groups of three), 1e6; at most 1e15.",
  "  Exits, payments and fund amounts: whole cents; 100.005 is refused.",
  "  Share counts: whole numbers (1000.5 is refused), at most 1e15; no $ or %.",
  '  Percentages: only where a multiple or rate is meant (Preference Multiple 150%, ">= 120% x CP");',
  "    85% as an amount or a share count is refused.",
  "  Ambiguous forms are refused, naming the readings: 1.000 where a whole number or whole cents is",
  "    meant (one, or one thousand), 1,5 (a decimal comma), 1.000.000.",
  "  A number Excel computed is read as Excel shows it, to 15 significant digits, before the whole-number",
  "    or whole-cent test, so =A1*1.1 is never refused for binary noise.",
  "  Dates: YYYY-MM-DD, an Excel date serial, D-Mon-YYYY (15-Jan-2024), or D/M/YYYY and M/D/YYYY when the",
  "    day is above 12 (3/4/2024 is refused: March 4 or 3 April); two-digit years as Excel reads them",
  "    (00-29: 2000s, 30-99: 1900s); a time of day is dropped.",
  "  Yes/no: yes, no, true, false (any case). Choices: one of the listed words, any case.",
].join("\n");

export const MAIN_HELP = `charter: venture preferred-stock charter terms as exact numbers (the CHARTER.* worksheet functions)

Usage:
  charter waterfall (--preset NAME | --terms FILE) --exit AMOUNT [--set "CLASS.COLUMN=VALUE"]...
                    [--as-of YYYY-MM-DD] [--explain] [--json]
  charter breakpoints (--preset NAME | --terms FILE) [--set ...] [--as-of YYYY-MM-DD] [--json]
  charter round (--preset NAME | --terms FILE) --investment AMOUNT --pre-money AMOUNT [--pool PERCENT]
                [--convertibles FILE] [--series NAME] [--date YYYY-MM-DD] [--cap-table FILE] [--set ...]
                [--seniority senior|pari|N] [--participation none|full] [--json]
  charter presets [NAME] [--json | --csv]
  charter call FUNCTION ARG... [--json]
  charter value (--preset NAME | --terms FILE) --equity AMOUNT --volatility PCT --years N --rate PCT
                [--as-of YYYY-MM-DD] [--backsolve CLASS=PRICE] [--json]
  charter --version

Each subcommand has --help. Exit codes: 0 done, 1 bad input (the message names the class, column and
value), 2 usage (unknown option, missing argument).
`;

export const SUBCOMMAND_HELP: Record<string, string> = {
  waterfall: [
    "charter waterfall (--preset NAME | --terms FILE) --exit AMOUNT [options]",
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
    "charter breakpoints (--preset NAME | --terms FILE) [options]",
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
  value: [
    "charter value (--preset NAME | --terms FILE) --equity AMOUNT --volatility PCT --years N --rate PCT [options]",
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
    "Calls a worksheet function by name, its arguments in the worksheet's order; the terms may be a preset",
    'name; "-" or "" for an omitted optional. charter call FUNCTION --help describes one function.',
    "",
    wrap(RANGE_RULE, 100).trimEnd(),
    "",
    "Output: numbers with at most two decimals (cents, share counts) exactly, a fraction to the cent; a longer",
    'one rounded for reading to 6 significant digits (at least 2 decimals) and marked "~"; --json gives every',
    "digit. A LIQPREF table is headed by the class names. DEEMEDLIQ and SECURITYVALUE print their reasons under",
    "the value, each with its clause (--json: the value alone).",
    "",
    READING_HELP,
    "",
    "Options:",
    ...optionLines(CALL_OPTIONS),
    "",
    "Functions:",
    ...CATALOGUE.map((f) => `  ${signature(f)}`),
    "",
    "Example:",
    '  charter call LIQPREF maginet 79001979 "Series D"',
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
