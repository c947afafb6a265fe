// The waiver beyond JT Storage's single class (decision, see stages.ts): the class's preference falls
// away from the exit at which, its preference waived and every other class keeping its own, it would
// receive its Waiver Price per share as converted.
import { dec } from "../decimal";
import { compileWaterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { expectAmounts, expectDec, expectNear } from "../../../test/helpers/expect-decimal";

test("a senior non-participating class keeps its preference in the waived solve", () => {
  // S: 100 x $10, senior, non-participating, r = 1. A: 100 x $1.00, participating, waiver $5.00. Common 100.
  // Waived solve (p <= 10): V = 1,000 (S) + (100 A + 100 Common) p; A gets 5.00 at p = 5: T = 1,000 + 1,000 = 2,000.
  // (Counting only the sharing shares, exit / 200 >= 5 would waive at 1,000, where S takes everything and A
  // nothing: not what the proviso means.)
  const w = compileWaterfall(
    charterTerms(
      { name: "S", shares: 100, issuePrice: 10, seniority: 2 },
      { name: "A", shares: 100, issuePrice: 1, seniority: 1, participation: "full", waiverPrice: 5 },
      { name: "Common", shares: 100 },
    ),
    null,
  );
  // 1,999.99: V = 1,100 + 200 p -> p = 899.99 / 200 = 4.49995; A = 100 + 449.995 = 549.995.
  const below = w.payouts(dec("1999.99"));
  expectDec(below.commonPrice, "4.49995");
  expectAmounts(below.amounts, ["1000", "549.995", "449.995"]);
  // 2,000: A waived, p = 5: S 1,000; A 500; Common 500.
  const at = w.payouts(dec(2000));
  expectAmounts(at.amounts, ["1000", "500", "500"]);
  expect(at.waived).toEqual(["A"]);
  expectDec(w.breakpoints().find((b) => b.event === "preference waived")!.exitValue, 2000);
});

test("two waiver classes: each waived at its own threshold, in turn", () => {
  // A1, A2: 100 x $1.00 each, participating, pari passu; waivers $3.00 and $5.00. Common 100. V0 = 200 + 300 p.
  // A1 waived alone: V = 100 + 300 p; p* = 3 -> T1 = 1,000. A2 waived alone: p* = 5 -> 1,600. Lower: 1,000.
  // From 1,000 with A1 waived, A2 waived too: V = 300 p, p* = 5 -> T2 = 1,500 (> 1,000).
  const w = compileWaterfall(
    charterTerms(
      { name: "A1", shares: 100, issuePrice: 1, participation: "full", waiverPrice: 3 },
      { name: "A2", shares: 100, issuePrice: 1, participation: "full", waiverPrice: 5 },
      { name: "Common", shares: 100 },
    ),
    null,
  );
  // 999.99: p = 799.99 / 300 = 2.666633...; A1 = 100 + 266.6633... = 366.66...
  expectNear(w.payouts(dec("999.99")).amounts[0], dec(100).plus(dec("799.99").div(3)));
  // 1,000: A1 waived: V = 100 + 300 p -> p = 3; A1 300, A2 100 + 300 = 400, Common 300.
  const one = w.payouts(dec(1000));
  expectAmounts(one.amounts, [300, 400, 300]);
  expect(one.waived).toEqual(["A1"]);
  // 1,500: both waived, p = 5: 500 each.
  const two = w.payouts(dec(1500));
  expectAmounts(two.amounts, [500, 500, 500]);
  expect(two.waived).toEqual(["A1", "A2"]);
  expect(
    w
      .breakpoints()
      .filter((b) => b.event === "preference waived")
      .map((b) => [b.className, b.exitValue.toString()]),
  ).toEqual([
    ["A1", "1000"],
    ["A2", "1500"],
  ]);
});
