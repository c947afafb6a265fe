// Reading dollar amounts to whole cents: a JS number is worth what its shortest text says (as dec(x)
// reads it), never x * 100 in floating point; whole cents come as a bigint count of cents, any other
// amount as the same Decimal readNumbers gives.
import fc from "fast-check";
import { Decimal, dec } from "../engine/decimal";
import { numberToCents, readMoney, readNumbers } from "./args";
import { isHostError } from "./host-error";
import type { HostMatrix } from "./types";

const PLACE = { argument: "exitValues" };

/** What dec(x) is worth in cents when that is whole (Decimal arithmetic on the text), else null. */
function reference(x: number): bigint | null {
  const c = dec(x).times(100);
  return c.isInteger() ? BigInt(c.toFixed()) : null;
}

describe("numberToCents", () => {
  it("whole dollars and cents", () => {
    expect(numberToCents(0)).toBe(0n);
    expect(numberToCents(-0)).toBe(0n);
    expect(numberToCents(22000006)).toBe(2200000600n);
    expect(numberToCents(12.5)).toBe(1250n); // written 12.5: one place
    expect(numberToCents(0.05)).toBe(5n);
    expect(numberToCents(1.1)).toBe(110n);
    expect(numberToCents(0.3)).toBe(30n);
    expect(numberToCents(123456789.01)).toBe(12345678901n);
  });

  it("0.1 + 0.2 is 0.30000000000000004, not whole cents (x * 100 rounded would say 30)", () => {
    expect(String(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(Math.round((0.1 + 0.2) * 100)).toBe(30);
    expect(numberToCents(0.1 + 0.2)).toBeNull();
  });

  it("fractions of a cent: 123456789.015, 0.001, 1e-7 (written with an exponent)", () => {
    expect(numberToCents(123456789.015)).toBeNull();
    expect(numberToCents(0.001)).toBeNull();
    expect(String(1e-7)).toBe("1e-7");
    expect(numberToCents(1e-7)).toBeNull();
    expect(numberToCents(1.5e-7)).toBeNull();
  });

  it("negative amounts, exactly", () => {
    expect(numberToCents(-1)).toBe(-100n);
    expect(numberToCents(-0.01)).toBe(-1n);
    expect(numberToCents(-12.5)).toBe(-1250n);
    expect(numberToCents(-123456789.015)).toBeNull();
  });

  it("huge amounts: whole dollars past 2^53 / 100 as their text says, and 1e21 up left to the Decimal", () => {
    expect(numberToCents(90071992547409)).toBe(9007199254740900n); // the largest whole dollars below 2^53 cents
    expect(numberToCents(90071992547410)).toBe(9007199254741000n); // above: from the text
    expect(numberToCents(2 ** 53)).toBe(900719925474099200n); // 9007199254740992 dollars
    expect(String(2 ** 60)).toBe("1152921504606847000"); // 2^60 = 1152921504606846976, written shortest
    expect(numberToCents(2 ** 60)).toBe(115292150460684700000n); // what dec(2 ** 60) reads
    expect(numberToCents(1e20)).toBe(10n ** 22n);
    expect(numberToCents(70368744177664.02)).toBe(7036874417766402n); // the double is ...664.015625, written ...664.02
    expect(String(1e21)).toBe("1e+21");
    expect(numberToCents(1e21)).toBeNull();
    expect(numberToCents(Infinity)).toBeNull();
    expect(numberToCents(NaN)).toBeNull();
  });

  it("agrees with Decimal arithmetic on dec(x) for any double it takes, and takes every x from 1e-6 to 1e21 in whole cents (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const got = numberToCents(x);
        const want = reference(x);
        if (got !== null) expect([x, got]).toEqual([x, want]);
        else if (Math.abs(x) < 1e21) expect([x, want]).toEqual([x, null]);
      }),
      { numRuns: 5000 },
    );
  });

  it("amounts typed in dollars and cents, read back exactly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (c) => {
        // The double a cell holds for "c / 100" typed in: the parse of the decimal text.
        const t = new Decimal(c).div(100).toFixed(2);
        const x = Number(t);
        expect([t, numberToCents(x)]).toEqual([t, reference(x)]);
        // Up to 1e15 cents (15 digits), the double writes back as the text typed, so the cents are c.
        if (Math.abs(c) <= 1e15) expect([t, numberToCents(x)]).toEqual([t, BigInt(c)]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("readMoney", () => {
  it("whole cents as bigint cents; other amounts as the Decimal readNumbers gives; blanks and bad cells as readNumbers has them", () => {
    const range: HostMatrix = [[22000006.5, 0.1 + 0.2, "12.34"], [null, "ten", -1], ["  ", "1e21", 1e-7], [-0.005, "12.345", 1e21]];
    const money = readMoney(range, PLACE);
    const numbers = readNumbers(range, PLACE);
    expect(money[0][0]).toBe(2200000650n);
    expect((money[0][1] as Decimal).toString()).toBe("0.30000000000000004");
    expect(money[0][2]).toBe(1234n);
    expect(money[1][0]).toBeNull();
    expect(money[1][1]).toEqual(numbers[1][1]);
    expect(isHostError(money[1][1]) && money[1][1].message).toBe('argument exitValues (row 2, column 2), value "ten": is not a number; write digits with a decimal point, without thousands separators or currency signs');
    expect(money[1][2]).toBe(-100n);
    expect(money[2][0]).toBeNull();
    expect(money[2][1]).toBe(10n ** 23n); // a text 1e21: 10^21 dollars
    expect((money[2][2] as Decimal).eq("0.0000001")).toBe(true);
    expect((money[3][0] as Decimal).eq("-0.005")).toBe(true);
    expect((money[3][1] as Decimal).eq("12.345")).toBe(true);
    expect(money[3][2]).toBe(10n ** 23n); // the number 1e21, through its Decimal
  });

  it("a single number is a 1 x 1 range", () => {
    expect(readMoney(79001979, PLACE)).toEqual([[7900197900n]]);
  });

  it("a ragged range is refused, naming the argument", () => {
    expect(() => readMoney([[1, 2], [3]], PLACE)).toThrow("argument exitValues: is not a rectangular range: its rows are of different lengths");
  });
});
