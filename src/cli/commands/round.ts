// `charter round (--preset NAME | --terms FILE.csv) --investment AMOUNT --pre-money AMOUNT [--pool PERCENT]
// [--convertibles FILE.csv] [--series NAME] [--date YYYY-MM-DD] [--cap-table FILE.csv] [--set ...]
// [--seniority senior|pari|N] [--participation none|full] [--json]`: a priced round pro forma — the price
// per share, the new series, the SAFEs and notes converting, each earlier series' conversion price adjusted
// by its own charter, the fully diluted cap table before and after. Computed by the catalogue's round
// (CHARTER.ROUND and CHARTER.ROUNDSUMMARY take the same path).
import { Decimal, formatCutPrice, formatFraction, formatMoney, formatShares, invalid, setCell, type TermsTable } from "../../engine";
import { readDate, readNumber, roundOf, type RoundResult } from "../../catalogue";
import { EXIT_OK, UsageError } from "../errors";
import { AMOUNT, HELP_OPTION, parseFlags, single, type OptionSpec, type Parsed } from "../flags";
import { exactJson, textTable } from "../format";
import type { Io } from "../io";
import { readCsvRange, readCsvTable, TERMS_OPTIONS, termsSource } from "../terms-source";

export const ROUND_OPTIONS: readonly OptionSpec[] = [
  ...TERMS_OPTIONS,
  { name: "investment", kind: "value", placeholder: AMOUNT, help: "New money invested in the new series, in dollars." },
  {
    name: "pre-money",
    kind: "value",
    placeholder: AMOUNT,
    help: "Pre-money valuation in dollars (the pool top-up and the converting SAFEs and notes counted in it).",
  },
  {
    name: "pool",
    kind: "value",
    placeholder: "PERCENT",
    help: "The unissued pool's target share of the post-money fully diluted shares, in percent: 10 or 10%.",
  },
  {
    name: "convertibles",
    kind: "value",
    placeholder: "FILE.csv",
    help: "SAFEs and notes converting: Holder, Kind (post-money-safe, pre-money-safe, note), Amount, Cap, Discount, Interest Rate, Issue Date.",
  },
  { name: "series", kind: "value", placeholder: "NAME", help: "The new series' name (default: the next series letter)." },
  { name: "date", kind: "value", placeholder: "YYYY-MM-DD", help: "Closing date (default: today, UTC): the issue's date; notes accrue interest to it." },
  {
    name: "cap-table",
    kind: "value",
    placeholder: "FILE.csv",
    help: "Class,Shares rows replacing the terms' share counts; a row named Unissued Pool gives the pool reserved and not granted.",
  },
  {
    name: "seniority",
    kind: "value",
    placeholder: "senior|pari|N",
    help: "The new series' rank: senior to every series (default), pari with the most senior, or a Seniority number.",
  },
  { name: "participation", kind: "value", placeholder: "none|full", help: "The new series' participation (default none: 1x non-participating)." },
  { name: "json", kind: "switch", help: "Print JSON: price, series, shares, conversions, conversion prices, the pro forma terms and ownership." },
  HELP_OPTION,
];

function amount(parsed: Parsed, name: string, example: string): Decimal {
  const text = single(parsed, name);
  if (text === null) throw new UsageError(`give --${name} AMOUNT, e.g. --${name} ${example}`, "round");
  return readNumber(text, { argument: `--${name}` });
}

/** --pool 10 or 10%: ten percent. */
function poolOption(parsed: Parsed): Decimal | null {
  const text = single(parsed, "pool");
  if (text === null) return null;
  const x = readNumber(text.trim().replace(/%$/, ""), { argument: "--pool" });
  if (x.isNegative() || !x.lessThan(100)) throw invalid({ argument: "--pool", value: text }, "must be a percentage from 0 up to (not including) 100, e.g. 10");
  return x.div(100);
}

const POOL_NAMES = ["unissued pool", "unallocated pool", "pool", "option pool"];

/** --cap-table: share counts into the terms (by --set's own path), and the unissued pool. */
function applyCapTable(table: TermsTable, io: Io, path: string): { table: TermsTable; pool: Decimal | null } {
  const cap = readCsvTable(io, path, "--cap-table");
  const key = (h: string) => h.trim().toLowerCase();
  const cls = cap.header.findIndex((h) => key(h) === "class");
  const shares = cap.header.findIndex((h) => key(h) === "shares");
  if (cls < 0 || shares < 0) throw invalid({ argument: "--cap-table", value: cap.header.join(",") }, "needs the columns Class and Shares");
  let pool: Decimal | null = null;
  for (const row of cap.rows) {
    const name = String(row[cls] ?? "").trim();
    if (name === "") continue;
    const value = String(row[shares] ?? "").trim();
    if (POOL_NAMES.includes(name.toLowerCase())) {
      pool = readNumber(value.replace(/,/g, ""), { argument: "--cap-table", column: "Shares" });
      continue;
    }
    table = setCell(table, `${name}.Shares`, value, "--cap-table");
  }
  return { table, pool };
}

function seniorityOption(parsed: Parsed): "senior" | "pari" | number | null {
  const text = single(parsed, "seniority");
  if (text === null) return null;
  const t = text.trim().toLowerCase();
  if (t === "senior" || t === "pari") return t;
  if (/^\d+$/.test(t)) return Number(t);
  throw invalid({ argument: "--seniority", value: text }, "must be senior, pari or a whole Seniority number");
}

function participationOption(parsed: Parsed): "none" | "full" | null {
  const text = single(parsed, "participation");
  if (text === null) return null;
  const t = text.trim().toLowerCase();
  if (t === "none" || t === "full") return t;
  throw invalid({ argument: "--participation", value: text }, "must be none or full");
}

const pct = formatFraction;
const shares = formatShares;
/**
 * A price as the charter states it: up to six decimals, "..." when more. Decision: the formatter's "cut"
 * rule, as the certificate and the adjustments show prices (trailing zeros of the six dropped: $2.70344...,
 * which this command wrote $2.703440... before).
 */
const price = (x: Decimal) => `$${formatCutPrice(x)}`;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export function roundCommand(argv: readonly string[], io: Io): number {
  const parsed = parseFlags(argv, ROUND_OPTIONS, "round");
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, "round");
  const source = termsSource(parsed, io, "round");
  const investment = amount(parsed, "investment", "15000000");
  const preMoney = amount(parsed, "pre-money", "51365364");
  const pool = poolOption(parsed);
  const dateText = single(parsed, "date");
  const date = dateText === null ? todayUtc() : readDate(dateText, { argument: "--date" });
  const convPath = single(parsed, "convertibles");
  const convertibles = convPath === null ? null : readCsvRange(io, convPath, "--convertibles");
  let table: TermsTable = { header: source.range[0] as string[], rows: source.range.slice(1) as TermsTable["rows"] };
  let unissued: Decimal | null = null;
  const capPath = single(parsed, "cap-table");
  if (capPath !== null) ({ table, pool: unissued } = applyCapTable(table, io, capPath));
  const r = roundOf(table, investment, preMoney, pool, convertibles, date, single(parsed, "series"), unissued, {
    seniority: seniorityOption(parsed),
    participation: participationOption(parsed),
  });

  if (parsed.switches.has("json")) {
    io.out(exactJson(jsonOf(r)) + "\n");
    return EXIT_OK;
  }
  const title = source.company ? `${source.company} (${source.label})` : source.label;
  io.out(`${title}: ${r.series} round closing ${date}\n\n`);
  io.out(
    `Price per share  ${price(r.price)}  = pre-money ${formatMoney(preMoney)} / ${shares(r.preMoneyShares)} fully diluted shares before the money (rounded down to $0.0001; exact ${price(r.exactPrice)})\n`,
  );
  io.out(
    `New shares       ${shares(r.newShares)} ${r.series} for ${formatMoney(r.newShares.times(r.price))} of ${formatMoney(investment)} (whole shares, rounded down)\n`,
  );
  io.out(
    `Pool top-up      ${shares(r.poolShares)} (unissued pool ${shares(r.poolBefore)} -> ${shares(r.poolAfter)}${pool ? `, target ${pct(pool)} of the post-money fully diluted shares` : ""})\n`,
  );
  io.out(`Post-money       ${formatMoney(r.postMoney)}\n`);
  if (r.conversions.length) {
    io.out("\nConversions:\n");
    io.out(
      textTable(
        [
          ["Holder", "Kind", "Amount", "Basis", "Price", "Shares", "Series"],
          ...r.conversions.map((c) => [c.holder, c.kind, formatMoney(c.amount), c.basis, price(c.price), shares(c.shares), c.series]),
        ],
        new Set([2, 4, 5]),
      ),
    );
  }
  io.out("\nFully diluted cap table (Preferred as converted):\n");
  const before = new Map(r.ownership.before.map((o) => [o.name, o]));
  io.out(
    textTable(
      [
        ["Class", "Before", "%", "After", "%"],
        ...r.ownership.after.map((o) => {
          const b = before.get(o.name);
          return [o.name, b ? shares(b.shares) : "", b ? pct(b.fraction) : "", shares(o.shares), pct(o.fraction)];
        }),
      ],
      new Set([1, 2, 3, 4]),
    ),
  );
  io.out("\nConversion prices:\n");
  io.out(
    textTable(
      [
        ["Class", "Before", "After", "Clause", "Why"],
        ...r.steps.map((s) => [s.className, price(s.before), price(s.after), s.clause, s.arithmetic || s.reason]),
      ],
      new Set([1, 2]),
    ),
  );
  return EXIT_OK;
}

function jsonOf(r: RoundResult): unknown {
  const own = (rows: RoundResult["ownership"]["before"]) =>
    Object.fromEntries(rows.map((o) => [o.name, { shares: o.shares.toFixed(), percent: o.fraction.times(100).toFixed(6) }]));
  return {
    price: r.price.toFixed(),
    series: r.series,
    newShares: r.newShares,
    poolShares: r.poolShares,
    conversions: r.conversions.map((c) => ({ holder: c.holder, kind: c.kind, amount: c.amount.toFixed(), shares: c.shares, price: c.price.toFixed() })),
    conversionPrices: Object.fromEntries(r.steps.map((s) => [s.className, { before: s.before.toFixed(), after: s.after.toFixed() }])),
    terms: [r.table.header, ...r.table.rows],
    ownership: { before: own(r.ownership.before), after: own(r.ownership.after) },
  };
}
