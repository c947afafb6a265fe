// "As adjusted" amounts follow the splits, combinations and stock dividends of an events range (IPORESET,
// AUTOCONVERT and CPHISTORY's IPO), on both sides of every date and threshold. Arithmetic by hand in each case.
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

const split = (date: string, ratio: string | number): HostMatrix => [
  ["Date", "Event", "Ratio"],
  [date, "split", ratio],
];

describe("MagiNet FOURTH 3(f)(iv)(A): $7.00 as adjusted for any stock dividends, combinations, or splits", () => {
  // A 2-for-1 split: Series D's CP $7.00 -> $3.50, Series C's $4.50 -> $2.25 (3(c)); the $7.00 -> $3.50.
  // Offering closing 1999-01-01: 3 full years since 1995-12-29, factor 0.95 - 0.05 x 3 = 0.80; (B)(3)
  // (1998-09-16 to 1999-09-15): 0.93 x the CP.
  test("IPO at $5.00 after the split (1998-12-31): (A) is out (5.00 is not below 3.50); (B) 0.93 x 3.50 = 3.255", () => {
    // Read with a fixed $7.00 (the old engine): (A) min(5.00, 3.50) x 0.80 = 2.80 would win.
    expect(plain(call("IPORESET", ["maginet", "Series D", 5, "1999-01-01", null, split("1998-12-31", 2)]))).toBe("3.255");
  });
  test("the split on the closing date itself counts too: 3.255", () => {
    expect(plain(call("IPORESET", ["maginet", "Series D", 5, "1999-01-01", null, split("1999-01-01", 2)]))).toBe("3.255");
  });
  test("the split the day after the closing (1999-01-02) does not count: (A) 5.00 x 0.80 = 4.00; (B) 0.93 x 7.00 = 6.51; floor C 4.50", () => {
    expect(plain(call("IPORESET", ["maginet", "Series D", 5, "1999-01-01", null, split("1999-01-02", 2)]))).toBe("4.5");
  });
  test("either side of the adjusted $3.50: at $3.50 (A) is out, 3.255; at $3.49 (A) 3.49 x 0.80 = 2.792, above C's 2.25", () => {
    expect(plain(call("IPORESET", ["maginet", "Series D", 3.5, "1999-01-01", null, split("1998-12-31", 2)]))).toBe("3.255");
    expect(plain(call("IPORESET", ["maginet", "Series D", 3.49, "1999-01-01", null, split("1998-12-31", 2)]))).toBe("2.792");
  });
  test("a 10% stock dividend: $7.00 x 1 / 1.1 = 6.3636...; an IPO at $6.50 is not below it: (B) 0.93 x 7.00 / 1.1", () => {
    // CP 7.00 x 10 / 11 = 6.363636...; (B)(3) 0.93 x 6.363636... = 5.918181...; C 4.50 x 10/11 = 4.0909... floor not reached.
    const dividend: HostMatrix = [
      ["Date", "Event", "Ratio"],
      ["1998-06-01", "stock-dividend", "10%"],
    ];
    expect(String(plain(call("IPORESET", ["maginet", "Series D", 6.5, "1999-01-01", null, dividend]))).slice(0, 10)).toBe("5.91818181");
    // Without the dividend $6.50 < $7.00: (A) 6.50 x 0.80 = 5.20, the lower of 5.20 and 6.51, above 4.50.
    expect(plain(call("IPORESET", ["maginet", "Series D", 6.5, "1999-01-01", null, null]))).toBe("5.2");
  });
  test("the ledger's own IPO event reads the same adjusted threshold (CPHISTORY): 3.255", () => {
    const events: HostMatrix = [
      ["Date", "Event", "Ratio", "Price"],
      ["1998-06-01", "split", 2, null],
      ["1999-01-01", "ipo", null, 5],
    ];
    const rows = call("CPHISTORY", ["maginet", events, "Series D", null]) as unknown[][];
    expect(plain(rows[rows.length - 1][4])).toBe("3.255");
  });
});

describe("MagiNet FOURTH 3(a)(v): Series D's 120% of its conversion price then in effect follows the split", () => {
  // After a 2-for-1 split, closing 1999-09-16: (B)(4) 0.89 x 3.50 = 3.115 ((A) out: $4.00 is not below $3.50);
  // 120% x 3.115 = 3.738.
  test("$4.00 meets 3.738; $3.73 does not", () => {
    expect(call("AUTOCONVERT", ["maginet", "Series D", 4, 25000000, "1999-09-16", null, split("1999-09-01", 2)])).toBe(true);
    expect(call("AUTOCONVERT", ["maginet", "Series D", 3.73, 25000000, "1999-09-16", null, split("1999-09-01", 2)])).toBe(false);
  });
  test("without the split, $4.00 is far below 120% x 6.23 = 7.476", () => {
    expect(call("AUTOCONVERT", ["maginet", "Series D", 4, 25000000, "1999-09-16", null, null])).toBe(false);
  });
});

describe("JT Storage Art. IV(B)4(b)(i): at least $5.00 per share (as adjusted for any Recapitalization)", () => {
  // A 2-for-1 split before the closing: $5.00 x 1/2 = $2.50. Net proceeds $10,000,000.
  test("split the day before the closing: $2.50 converts, $2.49 does not", () => {
    expect(call("AUTOCONVERT", ["jt-storage", "Series A", 2.5, 10000000, "1999-06-01", null, split("1999-05-31", 2)])).toBe(true);
    expect(call("AUTOCONVERT", ["jt-storage", "Series A", 2.49, 10000000, "1999-06-01", null, split("1999-05-31", 2)])).toBe(false);
  });
  test("split the day after the closing: $2.50 is below $5.00", () => {
    expect(call("AUTOCONVERT", ["jt-storage", "Series A", 2.5, 10000000, "1999-06-01", null, split("1999-06-02", 2)])).toBe(false);
  });
  test("a 1-for-3 combination: $5.00 x 3 = $15.00; $14.99 does not convert", () => {
    expect(call("AUTOCONVERT", ["jt-storage", "Series A", 15, 10000000, "1999-06-01", null, split("1999-01-01", "1:3")])).toBe(true);
    expect(call("AUTOCONVERT", ["jt-storage", "Series A", 14.99, 10000000, "1999-06-01", null, split("1999-01-01", "1:3")])).toBe(false);
  });
  test("events need the closing date they count to", () => {
    expect(asHostError(call("AUTOCONVERT", ["jt-storage", "Series A", 5, 10000000, null, null, split("1999-01-01", 2)])).message).toBe(
      "argument closingDate: give the closing date: the events count up to the closing",
    );
  });
});

describe("Juniper FOURTH 6(a)(ii): multiples of the conversion price (subject to adjustment for stock splits)", () => {
  // Series A: 3 x $0.44 = $1.32; after a 2-for-1 split 3 x $0.22 = $0.66. Proceeds $20,000,000 exceed $10,000,000.
  test("after the split $0.66 converts and $0.65 does not; without it $0.66 does not", () => {
    expect(call("AUTOCONVERT", ["juniper", "Series A", 0.66, 20000000, "1999-09-01", null, split("1999-08-01", 2)])).toBe(true);
    expect(call("AUTOCONVERT", ["juniper", "Series A", 0.65, 20000000, "1999-09-01", null, split("1999-08-01", 2)])).toBe(false);
    expect(call("AUTOCONVERT", ["juniper", "Series A", 0.66, 20000000, "1999-09-01", null, null])).toBe(false);
  });
});

describe("AUTOCONVERT's dates (item 7): Juniper's D1 reset counts to the filing, the conversion happens at the closing", () => {
  // Series D1 Issue Date 1999-01-01 (preset input). Filing 1999-06-30 = day 180: 85% x $12.00 = $10.20; 1 x $10.20 <= $12.00.
  test("filed on day 180, closed later: converts at $12.00 (against $10.20)", () => {
    expect(call("AUTOCONVERT", ["juniper", "Series D1", 12, 20000000, "1999-08-15", "1999-06-30", null])).toBe(true);
  });
  test("filed on day 181 (1999-07-01): 75% x $12.00 = $9.00; still converts; with no filing date the price is $11.03 and $11.00 does not", () => {
    expect(call("AUTOCONVERT", ["juniper", "Series D1", 12, 20000000, "1999-08-15", "1999-07-01", null])).toBe(true);
    expect(call("AUTOCONVERT", ["juniper", "Series D1", 11, 20000000, "1999-08-15", null, null])).toBe(false);
    // 85% x 11.00 = 9.35 <= 11.00
    expect(call("AUTOCONVERT", ["juniper", "Series D1", 11, 20000000, "1999-08-15", "1999-06-30", null])).toBe(true);
  });
  test("a filing after the closing is an error naming filingDate", () => {
    expect(asHostError(call("AUTOCONVERT", ["juniper", "Series D1", 12, 20000000, "1999-06-01", "1999-06-30", null])).message).toBe(
      'argument filingDate, class Series D1, value "1999-06-30": is after the closing 1999-06-01: the registration statement is filed before the offering closes',
    );
  });
  test("the closing date does not reset D1 (6(c) counts to the filing): closing only, $11.00 does not convert", () => {
    expect(call("AUTOCONVERT", ["juniper", "Series D1", 11, 20000000, "1999-06-30", null, null])).toBe(false);
  });
});
