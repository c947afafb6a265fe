// Issue #5's comparison: the same 1,000-exit MagiNet waterfall built by hand (plain MIN/MAX/IF per tier,
// the Series A convert-or-not check, ROUND per class: src/templates/handmade.ts) and as one
// CHARTER.LIQPREF spill, each in its own HyperFormula engine with the Terms sheet. Each engine is built
// once; then, ROUNDS times, the 1,000 exit cells are given new values (one setCellContents of the
// column) and the time until HF has recalculated everything is taken; the median is reported.
// That the two agree to the cent is test/templates/handmade.test.ts.
// Run alone: npx tsx bench/run.ts handmade
import { performance } from "perf_hooks";
import type { HyperFormula } from "hyperformula";
import { createCharterEngine } from "../src/hyperformula";
import { BY_HAND_HEADER_ROW, BY_HAND_SHEET, SPILL_FIRST_ROW, SPILL_SHEET, comparisonExits, comparisonWorkbook } from "../src/templates/handmade";
import { sheetMatrices } from "../src/templates/matrix";
import type { BenchRow } from "./run";

const EXITS = 1000;
const ROUNDS = 9;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The exits of round k: the comparison's exits moved by k x $12,345.67, so every round changes every cell. */
function exitsOfRound(k: number): number[] {
  return comparisonExits(EXITS).map((x) => Math.round((x + k * 12_345.67) * 100) / 100);
}

function formulaCount(hf: HyperFormula): number {
  let n = 0;
  for (const name of hf.getSheetNames()) {
    const id = hf.getSheetId(name)!;
    for (const row of hf.getSheetSerialized(id)) for (const c of row) if (typeof c === "string" && c.startsWith("=")) n++;
  }
  return n;
}

function time(which: "hand" | "spill"): { buildMs: number; recalcMs: number; formulas: number; lastRow: unknown[] } {
  const t0 = performance.now();
  const hf = createCharterEngine(sheetMatrices(comparisonWorkbook(comparisonExits(EXITS), which)) as never);
  const buildMs = performance.now() - t0;
  const sheet = hf.getSheetId(which === "hand" ? BY_HAND_SHEET : SPILL_SHEET)!;
  const row = which === "hand" ? BY_HAND_HEADER_ROW + 1 : SPILL_FIRST_ROW;
  const times: number[] = [];
  for (let k = 1; k <= ROUNDS; k++) {
    const column = exitsOfRound(k).map((x) => [x]);
    const t = performance.now();
    hf.setCellContents({ sheet, row, col: 0 }, column);
    times.push(performance.now() - t);
  }
  const formulas = formulaCount(hf);
  const lastRow = hf.getSheetValues(sheet)[row + EXITS - 1];
  hf.destroy();
  // The last exit's payouts must be numbers: a bench of a sheet that errs would time nothing.
  const payouts = which === "hand" ? lastRow.slice(9, 14) : lastRow.slice(1, 6);
  if (payouts.length !== 5 || !payouts.every((v) => typeof v === "number")) throw new Error(`${which}: the last exit's payouts are ${JSON.stringify(payouts)}`);
  return { buildMs, recalcMs: median(times), formulas, lastRow };
}

export function runHandmadeBench(): BenchRow[] {
  const hand = time("hand");
  const spill = time("spill");
  const ms = (x: number) => Number(x.toFixed(1));
  return [
    {
      name: "MagiNet 1,000 exits by hand (MIN/MAX/IF per tier), HF recalc",
      exits: EXITS,
      formulas: hand.formulas,
      buildMs: ms(hand.buildMs),
      medianRecalcMs: ms(hand.recalcMs),
      rounds: ROUNDS,
    },
    {
      name: "MagiNet 1,000 exits as one CHARTER.LIQPREF spill, HF recalc",
      exits: EXITS,
      formulas: spill.formulas,
      buildMs: ms(spill.buildMs),
      medianRecalcMs: ms(spill.recalcMs),
      rounds: ROUNDS,
    },
    { name: "ratio: by hand / LIQPREF (median recalc)", ratio: Number((hand.recalcMs / spill.recalcMs).toFixed(2)) },
  ];
}
