// DEEMEDLIQ and SECURITYVALUE through the catalogue, as Excel calls them: Excel numbers (0.5 for 50%,
// date serials), a prices range with its header row, omitted optionals as null.
import type { Decimal } from "../../engine/decimal";
import { call, callReasons } from "../index";
import { asHostError } from "../../../test/helpers/catalogue";
import type { HostArg } from "../types";

const deemed = (...args: HostArg[]) => call("DEEMEDLIQ", args);

describe("DEEMEDLIQ(terms, ownershipAfter, [transaction], [elected])", () => {
  it("Juniper 4(d)(i): a merger at 50% is a liquidation (not 'more than 50%'), at 50.01% not; merger is the default", () => {
    expect(deemed("juniper", 0.5)).toBe(true);
    expect(deemed("juniper", 0.5001)).toBe(false);
  });
  it("JT Storage 2(c)(i): elected omitted is FALSE, so only an election makes it a liquidation; 'less than 50%'", () => {
    expect(deemed("jt-storage", 0.49, "asset-sale")).toBe(false);
    expect(deemed("jt-storage", 0.49, "asset-sale", true)).toBe(true);
    expect(deemed("jt-storage", 0.5, "asset-sale", true)).toBe(false);
  });
  it("MagiNet 2(c)(i): transaction names match without regard to case; an IPO precursor is excepted", () => {
    expect(deemed("maginet", 0.5, "EXCHANGE")).toBe(false);
    expect(deemed("maginet", 0.49, "Exchange")).toBe(true);
    expect(deemed("maginet", 0, "ipo-precursor")).toBe(false);
  });
  it("reasons with their clauses, for the command", () => {
    expect(callReasons("DEEMEDLIQ", ["maginet", 0.3, "asset-sale"])).toEqual([
      {
        clause: "FOURTH 2(c)(i), (iii)",
        text: "a sale of all or substantially all of the assets is a liquidation whatever the holders before hold after (no ownership test; ownershipAfter not used)",
      },
    ]);
  });
  it("bad arguments: one line naming the argument and the value", () => {
    expect(asHostError(deemed("juniper", 0.5, "spinoff")).message).toBe(
      'argument transaction, value "spinoff": must be one of merger, subsidiary-merger, ipo-precursor, exchange, reorganization, asset-sale',
    );
    expect(asHostError(deemed("juniper", -0.1)).message).toBe('argument ownershipAfter, value "-0.1": is a fraction from 0 to 1 (50% is 0.5)');
  });
  it("a terms table without the rule: #VALUE! naming the column", () => {
    const table = [
      ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"],
      ["Series A", 100, 1, 1, 1, "none", null, 1],
      ["Common", 100, 0, 0, 0, "full", null, null],
    ];
    const e = asHostError(deemed(table, 0.5));
    expect([e.code, e.message]).toEqual([
      "#VALUE!",
      "argument terms, column Deemed Liquidation: is blank in every row; write the charter's rule in one row, e.g. merger, asset-sale if owned <= 50%",
    ]);
  });
  it("a rule in a table of one's own: Deemed Liquidation on one row, blank on the others", () => {
    const table = [
      ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price", "Deemed Liquidation"],
      ["Series A", 100, 1, 1, 1, "none", null, 1, "merger, exchange if owned < 60% [Art. 5(c)]"],
      ["Series B", 100, 1, 1, 1, "none", null, 1, null],
      ["Common", 100, 0, 0, 0, "full", null, null, null],
    ];
    expect(deemed(table, 0.59, "exchange")).toBe(true);
    expect(deemed(table, 0.6, "exchange")).toBe(false);
    expect(deemed(table, 0.1, "asset-sale")).toBe(false);
    expect(callReasons("DEEMEDLIQ", [table, 0.6, "exchange"])![0].clause).toBe("Art. 5(c)");
  });
});

describe("SECURITYVALUE(terms, prices, closingDate, [market], [discount])", () => {
  // Excel serials: 36571 is 2000-02-15, 36586 is 2000-03-01, 36600 is 2000-03-15 (36526 is 2000-01-01).
  const prices: HostArg = [
    ["Date", "Price"],
    ["2000-03-01", 8.25],
    [36571, 9.5],
    ["2000-03-13", 50], // 3-13 is after the period's end (2000-03-12): left out
  ];
  it("the average of the prices in the period 2000-02-12 to 2000-03-12: (8.25 + 9.50) / 2 = 8.875", () => {
    expect((call("SECURITYVALUE", ["juniper", prices, 36600]) as Decimal).toString()).toBe("8.875");
  });
  it("restricted, 10% off: 8.875 x 0.9 = 7.9875", () => {
    expect((call("SECURITYVALUE", ["maginet", prices, "2000-03-15", "exchange", 0.1]) as Decimal).toString()).toBe("7.9875");
  });
  it("a prices range without its Price column names the header row found", () => {
    expect(
      asHostError(
        call("SECURITYVALUE", [
          "juniper",
          [
            ["Date", "Close"],
            ["2000-03-01", 8],
          ],
          "2000-03-15",
        ]),
      ).message,
    ).toBe("argument prices, column Price: is missing from the header row; the first row must name the columns Date, Price (it has Date, Close)");
  });
  it("a discount of 100% or more is refused", () => {
    expect(asHostError(call("SECURITYVALUE", ["juniper", prices, "2000-03-15", null, 1])).message).toBe(
      'argument discount, value "1": is a fraction from 0 up to 1 (a 20% discount is 0.2)',
    );
  });
});
