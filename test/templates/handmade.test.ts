// Issue #5: the same 1,000-exit MagiNet waterfall built by hand (plain MIN/MAX/IF per tier with the
// Series A convert-or-not check, src/templates/handmade.ts) and as one CHARTER.LIQPREF spill, both
// recalculated in HyperFormula, agree to the cent.
//
// "Agree to the cent", precisely: at every exit, with amounts in whole cents,
//   (1) LIQPREF's cents add up to the exit (its largest-remainder rule, src/engine/waterfall/rounding.ts);
//   (2) for every class, ROUND(hand, 2) and LIQPREF differ by at most one cent (the hand sheet rounds
//       each class half up on its own, so its classes may miss the exit by a cent or two);
//   (3) at an exit where the hand-rounded classes do add up to the exit, every class is equal.
import type { HyperFormula } from "hyperformula";
import { createCharterEngine } from "../../src/hyperformula";
import { BY_HAND_HEADER_ROW, BY_HAND_SHEET, MAGINET_CLASSES, PAYOUT_COL, SPILL_FIRST_ROW, SPILL_SHEET, comparisonExits, comparisonWorkbook } from "../../src/templates/handmade";
import { sheetMatrices } from "../../src/templates/matrix";

const EXITS = comparisonExits();
let hf: HyperFormula;

beforeAll(() => {
  hf = createCharterEngine(sheetMatrices(comparisonWorkbook(EXITS)) as never);
}, 60_000);
afterAll(() => hf.destroy());

const cents = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`not a number: ${String(v)}`);
  return Math.round(v * 100);
};

function row(sheet: string, r: number, c0: number): number[] {
  const id = hf.getSheetId(sheet)!;
  return MAGINET_CLASSES.map((_, j) => cents(hf.getCellValue({ sheet: id, row: r, col: c0 + j })));
}

describe("1,000 MagiNet exits: by hand and by LIQPREF", () => {
  it("the exits: $0 to $199,800,369.63 in steps of $200,000.37, across every tier and the Series A conversion at 95,973,767", () => {
    expect(EXITS).toHaveLength(1000);
    expect(EXITS[1]).toBe(200_000.37);
    expect(EXITS[999]).toBe(199_800_369.63);
    // 479 x 200,000.37 = 95,800,177.23 < 95,973,767 <= 480 x 200,000.37 = 96,000,177.60.
    expect(EXITS[479]).toBeLessThan(95_973_767);
    expect(EXITS[480]).toBeGreaterThan(95_973_767);
  });

  it("agree to the cent at every exit (rules (1)-(3) above)", () => {
    let equalRows = 0;
    let centApart = 0;
    EXITS.forEach((exit, i) => {
      const hand = row(BY_HAND_SHEET, BY_HAND_HEADER_ROW + 1 + i, PAYOUT_COL);
      const spill = row(SPILL_SHEET, SPILL_FIRST_ROW + i, 1);
      const exitCents = Math.round(exit * 100);
      expect([i, spill.reduce((a, b) => a + b, 0)]).toEqual([i, exitCents]); // (1)
      hand.forEach((h, j) => expect([i, j, Math.abs(h - spill[j]) <= 1]).toEqual([i, j, true])); // (2)
      if (hand.reduce((a, b) => a + b, 0) === exitCents) {
        expect([i, hand]).toEqual([i, spill]); // (3)
        equalRows++;
      }
      centApart += hand.filter((h, j) => h !== spill[j]).length;
    });
    // Most exits split into whole cents exactly or round the same way; the rest differ by a cent somewhere.
    expect(equalRows).toBeGreaterThan(500);
    expect(centApart).toBeGreaterThan(0);
  });

  it("the Series A check: at 95,800,177.23 A keeps its $300,000 preference; at 96,000,177.60 it converts (by hand and by LIQPREF)", () => {
    // 96,000,177.60 - 61,730,191 = 34,269,986.60 over 17,121,788 shares = $2.00155... a Common share:
    // A as converted 150,000 x 2.00155... = 300,233.06..., more than 300,000.
    const a = (sheet: string, r: number, c: number) => row(sheet, r, c)[0];
    expect(a(BY_HAND_SHEET, BY_HAND_HEADER_ROW + 1 + 479, PAYOUT_COL)).toBe(30_000_000);
    expect(a(SPILL_SHEET, SPILL_FIRST_ROW + 479, 1)).toBe(30_000_000);
    const converted = Math.round((150_000 * (96_000_177.6 - 61_730_191)) / 17_121_788 * 100);
    expect(Math.abs(a(BY_HAND_SHEET, BY_HAND_HEADER_ROW + 1 + 480, PAYOUT_COL) - converted)).toBeLessThanOrEqual(1);
    expect(Math.abs(a(SPILL_SHEET, SPILL_FIRST_ROW + 480, 1) - converted)).toBeLessThanOrEqual(1);
  });
});
