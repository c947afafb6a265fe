import { dec } from "../decimal";
import { largestRemainder } from "./rounding";
import { expectAmounts } from "../../../test/helpers/expect-decimal";

test("the spare cents go to the largest remainders", () => {
  // 1.005 + 2.004 + 3.001 = 6.01: floors 1.00 + 2.00 + 3.00 = 6.00; one cent to 1.005 (remainder 0.005).
  expectAmounts(largestRemainder([dec("1.005"), dec("2.004"), dec("3.001")], dec("6.01")), ["1.01", "2.00", "3.00"]);
});

test("ties go to the earlier position", () => {
  // 100 / 3 = 33.333... each: floors 99.99, one cent to the first.
  const third = dec(100).div(3);
  expectAmounts(largestRemainder([third, third, third], dec(100)), ["33.34", "33.33", "33.33"]);
});

test("noise in the 60th digit does not decide", () => {
  // 0.004999...9 (noise) is read as 0.005 and ties with the exact 0.005 of the first: the first wins.
  expectAmounts(largestRemainder([dec("1.005"), dec("2.00499999999999999999999999999999999999999999999999999999")], dec("3.01")), ["1.01", "2.00"]);
});

test("cents in excess come back from the smallest remainders", () => {
  // Target 5.99 < floors 1.00 + 2.00 + 3.00 = 6.00: a cent back from the smallest remainder (3.001).
  expectAmounts(largestRemainder([dec("1.005"), dec("2.004"), dec("3.001")], dec("5.99")), ["1.00", "2.00", "2.99"]);
});

test("many rounds of missing cents at once: 10.00 over three zeros", () => {
  // 1,000 cents missing, 3 positions: 333 rounds (3.33 each) and 1 cent more to the first (ties: earlier).
  expectAmounts(largestRemainder([dec(0), dec(0), dec(0)], dec(10)), ["3.34", "3.33", "3.33"]);
});

test("many rounds of excess cents at once: 0.50 target over floors of 1.00 and 2.00", () => {
  // Floors 3.00, target 0.50: 250 cents come back, 2 positions: 125 rounds (1.25 each), no rest:
  // 1.00 - 1.25 = -0.25, 2.00 - 1.25 = 0.75 (the method itself; the waterfall never overshoots so far).
  expectAmounts(largestRemainder([dec("1.00"), dec("2.00")], dec("0.50")), ["-0.25", "0.75"]);
  // 251 cents back: 125 rounds, then 1 cent from the smallest remainder (both 0: the later position).
  expectAmounts(largestRemainder([dec("1.00"), dec("2.00")], dec("0.49")), ["-0.25", "0.74"]);
});

test("a huge number of missing cents returns at once (the old one-cent-a-step loop never would)", () => {
  // 1e14 dollars = 1e16 cents over 3 zeros: q = 3,333,333,333,333,333 cents each, r = 1 to the first.
  expectAmounts(largestRemainder([dec(0), dec(0), dec(0)], dec("1e14")), ["33333333333333.34", "33333333333333.33", "33333333333333.33"]);
});
