import { charterTerms } from "../../../test/fixtures/classes";
import { eventsFromTable, type EventCell } from "./from-table";
import { conversionPriceHistory } from "./history";

const juniper = () =>
  charterTerms(
    { name: "Common", shares: 8_000_000 },
    { name: "Series D", shares: 1_000_000, issuePrice: "11.03", antiDilution: "broad", adjustmentRounding: "cent" },
    { name: "Options", kind: "option", shares: 1_000_000 },
  );

describe("eventsFromTable: an events range with a header row", () => {
  test("the Juniper warrant case from a range (see history.test.ts): 10.75, then 10.92 after 300,000 expire", () => {
    // grant 500,000 for $50,000 at no less than $5.00: 112,850,000 / 10,500,000 = 10.747619... -> 10.75;
    // 300,000 expire: 111,350,000 / 10,200,000 = 10.916666... -> 10.92; a 2:1 split: 10.92 / 2 = 5.46
    const range: EventCell[][] = [
      ["Date", "Event", "Shares", "Price", "Consideration", "Option", "Note: why", "Ratio", ""],
      ["1999-03-01", "Grant", 500000, 5, 50000, "W1", "lender warrant", null, null],
      [36586, "option expiry", "300,000", null, null, "W1", null, null, null], // 2000-03-01 as an Excel serial
      ["2001-01-01", "split", null, null, null, null, null, "2:1", null],
      [null, null, null, null, null, null, null, null, null],
    ];
    const events = eventsFromTable(range);
    expect(events).toHaveLength(3);
    // The grant's maximum is read from Shares and its exercise price from Price (no Max Shares or Exercise
    // Price column): the headers are kept so that messages name those columns.
    expect(events[0]).toEqual({
      type: "option-grant",
      date: "1999-03-01",
      id: "W1",
      maxShares: 500000,
      consideration: 50000,
      minExercisePrice: 5,
      fromPool: false,
      columns: { type: "Event", date: "Date", id: "Option", maxShares: "Shares", consideration: "Consideration", minExercisePrice: "Price" },
    });
    const h = conversionPriceHistory(juniper(), events);
    expect(h.points.map((p) => p.prices["Series D"].toString())).toEqual(["10.75", "10.92", "5.46"]);
  });

  test("an issue row: Price or Consideration, Security, Exempt", () => {
    const events = eventsFromTable([
      ["date", "EVENT", "shares", "price", "security", "exempt", "clause"],
      ["1999-01-01", "issue", 1000000, 0.1, "Common", "employee plan", "6(d)(i)(D)(2)"],
    ]);
    expect(events[0]).toEqual({
      type: "issue",
      date: "1999-01-01",
      shares: 1000000,
      pricePerShare: 0.1,
      security: "Common",
      exempt: "employee plan",
      clause: "6(d)(i)(D)(2)",
      columns: { type: "EVENT", date: "date", shares: "shares", pricePerShare: "price", security: "security", exempt: "exempt" },
    });
  });

  test("errors: an unknown column, a missing column, a blank row between events, a bad cell", () => {
    expect(() => eventsFromTable([["Date", "Event", "Sharez"]])).toThrow("argument events, column Sharez: is not an events column");
    expect(() => eventsFromTable([["Date", "Shares"]])).toThrow("argument events, column Event: is missing from the header row");
    expect(() =>
      eventsFromTable([
        ["Date", "Event", "Ratio"],
        ["2000-01-01", "split", 2],
        [null, null, null],
        ["2001-01-01", "split", 2],
      ]),
    ).toThrow("argument events row 2: is blank; remove it or fill it in");
    expect(() =>
      conversionPriceHistory(
        juniper(),
        eventsFromTable([
          ["Date", "Event", "Ratio"],
          ["2000-01-01", "split", "two"],
        ]),
      ),
    ).toThrow('argument events row 1, column Ratio, value "two": is not a number');
    expect(() =>
      conversionPriceHistory(
        juniper(),
        eventsFromTable([
          ["Date", "Event"],
          ["2000-01-01", "merger"],
        ]),
      ),
    ).toThrow('argument events row 1, column Event, value "merger": is not an event type');
  });
});

describe("eventsFromTable: a bad cell is named by its row under the header and its column as the range writes it", () => {
  const history = (range: EventCell[][]) => () => conversionPriceHistory(juniper(), eventsFromTable(range));

  test("events row 3, column Price", () => {
    expect(
      history([
        ["Date", "Event", "Shares", "Price"],
        ["1999-01-01", "issue", 100, 12],
        ["1999-02-01", "issue", 100, 12],
        ["1999-03-01", "issue", 100, "abc"],
      ]),
    ).toThrow('argument events row 3, column Price, value "abc": is not a number');
  });

  test("a header as the user spelt it, an alias included (Class for Security, Option ID for Option)", () => {
    expect(
      history([
        ["date", "event", "class", "shares", "price"],
        ["1999-01-01", "issue", "Series Z", 100, 12],
      ]),
    ).toThrow('argument events row 1, column class, value "Series Z": is not a class of the terms; use one of Common, Series D, convertible');
    expect(
      history([
        ["Date", "Event", "Option ID", "Shares", "Price"],
        ["1999-01-01", "grant", "W1", 1000, 5],
        ["1999-06-01", "expiry", "W9", 10, null],
      ]),
    ).toThrow('argument events row 2, column Option ID, value "W9": no options with this id were granted before this date');
  });

  test("a grant's maximum read from Shares is named Shares; from Max Shares, Max Shares", () => {
    expect(
      history([
        ["Date", "Event", "Option", "Shares", "Price"],
        ["1999-01-01", "grant", "W1", 0, 5],
      ]),
    ).toThrow('argument events row 1, column Shares, value "0": must be more than zero');
    expect(
      history([
        ["Date", "Event", "Option", "Max Shares", "Shares", "Price"],
        ["1999-01-01", "grant", "W1", -1, 5, 5],
      ]),
    ).toThrow('argument events row 1, column Max Shares, value "-1": must be more than zero');
  });

  test("a value the range has no column for is named by the events table's own header", () => {
    expect(
      history([
        ["Date", "Event", "Price"],
        ["1999-01-01", "issue", 12],
      ]),
    ).toThrow("argument events row 1, column Shares: is required");
    expect(
      history([
        ["Date", "Event", "Shares"],
        ["1999-01-01", "issue", 100],
      ]),
    ).toThrow("argument events row 1, column Price: give the price per share or the total consideration");
  });
});

describe("eventsFromTable: option changes, stock dividends, distributions and reclassifications", () => {
  const range: EventCell[][] = [
    ["Date", "Event", "Option", "Shares", "Price", "Ratio", "Security"],
    ["1999-03-01", "grant", "W1", 500000, 5, null, null],
    ["1999-06-01", "change", "W1", 200000, null, null, null],
    ["1999-07-01", "dividend", null, null, null, "10%", null],
    ["1999-08-01", "distribution", null, null, null, "1:10", "Rights"],
    ["1999-09-01", "Reclassification", null, null, null, "1:1", "Class A Common"],
  ];

  test("the words read, and the prices by hand", () => {
    const events = eventsFromTable(range);
    expect(events.map((e) => e.type)).toEqual(["option-grant", "option-change", "stock-dividend", "distribution", "reclassification"]);
    expect(events[1]).toEqual({
      type: "option-change",
      date: "1999-06-01",
      id: "W1",
      maxShares: 200000,
      columns: { type: "Event", date: "Date", id: "Option", maxShares: "Shares", minExercisePrice: "Price" },
    });
    const h = conversionPriceHistory(juniper(), events);
    // A = 8,000,000 Common + 1,000,000 Series D + 1,000,000 options = 10,000,000.
    // grant, 500,000 at $5.00: (110,300,000 + 2,500,000) / 10,500,000 = 10.742857... -> 10.74
    // change to 200,000: as if granted for 200,000 at $5.00: (110,300,000 + 1,000,000) / 10,200,000 = 10.911764... -> 10.91
    // dividend of 10%: 10.91 x 1 / 1.1 = 9.918181...; the distribution and the 1-for-1 reclassification leave it.
    expect(h.points.map((p) => p.prices["Series D"].toFixed(6))).toEqual(["10.740000", "10.910000", "9.918182", "9.918182", "9.918182"]);
    // Rights per share of Series D: 11.03 / (10.91 / 1.1) = 12.133 / 10.91 = 1.112098... Common, x 1 / 10
    expect(h.series[0].otherProperty[0].amount.toFixed(9)).toBe("0.111209899");
    expect(h.convertsInto).toBe("Class A Common");
  });

  test("bad cells named by row and column as written", () => {
    const history = (rows: EventCell[][]) => () => conversionPriceHistory(juniper(), eventsFromTable([range[0], ...rows]));
    expect(history([range[1], ["1999-06-01", "change", "W1", 0, null, null, null]])).toThrow(
      'argument events row 2, column Shares, value "0": must be more than zero',
    );
    expect(history([["1999-06-01", "change", "W2", 10, null, null, null]])).toThrow(
      'argument events row 1, column Option, value "W2": no options with this id were granted before this date',
    );
    expect(history([["1999-07-01", "dividend", null, null, null, "0%", null]])).toThrow(
      'argument events row 1, column Ratio, value "0": must be more than zero',
    );
    expect(history([["1999-08-01", "distribution", null, null, null, 1, null]])).toThrow(
      "argument events row 1, column Security: name the securities distributed",
    );
  });
});
