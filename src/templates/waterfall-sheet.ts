// The Waterfall sheet: a column of exit values with the CHARTER.LIQPREF spill beside it (one row per
// exit, a column per class), CHARTER.HOLDERPAYOUTS at one exit, CHARTER.BREAKPOINTS, and a chart of
// payout by class against exit value.
import { call } from "../catalogue";
import { Decimal, roundToCents } from "../engine";
import { EXAMPLE_EXIT } from "../sheet/plan";
import { MONEY, absCell, absRange, type Scalar, type SheetBuilder } from "./model";
import { quoteSheet } from "../sheet/a1";
import { SPARE_HOLDERS, type CapTableRefs } from "./cap-table";
import type { TermsRefs } from "./terms-sheet";
import { dealBlock } from "./deal-block";

export const WATERFALL_SHEET = "Waterfall";
/** Exit values from 0 to 3 x total preferences in this many equal steps (plus points at the breakpoints). */
export const EXIT_STEPS = 30;
/** Row (zero-based) of the class header; the exits start one row below. */
export const HEADER_ROW = 3;
/** Empty columns left right of the LIQPREF spill, so it can take this many more classes (rows added to the terms table) before it meets the holders. */
export const SPARE_CLASSES = 3;
/** Blank template: exit values 0 to $100M in $10M steps, placeholders until the terms are filled. */
const BLANK_EXITS = Array.from({ length: 11 }, (_, i) => i * 10_000_000);

export interface WaterfallRefs {
  exits: number[];
  /** Zero-based row of the first exit; column A holds the exits, LIQPREF starts in column B. */
  firstExitRow: number;
  /** The LIQPREF anchor, e.g. "B5", and its formula's cached spill. */
  liqprefAnchor: string;
  holdersExitCell: string;
  classCount: number;
}

/** Total preferences: PREFERENCE x Shares over the preferred classes (the catalogue's own numbers). */
export function totalPreferences(terms: TermsRefs, read: (arg: string) => unknown, asOf: unknown): Decimal {
  const matrix = read(terms.range);
  const kindCol = terms.header.findIndex((h) => h.toLowerCase() === "kind");
  let total = new Decimal(0);
  terms.classes.forEach((className, i) => {
    const kind = kindCol >= 0 ? String(terms.plan.table.values[i + 1][kindCol]) : "";
    if (kind === "common") return;
    const per = call("PREFERENCE", [matrix as never, className, asOf as never]);
    const shares = read(terms.cell(className, "Shares"));
    if (per instanceof Decimal) total = total.plus(per.times(Number(shares)));
  });
  return total;
}

/**
 * The exit values: 0 to 3 x total preferences in EXIT_STEPS steps (whole dollars), and at each
 * breakpoint the exit value itself (up to the cent) and one cent below it, so a jump (JT Storage's
 * waiver) shows on the chart.
 */
export function exitValues(total: Decimal, breakpoints: Decimal[]): number[] {
  const step = total.times(3).div(EXIT_STEPS);
  const points = new Set<string>();
  for (let k = 0; k <= EXIT_STEPS; k++) points.add(step.times(k).toDecimalPlaces(0).toFixed(2));
  for (const b of breakpoints) {
    const at = roundToCents(b, "up");
    points.add(at.toFixed(2));
    if (at.gt(0)) points.add(at.minus("0.01").toFixed(2));
  }
  return [...points].map((p) => new Decimal(p)).sort((a, b) => a.cmp(b)).map((d) => d.toNumber());
}

export function waterfallSheet(b: SheetBuilder, terms: TermsRefs, cap: CapTableRefs, blank = false): WaterfallRefs {
  const asOfArg = terms.asOfCell ?? "";
  const withAsOf = (args: string[]) => (asOfArg ? [...args, asOfArg] : args).join(",");
  const asOf = asOfArg ? b.read(asOfArg) : null;

  let exits = BLANK_EXITS;
  if (!blank) {
    const bp = call("BREAKPOINTS", [b.read(terms.range) as never, asOf as never]);
    const breakpoints = Array.isArray(bp) ? bp.slice(1).map((row) => row[0]).filter((v): v is Decimal => v instanceof Decimal) : [];
    exits = exitValues(totalPreferences(terms, (a) => b.read(a), asOf), breakpoints);
  }

  b.value(0, 0, "Waterfall: each class's payout at each exit value (CHARTER.LIQPREF), per holder at one exit (CHARTER.HOLDERPAYOUTS), and the breakpoints (CHARTER.BREAKPOINTS).", { bold: true });
  b.value(1, 0, blank
    ? "Shaded cells are inputs. The formulas show errors until the terms table has its classes."
    : "Shaded cells are inputs: exit values from 0 to 3 x the total preferences, plus each breakpoint and one cent below it.", { italic: true });

  const first = HEADER_ROW + 1;
  const exitRange = absRange(first, 0, exits.length, 1);
  b.value(HEADER_ROW, 0, "Exit value", { bold: true });
  exits.forEach((x, i) => b.value(first + i, 0, x, { input: true, numFmt: MONEY }));
  const classes = b.charter(HEADER_ROW, 1, "CLASSES", terms.range, { bold: true });
  const classCount = blank ? terms.plan.table.values.length - 1 : classes[0].length;
  const payouts = b.charter(first, 1, "LIQPREF", (asOfArg ? [terms.range, exitRange, "", asOfArg] : [terms.range, exitRange]).join(","));
  b.style(first, 1, exits.length, classCount, { numFmt: MONEY });
  b.width(0, 16);
  for (let c = 1; c <= classCount; c++) b.width(c, 15);

  // Per holder, right of the class columns and the spare ones.
  const hc = classCount + 2 + SPARE_CLASSES;
  b.value(HEADER_ROW - 1, hc, "Per holder at the exit value below (CHARTER.HOLDERPAYOUTS on the Cap Table sheet)", { bold: true });
  b.value(HEADER_ROW, hc, "Exit value");
  b.value(HEADER_ROW, hc + 1, EXAMPLE_EXIT, { input: true, numFmt: MONEY });
  const holdersExitCell = absCell(HEADER_ROW, hc + 1);
  const holders = b.charter(first + 1, hc, "HOLDERPAYOUTS", withAsOf([terms.range, cap.range, holdersExitCell]));
  b.style(first + 2, hc + 3, Math.max(holders.length - 1, 1), 1, { numFmt: MONEY });
  b.style(first + 1, hc, 1, 4, { bold: true });

  // Breakpoints under the holders.
  const bpTop = first + 1 + Math.max(holders.length, blank ? cap.holders.length + 2 : 0) + 2 + SPARE_HOLDERS;
  b.value(bpTop - 1, hc, "Breakpoints: the exit values where the waterfall changes course (CHARTER.BREAKPOINTS)", { bold: true });
  const bps = b.charter(bpTop, hc, "BREAKPOINTS", withAsOf([terms.range]));
  b.style(bpTop + 1, hc, Math.max(bps.length - 1, 1), 1, { numFmt: MONEY });
  b.style(bpTop, hc, 1, 4, { bold: true });
  b.width(hc, 22).width(hc + 1, 16).width(hc + 2, 34).width(hc + 3, 16);

  // The chart, right of the holders and breakpoints.
  const sheet = quoteSheet(b.sheet.name);
  const xRef = `${sheet}!${exitRange}`;
  const series = Array.from({ length: classCount }, (_, j) => ({
    nameRef: `${sheet}!${absCell(HEADER_ROW, 1 + j)}`,
    name: String(classes[0]?.[j] ?? `Class ${j + 1}`),
    xRef,
    yRef: `${sheet}!${absRange(first, 1 + j, exits.length, 1)}`,
    x: exits,
    y: exits.map((_, i) => {
      const v: Scalar = payouts[i]?.[j] ?? null;
      return typeof v === "number" ? v : NaN;
    }),
  }));
  b.chart({
    title: "Payout by class against exit value",
    xTitle: "Exit value ($)",
    yTitle: "Payout ($)",
    from: { row: HEADER_ROW - 1, col: hc + 5 },
    to: { row: HEADER_ROW + 24, col: hc + 15 },
    series,
  });
  // The deal block under the chart: cash + securities x SECURITYVALUE = the exit value LIQPREF pays out.
  dealBlock(b, terms, HEADER_ROW + 27, hc + 5);
  return { exits, firstExitRow: first, liqprefAnchor: absCell(first, 1).replace(/\$/g, ""), holdersExitCell, classCount };
}
