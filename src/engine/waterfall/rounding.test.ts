import { dec } from "../decimal";
import { largestRemainder } from "./rounding";
import { expectAmounts } from "./test-expect";

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
  expectAmounts(
    largestRemainder([dec("1.005"), dec("2.00499999999999999999999999999999999999999999999999999999")], dec("3.01")),
    ["1.01", "2.00"],
  );
});

test("cents in excess come back from the smallest remainders", () => {
  // Target 5.99 < floors 1.00 + 2.00 + 3.00 = 6.00: a cent back from the smallest remainder (3.001).
  expectAmounts(largestRemainder([dec("1.005"), dec("2.004"), dec("3.001")], dec("5.99")), ["1.00", "2.00", "2.99"]);
});
