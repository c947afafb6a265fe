// CHARTER.ROUND(terms, investment, preMoney, [poolTarget], [convertibles], [date], [series], [unissuedPool])
// spills the pro forma terms table after a priced round (earlier series at their adjusted conversion
// prices, the new series and any SAFE or note shadow series added), so =CHARTER.LIQPREF(B2#, exits)
// reads the world after the round. CHARTER.ROUNDSUMMARY(...) spills the price, the new shares, the pool
// top-up and each series' conversion price before and after, with its clause. Both over engine/round.
import type { ErrorPlace } from "../../engine/errors";
import { convertiblesFromTable, modelRound, type RoundResult } from "../../engine/round";
import { tableFromMatrix, type Cell, type TermsTable } from "../../engine/terms/table";

const DECIMAL = /^-?\d+(\.\d+)?$/;
import { presetTable } from "../../presets";
import { isMatrix } from "../args";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import type { EntryCell, HostArg, HostMatrix, ParamSpec } from "../types";
import { Decimal, dec } from "../../engine/decimal";
import type { IsoDate } from "../../engine/terms/model";

/** A terms argument as its table (a preset name or a range), for functions that write a table back. */
function readTermsTable(v: NonNullable<HostArg>, place: ErrorPlace): TermsTable {
  const argument = place.argument ?? "terms";
  const single = isMatrix(v) ? (v.length === 1 && v[0].length === 1 ? v[0][0] : null) : v;
  if (typeof single === "string") return presetTable(single.trim(), argument);
  return tableFromMatrix(isMatrix(v) ? v : [[v]], argument);
}

const TERMS_TABLE: ParamSpec<TermsTable> = {
  ...param.terms("terms", "Terms table with its header row (Class, Shares, Issue Price, ...), or a preset name: jt-storage, juniper or maginet."),
  read: readTermsTable,
};

const PARAMS = [
  TERMS_TABLE,
  param.number("investment", "New money invested in the new series, in dollars."),
  param.number("preMoney", "Pre-money valuation in dollars; the pool top-up and the converting SAFEs and notes are counted in it."),
  optional(
    param.number(
      "poolTarget",
      "The unissued pool's target share of the post-money fully diluted shares, e.g. 10% or 0.1; topped up before the money. Omitted: no top-up.",
    ),
  ),
  optional(
    param.matrix(
      "convertibles",
      "SAFEs and notes converting, with a header row: Holder, Kind (post-money-safe, pre-money-safe, note), Amount, Cap, Discount, Interest Rate, Issue Date.",
    ),
  ),
  optional(param.date("date", "Closing date (a date or YYYY-MM-DD): the issue's date and the new series' Issue Date; notes accrue interest to it.")),
  optional(param.string("series", "The new series' name; omitted: the next series letter (Series E after Series D).")),
  optional(param.number("unissuedPool", "Shares reserved in the option pool and not granted before the round; omitted: 0.")),
] as const;

/** The round for the catalogue's arguments (also the `charter round` command's path). */
export function roundOf(
  terms: TermsTable,
  investment: Decimal,
  preMoney: Decimal,
  poolTarget: Decimal | null,
  convertibles: HostMatrix | null,
  date: IsoDate | null,
  series: string | null,
  unissuedPool: Decimal | null,
  more: { seniority?: "senior" | "pari" | number | null; participation?: "none" | "full" | null } = {},
): RoundResult {
  return modelRound(terms, {
    investment,
    preMoney,
    poolTarget,
    date,
    series,
    unissuedPool,
    convertibles: convertibles ? convertiblesFromTable(convertibles, "convertibles") : [],
    ...more,
  });
}

export const ROUND = defineFunction({
  name: "ROUND",
  description:
    "The terms table after a priced round: earlier series at their adjusted conversion prices, the new series (and any SAFE or note shadow series) added, 1x non-participating and senior.",
  params: PARAMS,
  result: "matrix",
  returns: "The pro forma terms table with its header row, ready for CHARTER.LIQPREF.",
  run: (terms, investment, preMoney, poolTarget, convertibles, date, series, unissuedPool) => {
    const r = roundOf(terms, investment, preMoney, poolTarget, convertibles, date, series, unissuedPool);
    const text = r.table.header.map((h) => /^(class|kind|clauses|note.*)$/i.test(h.trim()));
    // Numbers spill as numbers (a JS number through its shortest text; a plain decimal text exactly).
    const cell = (v: Cell, c: number): EntryCell =>
      typeof v === "number" ? dec(v) : typeof v === "string" && !text[c] && DECIMAL.test(v.trim()) ? new Decimal(v.trim()) : v;
    return [r.table.header, ...r.table.rows.map((row) => row.map(cell))];
  },
});

export const ROUNDSUMMARY = defineFunction({
  name: "ROUNDSUMMARY",
  description:
    "A priced round in brief: the price per share, the new series and its shares, the pool top-up, and each series' conversion price before and after, with its clause.",
  params: PARAMS,
  result: "matrix",
  returns: "Rows Price, Series, New Shares, Pool Shares, Post-Money, then a header (Class, Before, After, Clause) and one row per series of Preferred.",
  run: (terms, investment, preMoney, poolTarget, convertibles, date, series, unissuedPool) => {
    const r = roundOf(terms, investment, preMoney, poolTarget, convertibles, date, series, unissuedPool);
    const rows: EntryCell[][] = [
      ["Price", r.price, null, null],
      ["Series", r.series, null, null],
      ["New Shares", r.newShares, null, null],
      ["Pool Shares", r.poolShares, null, null],
      ["Post-Money", r.postMoney, null, null],
      ["Class", "Before", "After", "Clause"],
      ...r.steps.map((s) => [s.className, s.before, s.after, s.clause] as EntryCell[]),
    ];
    return rows;
  },
});
