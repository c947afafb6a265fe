// DIVIDENDS, REDEMPTION and VOTES on the shipped presets; numbers by hand from the charters (the dividend
// cases of src/presets/dividends.test.ts, the redemption ones of src/engine/redemption/schedule.test.ts).
import { presetTable } from "../../presets";
import { setCell, type TermsTable } from "../../engine/terms/table";
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";
import type { HostMatrix } from "../types";

const range = (t: TermsTable): HostMatrix => [t.header, ...t.rows];

describe("DIVIDENDS", () => {
  it("MagiNet $5,000,000: every preferential dividend by priority, the rest to Common (FOURTH 1(a)-(d))", () => {
    // D 3,142,858 x 0.56 = 1,760,000.48; C 7,500,000 x 0.36 = 2,700,000; A 150,000 x 0.16 = 24,000;
    // B 1,328,930 x 0.36 = 478,414.80; together 4,962,415.28; Common 5,000,000 - 4,962,415.28 = 37,584.72.
    expect(plain(call("DIVIDENDS", ["maginet", 5000000, null]))).toEqual([
      ["Class", "Amount"],
      ["Series A", "24000"],
      ["Series B", "478414.8"],
      ["Series C", "2700000"],
      ["Series D", "1760000.48"],
      ["Common", "37584.72"],
    ]);
  });
  it("Juniper 10% of the full dividends: the same percentage each (Section 3), in cents that add up", () => {
    // Full: A 87,187.55, B 469,836.96, C 2,340,000, D 330,000, D1 1,419,000 = 4,646,024.51; 10% declared =
    // 464,602.451, i.e. 464,602.45 in cents (a payment is whole cents: 464,602.451 itself is refused). A 8,718.755 and B 46,983.696: floors 8,718.75 + 46,983.69 +
    // 234,000 + 33,000 + 141,900 = 464,602.44; the last cent to the larger remainder, B (.6 > .5).
    expect(asHostError(call("DIVIDENDS", ["juniper", 464602.451, null])).message).toBe(
      "argument amount, value 464602.451: is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places",
    );
    expect(plain(call("DIVIDENDS", ["juniper", 464602.45, null]))).toEqual([
      ["Class", "Amount"],
      ["Series A", "8718.75"],
      ["Series B", "46983.7"],
      ["Series C", "234000"],
      ["Series D", "33000"],
      ["Series D1", "141900"],
      ["Common", "0"],
    ]);
  });
  it("JT Storage: one year's accrual first, then as converted with Common (Art. IV(B)1(a)-(b))", () => {
    // 1995-02-03 to 1996-02-03: $0.09 x 9,000,000 = 810,000; 190,000 left for 19,000,000 shares at $0.01:
    // Series A 810,000 + 90,000 = 900,000; Common 100,000.
    expect(plain(call("DIVIDENDS", ["jt-storage", 1000000, "1996-02-03"]))).toEqual([
      ["Class", "Amount"],
      ["Series A", "900000"],
      ["Common", "100000"],
    ]);
  });
  it("errors: a negative amount; JT Storage without a date", () => {
    expect(asHostError(call("DIVIDENDS", ["maginet", -1, null])).message).toBe(
      'argument amount, value "-1": the dividend declared must be a number, zero or more',
    );
    expect(asHostError(call("DIVIDENDS", ["jt-storage", 1000000, null])).message).toBe(
      "argument asOf, class Series A: a date is needed to accrue the cumulative dividend to; give the dividend date",
    );
  });
});

describe("REDEMPTION (JT Storage Art. IV(B)3)", () => {
  // The preset with Day Count 30/360 and Issue Date 1996-01-10 (as the engine's schedule tests), so
  // 2000-01-10 is 4 years: $1.00 + 4 x $0.09 = $1.36; 2001-01-10 $1.45; 2002-01-10 $1.54.
  let t = presetTable("jt-storage");
  t = setCell(t, "Series A.Day Count", "30/360");
  t = setCell(t, "Series A.Issue Date", "1996-01-10");
  it("one third, then one half of the rest not called, then all; the shortfall carried forward", () => {
    // 2000-01-10: 9,000,000 / 3 = 3,000,000 called; $2,720,000 / $1.36 = 2,000,000 redeemed; 1,000,000 owed.
    // 2001-01-10: (7,000,000 - 1,000,000 owed) / 2 = 3,000,000 called + 1,000,000 carried = 4,000,000;
    //   the 1,000,000 carried keep 2000-01-10's price ("as of each such Redemption Date"): 1,000,000 x $1.36
    //   = $1,360,000, then 3,000,000 x $1.45 = $4,350,000; paid $5,710,000; $8,700,000 - $5,710,000 = $2,990,000
    //   unused. The row shows the earliest shares' price, $1.36 ($0.36 of dividends).
    // 2002-01-10: all 3,000,000 left called; no funds; 3,000,000 owed.
    const funds: HostMatrix = [
      ["Date", "Amount"],
      ["2000-01-10", 2720000],
      [null, null],
      ["2001-01-10", 8700000],
    ];
    expect(plain(call("REDEMPTION", [range(t), "Series A", funds]))).toEqual([
      [
        "Date",
        "Portion",
        "Shares Called",
        "Shares Carried",
        "Shares Required",
        "Dividend Per Share",
        "Price",
        "Funds",
        "Shares Redeemed",
        "Amount Paid",
        "Funds Unused",
        "Shares Owed",
        "Shares Outstanding",
        "Clause",
      ],
      ["2000-01-10", "1/3", "3000000", "0", "3000000", "0.36", "1.36", "2720000", "2000000", "2720000", "0", "1000000", "7000000", "Art. IV(B)3"],
      ["2001-01-10", "1/2", "3000000", "1000000", "4000000", "0.36", "1.36", "8700000", "4000000", "5710000", "2990000", "0", "3000000", "Art. IV(B)3"],
      ["2002-01-10", "all", "3000000", "0", "3000000", "0.54", "1.54", "0", "0", "0", "0", "3000000", "3000000", "Art. IV(B)3"],
    ]);
  });
  it("errors: a class that is not redeemable, a negative amount, a missing column", () => {
    expect(
      asHostError(
        call("REDEMPTION", [
          "jt-storage",
          "Common",
          [
            ["Date", "Amount"],
            ["2000-01-10", 1],
          ],
        ]),
      ).message,
    ).toBe("class Common, column Redemption: the class has no Redemption rule, so it is not redeemable");
    expect(
      asHostError(
        call("REDEMPTION", [
          "jt-storage",
          "Series A",
          [
            ["Date", "Amount"],
            ["2000-01-10", -1],
          ],
        ]),
      ).message,
    ).toBe('argument funds, class Series A, value "-1": row 1 (2000-01-10): the funds must be a number, zero or more');
    expect(
      asHostError(
        call("REDEMPTION", [
          "jt-storage",
          "Series A",
          [
            ["Date", "Funds"],
            ["2000-01-10", 1],
          ],
        ]),
      ).message,
    ).toBe("argument funds, column Amount: is missing from the header row; the first row must name the columns Date, Amount (it has Date, Funds)");
    expect(
      asHostError(
        call("REDEMPTION", [
          "jt-storage",
          "Series A",
          [
            ["Date", "Amount"],
            ["soon", 1],
          ],
        ]),
      ).message,
    ).toBe('argument funds row 1, column Date, value "soon": is not a date; write it as YYYY-MM-DD');
  });
});

describe("VOTES", () => {
  it("Juniper: rounded to the nearest vote after aggregating a holder's shares (FOURTH 7(a))", () => {
    // Ann: two rows of 1 Series A: 2 x 1.00 / 0.44 = 4.5454... -> 5 (each alone, 2.27 -> 2, would give 4);
    // plus 10 Common = 15. Bob: 107 Series B x 2.40 / 1.07 = 240. Cy: 1,000 Series A = 2,272.7272... -> 2,273.
    const holdings: HostMatrix = [
      ["Holder", "Class", "Shares"],
      ["Ann", "Series A", 1],
      ["Bob", "Series B", 107],
      ["Ann", "Series A", 1],
      ["Ann", "Common", 10],
      ["Cy", "Series A", 1000],
    ];
    expect(plain(call("VOTES", ["juniper", holdings]))).toEqual([
      ["Holder", "Votes"],
      ["Ann", "15"],
      ["Bob", "240"],
      ["Cy", "2273"],
    ]);
  });
  it("JT Storage: each share's full Common (Art. IV(B)5), at a $0.75 conversion price: 1.00 / 0.75 = 1.33 -> 1 a share, 10 x 1 = 10", () => {
    // Per holder it would be 10 x 1.33 = 13.33 -> 13 (Vote Rounding down).
    const t = setCell(presetTable("jt-storage"), "Series A.Conversion Price", "0.75");
    expect(
      plain(
        call("VOTES", [
          range(t),
          [
            ["Holder", "Class", "Shares"],
            ["Dee", "Series A", 10],
          ],
        ]),
      ),
    ).toEqual([
      ["Holder", "Votes"],
      ["Dee", "10"],
    ]);
    const perHolder = setCell(t, "Series A.Vote Rounding", "down");
    expect(
      plain(
        call("VOTES", [
          range(perHolder),
          [
            ["Holder", "Class", "Shares"],
            ["Dee", "Series A", 10],
          ],
        ]),
      ),
    ).toEqual([
      ["Holder", "Votes"],
      ["Dee", "13"],
    ]);
  });
  it("errors: negative or fractional shares, unknown class, blank holder", () => {
    // Rows count as the sheet does, the blank row included: Cy is on row 2 under the header.
    expect(
      asHostError(
        call("VOTES", [
          "juniper",
          [
            ["Holder", "Class", "Shares"],
            [null, null, null],
            ["Cy", "Series A", -1],
          ],
        ]),
      ).message,
    ).toBe('argument holdings row 2, class Series A, column Shares, value "-1": shares held must be a whole number, zero or more');
    expect(
      asHostError(
        call("VOTES", [
          "juniper",
          [
            ["Holder", "Class", "Shares"],
            ["Cy", "Series A", 1.5],
          ],
        ]),
      ).message,
    ).toBe("argument holdings row 1, column Shares, value 1.5: is not a whole number of shares; share counts are whole");
    const unknown = asHostError(
      call("VOTES", [
        "juniper",
        [
          ["Holder", "Class", "Shares"],
          ["Cy", "Series Q", 1],
        ],
      ]),
    );
    expect(unknown.code).toBe("#N/A");
    expect(unknown.message).toBe(
      'argument holdings row 1, column Class, value "Series Q": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Series D1, Common',
    );
    expect(
      asHostError(
        call("VOTES", [
          "juniper",
          [
            ["Holder", "Class", "Shares"],
            [null, "Series A", 1],
          ],
        ]),
      ).message,
    ).toBe("argument holdings row 1, column Holder: is blank; fill it in or remove the row");
  });
});

// Like every other bad holdings cell, an unknown class names its row and column (found by the test
// audit: it used to name neither, so in a long cap table the user could not tell which row was wrong).
it("VOTES: an unknown class names its row and the Class column", () => {
  const holdings: HostMatrix = [
    ["Holder", "Class", "Shares"],
    ["Ann", "Series A", 1],
    ["Cy", "Series Q", 1],
  ];
  const e = asHostError(call("VOTES", ["juniper", holdings]));
  expect(e.code).toBe("#N/A");
  expect(e.message).toBe(
    'argument holdings row 2, column Class, value "Series Q": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Series D1, Common',
  );
});
