// Options and warrants take part as Common when in the money: max(p - K, 0) each.
// "net": paid p - K, and the amounts add up to the exit. "cash": the holders pay K in, proceeds are
// exit + K x exercised, they are paid p each. Same p either way: exit = others(p) + n (p - K) under net,
// exit + n K = others(p) + n p under cash; subtract n K from both sides and the equations are one.
// Terms: Common 8,000,000; Series A 2,000,000 x $2.50, 1x non-participating; 1,000,000 options at $1.00.
import { dec } from "../decimal";
import { compileWaterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { expectAmounts, expectDec, expectNear } from "../../../test/helpers/expect-decimal";

const terms = (convention: "net" | "cash") =>
  charterTerms(
    { name: "Series A", shares: "2000000", issuePrice: "2.50" },
    { name: "Common", shares: "8000000" },
    { name: "Options", kind: "option", shares: "1000000", strike: "1.00", strikeConvention: convention, clauses: { Strike: "Plan 4.1" } },
  );
const net = compileWaterfall(terms("net"), null);
const cash = compileWaterfall(terms("cash"), null);

test("out of the money: options get nothing", () => {
  // 10M - 5M = 5M over 8M Common: p = 0.625 < 1.00.
  const p = net.payouts(dec("10000000"));
  expectDec(p.commonPrice, "0.625");
  expectAmounts(p.amounts, ["5000000", "5000000", 0]);
  expect(p.converts).toEqual([]);
});

test("net: at p = 2.00 options are paid 1.00 each and the total is the exit", () => {
  // exit = 5M + 8M x 2 + 1M x (2 - 1) = 22M.
  const p = net.payouts(dec("22000000"));
  expectDec(p.commonPrice, 2);
  expectAmounts(p.amounts, ["5000000", "16000000", "1000000"]);
  expect(p.converts).toEqual(["Options"]);
  expectDec(p.exerciseCash, 0);
  expectDec(p.total, "22000000");
});

test("cash: same exit, same p; options paid 2.00 gross, proceeds 23M", () => {
  // Proceeds 22M + 1M x 1.00 = 23M = 5M + 8M x 2 + 1M x 2.
  const p = cash.payouts(dec("22000000"));
  expectDec(p.commonPrice, 2);
  expectAmounts(p.amounts, ["5000000", "16000000", "2000000"]);
  expectDec(p.exerciseCash, "1000000");
  expectDec(p.total, "23000000");
});

test("cents under both conventions at 25M (p = 21/9)", () => {
  // 25M = 5M + 9M p - 1M  ->  p = 21M / 9M = 2.333...
  // net: options 1M x 1.333... = 1,333,333.333...; Common 8M x 2.333... = 18,666,666.666...
  //   floors 1,333,333.33 + 18,666,666.66 + 5,000,000 = 24,999,999.99; the cent to Common (0.00666 > 0.00333).
  const n = net.cents(dec("25000000"));
  expectNear(net.payouts(dec("25000000")).commonPrice, dec(21).div(9));
  expectAmounts(n.amounts, ["5000000", "18666666.67", "1333333.33"]);
  expectDec(n.total, "25000000");
  // cash: options 1M x 2.333... = 2,333,333.333...; total 26,000,000 = exit + 1,000,000 strike paid in.
  const c = cash.cents(dec("25000000"));
  expectAmounts(c.amounts, ["5000000", "18666666.67", "2333333.33"]);
  expectDec(c.exerciseCash, "1000000");
  expectDec(c.total, "26000000");
});

test("breakpoints: exercise at p = 1.00, A converts at p = 2.50", () => {
  // V(1) = 5M + 8M = 13M. V(2.50) = 5M + 8M x 2.5 + 1M x 1.5 = 26.5M.
  const bps = net.breakpoints().filter((b) => b.event === "exercises" || b.event === "converts");
  expect(bps.map((b) => [b.exitValue.toString(), b.className, b.event, b.clause])).toEqual([
    ["13000000", "Options", "exercises", "Plan 4.1"],
    ["26500000", "Series A", "converts", ""],
  ]);
  // Under cash the exercise is at the same exit value (no strike is paid in at p = K itself).
  expectDec(cash.breakpoints().find((b) => b.event === "exercises")!.exitValue, "13000000");
});

test("cash: the option's amount jumps by the strike at exercise, the total with it", () => {
  // Just above 13M options exercise: p a hair above 1.00, each paid about 1.00 gross.
  const at = cash.payouts(dec("13000000"));
  expectAmounts(at.amounts, ["5000000", "8000000", 0]);
  const above = cash.payouts(dec("13000000.09"));
  // 0.09 more: 9M x dp = 0.09 -> p = 1.00000001; options 1,000,000.01 gross, proceeds 14,000,000.09.
  expectAmounts(above.amounts, ["5000000", "8000000.08", "1000000.01"]);
  expectDec(above.total, "14000000.09");
});

test("explain: the exercise is a step", () => {
  const steps = net.explain(dec("22000000"));
  const last = steps[steps.length - 1];
  expect([last.className, last.amount.toString(), last.clause, last.tier]).toEqual(["Options", "1000000", "Plan 4.1", null]);
});
