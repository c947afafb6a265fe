import { Decimal } from "../engine/decimal";
import fc from "fast-check";
import { isBlank, readBoolean, readChoice, readDate, readInteger, readMatrix, readNumber, readNumbers, readString, scalarOf } from "./args";
import { HostError } from "./host-error";
import { errorOf } from "../../test/helpers/catalogue";

const at = { argument: "x" };

describe("readNumber", () => {
  it("reads a JS number through its shortest string, so 0.1 is exactly one tenth", () => {
    // 0.1 as a double is 0.1000000000000000055511151231257827...; dec reads "0.1".
    expect(readNumber(0.1, at).toString()).toBe("0.1");
    expect(readNumber(4.5, at).equals(new Decimal("4.5"))).toBe(true);
  });
  it("reads the command's decimal texts exactly, beyond a double's 17 digits", () => {
    expect(readNumber("2.142857142857142857142857", at).toString()).toBe("2.142857142857142857142857");
    expect(readNumber(" -1.5e3 ", at).toString()).toBe("-1500");
    expect(readNumber(".25", at).toString()).toBe("0.25");
  });
  it("property: any finite double up to 1e15 reads back as the same double, and any decimal text exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => readNumber(x, at).toNumber() === x),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 35n), max: 10n ** 35n }), fc.integer({ min: 20, max: 35 }), (units, places) => {
        const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
        const text = `${units < 0n ? "-" : ""}${places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits}`;
        return readNumber(text, at).equals(new Decimal(units.toString()).div(new Decimal(10).pow(places)));
      }),
      { numRuns: 200 },
    );
  });
  it("takes the one cell of a 1 x 1 range", () => {
    expect(readNumber([[7]], at).toString()).toBe("7");
  });
  it("reads texts as the terms table and the command do: 1,000 is one thousand, $4.50 four fifty", () => {
    expect(readNumber("1,000", at).toString()).toBe("1000");
    expect(readNumber("$4.50", at).toString()).toBe("4.5");
  });
  it("refuses other texts, a percentage as an amount, and numbers above 1e15, naming argument and value", () => {
    expect(errorOf(() => readNumber("1,00", at)).message).toBe(
      'argument x, value "1,00": is not a number: a comma separates thousands (three digits follow it), and the fraction comes after a point; write digits such as 8.93, $8.93, 1743751 or 1,743,751',
    );
    expect(errorOf(() => readNumber("85%", at)).message).toBe(
      'argument x, value "85%": is a percentage; a percentage is read only where a rate or multiple is meant, not as an amount; write digits such as 8.93, $8.93, 1743751 or 1,743,751',
    );
    expect(errorOf(() => readNumber("1e400", at)).message).toBe('argument x, value "1e400": is above 1e15 (1,000,000,000,000,000), the largest number read');
  });
  it("refuses booleans, infinities, NaN and larger ranges", () => {
    expect(errorOf(() => readNumber(true, at)).message).toBe("argument x, value true: is not a number; write digits such as 8.93, $8.93, 1743751 or 1,743,751");
    expect(errorOf(() => readNumber(Infinity, at)).message).toBe('argument x, value "Infinity": is not a finite number');
    expect(errorOf(() => readNumber(NaN, at)).message).toBe('argument x, value "NaN": is not a finite number');
    expect(errorOf(() => readNumber([[1, 2]], at)).message).toBe('argument x, value "1 x 2 range": takes one value, not a range');
  });
});

describe("readInteger", () => {
  it("reads whole numbers, from numbers and texts", () => {
    expect(readInteger(2, at)).toBe(2);
    expect(readInteger("3", at)).toBe(3);
  });
  it("refuses fractions", () => {
    expect(errorOf(() => readInteger(2.5, at)).message).toBe("argument x, value 2.5: must be a whole number");
  });
});

describe("readString, readBoolean, readChoice", () => {
  it("reads texts, and numbers in their shortest form", () => {
    expect(readString("maginet", at)).toBe("maginet");
    expect(readString(12.5, at)).toBe("12.5");
    expect(errorOf(() => readString(false, at)).message).toBe("argument x, value false: is not a text");
  });
  it("reads TRUE/FALSE and the words true/false/yes/no", () => {
    expect(readBoolean(true, at)).toBe(true);
    expect(readBoolean(" Yes ", at)).toBe(true);
    expect(readBoolean("FALSE", at)).toBe(false);
    expect(readBoolean("no", at)).toBe(false);
    expect(errorOf(() => readBoolean(1, at)).message).toBe("argument x, value 1: must be yes or no (or true or false)");
  });
  it("matches a choice case-insensitively and returns the listed spelling", () => {
    const words = ["actual/365", "30/360"] as const;
    expect(readChoice(words, " ACTUAL/365 ", at)).toBe("actual/365");
    expect(errorOf(() => readChoice(words, "act/360", at)).message).toBe('argument x, value "act/360": must be one of actual/365, 30/360');
    expect(errorOf(() => readChoice(words, 360, at)).message).toBe("argument x, value 360: must be one of actual/365, 30/360");
  });
});

describe("readDate", () => {
  it("reads Excel serials: 43831 is 2020-01-01, 25569 is 1970-01-01", () => {
    // Excel's 1900 system: serial 25569 = 1970-01-01; 2020-01-01 is 18,262 days later = 43831.
    expect(readDate(43831, at)).toBe("2020-01-01");
    expect(readDate(25569, at)).toBe("1970-01-01");
  });
  it("drops a time of day: 43831.75 (6 pm) is still 2020-01-01", () => {
    expect(readDate(43831.75, at)).toBe("2020-01-01");
  });
  it("reads YYYY-MM-DD texts (the command's form)", () => {
    expect(readDate(" 1996-02-29 ", at)).toBe("1996-02-29");
  });
  it("refuses impossible dates and other forms, naming argument and value", () => {
    expect(errorOf(() => readDate("1995-02-29", at)).message).toBe('argument x, value "1995-02-29": is not a date; write it as YYYY-MM-DD');
    expect(errorOf(() => readDate("2020/13/01", at)).message).toBe('argument x, value "2020/13/01": is not a date; write it as YYYY-MM-DD');
    expect(errorOf(() => readDate(-5, at)).message).toContain("argument x, value -5: is not an Excel date");
    expect(errorOf(() => readDate(true, at)).message).toBe("argument x, value true: is not a date; write it as YYYY-MM-DD");
  });
});

describe("ranges", () => {
  it("isBlank: null, undefined and space-only texts are blank; 0 and FALSE are not", () => {
    expect([null, undefined, "", "  "].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, false, "a"].map(isBlank)).toEqual([false, false, false]);
  });
  it("scalarOf passes scalars and unwraps a single cell", () => {
    expect(scalarOf("a", at)).toBe("a");
    expect(scalarOf([["b"]], at)).toBe("b");
  });
  it("readMatrix takes a single value as a 1 x 1 range and refuses ragged or empty ranges", () => {
    expect(readMatrix(5, at)).toEqual([[5]]);
    expect(
      readMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        at,
      ),
    ).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(errorOf(() => readMatrix([[1, 2], [3]], at)).message).toBe("argument x: is not a rectangular range: its rows are of different lengths");
    expect(errorOf(() => readMatrix([], at)).message).toBe('argument x, value "empty range": is an empty range');
  });
  it("readNumbers reads cell by cell: blanks are null, a bad cell carries its own #VALUE! and the rest stand", () => {
    const cells = readNumbers([[1000000], [""], ["abc"], [2.5]], { argument: "exitValues" });
    expect((cells[0][0] as Decimal).toString()).toBe("1000000");
    expect(cells[1][0]).toBeNull();
    const bad = cells[2][0] as HostError;
    expect(bad).toBeInstanceOf(HostError);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toBe('argument exitValues (row 3, column 1), value "abc": is not a number; write digits such as 8.93, $8.93, 1743751 or 1,743,751');
    expect((cells[3][0] as Decimal).toString()).toBe("2.5");
  });
});
