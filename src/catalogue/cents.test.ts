// Whole cents as a result cell: the double a host of numbers gets is the double nearest the exact
// amount, the same as the Decimal's toNumber gave, for any count of cents (up to 2^53 and past it,
// negative and zero); the text and the Decimal are the exact dollars.
import fc from "fast-check";
import { Decimal } from "../engine/decimal";
import { Cents, centsNumber } from "./cents";

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

describe("Cents", () => {
  it("writes its dollars with two decimals", () => {
    expect(new Cents(0n).toString()).toBe("0.00");
    expect(new Cents(5n).toString()).toBe("0.05");
    expect(new Cents(-5n).toString()).toBe("-0.05");
    expect(new Cents(123450n).toString()).toBe("1234.50");
    expect(new Cents(-9007199254740993n).toString()).toBe("-90071992547409.93");
  });

  it("is the exact Decimal dollars", () => {
    expect(new Cents(598018508n).toDecimal().eq("5980185.08")).toBe(true);
    expect(new Cents(-1n).toDecimal().eq("-0.01")).toBe(true);
    expect(new Cents(10n ** 22n + 1n).toDecimal().eq("100000000000000000000.01")).toBe(true);
    expect(new Cents(5n).toNumber()).toBe(0.05);
  });
});
