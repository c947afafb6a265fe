// The public worked examples of /work/shared/notes/domain.md (hand derivations on the NVCA model charter):
// Common 8,000,000 shares; Series A 2,000,000 shares at $2.50 OIP, so a $5,000,000 1x preference.
import { dec } from "../decimal";
import { compileWaterfall } from "./compile";
import { charterTerms, type ClassSpec } from "../../../test/fixtures/classes";
import { expectAmounts, expectDec } from "../../../test/helpers/expect-decimal";

const seriesA = (more: Partial<ClassSpec>) =>
  charterTerms({ name: "Series A", shares: "2000000", issuePrice: "2.50", ...more }, { name: "Common", shares: "8000000" });

test("1x non-participating: $15M -> A $5,000,000", () => {
  // Converting would give 2M / 10M x 15M = 3M < 5M: A keeps its preference; Common 10,000,000.
  const p = compileWaterfall(seriesA({ participation: "none" }), null).payouts(dec("15000000"));
  expectAmounts(p.amounts, ["5000000", "10000000"]);
  expect(p.converts).toEqual([]);
});

test("1x non-participating: $27M -> A converts, $5,400,000", () => {
  // As converted: 27M / 10M = $2.70 a share > $2.50: A 2M x 2.70 = 5,400,000; Common 21,600,000.
  const p = compileWaterfall(seriesA({ participation: "none" }), null).payouts(dec("27000000"));
  expectAmounts(p.amounts, ["5400000", "21600000"]);
  expect(p.converts).toEqual(["Series A"]);
  expectDec(p.commonPrice, "2.70");
});

test("fully participating: $35M -> A $11,000,000", () => {
  // 5M + 2M / 10M x (35M - 5M) = 5M + 6M = 11M; Common 24M.
  expectAmounts(compileWaterfall(seriesA({ participation: "full" }), null).payouts(dec("35000000")).amounts, ["11000000", "24000000"]);
});

test("2x cap: $40M -> A $10,000,000 (capped)", () => {
  // Uncapped: 2.50 + (40M - 5M) / 10M = 6.00 a share > cap 2 x 2.50 = 5.00; capped at 10M; converting
  // would give 4.00 a share. Common takes the other 30M: p = 3.75 (between (5 - 2.5) / 1 = 2.5 and 5 / 1 = 5).
  const p = compileWaterfall(seriesA({ participation: "capped", capMultiple: 2 }), null).payouts(dec("40000000"));
  expectAmounts(p.amounts, ["10000000", "30000000"]);
  expectDec(p.commonPrice, "3.75");
  expect(p.converts).toEqual([]);
});

test("2x cap: $60M -> converts, $12,000,000", () => {
  // As converted 60M / 10M = 6.00 > cap 5.00: A converts, 2M x 6 = 12M; Common 48M.
  const p = compileWaterfall(seriesA({ participation: "capped", capMultiple: 2 }), null).payouts(dec("60000000"));
  expectAmounts(p.amounts, ["12000000", "48000000"]);
  expect(p.converts).toEqual(["Series A"]);
});

test("2x cap breakpoints: starts to share at 5M, reaches its cap at 30M, converts at 50M", () => {
  // Preference 5M. Cap reached at p = (5.00 - 2.50) / 1 = 2.50: exit 5M + 10M x 2.50 = 30M.
  // Converts past p = 5.00 / 1 = 5.00: exit = 10M (A capped) + 8M x 5.00 = 50M.
  const bps = compileWaterfall(seriesA({ participation: "capped", capMultiple: 2 }), null).breakpoints();
  expect(bps.map((b) => [b.exitValue.toString(), b.className, b.event])).toEqual([
    ["5000000", "Series A", "preference paid in full"],
    ["5000000", "Series A", "starts to share"],
    ["5000000", "Common", "starts to share"],
    ["30000000", "Series A", "reaches its cap"],
    ["50000000", "Series A", "converts"],
  ]);
});

test("8% simple accruing dividend for 2 years, non-participating, $27M -> $5,800,000", () => {
  // 8% of 2.50 = 0.20 a year; 2020-01-01 to 2022-01-01 is 2 full years on actual/actual: 0.40.
  // Preference 2.90 x 2M = 5,800,000 > as converted 5,400,000: A keeps it; Common 21,200,000.
  const terms = seriesA({ participation: "none", dividendRate: "0.20", dividendAccrual: "cumulative", dayCount: "actual/actual", issueDate: "2020-01-01" });
  const p = compileWaterfall(terms, "2022-01-01").payouts(dec("27000000"));
  expectAmounts(p.amounts, ["5800000", "21200000"]);
  expect(p.converts).toEqual([]);
});

test("the same, compounded annually -> $5,832,000 (the engine accrues simply; the compounded amount is given as Declared Unpaid)", () => {
  // 2.50 x (1.08^2 - 1) = 2.50 x 0.1664 = 0.416 a share; preference 2.916 x 2,000,000 = 5,832,000 > as
  // converted 5,400,000: A keeps it; Common 27,000,000 - 5,832,000 = 21,168,000.
  const terms = seriesA({ participation: "none", dividendAccrual: "declared", declaredUnpaid: "0.416" });
  const p = compileWaterfall(terms, null).payouts(dec("27000000"));
  expectAmounts(p.amounts, ["5832000", "21168000"]);
  expect(p.converts).toEqual([]);
});
