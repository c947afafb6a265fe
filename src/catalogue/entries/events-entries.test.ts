// CPHISTORY, IPORESET and AUTOCONVERT on the shipped presets; numbers by hand from the charters, reusing
// the cases of src/engine/ledger/presets.test.ts and src/engine/ipo/presets.test.ts.
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

describe("CPHISTORY (Juniper preset)", () => {
  // Broad base (FOURTH 6(d)(iv)): Common 20,000,000 + as converted A 1,743,751 / 0.44 = 3,963,070.45...,
  // B 3,915,308 x 2.40 / 1.07 = 8,781,999.25..., C 5,200,000 x 8.93 / 3.97 = 11,696,725.44..., D 600,000,
  // D1 2,580,000: A = 47,621,795.147687...
  // 1999-06-01 (Excel serial 36312: 36161 is 1999-01-01, + 151 days), 5,000,000 Common at $5.00: below D's
  // and D1's $11.03 only: (11.03 x 47,621,795.147687... + 25,000,000) / 52,621,795.147687... = 10.457043...
  // -> $10.46 to the nearest cent. 1999-09-01 IPO at $16.00, filed 243 days after D1's 1999-01-01 Issue
  // Date (a preset input): more than 180 days, within a year: 75% x $16.00 = $12.00 (FOURTH 6(c)).
  const EVENTS: HostMatrix = [
    ["Date", "Event", "Shares", "Price", "Note"],
    [36312, "issue", 5000000, 5, "Common financing"],
    ["1999-09-01", "ipo", null, 16, null],
  ];
  it("one series: its price before and after each event, with the clause", () => {
    expect(plain(call("CPHISTORY", ["juniper", EVENTS, "Series D1"]))).toEqual([
      ["Date", "Event", "Class", "Before", "After", "Clause"],
      ["1999-06-01", "issue of 5,000,000 Common for $25,000,000.00 ($5.00 per share)", "Series D1", "11.03", "10.46", "FOURTH 6(d)(iv)"],
      ["1999-09-01", "initial public offering at $16.00 a share", "Series D1", "10.46", "12", "FOURTH 6(c)"],
    ]);
  });
  it("every series: A, B and C untouched ($5.00 is not below $0.44, $1.07, $3.97), D to $10.46", () => {
    const rows = plain(call("CPHISTORY", ["juniper", EVENTS, null])) as string[][];
    expect(rows.filter((r) => r[0] === "1999-06-01").map((r) => [r[2], r[3], r[4]])).toEqual([
      ["Series A", "0.44", "0.44"],
      ["Series B", "1.07", "1.07"],
      ["Series C", "3.97", "3.97"],
      ["Series D", "11.03", "10.46"],
      ["Series D1", "11.03", "10.46"],
    ]);
  });
  it("errors name the row, column and value", () => {
    expect(
      asHostError(
        call("CPHISTORY", [
          "juniper",
          [
            ["Date", "Event", "Shares", "Price"],
            [36312, "isue", 5, 5],
          ],
          null,
        ]),
      ).message,
    ).toBe(
      'argument events row 1, column Event, value "isue": is not an event type; use one of issue, option-grant, option-exercise, option-expiry, option-change, split, stock-dividend, reclassification, distribution, ipo',
    );
    expect(
      asHostError(
        call("CPHISTORY", [
          "juniper",
          [
            ["Date", "Kind"],
            [36312, "issue"],
          ],
          null,
        ]),
      ).message,
    ).toContain("argument events, column Kind: is not an events column");
    const unknown = asHostError(call("CPHISTORY", ["juniper", EVENTS, "Series Z"]));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toBe(
      'argument className, value "Series Z": is not a series of Preferred in the terms; the series are Series A, Series B, Series C, Series D, Series D1',
    );
  });
});

describe("IPORESET", () => {
  // Juniper FOURTH 6(c), Series D1 (Issue Date 1999-01-01, a preset input), IPO at $20.00.
  it("85% of the IPO price to day 180, 75% after: 0.85 x 20 = 17.00, 0.75 x 20 = 15.00", () => {
    expect(plain(call("IPORESET", ["juniper", "Series D1", 20, "1999-06-30", null]))).toBe("17");
    expect(plain(call("IPORESET", ["juniper", "Series D1", 20, "1999-07-01", null]))).toBe("15");
  });
  it("an issue date given overrides the table's: 1999-03-01 to 1999-07-01 is 122 days, so 85%", () => {
    // 31 (Mar) + 30 (Apr) + 31 (May) + 30 (Jun) = 122 <= 180: 0.85 x 20 = 17.00.
    expect(plain(call("IPORESET", ["juniper", "Series D1", 20, "1999-07-01", "1999-03-01"]))).toBe("17");
  });
  it("MagiNet Series D at $5.00 on 1999-01-01: (A) $5.00 x (0.95 - 0.05 x 3) = $4.00, floored at Series C's $4.50", () => {
    expect(plain(call("IPORESET", ["maginet", "Series D", 5, "1999-01-01", null]))).toBe("4.5");
  });
  it("a class with no rule keeps its conversion price (MagiNet Series A: $2.00)", () => {
    expect(plain(call("IPORESET", ["maginet", "Series A", 5, "1999-01-01", null]))).toBe("2");
  });
  it("errors", () => {
    expect(asHostError(call("IPORESET", ["juniper", "Series D1", 0, "1999-07-01", null])).message).toBe(
      'argument ipoPrice, class Series D1, value "0": the IPO price per share must be a number above zero',
    );
    const unknown = asHostError(call("IPORESET", ["juniper", "Series D9", 10, "1999-07-01", null]));
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toBe(
      'argument className, value "Series D9": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Series D1, Common',
    );
    expect(asHostError(call("IPORESET", ["juniper", "Series D1", 10, "1999-02-30", null])).message).toBe(
      'argument date, value "1999-02-30": is not a date; write it as YYYY-MM-DD',
    );
  });
});

// A filing date before the Original Issue Date names the function's own argument, date (found by the
// test audit: the engine's name, eventDate, used to show, an argument the user will not find), and in
// CPHISTORY the events row and its Date column.
it("IPORESET and AUTOCONVERT: a date before the Original Issue Date names the date argument", () => {
  // Juniper preset: Series D1 Issue Date 1999-01-01; 1998-06-01 is before it.
  const reset = asHostError(call("IPORESET", ["juniper", "Series D1", 20, "1998-06-01", null]));
  expect(reset.message).toBe('argument date, class Series D1, value "1998-06-01": the filing date is before the Original Issue Date 1999-01-01');
  // AUTOCONVERT names the date the D1 reset counts to as the charter does: the filing (6(c)).
  const auto = asHostError(call("AUTOCONVERT", ["juniper", "Series D1", 20, 20000000, null, "1998-06-01", null]));
  expect(auto.message).toBe('argument filingDate, class Series D1, value "1998-06-01": the filing date is before the Original Issue Date 1999-01-01');
  // CPHISTORY: an IPO on 1998-12-01, before Series D1's 1999-01-01, on row 1 of the events.
  const history = asHostError(
    call("CPHISTORY", [
      "juniper",
      [
        ["Date", "Event", "Price"],
        ["1998-12-01", "ipo", 16],
      ],
      null,
    ]),
  );
  expect(history.message).toBe('events row 1: class Series D1, column Date, value "1998-12-01": the filing date is before the Original Issue Date 1999-01-01');
});

describe("AUTOCONVERT", () => {
  it("Juniper Series C: at least 1.5 x $3.97 = $5.955 a share and more than $10,000,000 (FOURTH 6(a)(ii))", () => {
    expect(call("AUTOCONVERT", ["juniper", "Series C", 5.955, 20000000, null])).toBe(true);
    expect(call("AUTOCONVERT", ["juniper", "Series C", 5.95, 20000000, null])).toBe(false);
    expect(call("AUTOCONVERT", ["juniper", "Series C", 5.955, 10000000, null])).toBe(false);
  });
  it("MagiNet Series D measured against its reset price when dated: 120% x $6.23 = $7.476 <= $8.00", () => {
    // Without a date: 120% x $7.00 = $8.40 > $8.00. On 1999-09-16 (B): 0.89 x $7.00 = $6.23 (FOURTH 3(f)(iv)).
    expect(call("AUTOCONVERT", ["maginet", "Series D", 8, 25000000, null])).toBe(false);
    expect(call("AUTOCONVERT", ["maginet", "Series D", 8, 25000000, "1999-09-16"])).toBe(true);
  });
  it("Common does not convert: #VALUE! naming the class", () => {
    expect(asHostError(call("AUTOCONVERT", ["juniper", "Common", 10, 10, null])).message).toBe(
      'argument className, class Common, value "Common": is common, not preferred: only preferred stock converts automatically',
    );
  });
});
