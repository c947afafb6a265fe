// Money: the double a host of numbers gets is the double nearest the exact amount, the same as the
// Decimal's toNumber gives, for any count of cents (up to 2^53 and past it, negative and zero); the text
// and the Decimal are the exact dollars; a Decimal with a fraction of a cent is refused.
import fc from "fast-check";
import { Decimal, dec } from "../decimal";
import { Money, centsNumber, sumMoney, wholeCentsOf } from "./money";
import { roundToCents, roundToMoney } from "./round";

/** Dollars and cents written apart (not from the cents count): "-123.05". */
function text(negative: boolean, dollars: bigint, cents: number): string {
  return `${negative ? "-" : ""}${dollars}.${cents < 10 ? "0" : ""}${cents}`;
}

/** The number both ways a host could read it before: JS's parse of the text and Decimal.toNumber. */
function expectNearest(negativeAsked: boolean, dollars: bigint, cents: number): void {
  const negative = negativeAsked && (dollars > 0n || cents > 0); // no -0.00: a count of cents has no sign at 0
  const count = (dollars * 100n + BigInt(cents)) * (negative ? -1n : 1n);
  const t = text(negative, dollars, cents);
  const n = centsNumber(count);
  expect([t, n]).toEqual([t, Number(t)]);
  expect([t, n]).toEqual([t, new Decimal(t).toNumber()]);
}

describe("centsNumber: the double nearest cents / 100", () => {
  it("small amounts whose doubles are not the decimals (0.01, 0.1, 0.3, 1.15, 0.07)", () => {
    expect(centsNumber(1n)).toBe(0.01);
    expect(centsNumber(10n)).toBe(0.1);
    expect(centsNumber(30n)).toBe(0.3); // the literal 0.3, not 0.1 + 0.2
    expect(centsNumber(30n)).not.toBe(0.1 + 0.2);
    expect(centsNumber(115n)).toBe(1.15);
    expect(centsNumber(7n)).toBe(0.07);
    expect(centsNumber(0n)).toBe(0);
    expect(Object.is(centsNumber(0n), 0)).toBe(true); // not -0
    expect(centsNumber(-1n)).toBe(-0.01);
  });

  it("a MagiNet payout, $5,980,185.08 (598,018,508 cents)", () => {
    expect(centsNumber(598018508n)).toBe(5980185.08);
  });

  it("at and around 2^53 cents, where Number(cents) stops being exact", () => {
    // 2^53 = 9,007,199,254,740,992 cents = $90,071,992,547,409.92
    expectNearest(false, 90071992547409n, 91); // 2^53 - 1 cents
    expectNearest(false, 90071992547409n, 92); // 2^53
    expectNearest(false, 90071992547409n, 93); // 2^53 + 1: Number(2^53 + 1) would round first
    expectNearest(true, 90071992547409n, 93);
    expectNearest(false, 70368744177664n, 1); // 2^46 dollars and a cent: doubles 1/64 apart there
    expectNearest(false, 70368744177664n, 2);
  });

  it("far past 2^53 cents, and past a double's range (Infinity, which the hosts refuse)", () => {
    expectNearest(false, 11529215046068469n, 77); // ~2^60 cents
    expectNearest(false, 10n ** 20n, 1);
    expectNearest(true, 123456789012345678901234567n, 99);
    expect(centsNumber(10n ** 400n)).toBe(Infinity);
    expect(centsNumber(-(10n ** 400n))).toBe(-Infinity);
  });

  it("any count of cents up to 2^53 in size, either sign (property)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.bigInt({ min: 0n, max: 90071992547409n }), fc.integer({ min: 0, max: 99 }), (negative, dollars, cents) =>
        expectNearest(negative, dollars, cents),
      ),
      { numRuns: 3000 },
    );
  });

  it("small amounts, where most doubles fall (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 99 }), (dollars, cents) => expectNearest(false, dollars, cents)),
      { numRuns: 3000 },
    );
  });

  it("past 2^53 cents (property)", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.bigInt({ min: 90071992547409n, max: 10n ** 25n }), fc.integer({ min: 0, max: 99 }), (negative, dollars, cents) =>
        expectNearest(negative, dollars, cents),
      ),
      { numRuns: 1000 },
    );
  });
});

describe("Money", () => {
  it("writes its dollars with two decimals", () => {
    expect(Money.ofCents(0n).toString()).toBe("0.00");
    expect(Money.ofCents(5n).toString()).toBe("0.05");
    expect(Money.ofCents(-5n).toString()).toBe("-0.05");
    expect(Money.ofCents(123450n).toString()).toBe("1234.50");
    expect(Money.ofCents(-123405n).toString()).toBe("-1234.05");
    expect(Money.ofCents(-9007199254740993n).toString()).toBe("-90071992547409.93");
  });

  it("is the exact Decimal dollars", () => {
    expect(Money.ofCents(598018508n).toDecimal().eq("5980185.08")).toBe(true);
    expect(Money.ofCents(-1n).toDecimal().eq("-0.01")).toBe(true);
    expect(
      Money.ofCents(10n ** 22n + 1n)
        .toDecimal()
        .eq("100000000000000000000.01"),
    ).toBe(true);
    expect(Money.ofCents(5n).toNumber()).toBe(0.05);
  });

  it("comes from a Decimal of whole cents, either sign", () => {
    expect(Money.fromDecimal(dec("22000006")).cents).toBe(2200000600n);
    expect(Money.fromDecimal(dec("0.05")).cents).toBe(5n);
    expect(Money.fromDecimal(dec("-1234.05")).cents).toBe(-123405n);
    expect(Money.fromDecimal(dec("1e14")).cents).toBe(10n ** 16n);
    expect(Money.fromDecimal(dec("0")).cents).toBe(0n);
  });

  it("refuses a fraction of a cent, or no amount, with one line naming the value", () => {
    expect(() => Money.fromDecimal(dec("1.005"))).toThrow("money must be a whole number of cents, not 1.005; round it to the cent first (roundToMoney)");
    expect(() => Money.fromDecimal(dec("-0.001"))).toThrow("not -0.001;");
    expect(() => Money.fromDecimal(new Decimal(NaN))).toThrow("not NaN;");
    expect(() => Money.fromDecimal(new Decimal(Infinity))).toThrow("not Infinity;");
  });

  it("adds up in cents", () => {
    const a = Money.ofCents(1005n); // $10.05
    const b = Money.ofCents(-2010n); // -$20.10
    expect(sumMoney([a, a, b]).toString()).toBe("0.00"); // 10.05 + 10.05 - 20.10
    expect(sumMoney([a, b]).toString()).toBe("-10.05"); // 10.05 - 20.10
    expect(sumMoney([]).toString()).toBe("0.00");
  });
});

describe("rounding dollars to the cent", () => {
  it("half-up: a half cent goes away from zero", () => {
    expect(roundToMoney(dec("0.005"), "half-up").toString()).toBe("0.01");
    expect(roundToMoney(dec("-0.005"), "half-up").toString()).toBe("-0.01");
    expect(roundToMoney(dec("0.004999"), "half-up").toString()).toBe("0.00");
    expect(roundToMoney(dec("22000005.995"), "half-up").toString()).toBe("22000006.00");
  });

  it("floor: down to the cent below, toward minus infinity", () => {
    expect(roundToMoney(dec("0.019"), "floor").toString()).toBe("0.01");
    expect(roundToMoney(dec("-0.011"), "floor").toString()).toBe("-0.02");
    expect(roundToCents(dec("33.3333"), "floor").toFixed()).toBe("33.33");
  });

  it("up: away from zero to the next cent", () => {
    expect(roundToMoney(dec("0.011"), "up").toString()).toBe("0.02");
    expect(roundToMoney(dec("-0.011"), "up").toString()).toBe("-0.02");
    expect(roundToMoney(dec("147001539.4137"), "up").toString()).toBe("147001539.42");
  });
});

describe("whole cents", () => {
  test("wholeCentsOf by hand", () => {
    expect(wholeCentsOf(dec("12345.67"))).toBe(1_234_567n);
    expect(wholeCentsOf(dec("0.05"))).toBe(5n);
    expect(wholeCentsOf(dec("10000000"))).toBe(1_000_000_000n); // one stored word, its trailing zeros implied
    expect(wholeCentsOf(dec("12345678.9"))).toBe(1_234_567_890n);
    expect(wholeCentsOf(dec(0))).toBe(0n);
    expect(wholeCentsOf(dec("0.001"))).toBeNull();
    expect(wholeCentsOf(dec("1e-10"))).toBeNull();
    // Digits below 10^-7 after a word of whole cents: 0.3 + 4e-17, and 12.34 + 1e-11.
    expect(wholeCentsOf(dec("0.30000000000000004"))).toBeNull();
    expect(wholeCentsOf(dec("12.34000000001"))).toBeNull();
    expect(wholeCentsOf(dec("-1"))).toBe(-100n); // either sign
    expect(wholeCentsOf(dec("-0.001"))).toBeNull();
    expect(wholeCentsOf(dec(Infinity))).toBeNull();
    expect(wholeCentsOf(dec(NaN))).toBeNull();
  });

  test("wholeCentsOf agrees with printing to two places, and toDecimal undoes it", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: -6, max: 40 }), (digits, shift) => {
        const x = new Decimal(digits.toString()).times(dec(10).pow(-shift));
        const expected = x.decimalPlaces() <= 2 ? BigInt(x.toFixed(2).replace(".", "")) : null;
        expect(wholeCentsOf(x)).toBe(expected);
        if (expected !== null) expect(Money.ofCents(expected).toDecimal().eq(x)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  test("toDecimal by hand", () => {
    expect(Money.ofCents(1_234_567n).toDecimal().toString()).toBe("12345.67");
    expect(Money.ofCents(5n).toDecimal().toString()).toBe("0.05");
    expect(Money.ofCents(0n).toDecimal().toString()).toBe("0");
    expect(Money.ofCents(-150n).toDecimal().toString()).toBe("-1.5");
  });
});

test("toDecimal makes the very Decimal that reading the text makes (same words, exponent, sign)", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.constantFrom(1n, 10n, 100n, 1_000_000_000n, 999_999_999n, 2n ** 53n - 1n, 2n ** 53n),
      ),
      (c) => {
        const s = (c < 0n ? -c : c).toString().padStart(3, "0");
        const text = new Decimal(`${c < 0n ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`);
        const made = Money.ofCents(c).toDecimal();
        expect({ s: made.s, e: made.e, d: made.d }).toEqual({ s: text.s, e: text.e, d: text.d });
        expect(made.toString()).toBe(text.toString());
      },
    ),
    { numRuns: 3_000 },
  );
});
