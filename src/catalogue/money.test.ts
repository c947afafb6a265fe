// Reading dollar amounts to whole cents: a JS number is worth what its shortest text says (as dec(x)
// reads it), never x * 100 in floating point; whole cents come as a bigint count of cents, any other
// amount as the same Decimal readNumbers gives.
import fc from "fast-check";
import { Decimal, dec } from "../engine/decimal";
import { numberToCents, readMoney } from "./args";
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

  it("0.1 + 0.2 is 0.30000000000000004, which Excel shows as 0.3: read as shown, 30 cents (never refused for binary noise)", () => {
    expect(String(0.1 + 0.2)).toBe("0.30000000000000004");
    expect((0.1 + 0.2).toPrecision(15)).toBe("0.300000000000000");
    expect(numberToCents(0.1 + 0.2)).toBe(30n);
    // =A1*1.1 with A1 = 100: 110.00000000000001 as a double, 110 as Excel shows it.
    expect(String(100 * 1.1)).toBe("110.00000000000001");
    expect(numberToCents(100 * 1.1)).toBe(11000n);
  });

  it("fractions of a cent as Excel shows them: 123456789.015, 0.001, 1e-7 (written with an exponent)", () => {
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
    expect(numberToCents(1e21)).toBe(10n ** 23n); // 1e21 dollars, shown 1.00000000000000E+21
    expect(numberToCents(Infinity)).toBeNull();
    expect(numberToCents(NaN)).toBeNull();
  });

  it("is dec(x) in cents when that is whole, else x to 15 significant digits in cents when that is whole, else null (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const shown = new Decimal(x.toPrecision(15)).times(100);
        const want = reference(x) ?? (shown.isInteger() ? BigInt(shown.toFixed()) : null);
        expect([x, numberToCents(x)]).toEqual([x, want]);
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
  it("whole cents as bigint cents; blanks null; a fraction of a cent, a bad text or an ambiguous one is its own cell's error", () => {
    const range: HostMatrix = [
      [22000006.5, 0.1 + 0.2, "12.34"],
      [null, "ten", -1],
      ["  ", "1e21", 1e-7],
      [-0.005, "12.345", 1e21],
      ["$1,000.50", "1.000", "85%"],
    ];
    const money = readMoney(range, PLACE);
    const message = (cell: unknown) => (isHostError(cell) ? cell.message : `not an error: ${String(cell)}`);
    expect(money[0][0]).toBe(2200000650n);
    expect(money[0][1]).toBe(30n); // 0.30000000000000004 as Excel shows it, 0.3
    expect(money[0][2]).toBe(1234n);
    expect(money[1][0]).toBeNull();
    expect(message(money[1][1])).toBe(
      'argument exitValues (row 2, column 2), value "ten": is not a number; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8',
    );
    expect(money[1][2]).toBe(-100n);
    expect(money[2][0]).toBeNull();
    expect(money[2][1]).toBe(10n ** 23n); // a text 1e21: 10^21 dollars
    const cents = "is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places";
    expect(message(money[2][2])).toBe(`argument exitValues (row 3, column 3), value 1e-7: ${cents}`);
    expect(message(money[3][0])).toBe(`argument exitValues (row 4, column 1), value -0.005: ${cents}`);
    // 12.345: twelve thousand three hundred forty-five in some places; as a decimal, no whole cents.
    expect(message(money[3][1])).toBe(
      'argument exitValues (row 4, column 2), value "12.345": is not a whole number of cents; if the point separates thousands, write 12345',
    );
    expect(money[3][2]).toBe(10n ** 23n); // the number 1e21
    expect(money[4][0]).toBe(100050n);
    expect(message(money[4][1])).toContain("is ambiguous");
    expect(message(money[4][1])).toContain("write 1000 or 1.00");
    expect(message(money[4][2])).toContain("is a percentage");
  });

  it("a single number is a 1 x 1 range", () => {
    expect(readMoney(79001979, PLACE)).toEqual([[7900197900n]]);
  });

  it("a ragged range is refused, naming the argument", () => {
    expect(() => readMoney([[1, 2], [3]], PLACE)).toThrow("argument exitValues: is not a rectangular range: its rows are of different lengths");
  });
});
