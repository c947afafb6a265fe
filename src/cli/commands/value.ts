// `charter value (--preset NAME | --terms FILE.csv) --equity AMOUNT --volatility PCT --years N --rate PCT
// [--dividend-yield PCT] [--as-of DATE] [--backsolve CLASS=PRICE] [--json]`: what each class is worth today
// by the option pricing method (the catalogue's OPMTABLE and OPM), and with --backsolve the equity value a
// class's price implies (BACKSOLVE).
import { Decimal, Money, formatFixed, formatMoney } from "../../engine";
import { readNumberText } from "../../engine/read";
import { isHostError, type ResultCell } from "../../catalogue";
import { callCatalogue, rowsOf } from "../catalogue-call";
import { EXIT_OK, UsageError } from "../errors";
import { AMOUNT, HELP_OPTION, parseFlags, single, type OptionSpec } from "../flags";
import { cellText, exactJson, textTable } from "../format";
import type { Io } from "../io";
import { TERMS_OPTIONS, termsSource, AS_OF_OPTION } from "../terms-source";
import { asOfOption } from "./waterfall";

export const VALUE_OPTIONS: readonly OptionSpec[] = [
  ...TERMS_OPTIONS,
  { name: "equity", kind: "value", placeholder: AMOUNT, help: "Equity value today in dollars (all classes together). Needed unless --backsolve gives it." },
  { name: "volatility", kind: "value", placeholder: "PCT", help: "Annual volatility in percent: 60 or 60% (from guideline public companies)." },
  { name: "years", kind: "value", placeholder: "N", help: "Years to the liquidity event." },
  { name: "rate", kind: "value", placeholder: "PCT", help: "Risk-free rate in percent, continuously compounded: 4 or 4%." },
  { name: "dividend-yield", kind: "value", placeholder: "PCT", help: "Continuous dividend yield in percent (0 when omitted)." },
  AS_OF_OPTION,
  {
    name: "backsolve",
    kind: "value",
    placeholder: "CLASS=PRICE",
    help: 'The equity value at which CLASS is worth PRICE a share, e.g. "Series D1=11.03"; values the classes there.',
  },
  { name: "json", kind: "switch", help: "Print JSON (numbers as decimal strings)." },
  HELP_OPTION,
];

/** A percentage flag: "60" and "60%" are both 60%, as a fraction in digits. */
function percent(parsed: ReturnType<typeof parseFlags>, name: string, required: boolean): string | null {
  const text = single(parsed, name);
  if (text === null) {
    if (required) throw new UsageError(`--${name} is needed (in percent, e.g. --${name} 60)`, "value");
    return null;
  }
  const x = readNumberText(text, { argument: `--${name}` }, "ratio");
  return (text.trim().endsWith("%") ? x : x.div(100)).toFixed();
}

function number(parsed: ReturnType<typeof parseFlags>, name: string): string {
  const text = single(parsed, name);
  if (text === null) throw new UsageError(`--${name} is needed`, "value");
  return readNumberText(text, { argument: `--${name}` }).toFixed();
}

const dollars = (x: ResultCell, places = 2) => (x instanceof Decimal ? formatFixed(x, places) : cellText(x));

export function valueCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, VALUE_OPTIONS, "value");
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, "value");
  const source = termsSource(parsed, io, "value");
  const asOf = asOfOption(parsed);
  const volatility = percent(parsed, "volatility", true)!;
  const years = number(parsed, "years");
  const rate = percent(parsed, "rate", true)!;
  const q = percent(parsed, "dividend-yield", false);
  let equity = single(parsed, "equity");
  const solve = single(parsed, "backsolve");
  let backsolve: { class: string; price: string; equityValue: string } | null = null;
  if (solve !== null) {
    const eq = solve.lastIndexOf("=");
    if (eq <= 0) throw new UsageError(`--backsolve needs CLASS=PRICE, e.g. "Series D1=11.03"; got "${solve}"`, "value");
    const cls = solve.slice(0, eq).trim();
    const price = readNumberText(solve.slice(eq + 1), { argument: "--backsolve" }).toFixed();
    const S = callCatalogue("BACKSOLVE", [source.range, cls, price, volatility, years, rate, asOf, q]) as Decimal;
    // BACKSOLVE gives the equity value to the cent.
    const cents = Money.fromDecimal(S).toString();
    backsolve = { class: cls, price, equityValue: cents };
    if (equity !== null && !new Decimal(equity).eq(S)) {
      io.err(`note: --equity ${equity} is replaced by the backsolved ${cents} for the table\n`);
    }
    equity = cents;
  }
  if (equity === null) throw new UsageError("--equity is needed (or --backsolve CLASS=PRICE to find it)", "value");
  const args = [source.range, equity, volatility, years, rate, asOf];
  const table = rowsOf(callCatalogue("OPMTABLE", [...args, q]));
  const header = table[0] as string[];
  const classes = header
    .slice(5, -1)
    .filter((_, k) => k % 2 === 0)
    .map((h) => h.replace(/ Share$/, ""));
  const valueRow = table.find((r) => r[0] === "Value")!;
  const perShareRow = table.find((r) => r[0] === "Per Share")!;
  const body = table.slice(1).filter((r) => r[0] === "Tranche" || r[0] === "Jump");
  if (parsed.switches.has("json")) {
    const s = (x: ResultCell) => (x instanceof Decimal ? x.toString() : isHostError(x) ? { error: x.message } : x);
    io.out(
      exactJson({
        terms: source.label,
        asOf,
        equityValue: equity,
        volatility,
        years,
        riskFreeRate: rate,
        dividendYield: q ?? "0",
        backsolve,
        tranches: body.map((r) => ({
          row: r[0],
          from: s(r[1]),
          to: s(r[2]),
          [r[0] === "Jump" ? "digital" : "callValue"]: s(r[3]),
          trancheValue: s(r[4]),
          classes: classes.map((c, i) => ({ class: c, [r[0] === "Jump" ? "jump" : "share"]: s(r[5 + 2 * i]), value: s(r[6 + 2 * i]) })),
          events: r[r.length - 1],
        })),
        classes: classes.map((c, i) => ({ class: c, value: s(valueRow[6 + 2 * i]), perShare: s(perShareRow[6 + 2 * i]) })),
      }) + "\n",
    );
    return EXIT_OK;
  }
  const title = source.company ? `${source.company} (${source.label})` : source.label;
  io.out(
    `${title}: option pricing method at an equity value of ${formatMoney(new Decimal(equity))}, volatility ${new Decimal(volatility).times(100).toFixed()}%, ${years} years, rate ${new Decimal(rate).times(100).toFixed()}%${q ? `, dividend yield ${new Decimal(q).times(100).toFixed()}%` : ""}${asOf ? `, distribution date ${asOf}` : ""}\n\n`,
  );
  const rows: string[][] = [["Row", "From", "To", "Call / Digital", "Tranche Value", ...classes]];
  for (const r of body) {
    rows.push([
      String(r[0]),
      dollars(r[1]),
      r[2] === null ? "" : dollars(r[2]),
      dollars(r[3], r[0] === "Jump" ? 6 : 2),
      r[4] === null ? "" : dollars(r[4]),
      ...classes.map((_, i) => dollars(r[6 + 2 * i])),
    ]);
  }
  rows.push(["Value", "", "", "", dollars(valueRow[4]), ...classes.map((_, i) => dollars(valueRow[6 + 2 * i]))]);
  io.out(textTable(rows, new Set(rows[0].map((_, k) => k).filter((k) => k > 0))));
  io.out("\n");
  io.out(
    textTable(
      [["Class", "Value", "Per Share"], ...classes.map((c, i) => [c, dollars(valueRow[6 + 2 * i]), dollars(perShareRow[6 + 2 * i], 4)])],
      new Set([1, 2]),
    ),
  );
  io.out(
    "\nEach class's value is its share of each tranche's value (a tranche: the call at its lower breakpoint less the call at the next), plus, at a jump, the jump times the digital e^(-rT) N(d2). Doubles, about 1e-15 of the equity value.\n",
  );
  if (backsolve)
    io.out(`\nBacksolve: ${backsolve.class} at ${backsolve.price} a share implies an equity value of ${formatMoney(new Decimal(backsolve.equityValue))}.\n`);
  return EXIT_OK;
}
