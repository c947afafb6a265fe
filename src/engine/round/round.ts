// A new priced round, pro forma: the price per share with the pool in the pre-money, the SAFEs and notes
// converting, the new series as a terms row, and every earlier series' conversion price adjusted by its
// own charter through the conversion-price ledger (the same path as CHARTER.CPHISTORY), so the round and
// the ledger agree by construction. Readings and roundings are named where taken and in the README.
import { Decimal, ZERO, ONE, sum, dec, roundTo, type DecimalInput } from "../decimal";
import { invalid } from "../errors";
import { addDays, yearFraction } from "../dates";
import { conversionPriceHistory, type ConversionPriceHistory, type IssueEventInput, type Step } from "../ledger";
import { columnKey } from "../terms/columns";
import { parseTerms } from "../terms/parse";
import type { CharterTerms, IsoDate, Participation, ShareClass } from "../terms/model";
import type { Cell, TermsTable } from "../terms/table";
import type { Convertible, ConvertibleKind } from "./convertibles";
import { Q, Q0 } from "./rational";
import { solveRound, type Basis } from "./solve";

/** How the round rounds; the default is what closings do (see DEFAULT_ROUNDING). */
export interface RoundRounding {
  /** Decimal places the price per share is rounded DOWN to; null: unrounded. */
  priceDecimals: number | null;
  /** Whole shares: new and conversion shares rounded down (cash in lieu), the pool top-up rounded up. */
  wholeShares: boolean;
}

/**
 * Decision: the price is rounded down to $0.0001, the four decimals an Original Issue Price is stated to
 * in term sheets and charters (down, so the shares times the price never exceeds the agreed pre-money);
 * the convertibles' prices likewise. New shares and conversion shares are rounded down (an investor is
 * not issued a fraction it did not pay for; the fraction is settled in cash, as the SAFE's and the
 * charters' fractional-share clauses do); the pool top-up is rounded up, so the pool meets its target.
 */
export const DEFAULT_ROUNDING: RoundRounding = { priceDecimals: 4, wholeShares: true };

export type Seniority = "senior" | "pari" | number;

export interface RoundInput {
  /** New money invested in the new series. */
  investment: DecimalInput;
  /** The pre-money valuation (the convertibles and the pool top-up counted in it). */
  preMoney: DecimalInput;
  /**
   * The closing date: the date of the issue for anti-dilution, the new series' Issue Date, and the date
   * notes accrue interest to. Omitted (null): the new series has no Issue Date and a note bearing
   * interest is an error.
   */
  date?: IsoDate | null;
  /** The pool's target share of the post-money fully diluted shares (0.1 for 10%); null: no top-up. */
  poolTarget?: DecimalInput | null;
  /** The option pool reserved and not granted before the round (default 0). */
  unissuedPool?: DecimalInput | null;
  convertibles?: readonly Convertible[];
  /** The new series' name; default the next series letter. */
  series?: string | null;
  /** senior (default: paid before every earlier series), pari (with the most senior), or a Seniority number. */
  seniority?: Seniority | null;
  /** The new series' participation (default none: 1x non-participating). */
  participation?: Participation | null;
  rounding?: RoundRounding;
}

export interface RoundConversion {
  holder: string;
  kind: ConvertibleKind;
  /** The amount converting: the SAFE's Purchase Amount, or the note's principal plus interest. */
  amount: Decimal;
  interest: Decimal;
  basis: Basis;
  price: Decimal;
  shares: Decimal;
  /** The series (shadow series) its shares are. */
  series: string;
}

export interface OwnershipRow {
  name: string;
  /** Fully diluted shares: Common, Preferred as converted, options, the unissued pool. */
  shares: Decimal;
  /** Of the fully diluted total. */
  fraction: Decimal;
}

export interface RoundResult {
  price: Decimal;
  /** The exact (unrounded) price, pre-money / pre-money fully diluted shares. */
  exactPrice: Decimal;
  series: string;
  newShares: Decimal;
  /** The pool top-up issued into the reserve in the round. */
  poolShares: Decimal;
  /** The unissued pool before and after. */
  poolBefore: Decimal;
  poolAfter: Decimal;
  /** The fully diluted shares before the money (with the top-up and the convertibles' shares). */
  preMoneyShares: Decimal;
  postMoney: Decimal;
  conversions: RoundConversion[];
  /** Each earlier series' ledger step for the round's issue (before, after, reason, arithmetic, clause). */
  steps: Step[];
  /** The issue event the ledger was given (CPHISTORY gives the same prices for it). */
  event: IssueEventInput;
  history: ConversionPriceHistory;
  /** The pro forma terms table: earlier series at their new conversion prices, the new series added. */
  table: TermsTable;
  ownership: { before: OwnershipRow[]; after: OwnershipRow[] };
}

export const POOL_ROW = "Unissued pool";

function positive(x: DecimalInput, argument: string): Decimal {
  const d = dec(x);
  if (!d.isFinite() || !d.greaterThan(0)) throw invalid({ argument, value: String(x) }, "must be more than zero");
  return d;
}

/** The next series letter after the last "Series X" of the terms ("Series E" after A-D and D1). */
export function nextSeriesName(terms: CharterTerms): string {
  let last = -1;
  for (const c of terms.classes) {
    const m = /^series\s+([a-z])/i.exec(c.name);
    if (c.kind === "preferred" && m) last = Math.max(last, m[1].toUpperCase().charCodeAt(0) - 65);
  }
  if (last >= 25) throw invalid({ argument: "series" }, "the terms already run to Series Z; name the new series");
  return `Series ${String.fromCharCode(65 + last + 1)}`;
}

function asConverted(c: ShareClass, cp: Decimal): Decimal {
  return c.issuePrice.greaterThan(0) ? c.shares.times(c.issuePrice).div(cp) : c.shares;
}

function ownership(rows: [string, Decimal][]): OwnershipRow[] {
  const total = sum(rows.map(([, s]) => s));
  const out = rows.map(([name, shares]) => ({ name, shares, fraction: total.isZero() ? ZERO : shares.div(total) }));
  out.push({ name: "Total", shares: total, fraction: total.isZero() ? ZERO : ONE });
  return out;
}

/** The pro forma round. Errors name the argument and the value. */
export function modelRound(table: TermsTable, input: RoundInput): RoundResult {
  const terms = parseTerms(table, "terms");
  const rounding = input.rounding ?? DEFAULT_ROUNDING;
  const M = positive(input.preMoney, "preMoney");
  const I = positive(input.investment, "investment");
  const U = input.unissuedPool === undefined || input.unissuedPool === null ? ZERO : dec(input.unissuedPool);
  if (!U.isFinite() || U.isNegative()) throw invalid({ argument: "unissuedPool", value: String(input.unissuedPool) }, "must be zero or more shares");
  let p: Decimal | null = null;
  if (input.poolTarget !== undefined && input.poolTarget !== null) {
    p = dec(input.poolTarget);
    if (!p.isFinite() || p.isNegative() || !p.lessThan(1))
      throw invalid({ argument: "poolTarget", value: String(input.poolTarget) }, "must be at least 0 and under 1 (e.g. 0.1 or 10%)");
  }
  const series = (input.series ?? "").trim() || nextSeriesName(terms);
  if (terms.classes.some((c) => c.name.toLowerCase() === series.toLowerCase())) {
    throw invalid({ argument: "series", value: series }, "is already a class of the terms; name the new series");
  }
  const preferred = terms.classes.filter((c) => c.kind === "preferred");
  // F: Common, every Preferred as converted at its Conversion Price, options and warrants, the unissued pool.
  const F = sum(terms.classes.map((c) => (c.kind === "preferred" ? asConverted(c, c.conversionPrice) : c.shares))).plus(U);

  // A note's principal plus simple interest to the closing, actual/365 (the note's own terms may differ).
  const date = input.date ?? null;
  const convertibles = (input.convertibles ?? []).map((c) => {
    if (c.kind === "note" && date === null && !c.interestRate.isZero()) {
      throw invalid({ argument: "date", value: c.holder }, "a note bearing interest converts with its interest to the closing; give the closing date");
    }
    if (c.kind === "note" && c.issueDate !== null && date !== null && c.issueDate > date) {
      throw invalid({ argument: "convertibles", value: c.issueDate }, `${c.holder}'s note is dated after the closing ${date}`);
    }
    const interest =
      c.kind === "note" && c.issueDate !== null ? c.amount.times(c.interestRate).times(yearFraction(c.issueDate, date as IsoDate, "actual/365")) : ZERO;
    return { ...c, interest, converting: c.amount.plus(interest) };
  });

  const solved = solveRound({
    base: F,
    pool: U,
    preMoney: M,
    investment: I,
    poolTarget: p,
    convertibles: convertibles.map((c) => ({ kind: c.kind, amount: c.converting, cap: c.cap, discount: c.discount })),
  });

  const roundPrice = (x: Q) => (rounding.priceDecimals === null ? x.toDecimal() : x.floorTo(rounding.priceDecimals));
  const wholeDown = (x: Decimal) => (rounding.wholeShares ? roundTo(x, 0, "down") : x);
  const price = roundPrice(solved.price);
  if (!price.greaterThan(0))
    throw invalid({ argument: "preMoney", value: M.toFixed() }, "gives a price per share under the smallest stated price; check the pre-money");
  const newShares = wholeDown(I.div(price));
  if (newShares.isZero())
    throw invalid({ argument: "investment", value: I.toFixed() }, `buys no whole share at the round price ${price.toFixed()}; check the investment`);
  const topUp = solved.topUp.cmp(Q0) > 0 ? (rounding.wholeShares ? solved.topUp.ceil() : solved.topUp.toDecimal()) : ZERO;

  // Each convertible's shares form a shadow series at its own conversion price (the SAFE's "Safe
  // Preferred Stock": liquidation preference and conversion price equal to its Conversion Price); equal
  // prices share one, named after the new series (Series E-1, E-2 ...).
  const shadows: { name: string; price: Decimal; shares: Decimal }[] = [];
  const conversions: RoundConversion[] = convertibles.map((c, i) => {
    const e = solved.each[i];
    // The discount applies to the round price as stated (rounded); the Safe Price is rounded like it.
    const cp =
      e.basis === "cap"
        ? roundPrice(e.capPrice as Q)
        : rounding.priceDecimals === null
          ? e.price.toDecimal()
          : roundTo(price.times(ONE.minus(c.discount)), rounding.priceDecimals, "down");
    const shares = wholeDown(c.converting.div(cp));
    let shadow = shadows.find((s) => s.price.equals(cp));
    if (!shadow) {
      shadow = { name: cp.equals(price) ? series : `${series}-${shadows.filter((s) => s.name !== series).length + 1}`, price: cp, shares: ZERO };
      shadows.push(shadow);
    }
    shadow.shares = shadow.shares.plus(shares);
    return { holder: c.holder, kind: c.kind, amount: c.converting, interest: c.interest, basis: e.basis, price: cp, shares, series: shadow.name };
  });
  const main = shadows.find((s) => s.name === series);
  const seriesShares = newShares.plus(main ? main.shares : ZERO);

  // The closing as one issue of Additional Stock on the date (Juniper 6(d)(ii); MagiNet 3(f)(i)): the new
  // series and its shadow series are Preferred convertible into Common 1:1, so the ledger takes them as a
  // convertible security, its shares the Common issuable, its consideration the money paid in plus the
  // amounts the convertibles cancel. The pool reserved is not an issue (no event for it).
  const issued = seriesShares.plus(sum(shadows.filter((s) => s !== main).map((s) => s.shares)));
  const consideration = newShares.times(price).plus(sum(convertibles.map((c) => c.converting)));
  const event: IssueEventInput = {
    type: "issue",
    // Decision: without a closing date the round is taken to close after every series' Dilution From
    // (MagiNet 3(f)(iii), Juniper 6(d)(i)(D)), the day after the latest one, so the charters' anti-dilution
    // applies as it does to any new round; give --date (the function's date) to test an earlier closing.
    date: date ?? defaultClosing(terms),
    shares: issued,
    consideration,
    security: "convertible",
    note: `${series} financing`,
  };
  const history = conversionPriceHistory(terms, [event], { unallocatedPool: U });
  const after = history.final;

  // The pro forma terms table.
  // Columns the new rows need (Kind, Issue Date) are added before the text columns (Clauses, Note).
  const source = table.header.map((_, i) => i as number | null);
  const header = [...table.header];
  const col = (name: string) => header.findIndex((h) => columnKey(h) === columnKey(name));
  for (const name of ["Kind", "Issue Date"]) {
    if (col(name) >= 0) continue;
    let at = header.findIndex((h) => columnKey(h) === "clauses" || /^note/i.test(h.trim()));
    if (at < 0) at = header.length;
    header.splice(at, 0, name);
    source.splice(at, 0, null);
  }
  const width = header.length;
  const rows: Cell[][] = table.rows.map((r) => source.map((i) => (i === null || r[i] === undefined ? null : r[i])));
  const cpCol = col("Conversion Price");
  const classCol = col("Class");
  for (const r of rows) {
    const name = r[classCol] === null ? "" : String(r[classCol]).trim().toLowerCase();
    const s = preferred.find((c) => c.name.toLowerCase() === name);
    if (s && !after[s.name].equals(s.conversionPrice)) r[cpCol] = after[s.name].toFixed();
  }
  const last = preferred[preferred.length - 1];
  const lastRow = last ? rows[table.rows.findIndex((r) => r[classCol] !== null && String(r[classCol]).trim().toLowerCase() === last.name.toLowerCase())] : null;
  const topSeniority = preferred.reduce((m, c) => Math.max(m, c.seniority), 0);
  const topPriority = preferred.reduce((m, c) => Math.max(m, c.dividendPriority), 0);
  const seniority = input.seniority ?? "senior";
  const rank = typeof seniority === "number" ? seniority : seniority === "senior" ? topSeniority + 1 : Math.max(topSeniority, 1);
  const priority = typeof seniority === "number" ? seniority : seniority === "senior" ? topPriority + 1 : Math.max(topPriority, 1);
  // Decision: the new series takes the latest series' rules (shortfall basis, dividend accrual and day
  // count, conversion and adjustment rounding, anti-dilution, option changes, the IPO proceeds test, vote
  // rounding) and a dividend rate in the same proportion to its Issue Price; the term sheet may say
  // otherwise (edit the row). Its economics are the round's.
  const COPIED = [
    "Shortfall Basis",
    "Dividend Accrual",
    "Day Count",
    "Dividend Participation",
    "Conversion Rounding",
    "Anti-Dilution",
    "Adjustment Rounding",
    "Option Changes",
    "Auto Convert Proceeds",
    "Vote Rounding",
  ];
  const newRow = (name: string, shares: Decimal, issuePrice: Decimal): Cell[] => {
    const r: Cell[] = Array.from({ length: width }, () => null);
    const set = (column: string, v: Cell) => {
      const i = col(column);
      if (i >= 0) r[i] = v;
    };
    if (lastRow) for (const c of COPIED) set(c, lastRow[col(c)] ?? null);
    if (last && lastRow && last.autoConvertPrice?.ofConversionPrice) set("Auto Convert Price", lastRow[col("Auto Convert Price")]);
    set("Class", name);
    set("Kind", "preferred");
    set("Shares", shares.toFixed());
    set("Issue Price", issuePrice.toFixed());
    set("Preference Multiple", "1");
    set("Seniority", String(rank));
    set("Participation", input.participation ?? "none");
    set("Cap Multiple", null);
    set("Conversion Price", issuePrice.toFixed());
    set("Issue Date", date);
    set("Dividend Priority", String(priority));
    set("Dividend Rate", last && last.issuePrice.greaterThan(0) ? last.dividendRate.div(last.issuePrice).times(issuePrice).toFixed() : "0");
    set("Declared Unpaid", "0");
    set("Dividends Paid", "0");
    const note = header.findIndex((h) => /^note/i.test(h));
    if (note >= 0) r[note] = `${name}: issued in the round${date ? ` of ${date}` : ""} at ${issuePrice.toFixed()}`;
    return r;
  };
  const added: Cell[][] = [];
  if (seriesShares.greaterThan(0)) added.push(newRow(series, seriesShares, price));
  for (const s of shadows) if (s !== main) added.push(newRow(s.name, s.shares, s.price));
  // The new rows follow the last Preferred row (before Common and the options).
  const lastPreferredAt = rows.reduce(
    (at, r, i) => (preferred.some((c) => r[classCol] !== null && String(r[classCol]).trim().toLowerCase() === c.name.toLowerCase()) ? i : at),
    -1,
  );
  const proForma = [...rows.slice(0, lastPreferredAt + 1), ...added, ...rows.slice(lastPreferredAt + 1)];

  const classRows = (cp: (c: ShareClass) => Decimal): [string, Decimal][] =>
    terms.classes.map((c) => [c.name, c.kind === "preferred" ? asConverted(c, cp(c)) : c.shares]);
  const before = ownership([...classRows((c) => c.conversionPrice), ...(U.greaterThan(0) ? [[POOL_ROW, U] as [string, Decimal]] : [])]);
  const afterRows: [string, Decimal][] = [...classRows((c) => after[c.name])];
  const at = afterRows.findIndex(([n]) => n === (preferred[preferred.length - 1]?.name ?? ""));
  const newOnes: [string, Decimal][] = added.map((r) => [String(r[classCol]), new Decimal(String(r[col("Shares")]))]);
  afterRows.splice(at + 1, 0, ...newOnes);
  const poolAfter = U.plus(topUp);
  if (poolAfter.greaterThan(0)) afterRows.push([POOL_ROW, poolAfter]);

  return {
    price,
    exactPrice: solved.price.toDecimal(),
    series,
    newShares,
    poolShares: topUp,
    poolBefore: U,
    poolAfter,
    preMoneyShares: F.plus(topUp).plus(sum(conversions.map((c) => c.shares))),
    postMoney: M.plus(I),
    conversions,
    steps: history.steps,
    event,
    history,
    table: { header, rows: proForma },
    ownership: { before, after: ownership(afterRows) },
  };
}

/** The closing date taken when none is given: the day after the latest Dilution From of any class (1900-01-02 when none has one). */
function defaultClosing(terms: CharterTerms): IsoDate {
  let latest: IsoDate | null = null;
  for (const c of terms.classes) if (c.dilutionFrom !== null && (latest === null || c.dilutionFrom > latest)) latest = c.dilutionFrom;
  return addDays(latest ?? "1900-01-01", 1);
}
