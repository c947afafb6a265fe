// CHARTER.HOLDERPAYOUTS: per-holder cents inside each class, by shares held (MagiNet FOURTH 2(a)-(b):
// ratably; the engine's largest remainder keeps each class's cents whole).
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostArg, HostMatrix } from "../types";

const payouts = (...args: HostArg[]) => call("HOLDERPAYOUTS", args);
const CAP: HostMatrix = [
  ["Holder", "Class", "Shares", "Email"],
  ["Ann", "Series D", 1000000, "ann@example.com"],
  ["Bob", "Series D", 2142858, null],
  [null, null, null, null],
  ["Cy", "common", 1000000, null],
];

describe("HOLDERPAYOUTS (MagiNet preset)", () => {
  it("at p = $1.00 (exit 79,001,979): $8.00 a Series D share, $1.00 a Common share; the rest unallocated", () => {
    // Series D: $7.00 preference + $1.00 as converted = $8.00 a share: Ann 1,000,000 x 8 = 8,000,000;
    // Bob 2,142,858 x 8 = 17,142,864 (together D's 25,142,864). Cy 1,000,000 Common x $1.00.
    // Unheld: A 150,000 x $2.00 = 300,000; B 1,328,930 x $5.50 = 7,309,115; C 7,500,000 x $5.50
    // = 41,250,000; Common 4,000,000 x $1.00. All rows add up to 79,001,979.
    expect(plain(payouts("maginet", CAP, 79001979, null))).toEqual([
      ["Holder", "Class", "Shares", "Payout"],
      ["Ann", "Series D", "1000000", "8000000"],
      ["Bob", "Series D", "2142858", "17142864"],
      ["Cy", "Common", "1000000", "1000000"],
      ["(not in the cap table)", "Series A", "150000", "300000"],
      ["(not in the cap table)", "Series B", "1328930", "7309115"],
      ["(not in the cap table)", "Series C", "7500000", "41250000"],
      ["(not in the cap table)", "Common", "4000000", "4000000"],
    ]);
  });
  it("cents within a class by largest remainder: Common's 29 cents one dollar above the preferences", () => {
    // At 62,030,192 Common's cents are 0.29 (see liqpref.test.ts). Cy holds 1/5: 29 x 1/5 = 5.8 cents,
    // the other 4,000,000 shares 23.2 cents; floors 5 + 23 = 28, the last cent to Cy (.8 > .2): 0.06 and 0.23.
    const out = plain(payouts("maginet", CAP, 62030192, null)) as unknown[][];
    expect(out[3]).toEqual(["Cy", "Common", "1000000", "0.06"]);
    expect(out[7]).toEqual(["(not in the cap table)", "Common", "4000000", "0.23"]);
  });
  it("an unknown class in the cap table is #N/A naming its row, the Class column and the value", () => {
    // Dee is on row 2 under the header (Ann on row 1).
    const e = asHostError(
      payouts(
        "maginet",
        [
          ["Holder", "Class", "Shares"],
          ["Ann", "Series A", 1],
          ["Dee", "Series E", 10],
        ],
        1000,
        null,
      ),
    );
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      'argument capTable row 2, column Class, value "Series E": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    );
  });
  it("negative shares, naming the holder, class, column and value", () => {
    const e = asHostError(
      payouts(
        "maginet",
        [
          ["Holder", "Class", "Shares"],
          ["Dee", "Series A", -10],
        ],
        1000,
        null,
      ),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument capTable row 1, class Series A, column Shares, value "-10": holder Dee: shares must be 0 or more');
  });
  it("more shares held than the class has", () => {
    // Series A has 150,000 shares; 100,000 + 60,000 = 160,000 held.
    const e = asHostError(
      payouts(
        "maginet",
        [
          ["Holder", "Class", "Shares"],
          ["Dee", "Series A", 100000],
          ["Eve", "Series A", 60000],
        ],
        1000,
        null,
      ),
    );
    expect(e.message).toBe('argument capTable, class Series A, value "160000": the holders hold 160,000 shares in all, more than the 150,000 the class has');
  });
  it("a missing column and a blank cell name the column and row", () => {
    expect(
      asHostError(
        payouts(
          "maginet",
          [
            ["Holder", "Class"],
            ["Dee", "Series A"],
          ],
          1000,
          null,
        ),
      ).message,
    ).toBe(
      "argument capTable, column Shares: is missing from the header row; the first row must name the columns Holder, Class, Shares (it has Holder, Class)",
    );
    expect(
      asHostError(
        payouts(
          "maginet",
          [
            ["Holder", "Class", "Shares"],
            ["Dee", "Series A", 5],
            ["Eve", "Series A", null],
          ],
          1000,
          null,
        ),
      ).message,
    ).toBe("argument capTable row 2, column Shares: is blank; fill it in or remove the row");
    expect(
      asHostError(
        payouts(
          "maginet",
          [
            ["Holder", "Class", "Shares"],
            ["Dee", "Series A", "many"],
          ],
          1000,
          null,
        ),
      ).message,
    ).toBe('argument capTable row 1, column Shares, value "many": is not a number; write a whole number of shares such as 1743751 or 1,743,751');
  });
  it("a negative exit value", () => {
    expect(asHostError(payouts("maginet", CAP, -1, null)).message).toBe('argument exitValue, value "-1": an exit value must be 0 or more');
  });
});
