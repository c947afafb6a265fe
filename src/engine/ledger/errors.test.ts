import { charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";
import { conversionPriceHistory } from "./history";
import type { LedgerEventInput } from "./events";

const terms = charterTerms(
  { name: "Common", shares: 8_000_000 },
  { name: "Series D", shares: 1_000_000, issuePrice: "11.03", antiDilution: "broad", adjustmentRounding: "cent" },
  { name: "Options", kind: "option", shares: 1_000_000 },
);
const grant: LedgerEventInput = { type: "option-grant", date: "1999-03-01", id: "W1", maxShares: 500_000, consideration: 50_000, minExercisePrice: 5 };

const errorOf = (events: LedgerEventInput[]) => thrown(() => conversionPriceHistory(terms, events));

describe("bad events name the row, the column (the events table's header for the field) and the value", () => {
  test("an expiry for options never granted (#N/A)", () => {
    const e = errorOf([grant, { type: "option-expiry", date: "2000-01-01", id: "W9", shares: 1 }]);
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe(
      'argument events row 2, column Option, value "W9": no options with this id were granted before this date; the grants are Options, W1',
    );
  });

  test("an expiry dated before its grant", () => {
    const e = errorOf([grant, { type: "option-expiry", date: "1999-01-01", id: "W1", shares: 1 }]);
    expect(e.message).toContain('argument events row 2, column Option, value "W1": no options with this id were granted before this date');
  });

  test("expiring more than was granted", () => {
    const e = errorOf([grant, { type: "option-expiry", date: "2000-01-01", id: "W1", shares: 600_000 }]);
    expect(e.kind).toBe("value");
    expect(e.message).toBe(
      'argument events row 2, column Shares, value "600000": is more than the 500,000 still outstanding under options W1 (500,000 granted)',
    );
  });

  test("expiring what was already exercised", () => {
    const e = errorOf([
      grant,
      { type: "option-exercise", date: "1999-06-01", id: "W1", shares: 400_000 },
      { type: "option-expiry", date: "2000-01-01", id: "W1", shares: 200_000 },
    ]);
    expect(e.message).toBe(
      'argument events row 3, column Shares, value "200000": is more than the 100,000 still outstanding under options W1 (500,000 granted)',
    );
  });

  test("negative shares", () => {
    expect(errorOf([{ type: "issue", date: "2000-01-01", shares: -5, pricePerShare: 1 }]).message).toBe(
      'argument events row 1, column Shares, value "-5": must be more than zero',
    );
    expect(errorOf([{ ...grant, maxShares: "-1" } as LedgerEventInput]).message).toBe(
      'argument events row 1, column Max Shares, value "-1": must be more than zero',
    );
    expect(errorOf([{ ...grant, minExercisePrice: -1 } as LedgerEventInput]).message).toBe(
      'argument events row 1, column Exercise Price, value "-1": must not be negative',
    );
  });

  test("a price of zero", () => {
    expect(errorOf([{ type: "issue", date: "2000-01-01", shares: 5, pricePerShare: 0 }]).message).toBe(
      'argument events row 1, column Price, value "0": must be more than zero',
    );
    expect(errorOf([{ type: "ipo", date: "2000-01-01", price: 0 }]).message).toBe('argument events row 1, column Price, value "0": must be more than zero');
    expect(errorOf([{ type: "split", date: "2000-01-01", ratio: 0 }]).message).toBe('argument events row 1, column Ratio, value "0": must be more than zero');
  });

  test("an unknown class (#N/A), and options issued as shares", () => {
    const e = errorOf([{ type: "issue", date: "2000-01-01", shares: 5, pricePerShare: 1, security: "Series Z" }]);
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe('argument events row 1, column Security, value "Series Z": is not a class of the terms; use one of Common, Series D, convertible');
    expect(errorOf([{ type: "issue", date: "2000-01-01", shares: 5, pricePerShare: 1, security: "Options" }]).message).toBe(
      'argument events row 1, column Security, value "Options": is a class of options; write an option-grant event',
    );
  });

  test("price and consideration: one, not both, not neither", () => {
    expect(errorOf([{ type: "issue", date: "2000-01-01", shares: 5, pricePerShare: 1, consideration: 5 }]).message).toBe(
      "argument events row 1, column Price: give the price per share or the total consideration, not both",
    );
    expect(errorOf([{ type: "issue", date: "2000-01-01", shares: 5 } as LedgerEventInput]).message).toBe(
      "argument events row 1, column Price: give the price per share or the total consideration",
    );
  });

  test("dates, types, numbers, ids", () => {
    expect(errorOf([{ type: "split", date: "2000-02-30", ratio: 2 }]).message).toBe(
      'argument events row 1, column Date, value "2000-02-30": is not a date; write it as YYYY-MM-DD',
    );
    expect(errorOf([{ type: "merger", date: "2000-01-01" } as unknown as LedgerEventInput]).message).toBe(
      'argument events row 1, column Event, value "merger": is not an event type; use one of issue, option-grant, option-exercise, option-expiry, option-change, split, stock-dividend, reclassification, distribution, ipo',
    );
    expect(errorOf([{ type: "split", date: "2000-01-01", ratio: "two" }]).message).toBe(
      'argument events row 1, column Ratio, value "two": is not a number; write digits such as 8.93, $8.93, 1743751 or 1,743,751',
    );
    expect(errorOf([grant, { ...grant, date: "1999-04-01" }]).message).toBe(
      'argument events row 2, column Option, value "W1": options with this id were already granted (row 1); give each grant its own id',
    );
    expect(errorOf([{ ...grant, id: "" } as LedgerEventInput]).message).toBe(
      'argument events row 1, column Option, value "": name the options (an id such as "W1")',
    );
    expect(errorOf([{ ...grant, exempt: 3 } as unknown as LedgerEventInput]).message).toBe(
      'argument events row 1, column Exempt, value "3": write yes, no, or the exempt category (e.g. employee plan)',
    );
  });

  test("a grant from the pool larger than the pool", () => {
    expect(() => conversionPriceHistory(terms, [{ ...grant, fromPool: true } as LedgerEventInput], { unallocatedPool: 100_000 })).toThrow(
      'argument events row 1, column Max Shares, value "500000": is more than the 100,000 left in the unallocated pool',
    );
  });

  test("a bad starting position", () => {
    expect(() => conversionPriceHistory(terms, [], { common: -1 })).toThrow('argument asOfPosition, column common, value "-1": must not be negative');
  });

  test("an IPO reset error carries the row", () => {
    const bad = charterTerms({ name: "Common", shares: 1 }, { name: "Series D1", shares: 1, issuePrice: 1, ipoReset: "filing 180d 85%; 1y 75%; 15m 65%" });
    expect(() => conversionPriceHistory(bad, [{ type: "ipo", date: "2000-01-01", price: 5 }])).toThrow(/^events row 1: .*Issue Date/);
  });

  test("an Excel serial date is accepted: 36526 is 2000-01-01", () => {
    const h = conversionPriceHistory(terms, [{ type: "split", date: 36526, ratio: 2 }]);
    expect(h.points[0].date).toBe("2000-01-01");
  });
});

describe("a full ratchet to an issue for no consideration", () => {
  // The full ratchet lowers the price to the issue's price per share (consideration / shares): $0 / 500,000
  // options = $0.00, a conversion price of zero, i.e. Common without limit on conversion. Refused, naming
  // the event, as FULLRATCHET refuses a price of zero; a weighted average of the same grant is a number.
  const ratchet = charterTerms(
    { name: "Common", shares: 8_000_000 },
    { name: "Series A", shares: 1_000_000, issuePrice: "1.00", antiDilution: "full-ratchet" },
    { name: "Options", kind: "option", shares: 1_000_000 },
  );
  const free: LedgerEventInput = { type: "option-grant", date: "1999-03-01", id: "W1", maxShares: 500_000, consideration: 0, minExercisePrice: 0 };

  test("a grant at $0 with nothing paid is refused, naming the row and the column", () => {
    const e = thrown(() => conversionPriceHistory(ratchet, [free]));
    expect(e.kind).toBe("value");
    expect(e.message).toBe(
      'argument events row 1, column Exercise Price, value "0.00": is $0.00 a share (Common deemed issued on the grant); ' +
        "Series A's full ratchet would make its conversion price $0.00 ($0.00 / 500,000 = 0.00): Common without limit on conversion, which the engine does not compute",
    );
  });

  test("a price under half a cent, rounded to the nearest cent, is zero too: refused", () => {
    // $1.00 paid for 201 options at $0: $1.00 / 201 = $0.004975... a share; to the nearest cent (Adjustment
    // Rounding cent) $0.00.
    const cent = charterTerms(
      { name: "Common", shares: 8_000_000 },
      { name: "Series A", shares: 1_000_000, issuePrice: "1.00", antiDilution: "full-ratchet", adjustmentRounding: "cent" },
      { name: "Options", kind: "option", shares: 1_000_000 },
    );
    const e = thrown(() => conversionPriceHistory(cent, [{ ...free, maxShares: 201, consideration: 1 }]));
    expect(e.message).toBe(
      'argument events row 1, column Exercise Price, value "0.004975...": is $0.004975... a share (Common deemed issued on the grant); ' +
        "Series A's full ratchet would make its conversion price $0.00 ($1.00 / 201 = 0.004975...; to the nearest cent: 0.00): Common without limit on conversion, which the engine does not compute",
    );
    // At $1.01 for 201 ($0.005024... a share) the nearest cent is $0.01: a price.
    const h = conversionPriceHistory(cent, [{ ...free, maxShares: 201, consideration: "1.01" }]);
    expect(h.steps[0].after.toString()).toBe("0.01");
  });

  test("one cent a share is a price: the ratchet goes to $0.01", () => {
    const h = conversionPriceHistory(ratchet, [{ ...free, minExercisePrice: "0.01" }]);
    expect(h.steps[0].after.toString()).toBe("0.01");
  });

  test("under a broad weighted average the free grant is a number: 1.00 x (10,000,000 + 0) / (10,000,000 + 500,000) = 20/21", () => {
    // A (broad) = 8,000,000 Common + 1,000,000 Series A as converted (1.00 / 1.00) + 1,000,000 options of the
    // Options class = 10,000,000; B = $0 / $1.00 = 0; C = 500,000. CP2 = 1.00 x 10,000,000 / 10,500,000 = 20/21.
    const broad = charterTerms(
      { name: "Common", shares: 8_000_000 },
      { name: "Series A", shares: 1_000_000, issuePrice: "1.00", antiDilution: "broad" },
      { name: "Options", kind: "option", shares: 1_000_000 },
    );
    const h = conversionPriceHistory(broad, [free]);
    expect(h.steps[0].after.times(21).toDecimalPlaces(40).toString()).toBe("20");
  });
});
