// The Valuation sheet: what each class is worth today. Inputs (volatility, years, rate, the latest round's
// class and price), the equity value that price implies (CHARTER.BACKSOLVE), each class's value per share by
// the option pricing method at an equity value (CHARTER.OPM), the discount for lack of marketability
// (CHARTER.DLOM, Finnerty and Chaffe), and a chart of value per share against equity value (a column of
// equity values with the OPM spill beside it).
import { Decimal } from "../engine";
import { quoteSheet } from "../sheet/a1";
import { MONEY, absCell, absRange, type Scalar, type SheetBuilder } from "./model";
import type { TermsRefs } from "./terms-sheet";

export const VALUATION_SHEET = "Valuation";
/** Illustrative inputs, to be replaced by the analyst's (volatility from guideline companies, the term, the rate). */
const VOLATILITY = 0.6;
const YEARS = 3;
const RATE = 0.04;
/** The chart's equity values: the implied equity value times k / 4, k = 1..12. */
const CHART_POINTS = 12;
const BLANK_EQUITY = Array.from({ length: 10 }, (_, i) => (i + 1) * 10_000_000);
const PER_SHARE = "0.0000";

/**
 * Decision: the latest round is taken to be the preferred class with the highest Issue Price (the last in
 * terms order on a tie); the analyst overwrites the shaded class cell when another round is the latest.
 */
function latestRound(terms: TermsRefs, read: (arg: string) => unknown): string | null {
  const kindCol = terms.header.findIndex((h) => h.toLowerCase() === "kind");
  let best: { name: string; price: number } | null = null;
  terms.classes.forEach((name, i) => {
    const kind = kindCol >= 0 ? String(terms.plan.table.values[i + 1][kindCol]).toLowerCase() : "";
    if (kind === "common" || kind === "option" || name.toLowerCase() === "common") return;
    const price = Number(read(terms.cell(name, "Issue Price")));
    if (Number.isFinite(price) && price > 0 && (best === null || price >= best.price)) best = { name, price };
  });
  return (best as { name: string } | null)?.name ?? null;
}

export function valuationSheet(b: SheetBuilder, terms: TermsRefs, blank = false): void {
  const asOf = terms.asOfCell;
  const tail = asOf ? `,${asOf}` : "";
  b.value(0, 0, "Valuation: each class's value per share today by the option pricing method over the waterfall's breakpoints (CHARTER.OPM), the equity value the latest round's price implies (CHARTER.BACKSOLVE), and DLOM.", { bold: true });
  b.value(1, 0, "Shaded cells are inputs: the volatility (from guideline public companies), the years to a liquidity event and the risk-free rate are the analyst's; the OPM assumes a lognormal equity value, one exit date and no interim distributions.", { italic: true });

  const label = (row: number, text: string) => b.value(row, 0, text);
  label(3, "Volatility (annual, fraction)");
  b.value(3, 1, VOLATILITY, { input: true, numFmt: "0.00%" });
  label(4, "Years to the liquidity event");
  b.value(4, 1, YEARS, { input: true });
  label(5, "Risk-free rate (continuous, fraction)");
  b.value(5, 1, RATE, { input: true, numFmt: "0.00%" });
  const [vol, years, rate] = [absCell(3, 1), absCell(4, 1), absCell(5, 1)];

  label(6, "Latest round: class");
  const latest = blank ? null : latestRound(terms, (a) => b.read(a));
  b.value(6, 1, latest, { input: true });
  label(7, "Latest round: price per share");
  if (latest) b.formula(7, 1, terms.cell(latest, "Issue Price"), Number(b.read(terms.cell(latest, "Issue Price"))), { input: true, numFmt: "0.00####" });
  else b.value(7, 1, null, { input: true, numFmt: "0.00####" });
  const [cls, price] = [absCell(6, 1), absCell(7, 1)];

  label(8, "Equity value implied by that price (CHARTER.BACKSOLVE)");
  const solved = b.charter(8, 1, "BACKSOLVE", `${terms.range},${cls},${price},${vol},${years},${rate}${tail}`, { numFmt: MONEY });
  const implied = typeof solved[0][0] === "number" ? solved[0][0] : null;
  label(9, "Equity value for the OPM below (the implied one unless you type another)");
  // Blank: no terms yet, so no implied value to point at; an illustrative $50,000,000 to type over.
  if (blank) b.value(9, 1, 50_000_000, { input: true, numFmt: MONEY });
  else b.formula(9, 1, absCell(8, 1), implied ?? undefined, { input: true, numFmt: MONEY });
  const equity = absCell(9, 1);

  b.value(11, 0, "Class", { bold: true });
  const classes = b.charter(11, 1, "CLASSES", terms.range, { bold: true });
  const classCount = blank ? terms.plan.table.values.length - 1 : classes[0].length;
  b.value(12, 0, "Value per share (CHARTER.OPM)");
  b.charter(12, 1, "OPM", `${terms.range},${equity},${vol},${years},${rate}${tail}`);
  b.style(12, 1, 1, classCount, { numFmt: PER_SHARE });

  label(14, "DLOM, Finnerty 2012 (average-strike put)");
  b.charter(14, 1, "DLOM", `${vol},${years}`, { numFmt: "0.00%" });
  label(15, "DLOM, Chaffe 1993 (European at-the-money put)");
  b.charter(15, 1, "DLOM", `${vol},${years},"chaffe",${rate}`, { numFmt: "0.00%" });

  // Value per share against equity value: a column of equity values, the OPM spill beside it, and the chart.
  const top = 17;
  b.value(top, 0, "Value per share against equity value (CHARTER.OPM on a column of equity values)", { bold: true });
  b.value(top + 1, 0, "Equity value", { bold: true });
  b.charter(top + 1, 1, "CLASSES", terms.range, { bold: true });
  const points = implied === null || blank
    ? BLANK_EQUITY
    : Array.from({ length: CHART_POINTS }, (_, k) => new Decimal(implied).times(k + 1).div(4).toDecimalPlaces(0).toNumber());
  const first = top + 2;
  points.forEach((x, i) => b.value(first + i, 0, x, { input: true, numFmt: MONEY }));
  const range = absRange(first, 0, points.length, 1);
  const values = b.charter(first, 1, "OPM", `${terms.range},${range},${vol},${years},${rate}${tail}`);
  b.style(first, 1, points.length, classCount, { numFmt: PER_SHARE });
  b.width(0, 58);
  for (let c = 1; c <= Math.max(classCount, 1); c++) b.width(c, 15);

  const sheet = quoteSheet(b.sheet.name);
  b.chart({
    title: "Value per share against equity value (OPM)",
    xTitle: "Equity value ($)",
    yTitle: "Value per share ($)",
    from: { row: 2, col: classCount + 3 },
    to: { row: 26, col: classCount + 13 },
    series: Array.from({ length: classCount }, (_, j) => ({
      nameRef: `${sheet}!${absCell(top + 1, 1 + j)}`,
      name: String(classes[0]?.[j] ?? `Class ${j + 1}`),
      xRef: `${sheet}!${range}`,
      yRef: `${sheet}!${absRange(first, 1 + j, points.length, 1)}`,
      x: points,
      y: points.map((_, i) => {
        const v: Scalar = values[i]?.[j] ?? null;
        return typeof v === "number" ? v : NaN;
      }),
    })),
  });
}
