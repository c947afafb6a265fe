// The workbench's chart: each class's payout against the exit value, with the waterfall's breakpoints
// marked, drawn as inline SVG (no chart library). The numbers come from HF evaluating CHARTER.CLASSES,
// CHARTER.BREAKPOINTS and CHARTER.LIQPREF on the terms argument of the selected LIQPREF formula.
import { DetailedCellError } from "hyperformula";
import { findCall } from "../sheet/formula";
import type { HfWorkbook } from "./hf-port";

export interface Breakpoint {
  exit: number;
  className: string;
  event: string;
  clause: string;
}

export interface ChartData {
  /** What the chart is of, e.g. "MagiNet_Terms[#All]". */
  title: string;
  classes: string[];
  exits: number[];
  /** exits x classes. */
  payouts: number[][];
  breakpoints: Breakpoint[];
  /** The exit value of the formula (its first one), marked on the chart; null when there is none. */
  current: number | null;
}

/** Exits from 0 to past the last breakpoint: an even grid plus every breakpoint exactly. */
export function exitGrid(breakpoints: readonly number[], current: number | null, points = 80): number[] {
  const top = Math.max(1, ...breakpoints, current ?? 0) * 1.25;
  const grid = Array.from({ length: points + 1 }, (_, i) => (top * i) / points);
  const all = [...grid, ...breakpoints, ...(current === null ? [] : [current])].map((x) => Math.round(x * 100) / 100);
  return [...new Set(all)].sort((a, b) => a - b);
}

const numberOf = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The chart's data for a LIQPREF formula as written on `sheet`; a message when it cannot be drawn. */
export function chartDataFor(port: HfWorkbook, sheet: string, formula: string): ChartData | string {
  const call = findCall(formula, "CHARTER.LIQPREF");
  if (!call) return "Select a CHARTER.LIQPREF cell to chart its terms.";
  const [terms, exitArg = "", , asOf = ""] = call.args;
  if (!terms) return "The LIQPREF formula has no terms argument.";
  const sheetId = port.sheetId(sheet);
  const calc = (f: string) => port.hf.calculateFormula(port.toHf(f), sheetId);
  const asOfArg = asOf ? `,${asOf}` : "";
  const classesValue = calc(`=CHARTER.CLASSES(${terms})`);
  if (!Array.isArray(classesValue))
    return `The terms cannot be read: ${classesValue instanceof DetailedCellError ? classesValue.message : String(classesValue)}`;
  const classes = classesValue[0].map(String);
  const bpValue = calc(`=CHARTER.BREAKPOINTS(${terms}${asOfArg})`);
  if (!Array.isArray(bpValue)) return `The breakpoints cannot be computed: ${bpValue instanceof DetailedCellError ? bpValue.message : String(bpValue)}`;
  const breakpoints: Breakpoint[] = bpValue.slice(1).flatMap((r) => {
    const exit = numberOf(r[0]);
    return exit === null ? [] : [{ exit, className: String(r[1]), event: String(r[2]), clause: String(r[3]) }];
  });
  let current: number | null = null;
  if (exitArg) {
    const v = calc(`=INDEX(${exitArg},1,1)`);
    current = numberOf(Array.isArray(v) ? v[0][0] : v);
  }
  const exits = exitGrid(
    breakpoints.map((b) => b.exit),
    current,
  );
  const column = `{${exits.join(";")}}`;
  const payoutsValue = calc(asOf ? `=CHARTER.LIQPREF(${terms},${column},,${asOf})` : `=CHARTER.LIQPREF(${terms},${column})`);
  if (!Array.isArray(payoutsValue))
    return `The payouts cannot be computed: ${payoutsValue instanceof DetailedCellError ? payoutsValue.message : String(payoutsValue)}`;
  const payouts = payoutsValue.map((row) => row.map((v) => numberOf(v) ?? 0));
  return { title: terms, classes, exits, payouts, breakpoints, current };
}

const COLOURS = ["#0f6cbd", "#c239b3", "#107c10", "#ca5010", "#5c2e91", "#038387", "#8e562e", "#4f6bed"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** $12.5M, $750K, $0. */
export function shortMoney(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `$${+(x / 1e9).toFixed(2)}B`;
  if (a >= 1e6) return `$${+(x / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `$${+(x / 1e3).toFixed(0)}K`;
  return `$${+x.toFixed(2)}`;
}

function ticks(max: number, count = 5): number[] {
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** The chart as SVG markup. */
export function chartSvg(data: ChartData, width = 640, height = 340): string {
  const m = { left: 64, right: 16, top: 24, bottom: 40 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const xMax = Math.max(1, ...data.exits);
  const yMax = Math.max(1, ...data.payouts.flat()) * 1.05;
  const x = (v: number) => m.left + (v / xMax) * w;
  const y = (v: number) => m.top + h - (v / yMax) * h;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="wb-chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Payout by class against exit value, ${esc(data.title)}">`,
  );
  parts.push(`<rect x="${m.left}" y="${m.top}" width="${w}" height="${h}" fill="#fff" stroke="#d1d1d1"/>`);
  for (const t of ticks(yMax)) {
    parts.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/>`);
    parts.push(`<text x="${m.left - 6}" y="${y(t) + 4}" text-anchor="end" class="wb-tick">${shortMoney(t)}</text>`);
  }
  for (const t of ticks(xMax)) {
    parts.push(`<text x="${x(t)}" y="${m.top + h + 16}" text-anchor="middle" class="wb-tick">${shortMoney(t)}</text>`);
  }
  parts.push(`<text x="${m.left + w / 2}" y="${height - 4}" text-anchor="middle" class="wb-axis">Exit value</text>`);
  // Breakpoints: one dashed line per distinct exit, its events in the tooltip.
  const byExit = new Map<number, Breakpoint[]>();
  for (const b of data.breakpoints) byExit.set(b.exit, [...(byExit.get(b.exit) ?? []), b]);
  for (const [exit, events] of byExit) {
    const tip = `${shortMoney(exit)} (${exit.toLocaleString("en-US")}): ${events.map((e) => `${e.className} ${e.event} (${e.clause})`).join("; ")}`;
    parts.push(
      `<g class="wb-breakpoint" data-exit="${exit}"><title>${esc(tip)}</title><line x1="${x(exit)}" x2="${x(exit)}" y1="${m.top}" y2="${m.top + h}" stroke="#888" stroke-dasharray="4 3"/><circle cx="${x(exit)}" cy="${m.top + 6}" r="3.5" fill="#888"/></g>`,
    );
  }
  if (data.current !== null && data.current <= xMax) {
    parts.push(
      `<g class="wb-current"><title>Exit value of the formula: ${esc(data.current.toLocaleString("en-US"))}</title><line x1="${x(data.current)}" x2="${x(data.current)}" y1="${m.top}" y2="${m.top + h}" stroke="#d13438" stroke-width="1.5"/></g>`,
    );
  }
  data.classes.forEach((name, c) => {
    const points = data.exits.map((e, i) => `${x(e).toFixed(1)},${y(data.payouts[i]?.[c] ?? 0).toFixed(1)}`).join(" ");
    parts.push(
      `<polyline class="wb-series" data-class="${esc(name)}" fill="none" stroke="${COLOURS[c % COLOURS.length]}" stroke-width="2" points="${points}"><title>${esc(name)}</title></polyline>`,
    );
  });
  // Legend along the top.
  let lx = m.left;
  data.classes.forEach((name, c) => {
    parts.push(
      `<rect x="${lx}" y="6" width="10" height="10" fill="${COLOURS[c % COLOURS.length]}"/><text x="${lx + 14}" y="15" class="wb-legend">${esc(name)}</text>`,
    );
    lx += 24 + name.length * 6.5;
  });
  parts.push("</svg>");
  return parts.join("");
}
