// The Next Round sheet recalculated in HyperFormula: MagiNet's illustrative down round by hand (price
// 51,365,364 / 17,121,788 = 3.00; 5,000,000 Series E; B, C, D adjusted, A not), the waterfall after it
// (Series E's senior 1x of $15,000,000 paid first), and the sheet following a changed input.
import type { HyperFormula } from "hyperformula";
import { join } from "path";
import { Decimal } from "../../src/engine/decimal";
import { parseCell } from "../../src/sheet/a1";
import { engineOf, generatedDir, readTemplate, type ReadBook } from "./read";

let book: ReadBook;
let hf: HyperFormula;
beforeAll(async () => {
  book = await readTemplate(join(await generatedDir(), "maginet.xlsx"));
  hf = engineOf(book);
}, 120_000);
afterAll(() => hf?.destroy());

const SHEET = "Next Round";
/** The (row, col) of the anchor of the n-th formula starting with `prefix` on the sheet (zero-based). */
function anchor(prefix: string, n = 0): { row: number; col: number } {
  const found = [...book.sheet(SHEET).cells.entries()].filter(([, c]) => c.formula?.startsWith(prefix)).map(([a]) => parseCell(a)!);
  found.sort((a, b) => a.row - b.row || a.col - b.col);
  return found[n];
}
const at = (row: number, col: number) => hf.getCellValue({ sheet: hf.getSheetId(SHEET)!, row, col });

test("the summary: price 3.00, 5,000,000 Series E, no top-up, post-money 66,365,364; A unchanged, B narrow, C and D broad", () => {
  const s = anchor("CHARTER.ROUNDSUMMARY(");
  expect([at(s.row, 1), at(s.row + 1, 1), at(s.row + 2, 1), at(s.row + 3, 1), at(s.row + 4, 1)]).toEqual([3, "Series E", 5_000_000, 0, 66_365_364]);
  const after = (i: number) => at(s.row + 6 + i, 2) as number;
  expect(after(0)).toBe(2);
  // B: 69,548,046 / 17,121,788; C: 92,048,046 / 22,121,788; D: 134,852,516 / 22,121,788 (as doubles)
  expect(after(1)).toBeCloseTo(new Decimal(69_548_046).div(17_121_788).toNumber(), 12);
  expect(after(2)).toBeCloseTo(new Decimal(92_048_046).div(22_121_788).toNumber(), 12);
  expect(after(3)).toBeCloseTo(new Decimal(134_852_516).div(22_121_788).toNumber(), 12);
});

test("LIQPREF after the round at $15,000,000: all of it to Series E (5,000,000 x $3.00, senior to D)", () => {
  const l = anchor("CHARTER.LIQPREF(", 1);
  const c = anchor("CHARTER.CLASSES(", 1);
  const names = Array.from({ length: 6 }, (_, j) => at(c.row, c.col + j));
  expect(names).toEqual(["Series A", "Series B", "Series C", "Series D", "Series E", "Common"]);
  expect(Array.from({ length: 6 }, (_, j) => at(l.row, l.col + j))).toEqual([0, 0, 0, 0, 15_000_000, 0]);
});

test("ownership after: Series E 5,000,000 of the fully diluted 23,342,310.36 (21.42%)", () => {
  const cells = book.sheet(SHEET).cells;
  const label = [...cells.entries()].find(([, c]) => c.value === "Fully diluted ownership before and after (Preferred as converted at its conversion price)")![0];
  const top = parseCell(label)!.row + 2;
  const rows = Array.from({ length: 8 }, (_, i) => [at(top + i, 0), at(top + i, 3)]);
  const e = rows.find((r) => r[0] === "Series E")!;
  expect(e[1]).toBe(5_000_000);
  const total = at(top + 7, 3) as number;
  expect(total).toBeCloseTo(23_342_310.36, 1);
  expect(at(top + 4, 4)).toBeCloseTo(5_000_000 / total, 12);
});

test("a changed input recalculates: a pre-money of 10 x 17,121,788 is an up round that adjusts nothing", () => {
  const sheet = hf.getSheetId(SHEET)!;
  hf.setCellContents({ sheet, row: 5, col: 1 }, [[171_217_880]]);
  const s = anchor("CHARTER.ROUNDSUMMARY(");
  expect(at(s.row, 1)).toBe(10);
  for (let i = 0; i < 4; i++) expect(at(s.row + 6 + i, 2)).toBe(at(s.row + 6 + i, 1));
});
