// Formula-level tests: every template generated now is read back with exceljs, every cell (values and
// "=formula" strings) loaded into HyperFormula with CHARTER.* registered, and recalculated there.
// Checked: no formula errs (except the blank template's CHARTER formulas, which read an empty terms
// table); each formula shows its cached result; the LIQPREF spill equals the catalogue called directly
// and the numbers worked by hand from each charter; the Conversion sheet equals its arithmetic by hand.
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { join } from "path";
import { call } from "../../src/catalogue";
import { Decimal } from "../../src/engine/decimal";
import { toExcelSerial } from "../../src/engine/dates";
import { presetTable } from "../../src/presets";
import { TEMPLATE_IDS } from "../../src/templates";
import { parseCell } from "../../src/sheet/a1";
import { addTableRow, engineOf, generatedDir, readTemplate, valueAt, type ReadBook } from "./read";
import { termsAddress } from "../helpers/table-address";

const loaded = new Map<string, { book: ReadBook; hf: HyperFormula }>();

beforeAll(async () => {
  const dir = await generatedDir();
  for (const id of TEMPLATE_IDS) {
    const book = await readTemplate(join(dir, `${id}.xlsx`));
    loaded.set(id, { book, hf: engineOf(book) });
  }
}, 120_000);
afterAll(() => loaded.forEach(({ hf }) => hf.destroy()));

const get = (id: string) => loaded.get(id)!;
const matrixOf = (id: string) => {
  const t = presetTable(id);
  return [t.header, ...t.rows];
};
/** Exits in column A of the Waterfall sheet, from row 5. */
function exitsOf(book: ReadBook): number[] {
  const w = book.sheet("Waterfall").cells;
  const out: number[] = [];
  for (let r = 5; w.has(`A${r}`); r++) out.push(Number(w.get(`A${r}`)!.value));
  return out;
}
/** The LIQPREF row of exit number i (zero-based) as HF shows it. */
function spillRow(hf: HyperFormula, i: number, classes: number): unknown[] {
  return Array.from({ length: classes }, (_, j) => valueAt(hf, "Waterfall", `${String.fromCharCode(66 + j)}${5 + i}`));
}

describe.each(TEMPLATE_IDS)("%s in HyperFormula", (id) => {
  it("every formula evaluates without error (blank: only the CHARTER formulas on the empty terms table err, #VALUE!)", () => {
    const { book, hf } = get(id);
    const errors: string[] = [];
    let formulas = 0;
    for (const sheet of book.sheets) {
      for (const [address, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        formulas++;
        const v = valueAt(hf, sheet.name, address);
        if (!(v instanceof DetailedCellError)) continue;
        const intended = id === "blank" && /^CHARTER\.(CLASSES|LIQPREF|HOLDERPAYOUTS|BREAKPOINTS|EXPLAIN|DEEMEDLIQ|OPM|BACKSOLVE|ROUND|ROUNDSUMMARY)\(/.test(cell.formula) && v.value === "#VALUE!";
        if (!intended) errors.push(`${sheet.name}!${address} ${cell.formula}: ${v.value} ${v.message}`);
      }
    }
    expect(errors).toEqual([]);
    // Terms 4 example formulas, Waterfall 4, Conversion at least 3; MagiNet's By Hand one row per exit.
    expect(formulas).toBeGreaterThanOrEqual(11);
    if (id === "blank") {
      const v = valueAt(hf, "Waterfall", "B5") as DetailedCellError;
      expect(v.message).toMatch(/terms/);
    }
  });

  it("each formula shows the result cached in the file, and each spilled cell its cached value", () => {
    const { book, hf } = get(id);
    const diffs: string[] = [];
    let compared = 0;
    for (const sheet of book.sheets) {
      for (const [address, cell] of sheet.cells) {
        const expected = cell.formula !== undefined ? cell.result : cell.spilled ? cell.value : undefined;
        if (expected === undefined || expected === null) continue;
        compared++;
        let v = valueAt(hf, sheet.name, address);
        if (v instanceof DetailedCellError) v = v.value;
        if (v !== expected) diffs.push(`${sheet.name}!${address}: HF ${String(v)}, file ${String(expected)}`);
      }
    }
    expect(diffs).toEqual([]);
    // At least the LIQPREF spill of the Waterfall sheet: one value per exit and class.
    const classes = { maginet: 5, juniper: 6, "jt-storage": 2, blank: 0 }[id];
    expect(compared).toBeGreaterThan(id === "blank" ? 5 : exitsOf(book).length * classes);
  });
});

describe.each(["maginet", "juniper", "jt-storage"])("%s: the LIQPREF spill", (id) => {
  it("equals the catalogue called directly at every exit of the sheet", () => {
    const { book, hf } = get(id);
    const exits = exitsOf(book);
    const asOfFormula = book.sheet("Waterfall").cells.get("B5")!.formula!;
    const asOfRef = /,,Terms!\$([A-Z]+)\$([0-9]+)\)$/.exec(asOfFormula);
    const asOf = asOfRef ? (valueAt(hf, "Terms", `${asOfRef[1]}${asOfRef[2]}`) as number) : null;
    const direct = call("LIQPREF", [matrixOf(id), exits.map((x) => [x]), null, asOf]) as Decimal[][];
    exits.forEach((_, i) => expect(spillRow(hf, i, direct[i].length)).toEqual(direct[i].map((d) => d.toNumber())));
  });
});

/** Sets the first exits of the Waterfall sheet and returns their LIQPREF rows. */
function at(id: string, exits: number[], classes: number): unknown[][] {
  const { hf } = get(id);
  const sheet = hf.getSheetId("Waterfall")!;
  const { row, col } = parseCell("A5")!;
  hf.setCellContents({ sheet, row, col }, exits.map((x) => [x]));
  return exits.map((_, i) => spillRow(hf, i, classes));
}

describe("the LIQPREF spill at exits worked by hand (exit cells changed in HyperFormula)", () => {
  it("MagiNet (FOURTH 2(a)-(b)): D, then C, then B, then A; the rest to D, C, B and Common; A converts from 95,973,767", () => {
    // Preferences: D 3,142,858 x 7.00 = 22,000,006; C 7,500,000 x 4.50 = 33,750,000; B 1,328,930 x 4.50 =
    // 5,980,185; A 150,000 x 2.00 = 300,000. D + C + B = 61,730,191; all four 62,030,191.
    // Sharing as converted: D, C, B and Common 3,142,858 + 7,500,000 + 1,328,930 + 5,000,000 = 16,971,788;
    // with A converted 17,121,788. A converts when a Common share is worth $2.00:
    // 62,030,191 + 2.00 x 16,971,788 = 61,730,191 + 2.00 x 17,121,788 = 95,973,767.
    // Columns in terms order: A, B, C, D, Common.
    const rows = at("maginet", [50_000_000, 95_973_767, 61_730_191 + 10 * 17_121_788], 5);
    // 50,000,000: D 22,000,006 in full, C the other 27,999,994 (short of 33,750,000).
    expect(rows[0]).toEqual([0, 0, 27_999_994, 22_000_006, 0]);
    // 95,973,767: $2.00 a Common share. A 300,000 (preference = converted); B 5,980,185 + 2 x 1,328,930 =
    // 8,638,045; C 33,750,000 + 15,000,000 = 48,750,000; D 22,000,006 + 6,285,716 = 28,285,722; Common 10,000,000.
    expect(rows[1]).toEqual([300_000, 8_638_045, 48_750_000, 28_285_722, 10_000_000]);
    // 232,948,071 = 61,730,191 + 10.00 x 17,121,788: A converted, $10.00 a Common share. A 1,500,000;
    // B 5,980,185 + 13,289,300 = 19,269,485; C 33,750,000 + 75,000,000 = 108,750,000;
    // D 22,000,006 + 31,428,580 = 53,428,586; Common 50,000,000.
    expect(rows[2]).toEqual([1_500_000, 19_269_485, 108_750_000, 53_428_586, 50_000_000]);
  });

  it("Juniper (FOURTH 4(a)-(c)): pari passu, a shortfall by Original Issue Price held; above total preferences Common takes the rest", () => {
    // Preferences (OIP x shares): A 1,743,751 x 1.00 = 1,743,751; B 3,915,308 x 2.40 = 9,396,739.20;
    // C 5,200,000 x 8.93 = 46,436,000; D 600,000 x 11.03 = 6,618,000; D1 2,580,000 x 11.03 = 28,457,400;
    // total 92,651,890.20. Columns: A, B, C, D, D1, Common.
    const rows = at("juniper", [46_325_945.1, 100_000_000], 6);
    // Half the total: each series half its preference.
    expect(rows[0]).toEqual([871_875.5, 4_698_369.6, 23_218_000, 3_309_000, 14_228_700, 0]);
    // 100,000,000: every preference in full; Common 100,000,000 - 92,651,890.20 = 7,348,109.80, i.e.
    // $0.367... a share on 20,000,000, below every conversion point (A's is $0.44), so no series converts.
    expect(rows[1]).toEqual([1_743_751, 9_396_739.2, 46_436_000, 6_618_000, 28_457_400, 7_348_109.8]);
  });

  it("JT Storage (Art. IV(B)2): the preference has no force from $5.00 a Series A share as converted", () => {
    // 9,000,000 Series A and 10,000,000 Common as converted (CP $1.00): $5.00 a share is 19,000,000 x 5 =
    // 95,000,000, all shared as converted: A 45,000,000, Common 50,000,000; at 190,000,000: 90,000,000 and
    // 100,000,000. Below the preference ($1.00 plus at least the accrued $0.09 a year, over 9,000,000 shares,
    // so above $9,000,000): all to Series A.
    const rows = at("jt-storage", [95_000_000, 190_000_000, 5_000_000], 2);
    expect(rows[0]).toEqual([45_000_000, 50_000_000]);
    expect(rows[1]).toEqual([90_000_000, 100_000_000]);
    expect(rows[2]).toEqual([5_000_000, 0]);
    // Just below 95,000,000 the preference still stands, so Series A gets more than its 45,000,000 there.
    const below = at("jt-storage", [94_999_999.99], 2)[0] as number[];
    expect(below[0]).toBeGreaterThan(45_000_000);
    expect(new Decimal(below[0]).plus(below[1]).toNumber()).toBe(94_999_999.99);
  });
});

describe("the formulas follow the tables: a row typed below a table (Excel grows the table) is seen by every formula", () => {
  /** MagiNet's Series D row with what makes it a Series E: 1,000,000 shares at $10.00, senior to D, not participating. */
  function seriesE(book: ReadBook): (string | number | null)[] {
    const header = book.tables.find((t) => t.name === "MagiNet_Terms")!.header!;
    const d = matrixOf("maginet").find((r) => r[0] === "Series D")!;
    const e: Record<string, string | number | null> = {
      Class: "Series E", Shares: 1_000_000, "Issue Price": 10, "Conversion Price": 10, Seniority: 5, Participation: "none",
      Clauses: null, Note: "illustrative: a class added to the table",
    };
    return header.map((h, j) => (h in e ? e[h] : (d[j] as string | number | null)));
  }

  it("MagiNet with a Series E: LIQPREF spills a sixth column, HOLDERPAYOUTS pays a holder added to the cap table", () => {
    const { book } = get("maginet");
    const hf = engineOf(book);
    try {
      let tables = addTableRow(hf, book, book.tables, "MagiNet_Terms", seriesE(book));
      tables = addTableRow(hf, book, tables, "Cap_Table", ["Venture Fund III", "Series E", 1_000_000]);
      expect(tables.find((t) => t.name === "MagiNet_Terms")!.address).toBe(termsAddress("maginet", 1)); // header + six classes (one added by the test)
      expect(tables.find((t) => t.name === "Cap_Table")!.address).toBe("A3:C14");
      expect(spillRow(hf, -1, 6)).toEqual(["Series A", "Series B", "Series C", "Series D", "Common", "Series E"]);
      const sheet = hf.getSheetId("Waterfall")!;
      hf.setCellContents({ sheet, row: 4, col: 0 }, [[50_000_000], [157_339_131]]);
      // Series E first (seniority 5, above D's 4): 1,000,000 x $10.00 = 10,000,000. Then FOURTH 2(a) as before on
      // the other 40,000,000: D 22,000,006 in full, C 17,999,994 (short of 33,750,000). Columns A, B, C, D, Common, E.
      expect(spillRow(hf, 0, 6)).toEqual([0, 0, 17_999_994, 22_000_006, 0, 10_000_000]);
      // 157,339,131 = 10,000,000 (E) + 61,730,191 (D, C, B) + 5.00 x 17,121,788 (D, C, B, Common and A as converted):
      // $5.00 a Common share. A converts (150,000 x 5.00 = 750,000 > 300,000); E does not (as converted it would
      // share 95,608,940 over 18,121,788 shares, $5.27... x 1,000,000 < 10,000,000).
      // B 5,980,185 + 6,644,650 = 12,624,835; C 33,750,000 + 37,500,000 = 71,250,000; D 22,000,006 + 15,714,290 = 37,714,296.
      expect(spillRow(hf, 1, 6)).toEqual([750_000, 12_624_835, 71_250_000, 37_714_296, 25_000_000, 10_000_000]);
      expect(750_000 + 12_624_835 + 71_250_000 + 37_714_296 + 25_000_000 + 10_000_000).toBe(157_339_131);
      // The holders at the Waterfall sheet's exit value (50,000,000): a twelfth row, Venture Fund III's Series E.
      const anchor = [...book.sheet("Waterfall").cells.entries()].find(([, c]) => c.formula?.startsWith("CHARTER.HOLDERPAYOUTS("))![0];
      const { row, col } = parseCell(anchor)!;
      const holderRow = (i: number) => [0, 1, 2, 3].map((j) => hf.getCellValue({ sheet, row: row + i, col: col + j }));
      expect(holderRow(11)).toEqual(["Venture Fund III", "Series E", 1_000_000, 10_000_000]);
      // Series C's 17,999,994 split 4,500,000 : 3,000,000 between Venture Funds I and II.
      expect(holderRow(5)).toEqual(["Venture Fund I", "Series C", 4_500_000, 10_799_996.4]);
      // The Terms sheet's own example (B12, at B10's 50,000,000) spills the sixth column too.
      expect([1, 2, 3, 4, 5, 6].map((c) => hf.getCellValue({ sheet: hf.getSheetId("Terms")!, row: 11, col: c }))).toEqual([0, 0, 17_999_994, 22_000_006, 0, 10_000_000]);
      // No formula of the book errs after the growth.
      for (const s of book.sheets) {
        for (const [address, cell] of s.cells) {
          if (cell.formula === undefined) continue;
          expect([`${s.name}!${address}`, valueAt(hf, s.name, address) instanceof DetailedCellError]).toEqual([`${s.name}!${address}`, false]);
        }
      }
    } finally {
      hf.destroy();
    }
  });

  it("the blank template: classes typed into its empty rows and one more below them, all read by LIQPREF", () => {
    const { book } = get("blank");
    const hf = engineOf(book);
    try {
      const table = book.tables.find((t) => t.name === "Company_Terms")!;
      const header = table.header!;
      const row = (values: Record<string, string | number>) => header.map((h) => values[h] ?? null);
      const terms = hf.getSheetId("Terms")!;
      // Two classes in the table's first two (empty) rows: a 1x non-participating preferred and Common.
      hf.setCellContents({ sheet: terms, row: 1, col: 0 }, [
        row({ Class: "Series A", Kind: "preferred", Shares: 1_000_000, "Issue Price": 2, "Preference Multiple": 1, Seniority: 1, Participation: "none", "Conversion Price": 2 }),
        row({ Class: "Common", Kind: "common", Shares: 3_000_000 }),
      ]);
      // A third below the table's last (empty) row: the table grows to take it.
      const tables = addTableRow(hf, book, book.tables, "Company_Terms", row({ Class: "Series B", Kind: "preferred", Shares: 500_000, "Issue Price": 8, "Preference Multiple": 1, Seniority: 2, Participation: "none", "Conversion Price": 8 }));
      expect(tables.find((t) => t.name === "Company_Terms")!.address).toBe(`A1:${table.address.split(":")[1].replace(/[0-9]+$/, "")}10`);
      const sheet = hf.getSheetId("Waterfall")!;
      hf.setCellContents({ sheet, row: 4, col: 0 }, [[5_000_000], [40_000_000]]);
      expect(spillRow(hf, -1, 3)).toEqual(["Series A", "Common", "Series B"]);
      // 5,000,000: B first (seniority 2) 500,000 x 8.00 = 4,000,000; A the other 1,000,000 (short of 2,000,000).
      expect(spillRow(hf, 0, 3)).toEqual([1_000_000, 0, 4_000_000]);
      // 40,000,000: as converted 1,000,000 A + 3,000,000 Common + 500,000 B = 4,500,000 shares at $8.88...;
      // both series convert (above $2.00 and $8.00): A 40,000,000 x 1/4.5 = 8,888,888.89 (cents by largest
      // remainder: 8,888,888.888..., 26,666,666.666..., 4,444,444.444... -> .89, .67, .44 adds to 40,000,000.00).
      expect(spillRow(hf, 1, 3)).toEqual([8_888_888.89, 26_666_666.67, 4_444_444.44]);
      expect(new Decimal("8888888.89").plus("26666666.67").plus("4444444.44").toNumber()).toBe(40_000_000);
    } finally {
      hf.destroy();
    }
  });
});

/** The Conversion sheet's result (column B) for the example labelled `label` (column A). */
function conversionResult(id: string, label: string): unknown {
  const { book, hf } = get(id);
  for (const [address, cell] of book.sheet("Conversion").cells) {
    if (address.startsWith("A") && cell.value === label) return valueAt(hf, "Conversion", `B${address.slice(1)}`);
  }
  throw new Error(`no example "${label}"`);
}

describe("the Conversion sheet, by hand", () => {
  it("MagiNet", () => {
    const r = (label: string) => conversionResult("maginet", label);
    // 3(a): shares x stated price / conversion price (the same, $2.00 and $7.00): one Common per share.
    expect(r("Series A: Common on conversion of all its shares")).toBe(150_000);
    expect(r("Series D: Common on conversion of all its shares")).toBe(3_142_858);
    // 3(f)(iv): (A) 6.00 x (0.95 - 0.05 x 2) = 5.10 (two full years since 1995-12-29); (B)(2) 0.96 x 7.00 = 6.72; the lower.
    expect(r("Series D conversion price after a Public Offering at $6.00 on 1998-01-15 (illustrative)")).toBe(5.1);
    expect(r("Series D conversion price after a Public Offering at $8.00 on 1998-01-15 (illustrative)")).toBe(6.72);
    // (A) 5.00 x (0.95 - 0.15) = 4.00, below Series C's 4.50: 4.50.
    expect(r("Series D conversion price after a Public Offering at $5.00 on 1999-01-01 (illustrative)")).toBe(4.5);
    // 3(a)(v): 8.00 >= 1.2 x (0.89 x 7.00 = 6.23) = 7.476 with $25,000,000; 8.00 < 1.2 x 7.00 = 8.40 without the reset.
    expect(r("Series D converts automatically: $8.00 a share, $25,000,000 net, on 1999-09-16")).toBe(true);
    expect(r("Series D converts automatically: $8.00 a share, $25,000,000 net, no reset")).toBe(false);
    expect(r("Series A converts automatically: $8.00 a share, $10,000,000 net")).toBe(true);
    // 3(f)(i)(A): CP2 = (CP1 x A + consideration) / (A + C), unrounded (3(f)(i)(B) only drops changes under a cent).
    expect(r("Series C conversion price after 1,000,000 new shares at $3.00, A = 17,121,788 (illustrative)")).toBe(
      new Decimal(4.5).times(17_121_788).plus(3_000_000).div(18_121_788).toNumber(),
    );
  });

  it("Juniper", () => {
    const r = (label: string) => conversionResult("juniper", label);
    // 6(a)(i), 6(g)(i): rounded down. 1,743,751 / 0.44 = 3,963,070.45...; 3,915,308 x 2.40 / 1.07 = 8,781,999.25...
    expect(r("Series A: Common on conversion of all its shares")).toBe(3_963_070);
    expect(r("Series B: Common on conversion of all its shares")).toBe(8_781_999);
    // 6(c), Issue Date 1999-01-01 (a preset input), IPO at $20.00: 85%, 75%, 65%, then no adjustment.
    const d1 = (date: string) => r(`Series D1 conversion price, IPO at $20.00, registration statement filed ${date} (illustrative)`);
    expect(d1("1999-06-30")).toBe(17);
    expect(d1("1999-10-01")).toBe(15);
    expect(d1("2000-02-15")).toBe(13);
    expect(d1("2000-06-30")).toBe(11.03);
    // 6(a)(ii): at least 1.5 x 3.97 = 5.955 and more than $10,000,000.
    expect(r("Series C converts automatically: $5.955 a share, $20,000,000")).toBe(true);
    expect(r("Series C converts automatically: $5.95 a share, $20,000,000")).toBe(false);
    expect(r("Series A converts automatically: $1.32 a share, exactly $10,000,000")).toBe(false);
    // 6(d)(iv): (3.97 x 40,000,000 + 6,000,000) / 42,000,000 = 3.9238..., to the nearest cent.
    expect(r("Series C conversion price after 2,000,000 new shares at $3.00, A = 40,000,000 (illustrative)")).toBe(3.92);
  });

  it("JT Storage", () => {
    const r = (label: string) => conversionResult("jt-storage", label);
    expect(r("Series A: Common on conversion of all its shares")).toBe(9_000_000);
    // 4(b)(i): at least $5.00 a share and at least $10,000,000 net.
    expect(r("Series A converts automatically: $5.00 a share, $10,000,000 net")).toBe(true);
    expect(r("Series A converts automatically: $4.99 a share, $10,000,000 net")).toBe(false);
    expect(r("Series A converts automatically: $5.00 a share, $9,999,999.99 net")).toBe(false);
    // 1(a), 2(a)(i): $0.09 a year on the preset's anniversary basis: 1995-02-03 to 2000-02-03 is five whole
    // years by anniversary (1,826 days with 1996-02-29, which adds nothing): 5 x 0.09 = 0.45.
    expect(toExcelSerial("2000-02-03") - toExcelSerial("1995-02-03")).toBe(1826);
    expect(r("Series A dividend accrued per share from the Issue Date to the As of date (Terms sheet)")).toBe(0.45);
  });

  it("JT Storage votes: one per full share of Common as converted (Art. IV(B)5); the illustrative split 80/20 of 10,000,000 Common", () => {
    const { book, hf } = get("jt-storage");
    const anchor = [...book.sheet("Conversion").cells.entries()].find(([, c]) => c.formula?.startsWith("CHARTER.VOTES("))![0];
    const { row } = parseCell(anchor)!;
    const rows = [1, 2, 3, 4].map((k) => [valueAt(hf, "Conversion", `A${row + 1 + k}`), valueAt(hf, "Conversion", `B${row + 1 + k}`)]);
    // Series A 9,000,000 at CP $1.00: 60% 5,400,000 and 40% 3,600,000; Common 8,000,000 and 2,000,000.
    expect(rows).toEqual([["Venture Fund I", 5_400_000], ["Venture Fund II", 3_600_000], ["Founders", 8_000_000], ["Employees", 2_000_000]]);
  });

  it("votes as converted per holder: Venture Fund I's 60% of each MagiNet series, one vote per share (conversion price = issue price)", () => {
    const { book, hf } = get("maginet");
    const cells = book.sheet("Conversion").cells;
    const anchor = [...cells.entries()].find(([, c]) => c.formula?.startsWith("CHARTER.VOTES("))![0];
    const { row } = parseCell(anchor)!;
    // The cap table: 60% (rounded up to whole shares) of A 150,000 = 90,000; B 1,328,930 - floor(0.4 x 1,328,930 =
    // 531,572) = 797,358; C 4,500,000; D 3,142,858 - 1,257,143 = 1,885,715. Total 7,273,073.
    const rows: unknown[][] = [];
    for (let r = row + 1; ; r++) {
      const holder = valueAt(hf, "Conversion", `A${r + 1}`);
      if (holder === null || holder === undefined) break;
      rows.push([holder, valueAt(hf, "Conversion", `B${r + 1}`)]);
    }
    expect(rows).toContainEqual(["Venture Fund I", 90_000 + 797_358 + 4_500_000 + 1_885_715]);
  });
});

describe("JT Storage's redemption on the Conversion sheet (Art. IV(B)3), by hand", () => {
  it("2000-01-10: one third called; $1.00 plus $0.09 a year accrued, so $2,000,000 redeems 1,384,962 whole shares", () => {
    const { book, hf } = get("jt-storage");
    const anchor = [...book.sheet("Conversion").cells.entries()].find(([, c]) => c.formula?.startsWith("CHARTER.REDEMPTION("))![0];
    const { row } = parseCell(anchor)!;
    const cell = (col: string, r: number) => valueAt(hf, "Conversion", `${col}${r + 1}`);
    const header = "ABCDEFGHIJKLMN".split("").map((c) => cell(c, row));
    const first = Object.fromEntries(header.map((h, i) => [String(h), cell("ABCDEFGHIJKLMN"[i], row + 1)]));
    // 1995-02-03 (the Issue Date input) to 2000-01-10 on the preset's anniversary basis: 4 whole years to
    // 1999-02-03, then 341 of the 365 days to 2000-02-03: 0.09 x (4 + 341/365) = 0.36 + 30.69/365.
    const dividend = new Decimal("0.36").plus(new Decimal("30.69").div(365));
    expect(first.Date).toBe("2000-01-10");
    expect(first.Portion).toBe("1/3");
    expect(first["Shares Called"]).toBe(3_000_000); // 9,000,000 / 3
    expect(first["Dividend Per Share"]).toBe(dividend.toNumber());
    // $2,000,000 / $1.44408... = 73,000,000,000 / 52,709 = 1,384,962.5...: whole shares only.
    expect(first["Shares Redeemed"]).toBe(new Decimal(2_000_000).div(dividend.plus(1)).floor().toNumber());
    expect(first["Shares Redeemed"]).toBe(1_384_962);
  });
});

describe("By Hand (MagiNet template): the hand-built waterfall at the Waterfall sheet's exits", () => {
  it("is within a cent of the LIQPREF spill for every class at every exit", () => {
    const { book, hf } = get("maginet");
    const exits = exitsOf(book).length;
    let checked = 0;
    for (let i = 0; i < exits; i++) {
      for (let j = 0; j < 5; j++) {
        // Columns O..S: ROUND(hand, 2) - LIQPREF, per class.
        const d = valueAt(hf, "By Hand", `${String.fromCharCode(79 + j)}${12 + i}`) as number;
        expect(Math.abs(d)).toBeLessThanOrEqual(0.01 + 1e-6);
        checked++;
      }
    }
    expect(checked).toBe(exits * 5);
  });
});

describe("the Waterfall sheet's deal block: DEEMEDLIQ, SECURITYVALUE over the prices table, cash + securities x value = the exit LIQPREF pays", () => {
  /** The cell right of the label `text` on the Waterfall sheet, as {sheet, row, col}. */
  function beside(book: ReadBook, hf: HyperFormula, text: string) {
    const found = [...book.sheet("Waterfall").cells.entries()].find(([, c]) => c.value === text);
    if (!found) throw new Error(`no label ${text}`);
    const { row, col } = parseCell(found[0])!;
    return { sheet: hf.getSheetId("Waterfall")!, row, col: col + 1 };
  }

  it.each(["maginet", "juniper", "jt-storage"])("%s: the illustrative deal, a merger at 40%, is a liquidation; exit 40,000,000 + 2,000,000 x 12.50 = 65,000,000", (id) => {
    const { book, hf } = get(id);
    // MagiNet 2(c)(i): any merger; Juniper 4(d)(i): 40% is not more than 50%; JT Storage 2(c)(i): 40% < 50%, elected TRUE.
    expect(hf.getCellValue(beside(book, hf, "A liquidation under the charter?"))).toBe(true);
    // Prices in the period 2000-02-12 .. 2000-03-12: 12.00, 12.50, 13.00, 12.50 (2000-02-11 and 2000-03-13 outside):
    // 50.00 / 4 = 12.50. JT Storage: an input (the Board's value, Art. IV(B)2(c)(ii)), 12.50 as well.
    expect(hf.getCellValue(beside(book, hf, "Value per security"))).toBe(12.5);
    expect(hf.getCellValue(beside(book, hf, "Exit value: cash + securities x value"))).toBe(65_000_000);
  });

  it("MagiNet, changed in HyperFormula: the exit follows the prices and the cash; LIQPREF pays it as FOURTH 2(a)-(b) does", () => {
    const { book } = get("maginet");
    const hf = engineOf(book);
    try {
      const cash = beside(book, hf, "Cash");
      hf.setCellContents(cash, [[25_000_000]]);
      // 25,000,000 + 2,000,000 x 12.50 = 50,000,000: D 22,000,006 in full, C the other 27,999,994; A, B, Common nothing.
      const exit = beside(book, hf, "Exit value: cash + securities x value");
      expect(hf.getCellValue(exit)).toBe(50_000_000);
      const anchor = [...book.sheet("Waterfall").cells.entries()].find(([, c]) => c.formula?.startsWith("CHARTER.LIQPREF(") && c.formula.includes(",,$"))![0];
      const { row, col } = parseCell(anchor)!;
      const payouts = () => [0, 1, 2, 3, 4].map((j) => hf.getCellValue({ sheet: exit.sheet, row, col: col + j }));
      expect(payouts()).toEqual([0, 0, 27_999_994, 22_000_006, 0]);
      // The price table: the row dated 2000-03-13 lies after the period (ends 2000-03-12): 1000.00 there changes
      // nothing; 2000-03-10's 12.50 made 16.50: (12.00 + 12.50 + 13.00 + 16.50) / 4 = 54.00 / 4 = 13.50, exit
      // 25,000,000 + 27,000,000 = 52,000,000: D 22,000,006, C 29,999,994.
      const date = beside(book, hf, "Date");
      const priceAt = (r: number) => ({ sheet: date.sheet, row: date.row + r, col: date.col });
      hf.setCellContents(priceAt(6), [[1000]]);
      expect(hf.getCellValue(exit)).toBe(50_000_000);
      hf.setCellContents(priceAt(5), [[16.5]]);
      expect(hf.getCellValue(beside(book, hf, "Value per security"))).toBe(13.5);
      expect(payouts()).toEqual([0, 0, 29_999_994, 22_000_006, 0]);
      // FOURTH 2(c)(i): an exchange of exactly 50% (the holders keep 50%) is not "more than 50%"; keeping 49.99% is.
      const owned = beside(book, hf, "Holders before: share of the survivor after");
      hf.setCellContents(beside(book, hf, "Transaction"), [["exchange"]]);
      hf.setCellContents(owned, [[0.5]]);
      expect(hf.getCellValue(beside(book, hf, "A liquidation under the charter?"))).toBe(false);
      hf.setCellContents(owned, [[0.4999]]);
      expect(hf.getCellValue(beside(book, hf, "A liquidation under the charter?"))).toBe(true);
    } finally {
      hf.destroy();
    }
  });
});

describe("the Valuation sheet, recalculated", () => {
  it.each(["maginet", "juniper", "jt-storage"])("%s: the OPM at the backsolved equity value prices the latest round at its issue price", (id) => {
    const { hf } = get(id);
    const cls = valueAt(hf, "Valuation", "B7") as string;
    const price = valueAt(hf, "Valuation", "B8") as number;
    const equity = valueAt(hf, "Valuation", "B10") as number;
    expect(equity).toBe(valueAt(hf, "Valuation", "B9"));
    expect(equity).toBeGreaterThan(0);
    // The OPM row (B13 onward, terms order) at that equity value: the latest round's class is worth its price,
    // to the precision of an equity value to the cent.
    const classes = presetTable(id).rows.map((r) => String(r[0]));
    const opm = valueAt(hf, "Valuation", `${String.fromCharCode(66 + classes.indexOf(cls))}13`) as number;
    expect(Math.abs(opm - price)).toBeLessThan(1e-6);
    // DLOM by Finnerty at 60% over 3 years: between Chaffe's and 32.4% (Finnerty's bound); both as fractions.
    const finnerty = valueAt(hf, "Valuation", "B15") as number;
    expect(finnerty).toBeGreaterThan(0.1);
    expect(finnerty).toBeLessThan(0.324);
  });
});
