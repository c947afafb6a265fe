// Dividend allocation on the charter presets as the product ships them (parseTerms(presetTable(id))).
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { allocateDividend } from "../engine/dividends/allocate";

const d = (x: string) => new Decimal(x);
const amountOf = (a: ReturnType<typeof allocateDividend>, name: string) => a.classes.find((c) => c.className === name)!.amount.toString();

it("MagiNet preset: $5,000,000 pays every preferential dividend and $37,584.72 to Common", () => {
  // D 3,142,858 x 0.56 = 1,760,000.48; C 7,500,000 x 0.36 = 2,700,000; A 150,000 x 0.16 = 24,000;
  // B 1,328,930 x 0.36 = 478,414.80; total 4,962,415.28; 5,000,000 - 4,962,415.28 = 37,584.72
  const a = allocateDividend(parseTerms(presetTable("maginet")), d("5000000"));
  expect(amountOf(a, "Series D")).toBe("1760000.48");
  expect(amountOf(a, "Series C")).toBe("2700000");
  expect(amountOf(a, "Series A")).toBe("24000");
  expect(amountOf(a, "Series B")).toBe("478414.8");
  expect(amountOf(a, "Common")).toBe("37584.72");
});

it("JT Storage preset: one year's accrual first, then Series A shares with Common as converted", () => {
  // Issue date 1995-02-03 (preset input) to 1996-02-03: 365 days on actual/365: $0.09 a share;
  // 9,000,000 x 0.09 = 810,000. $1,000,000 leaves 190,000 for 10,000,000 Common + 9,000,000 as
  // converted = 19,000,000 shares, $0.01 each: Common 100,000; Series A 810,000 + 90,000 = 900,000.
  const a = allocateDividend(parseTerms(presetTable("jt-storage")), d("1000000"), "1996-02-03");
  expect(amountOf(a, "Series A")).toBe("900000");
  expect(amountOf(a, "Common")).toBe("100000");
});

it("Juniper preset: a shortfall pays each series the same percentage of its rate", () => {
  // Full dividends: A 87,187.55 + B 469,836.96 + C 2,340,000 + D 330,000 + D1 1,419,000 = 4,646,024.51.
  // Declared 464,602.451 (10%): A 8,718.755; C 234,000; D1 141,900.
  const a = allocateDividend(parseTerms(presetTable("juniper")), d("464602.451"));
  expect(amountOf(a, "Series A")).toBe("8718.755");
  expect(amountOf(a, "Series C")).toBe("234000");
  expect(amountOf(a, "Series D1")).toBe("141900");
  expect(amountOf(a, "Common")).toBe("0");
});
