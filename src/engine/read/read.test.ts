// The one reading rule (README "How values are read"), by hand: each expected value is the text's own
// number under the rule stated, worked out in the comment where it is not plain.
import { Decimal } from "../decimal";
import { thrown } from "../../../test/helpers/errors";
import { readDateText, readDateValue, readNumberText, readNumberValue } from ".";
import { formatNumber } from "../format";

const at = { argument: "x" };
const n = (text: string, kind?: Parameters<typeof readNumberText>[2]) => readNumberText(text, at, kind).toFixed();
const fails = (f: () => unknown) => thrown(f).message;

describe("numbers", () => {
  it("amounts: digits, grouped thousands, a dollar sign, a sign, an exponent", () => {
    expect(["8.93", "$8.93", "1,743,751", "1743751", "-$5", "$-5", "+5", ".25", "1e6", "1,000.50"].map((t) => n(t))).toEqual([
      "8.93",
      "8.93",
      "1743751",
      "1743751",
      "-5",
      "-5",
      "5",
      "0.25",
      "1000000",
      "1000.5",
    ]);
  });
  it("a price may have any number of decimals, 1.125 too (no whole test: not ambiguous there)", () => {
    expect(n("1.125")).toBe("1.125");
    expect(n("2.142857142857142857")).toBe("2.142857142857142857");
  });
  it("ratios take a percentage: 150% = 1.5, 85% = 0.85", () => {
    expect([n("150%", "ratio"), n("85 %", "ratio"), n("1.5", "ratio")]).toEqual(["1.5", "0.85", "1.5"]);
  });
  it("refuses a percentage as an amount, money or a count", () => {
    expect(fails(() => n("85%"))).toContain("is a percentage");
    expect(fails(() => n("85%", "money"))).toContain("is a percentage");
    expect(fails(() => n("85%", "shares"))).toContain("is a percentage, not a count");
  });
  it("money is whole cents: 100.00 and 100.01, not 100.005", () => {
    expect([n("100.00", "money"), n("$58,740,098.50", "money")]).toEqual(["100", "58740098.5"]);
    expect(fails(() => n("100.005", "money"))).toBe(
      'argument x, value "100.005": is not a whole number of cents; if the point separates thousands, write 100005',
    );
  });
  it("shares are whole, at most 1e15", () => {
    expect([n("4,000,000", "shares"), n("1e6", "shares")]).toEqual(["4000000", "1000000"]);
    expect(fails(() => n("1000.5", "shares"))).toBe('argument x, value "1000.5": is not a whole number of shares; share counts are whole');
    expect(fails(() => n("1000000000000001", "shares"))).toContain("is more than 1e15");
  });
  it("1.000 is refused where whole or whole cents is meant, naming both readings", () => {
    expect(fails(() => n("1.000", "shares"))).toContain("write 1000 or 1");
    expect(fails(() => n("12.500", "money"))).toContain("write 12500 or 12.50");
    expect(fails(() => n("1.500", "shares"))).toBe('argument x, value "1.500": is not a whole number; if the point separates thousands, write 1500');
  });
  it("a decimal comma and point-grouped thousands are refused", () => {
    expect(fails(() => n("1,5"))).toContain("a comma separates thousands (three digits follow it)");
    expect(fails(() => n("1.000.000"))).toContain("thousands are separated by commas");
  });
  it("more than 60 significant digits would be rounded: refused", () => {
    expect(fails(() => n("1." + "1".repeat(60)))).toContain("has more than 60 significant digits");
    expect(n("1." + "1".repeat(59))).toBe("1." + "1".repeat(59));
  });
  it("doubles: shortest text for amounts; as Excel shows them (15 digits) for whole and whole-cent kinds", () => {
    // 0.1 + 0.2 = 0.30000000000000004 as a double: an amount keeps it, money reads 0.3 as Excel shows.
    expect(readNumberValue(0.1 + 0.2, at, "amount").toFixed()).toBe("0.30000000000000004");
    expect(readNumberValue(0.1 + 0.2, at, "money").toFixed()).toBe("0.3");
    // 3 x 1.1 = 3.3000000000000003; 1,000,000 x 1.1 = 1100000.0000000002 shares: 1,100,000 as shown.
    expect(readNumberValue(1000000 * 1.1, at, "shares").toFixed()).toBe("1100000");
    expect(fails(() => readNumberValue(1000000.5, at, "shares"))).toContain("is not a whole number of shares");
    expect(fails(() => readNumberValue(Infinity, at))).toBe('argument x, value "Infinity": is not a finite number');
  });
});

describe("dates", () => {
  it("ISO, with / too, and Excel serials (25569 is 1970-01-01)", () => {
    expect([readDateText("2024-01-15", at), readDateText("2024/1/5", at), readDateValue(25569, at)]).toEqual(["2024-01-15", "2024-01-05", "1970-01-01"]);
    // A 5-digit text is a serial Excel wrote in the General format: 45306 = 25569 + 19737 days = 2024-01-15.
    expect(readDateText("45306", at)).toBe("2024-01-15");
  });
  it("D/M/YYYY and M/D/YYYY when a part is above 12 (or both are the same)", () => {
    expect([readDateText("15/01/2024", at), readDateText("1/15/2024", at), readDateText("15.01.2024", at), readDateText("3/3/2024", at)]).toEqual([
      "2024-01-15",
      "2024-01-15",
      "2024-01-15",
      "2024-03-03",
    ]);
    expect(fails(() => readDateText("3/4/2024", at))).toContain("is ambiguous: 3/4 may be month/day (US) or day/month; write 2024-03-04 or 2024-04-03");
  });
  it("month names, two-digit years as Excel reads them, a time of day dropped", () => {
    expect(
      ["15-Jan-2024", "15 Jan 24", "Jan 15, 2024", "15-January-2024", "1-Mar-29", "1-Mar-30", "2024-01-15 0:00", "1/15/2024 12:00:00 AM"].map((t) =>
        readDateText(t, at),
      ),
    ).toEqual(["2024-01-15", "2024-01-15", "2024-01-15", "2024-01-15", "2029-03-01", "1930-03-01", "2024-01-15", "2024-01-15"]);
  });
  it("refuses impossible dates and other texts", () => {
    for (const t of ["2024-02-30", "31/02/2024", "Janu 15, 2024", "20240115", "soon", "15-Foo-2024"]) {
      expect([t, fails(() => readDateText(t, at))]).toEqual([t, `argument x, value ${JSON.stringify(t)}: is not a date; write it as YYYY-MM-DD`]);
    }
  });
});

describe("formatNumber: one formatter, named modes", () => {
  const d = (x: string | number) => new Decimal(x);
  it("exact, cent, price, count, cut", () => {
    expect(formatNumber(d("10000000"), "exact", { dollar: true, minPlaces: 2 })).toBe("$10,000,000.00");
    expect(formatNumber(d("-1234.5678"), "exact", { dollar: true })).toBe("-$1,234.5678");
    // 22,000,006.005 half up to the cent: 22,000,006.01.
    expect(formatNumber(d("22000006.005"), "cent", { dollar: true })).toBe("$22,000,006.01");
    expect([formatNumber(d("4.5"), "price"), formatNumber(d("2.2727272727"), "price")]).toEqual(["4.50", "2.272727"]);
    expect([formatNumber(d("1743751"), "count"), formatNumber(d("1.5"), "count")]).toEqual(["1,743,751", "1.5"]);
    // 4.178571428... cut (not rounded) at six places and marked: 4.178571...
    expect(formatNumber(d(58.5).div(14), "cut", { minPlaces: 2 })).toBe("4.178571...");
  });
  it("reading: exact to two decimals, else 6 significant digits marked ~", () => {
    // 2.40 x 1000 / 1.07 = 2242.990654...: four whole digits leave two decimals, 2242.99.
    expect(formatNumber(d(2400).div("1.07"), "reading", { group: false })).toBe("~2242.99");
    // 0.954545...: six significant digits 0.954545 (the seventh, 4, rounds down).
    expect(formatNumber(d(1050000).div(1100000), "reading")).toBe("~0.954545");
    expect(formatNumber(d("25142864"), "reading", { group: false })).toBe("25142864");
    expect(formatNumber(d("92651890.2"), "reading", { group: false })).toBe("92651890.20");
    // 12,345,678.125: two decimals at least, 12,345,678.13 (half up).
    expect(formatNumber(d("12345678.125"), "reading")).toBe("~12,345,678.13");
    expect(formatNumber(d("2.5000"), "reading")).toBe("2.50");
  });
});
