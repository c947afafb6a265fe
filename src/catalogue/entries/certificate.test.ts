// CERTIFICATE on the Juniper preset: the certificate as to adjustments (FOURTH 6(g)(ii)) for an option grant.
// Numbers by hand (as in cphistory.test.ts): broad base A = 20,000,000 Common + 27,621,795.147687... as
// converted = 47,621,795.147687...; options W1 for 5,000,000 at no less than $5.00, nothing paid, deemed
// issued for $25,000,000 (6(d)(iii)); Series D and D1 (both $11.03): 11.03 x (A + 25,000,000 / 11.03) /
// (A + 5,000,000) = 10.457043... -> $10.46 (6(d)(iv), nearest cent). Common per share of D: 11.03 / 10.46
// = 1.054493...; A, B and C ($0.44, $1.07, $3.97) are not above $5.00: unchanged.
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

const GRANT: HostMatrix = [
  ["Date", "Event", "Option", "Shares", "Price"],
  ["1999-06-01", "option-grant", "W1", 5000000, 5],
];
const lines = (v: unknown) =>
  (plain(v) as string[][]).map((row) => {
    expect(row.length).toBe(1); // one column
    return row[0];
  });

describe("CERTIFICATE (Juniper FOURTH 6(g)(ii))", () => {
  test("heads with the Corporation, lists each series' adjustment with its computation, ends with the prices in effect and the signature line", () => {
    const text = lines(call("CERTIFICATE", ["juniper", GRANT, "Juniper Networks, Inc."]));
    expect(text.slice(0, 3)).toEqual(["CERTIFICATE AS TO ADJUSTMENTS OF THE CONVERSION PRICE", "Juniper Networks, Inc.", "As of 1999-06-01"]);
    expect(text).toContain("1. 1999-06-01, Series D: Adjustment");
    expect(text).toContain("2. 1999-06-01, Series D1: Adjustment");
    expect(text.filter((l) => l === "   Conversion Price: $11.03 before; $10.46 in effect after").length).toBe(2);
    expect(text).toContain("   Common issuable on conversion of one share of Series D: $11.03 / $10.46 = 1.054493... shares of Common");
    // 1.00 / 0.44 = 2.272727...; 2.40 / 1.07 = 2.242990...; 8.93 / 3.97 = 2.249370...
    expect(text).toContain("   Series A: $0.44; $1.00 / $0.44 = 2.272727... shares of Common");
    expect(text).toContain("   Series B: $1.07; $2.40 / $1.07 = 2.24299... shares of Common");
    expect(text).toContain("   Series C: $3.97; $8.93 / $3.97 = 2.24937... shares of Common");
    expect(text[text.length - 1]).toBe("Signed: ______________________________, an officer of the Corporation");
  });

  test("no events: no adjustment made; no corporation given: the heading says so", () => {
    const text = lines(call("CERTIFICATE", ["juniper", [GRANT[0]]]));
    expect(text[1]).toBe("(charter not named)");
    expect(text).toContain("No adjustment or readjustment of the Conversion Price has been made.");
  });

  test("a bad event is #VALUE! naming the argument, as CPHISTORY", () => {
    const e = asHostError(call("CERTIFICATE", ["juniper", [GRANT[0], ["1999-06-01", "merger", "W1", 1, 1]]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("argument events");
  });
});
