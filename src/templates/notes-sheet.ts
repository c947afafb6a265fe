// The Notes sheet: what each sheet does, each function used with the clause it applies, the readings
// the preset takes of unclear clauses, and how the file is made.
import { findFunction } from "../catalogue";
import type { Preset } from "../presets";
import type { Sheet, SheetBuilder } from "./model";

export const NOTES_SHEET = "Notes";

/** The waterfall clause of each preset (LIQPREF, HOLDERPAYOUTS, CLASSES, BREAKPOINTS, EXPLAIN). */
const WATERFALL_CLAUSE: Record<string, string> = {
  maginet: "FOURTH 2(a)-(b): D, then C, then B, then A, shortfall by full preference; D, C, B share the rest with Common as converted",
  juniper: "FOURTH 4(a)-(c): all series pari passu, shortfall by Original Issue Price held; Common takes the rest",
  "jt-storage": "Art. IV(B)2(a)-(b): $1.00 plus dividends, then the rest with Common as converted; no preference at $5.00 a share as converted",
  blank: "the liquidation clause of your charter, as your terms table states it",
};

const OTHER_CLAUSE: Record<string, Record<string, string>> = {
  maginet: { CONVSHARES: "FOURTH 3(a), 3(l)", IPORESET: "FOURTH 3(f)(iv)", AUTOCONVERT: "FOURTH 3(a)(v)", WEIGHTEDAVG: "FOURTH 3(f)(i)(A)", VOTES: "FOURTH 4(a)", DEEMEDLIQ: "FOURTH 2(c)", SECURITYVALUE: "FOURTH 2(d)" },
  juniper: { CONVSHARES: "FOURTH 6(a)(i), 6(g)(i)", IPORESET: "FOURTH 6(c)", AUTOCONVERT: "FOURTH 6(a)(ii)", WEIGHTEDAVG: "FOURTH 6(d)(iv)", VOTES: "FOURTH 7(a)", DEEMEDLIQ: "FOURTH 4(d)-(d)(i)", SECURITYVALUE: "FOURTH 4(d)(ii)" },
  "jt-storage": { CONVSHARES: "Art. IV(B)4(a), 4(c)(i)", AUTOCONVERT: "Art. IV(B)4(b)(i)", ACCRUEDDIV: "Art. IV(B)1(a), 2(a)(i)", VOTES: "Art. IV(B)5", REDEMPTION: "Art. IV(B)3", DEEMEDLIQ: "Art. IV(B)2(c)(i)" },
};

const SHEETS: [string, string][] = [
  ["Terms", "The terms table the task pane inserts: one row per class, every term a column, the clause of each in Clauses. Shaded cells are numbers the charter does not state (hover for why). Below it, the pane's example formulas."],
  ["Cap Table", "Holders, class and shares (illustrative in the preset templates: the charters name no holders), with a check that each class adds up to the terms table."],
  ["Waterfall", "Exit values (inputs) with CHARTER.LIQPREF spilled beside them, one column per class; CHARTER.HOLDERPAYOUTS at one exit; CHARTER.BREAKPOINTS; a chart of payout by class against exit value; under the chart, a deal block: CHARTER.DEEMEDLIQ (is the merger a liquidation?), CHARTER.SECURITYVALUE over a small prices table (where the charter has a market formula; else the value is an input), cash + securities x value = the exit value, and CHARTER.LIQPREF at it."],
  ["Conversion", "Conversion, anti-dilution, IPO (and dividend, redemption, vote) functions on the charter's numbers, each beside its arithmetic by hand and clause."],
  ["Valuation", "Each class's value per share today by the option pricing method over the waterfall's breakpoints (CHARTER.OPM), the equity value the latest round's price implies (CHARTER.BACKSOLVE), DLOM by Finnerty and Chaffe (CHARTER.DLOM), and a chart of value per share against equity value. The volatility, years and rate are the analyst's (shaded); the OPM assumes a lognormal equity value, one exit date and no interim distributions. Values are doubles, about 1e-15 of the equity value."],
  ["Next Round", "A priced round on these terms (inputs shaded, an illustrative down round): CHARTER.ROUNDSUMMARY (price, shares, pool top-up, each series' conversion price before and after with its clause), CHARTER.ROUND (the terms after the round), the fully diluted ownership before and after, and CHARTER.LIQPREF before and after at a few exits."],
  ["By Hand", "The MagiNet waterfall at the Waterfall sheet's exits built the way it is done by hand today: plain MIN/MAX/IF formulas per tier, the Series A convert-or-not check, ROUND to the cent per class, and each class's difference from the CHARTER.LIQPREF spill (at most a cent: LIQPREF's cents add up to the exit). The 1,000-exit timing of both is `npm run bench -- handmade`."],
];

/** The CHARTER function names the sheets use, in catalogue order of first use. */
function functionsUsed(sheets: Sheet[]): string[] {
  const names: string[] = [];
  for (const s of sheets) {
    for (const cell of s.cells.values()) {
      for (const m of (cell.formula ?? "").matchAll(/CHARTER\.([A-Z.]+)\(/g)) if (!names.includes(m[1])) names.push(m[1]);
    }
  }
  return names;
}

export function notesSheet(b: SheetBuilder, preset: Preset | null, sheets: Sheet[]): void {
  const id = preset?.id ?? "blank";
  let row = 0;
  const line = (cells: (string | null)[], bold = false) => {
    cells.forEach((c, i) => c !== null && b.value(row, i, c, { bold, wrap: i > 0 }));
    row++;
  };
  line([preset ? `${preset.company}: ${preset.document}` : "Blank charter template: fill the terms table on the Terms sheet"], true);
  if (preset) line([preset.summary]);
  row++;
  line(["Sheet", "What it does"], true);
  for (const [name, what] of SHEETS) if (sheets.some((s) => s.name === name)) line([name, what]);
  row++;
  line(["Function", "What it does", "Clause it applies here"], true);
  for (const name of functionsUsed(sheets)) {
    const clause = OTHER_CLAUSE[id]?.[name] ?? (["LIQPREF", "HOLDERPAYOUTS", "CLASSES", "BREAKPOINTS", "EXPLAIN", "PREFERENCE"].includes(name)
      ? WATERFALL_CLAUSE[id]
      : ["OPM", "OPMTABLE", "BACKSOLVE", "PWERM"].includes(name)
        ? `the waterfall's breakpoints: ${WATERFALL_CLAUSE[id]}`
        : name === "DLOM" ? "none: a market discount, not a term of the charter" : "see the Conversion sheet");
    line([`CHARTER.${name}`, findFunction(name).description, clause]);
  }
  if (preset && preset.readings.length > 0) {
    row++;
    line(["Clause", "Question", "Reading taken", "Why"], true);
    for (const r of preset.readings) line([r.clause, r.question, r.reading, r.why]);
  }
  row++;
  line(["About this file"], true);
  const tables = sheets.flatMap((s) => s.tables.map((t) => `${t.name}[#All]`)).join(", ");
  for (const text of [
    "The file names the Charter Functions add-in: in Excel with the add-in sideloaded (npm start, then the manifest registered as the README says), opening the file loads the add-in and opens its task pane; Excel asks once whether to trust it.",
    "Every number is a formula: the CHARTER functions need the Charter Functions add-in. The file also stores each formula's last result (computed by the same code when the file was generated), so a viewer without the add-in shows the numbers.",
    "The CHARTER functions are stored as Excel stores an add-in's custom function (_xldudf_CHARTER_LIQPREF in the file, CHARTER.LIQPREF on screen once the add-in is loaded), and each as a dynamic array, so it spills rather than opening as an @ formula.",
    `The formulas read the tables by their structured references (${tables}): a class added to the terms table (type it in the row below the table; Excel grows the table) or a holder added to the cap table is seen by every formula, and the spills grow with it. The Waterfall sheet leaves room for three more class columns; the chart keeps its series.`,
    "Amounts are exact decimals in the add-in; Excel shows them as numbers. Payouts are in cents that add up to the exit value (largest remainder).",
    "Generated by `npm run templates` (scripts/templates.ts from src/templates); do not edit the committed file by hand.",
  ]) line([text]);
  b.width(0, 28).width(1, 90).width(2, 70).width(3, 70);
}
