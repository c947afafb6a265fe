// The largest remainder method, worked by hand: floors first, then the missing cents by remainder.
import { dec } from "../decimal";
import { allocate } from "./allocate";
import { Money } from "./money";

const cents = (dollars: string) => Money.fromDecimal(dec(dollars));
const texts = (ms: readonly Money[]) => ms.map(String);

test("the spare cents go to the largest remainders", () => {
  // 1.005 + 2.004 + 3.001 = 6.01: floors 1.00 + 2.00 + 3.00 = 6.00; one cent to 1.005 (remainder 0.005).
  expect(texts(allocate([dec("1.005"), dec("2.004"), dec("3.001")], cents("6.01")))).toEqual(["1.01", "2.00", "3.00"]);
});

test("ties go to the earlier position: $100.00 over three equal shares is 33.34 / 33.33 / 33.33", () => {
  // 100 / 3 = 33.333... each: floors 99.99, one cent to the first.
  const third = dec(100).div(3);
  expect(texts(allocate([third, third, third], cents("100")))).toEqual(["33.34", "33.33", "33.33"]);
});

test("noise in the 60th digit does not decide", () => {
  // 0.004999...9 (noise) is read as 0.005 and ties with the exact 0.005 of the first: the first wins.
  expect(texts(allocate([dec("1.005"), dec("2.00499999999999999999999999999999999999999999999999999999")], cents("3.01")))).toEqual(["1.01", "2.00"]);
});

test("cents in excess come back from the smallest remainders", () => {
  // Target 5.99 < floors 1.00 + 2.00 + 3.00 = 6.00: a cent back from the smallest remainder (3.001).
  expect(texts(allocate([dec("1.005"), dec("2.004"), dec("3.001")], cents("5.99")))).toEqual(["1.00", "2.00", "2.99"]);
});

test("many rounds of missing cents at once: 10.00 over three zeros", () => {
  // 1,000 cents missing, 3 positions: 333 rounds (3.33 each) and 1 cent more to the first (ties: earlier).
  expect(texts(allocate([dec(0), dec(0), dec(0)], cents("10")))).toEqual(["3.34", "3.33", "3.33"]);
});

test("many rounds of excess cents at once: 0.50 target over floors of 1.00 and 2.00", () => {
  // Floors 3.00, target 0.50: 250 cents come back, 2 positions: 125 rounds (1.25 each), no rest:
  // 1.00 - 1.25 = -0.25, 2.00 - 1.25 = 0.75 (the method itself; the waterfall never overshoots so far).
  expect(texts(allocate([dec("1.00"), dec("2.00")], cents("0.50")))).toEqual(["-0.25", "0.75"]);
  // 251 cents back: 125 rounds, then 1 cent from the smallest remainder (both 0: the later position).
  expect(texts(allocate([dec("1.00"), dec("2.00")], cents("0.49")))).toEqual(["-0.25", "0.74"]);
});

test("a huge number of missing cents returns at once (the old one-cent-a-step loop never would)", () => {
  // 1e14 dollars = 1e16 cents over 3 zeros: q = 3,333,333,333,333,333 cents each, r = 1 to the first.
  expect(texts(allocate([dec(0), dec(0), dec(0)], cents("1e14")))).toEqual(["33333333333333.34", "33333333333333.33", "33333333333333.33"]);
});

test("negative amounts floor toward minus infinity: -0.005 and -0.005 over -0.01", () => {
  // Floors -0.01 + -0.01 = -0.02; target -0.01: one cent missing, to the larger remainder (both 0.005: the first).
  expect(texts(allocate([dec("-0.005"), dec("-0.005")], cents("-0.01")))).toEqual(["0.00", "-0.01"]);
});

test("nothing to share out", () => {
  expect(allocate([], Money.ofCents(0n))).toEqual([]);
});
