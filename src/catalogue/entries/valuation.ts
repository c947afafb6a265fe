// The valuation functions: what each class is worth today. CHARTER.OPM (the option pricing method over the
// waterfall's own breakpoints), CHARTER.OPMTABLE (its tranche table, for audit), CHARTER.BACKSOLVE (the
// equity value a round's price implies), CHARTER.DLOM (Finnerty 2012, Chaffe 1993), CHARTER.PWERM. Values
// are doubles (engine/valuation): N(x) to about 1e-15, so each value to about 1e-15 of the equity value.
import { Decimal } from "../../engine/decimal";
import { roundToCents } from "../../engine/money";
import { invalid } from "../../engine/errors";
import type { CharterTerms, IsoDate } from "../../engine/terms/model";
import { DLOM_METHODS, backsolve, dlom, opm, opmValues, pwerm, scheduleOf, type OpmResult, type Scenario } from "../../engine/valuation";
import type { CellOf } from "../args";
import { defineFunction } from "../define";
import { toHostError, isHostError } from "../host-error";
import { optional, param } from "../params";
import { AS_OF, CLASS_NAME, TERMS } from "../shared-params";
import type { ResultCell } from "../types";
import { classIndex, waterfallOf } from "../waterfall";

const PRECISION = "Doubles: N(x) by Cody's rational approximations (TOMS 715), about 1e-15, so values to about 1e-15 of the equity value.";

export const EQUITY_VALUE = param.number("equityValue", "Equity value today in dollars (all classes together), more than 0.");
export const VOLATILITY = param.number(
  "volatility",
  "Annual volatility of the equity value as a fraction (0.6 for 60%), more than 0; usually from guideline public companies.",
);
export const YEARS = param.number("years", "Years to the liquidity event, more than 0.");
export const RISK_FREE_RATE = param.number("riskFreeRate", "Risk-free rate over the term, continuously compounded, as a fraction (0.04 for 4%), above -1.");
export const DIVIDEND_YIELD = optional(param.number("dividendYield", "Continuous dividend yield on the equity value, as a fraction; 0 when omitted."));

/** A double as a result cell (a Decimal of its shortest decimal form). */
export const num = (x: number): Decimal => new Decimal(x);

interface Market {
  equityValue: number;
  volatility: number;
  years: number;
  rate: number;
  dividendYield: number;
}

const market = (S: Decimal, vol: Decimal, years: Decimal, rate: Decimal, q: Decimal | null): Market => ({
  equityValue: S.toNumber(),
  volatility: vol.toNumber(),
  years: years.toNumber(),
  rate: rate.toNumber(),
  dividendYield: q === null ? 0 : q.toNumber(),
});

/** The OPM for terms at a date, through the schedule cached with the compiled waterfall. */
export function opmOf(terms: CharterTerms, asOf: IsoDate | null, m: Market): OpmResult {
  return opm(scheduleOf(waterfallOf(terms, asOf)), m);
}

/** A class's value per share, or an error in that cell when the class has no shares. */
function perShareCell(r: Pick<OpmResult, "perShare" | "classes">, i: number): ResultCell {
  const v = r.perShare[i];
  if (v === null) return toHostError(invalid({ className: r.classes[i] }, "has no shares outstanding, so no value per share"));
  return num(v);
}

export const OPM = defineFunction({
  name: "OPM",
  description:
    "Value per share today of each class by the option pricing method over the waterfall's breakpoints (one row in terms order per equity value, or one class).",
  params: [
    TERMS,
    param.numbers(
      "equityValue",
      "Equity value today in dollars (all classes together), more than 0; or a column of them (spills one row each, e.g. for a chart).",
    ),
    VOLATILITY,
    YEARS,
    RISK_FREE_RATE,
    AS_OF,
    optional(CLASS_NAME),
    DIVIDEND_YIELD,
  ],
  result: "matrix",
  returns: `Values per share in dollars (options and warrants: per option, net of strike). ${PRECISION}`,
  run: (terms, values, vol, years, rate, asOf, className, q) => {
    const w = waterfallOf(terms, asOf);
    const schedule = scheduleOf(w);
    const column = className === null ? null : classIndex(terms, w, className);
    const base = market(new Decimal(1), vol, years, rate, q);
    // Each equity value cell on its own: a bad one carries its error, the other rows stand.
    const rowOf = (cell: CellOf<Decimal>, r: number, c: number): ResultCell[] => {
      const width = column === null ? schedule.classes.length : 1;
      if (cell === null || isHostError(cell)) return new Array<ResultCell>(width).fill(cell);
      try {
        const one = values.length === 1 && values[0].length === 1;
        const { perShare } = opmValues(
          schedule,
          { ...base, equityValue: cell.toNumber() },
          one ? {} : { equityValue: `equityValue (row ${r + 1}, column ${c + 1})` },
        );
        const res = { perShare, classes: schedule.classes };
        return column === null ? schedule.classes.map((_, i) => perShareCell(res, i)) : [perShareCell(res, column)];
      } catch (e) {
        return new Array<ResultCell>(width).fill(toHostError(e, "OPM"));
      }
    };
    const rows: ResultCell[][] = [];
    values.forEach((row, r) => row.forEach((cell, c) => rows.push(rowOf(cell, r, c))));
    if (rows.length === 1 && column !== null) {
      const one = rows[0][0];
      if (one === null) throw invalid({ argument: "equityValue" }, "is blank; give the equity value in dollars");
      return one as Decimal;
    }
    if (rows.length === 1 && isHostError(rows[0][0])) return rows[0][0];
    return rows;
  },
});

export const OPMTABLE = defineFunction({
  name: "OPMTABLE",
  description: "The OPM's tranche table for audit: each breakpoint, its call value, the tranche's value and each class's share and value; jumps; totals.",
  params: [TERMS, EQUITY_VALUE, VOLATILITY, YEARS, RISK_FREE_RATE, AS_OF, DIVIDEND_YIELD],
  result: "matrix",
  returns: `A header row; one row per tranche (From, To, Call Value C(From), Tranche Value C(From) - C(To)); one per jump (its digital's value e^(-rT) N(d2)); then Value and Per Share rows. ${PRECISION}`,
  run: (terms, S, vol, years, rate, asOf, q) => {
    const r = opmOf(terms, asOf, market(S, vol, years, rate, q));
    const header: ResultCell[] = ["Row", "From", "To", "Call Value", "Tranche Value"];
    for (const c of r.classes) header.push(`${c} Share`, `${c} Value`);
    header.push("Events");
    const rows: ResultCell[][] = [header];
    for (const t of r.tranches) {
      const row: ResultCell[] = ["Tranche", num(t.from), Number.isFinite(t.to) ? num(t.to) : null, num(t.call), num(t.value)];
      t.shares.forEach((sh, i) => row.push(num(sh), num(t.classValues[i])));
      row.push(t.events.join("; "));
      rows.push(row);
    }
    for (const j of r.jumps) {
      const row: ResultCell[] = ["Jump", num(j.at), null, num(j.digital), null];
      j.amounts.forEach((a, i) => row.push(num(a), num(j.classValues[i])));
      row.push(j.events.join("; "));
      rows.push(row);
    }
    const total: ResultCell[] = ["Value", null, null, null, num(r.total)];
    const per: ResultCell[] = ["Per Share", null, null, null, null];
    r.classes.forEach((_, i) => {
      total.push(null, num(r.values[i]));
      per.push(null, perShareCell(r, i));
    });
    total.push("");
    per.push("");
    rows.push(total, per);
    return rows;
  },
});

export const BACKSOLVE = defineFunction({
  name: "BACKSOLVE",
  description: "The equity value today, to the cent, at which the class's OPM value per share equals the price just paid for it.",
  params: [
    TERMS,
    CLASS_NAME,
    param.number("pricePerShare", "Price per share of the class in its round, in dollars, more than 0."),
    VOLATILITY,
    YEARS,
    RISK_FREE_RATE,
    AS_OF,
    DIVIDEND_YIELD,
  ],
  result: "number",
  returns: `Equity value in dollars, to the cent; an error when no equity value gives the price (at or above what the class can be worth, or a class worth nothing). ${PRECISION}`,
  run: (terms, className, price, vol, years, rate, asOf, q) => {
    const w = waterfallOf(terms, asOf);
    const i = classIndex(terms, w, className);
    const m = market(new Decimal(1), vol, years, rate, q);
    const S = backsolve(scheduleOf(w), {
      classIndex: i,
      price: price.toNumber(),
      volatility: m.volatility,
      years: m.years,
      rate: m.rate,
      dividendYield: q === null ? undefined : m.dividendYield,
    });
    return roundToCents(new Decimal(S), "half-up");
  },
});

export const DLOM = defineFunction({
  name: "DLOM",
  description: "Discount for lack of marketability as a fraction: finnerty (2012 average-strike put; default) or chaffe (1993 European at-the-money put).",
  params: [
    VOLATILITY,
    param.number("years", "Years the holding cannot be sold, more than 0."),
    optional(param.choice("method", "finnerty (default; Finnerty 2012, no dividends) or chaffe (Chaffe 1993; needs riskFreeRate).", DLOM_METHODS)),
    optional(param.number("riskFreeRate", "Risk-free rate, continuously compounded, as a fraction; needed by chaffe (finnerty does not use it).")),
  ],
  result: "number",
  returns: `The discount as a fraction of the marketable value (0.068 for 6.8%). ${PRECISION}`,
  run: (vol, years, method, rate) => new Decimal(dlom(vol.toNumber(), years.toNumber(), method ?? "finnerty", rate === null ? null : rate.toNumber())),
});

/** The cells of a one-column (or one-row) range, in reading order, each a Decimal; errors name the argument and row. */
function cellsOf(m: CellOf<Decimal>[][], argument: string): Decimal[] {
  const out: Decimal[] = [];
  m.forEach((row) =>
    row.forEach((cell) => {
      if (isHostError(cell)) throw invalid({ argument }, `row ${out.length + 1} holds an error (${cell.code})`);
      if (cell === null) throw invalid({ argument }, `row ${out.length + 1} is blank`);
      out.push(cell);
    }),
  );
  return out;
}

export const PWERM = defineFunction({
  name: "PWERM",
  description: "Value per share today of each class, probability-weighted over exit scenarios and discounted (one row in terms order).",
  params: [
    TERMS,
    param.numbers("exitValues", "Exit value of each scenario, in dollars (a column)."),
    param.numbers("probabilities", "Probability of each scenario (a column as long as exitValues), adding up to 1."),
    param.numbers("years", "Years to each exit: one number for all, or a column as long as exitValues."),
    param.number("discountRate", "Discount rate per year (annual compounding), as a fraction, above -1."),
    AS_OF,
  ],
  result: "matrix",
  returns: "Values per share in dollars: sum of probability x payout / (1 + discountRate)^years, per share (options net of strike).",
  run: (terms, exits, probabilities, years, rate, asOf) => {
    const x = cellsOf(exits, "exitValues");
    const p = cellsOf(probabilities, "probabilities");
    const t = cellsOf(years, "years");
    if (p.length !== x.length) throw invalid({ argument: "probabilities" }, `has ${p.length} values for ${x.length} exit values; give one per exit`);
    if (t.length !== 1 && t.length !== x.length)
      throw invalid({ argument: "years" }, `has ${t.length} values for ${x.length} exit values; give one for all or one per exit`);
    const scenarios: Scenario[] = x.map((exitValue, i) => ({ exitValue, probability: p[i], years: t.length === 1 ? t[0] : t[i] }));
    const r = pwerm(waterfallOf(terms, asOf), scenarios, rate);
    return [r.perShare.map((v, i) => (v === null ? toHostError(invalid({ className: r.classes[i] }, "has no shares outstanding, so no value per share")) : v))];
  },
});
