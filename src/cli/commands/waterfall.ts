// `charter waterfall (--preset NAME | --terms FILE.csv) --exit AMOUNT [--set ...] [--as-of DATE]
// [--explain] [--json]`: every class's payout at one exit (cents adding up to the exit, Common included),
// the classes that convert, and with --explain the steps with their clauses. Computed by the catalogue's
// CLASSES, LIQPREF, CONVERTS and EXPLAIN, as the worksheet would.
import { Decimal, Money, formatMoney, sumMoney } from "../../engine";
import { isHostError, readDate } from "../../catalogue";
import { checkExit, waterfallOf } from "../../catalogue/waterfall";
import { readTerms } from "../../catalogue/terms";
import { callCatalogue, chartErrorOf, rowsOf, type FlagNames } from "../catalogue-call";
import { commandDecimal } from "../numbers";
import { EXIT_OK, UsageError } from "../errors";
import { HELP_OPTION, parseFlags, single, type OptionSpec } from "../flags";
import { exactJson, textTable } from "../format";
import type { Io } from "../io";
import { TERMS_OPTIONS, termsSource, type TermsSource, AS_OF_OPTION } from "../terms-source";

export const WATERFALL_OPTIONS: readonly OptionSpec[] = [
  ...TERMS_OPTIONS,
  {
    name: "exit",
    kind: "value",
    placeholder: "AMOUNT",
    help: "The exit value in dollars and whole cents, e.g. 100000000, 100,000,000 or $58,740,098.50; at most 1e15.",
  },
  AS_OF_OPTION,
  { name: "explain", kind: "switch", help: "Add the steps of the waterfall, each with its clause." },
  { name: "json", kind: "switch", help: "Print JSON: payouts as decimal strings in cents, converted classes, steps." },
  HELP_OPTION,
];

/** The --exit amount, exactly; a missing one is a usage error, a bad one names --exit and the value. */
export function exitOption(parsed: ReturnType<typeof parseFlags>, command: string): Decimal {
  const text = single(parsed, "exit");
  if (text === null) throw new UsageError("give the exit value: --exit AMOUNT, e.g. --exit 100000000", command);
  // An exit is whole cents (src/engine/read): 100.005 and 85% are refused, naming --exit.
  return checkExit(commandDecimal(text, "--exit", "money"), { argument: "--exit" }, text);
}

/** The --as-of date as YYYY-MM-DD, or null. */
export function asOfOption(parsed: ReturnType<typeof parseFlags>): string | null {
  const text = single(parsed, "as-of");
  return text === null ? null : readDate(text, { argument: "--as-of" });
}

interface Step {
  step: number;
  tier: number | null;
  class: string;
  amount: Decimal;
  clause: string;
  text: string;
}

/** The catalogue's arguments that the waterfall and breakpoints commands fill from flags, by flag. */
export function flagNames(source: TermsSource): FlagNames {
  return { terms: source.argument, asOf: "--as-of", exitValue: "--exit", exitValues: "--exit" };
}

export function waterfallCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, WATERFALL_OPTIONS, "waterfall");
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, "waterfall");
  const source = termsSource(parsed, io, "waterfall");
  const exit = exitOption(parsed, "waterfall");
  const asOf = asOfOption(parsed);
  const exitArg = exit.toFixed();
  const flags = flagNames(source);

  const classes = rowsOf(callCatalogue("CLASSES", [source.range], flags))[0] as string[];
  // One exit, every class: a 1-row spill (the exit was checked above; an error cell is still reported).
  const row = rowsOf(callCatalogue("LIQPREF", [source.range, exitArg, null, asOf], flags))[0];
  const bad = row.find(isHostError);
  if (bad) throw chartErrorOf(bad, flags);
  const cents = (row as Decimal[]).map((c) => Money.fromDecimal(c));
  // What CONVERTS answers for each class, from one evaluation of the same compiled waterfall (the terms
  // come from the catalogue's cache, parsed once by the calls above): CONVERTS once per class would
  // re-read the table and re-evaluate the waterfall per class, quadratic in the number of classes.
  const converting = new Set(waterfallOf(readTerms(source.range, { argument: "terms" }), asOf).payouts(exit).converts);
  const converted = classes.filter((name) => converting.has(name));
  const steps: Step[] = parsed.switches.has("explain")
    ? rowsOf(callCatalogue("EXPLAIN", [source.range, exitArg, asOf], flags))
        .slice(1)
        .map((r) => {
          const [step, tier, cls, amount, clause, text] = r as [Decimal, Decimal | null, string, Decimal, string, string];
          return { step: step.toNumber(), tier: tier === null ? null : tier.toNumber(), class: cls, amount, clause, text };
        })
    : [];
  const total = sumMoney(cents);

  if (parsed.switches.has("json")) {
    const data: Record<string, unknown> = {
      terms: source.label,
      exit: exit.toFixed(),
      asOf,
      payouts: Object.fromEntries(classes.map((name, i) => [name, cents[i].toString()])),
      converted,
      total: total.toString(),
    };
    // Step amounts are exact (the steps of a class add up to its payout before rounding to cents).
    if (parsed.switches.has("explain")) data.steps = steps.map((s) => ({ ...s, amount: s.amount.toFixed() }));
    io.out(exactJson(data) + "\n");
    return EXIT_OK;
  }

  const title = source.company ? `${source.company} (${source.label})` : source.label;
  io.out(`${title}: exit ${formatMoney(exit)}${asOf ? `, distribution date ${asOf}` : ""}\n\n`);
  const rows = [
    ["Class", "Payout", "Converts"],
    ...classes.map((name, i) => [name, formatMoney(cents[i]), converted.includes(name) ? "yes" : ""]),
    ["Total", formatMoney(total), ""],
  ];
  io.out(textTable(rows, new Set([1])));
  if (parsed.switches.has("explain")) {
    io.out("\nSteps:\n");
    const stepRows = [
      ["Step", "Tier", "Class", "Amount", "Clause", "Text"],
      ...steps.map((s) => [String(s.step), s.tier === null ? "as converted" : String(s.tier), s.class, formatMoney(s.amount), s.clause, s.text]),
    ];
    io.out(textTable(stepRows, new Set([3])));
  }
  return EXIT_OK;
}
