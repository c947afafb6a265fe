import fc from "fast-check";
import { Decimal, sum } from "../decimal";
import { parseRedemption } from "./rule";
import { redemptionSchedule, type RedemptionRow } from "./schedule";
import { presetTerms } from "../../../test/fixtures/charters";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string | number) => new Decimal(x);

/** The figures of a row as strings, for compact comparison. */
function figures(r: RedemptionRow) {
  return {
    date: r.date,
    required: r.sharesRequired.toString(),
    price: r.price.toString(),
    redeemed: r.sharesRedeemed.toString(),
    paid: r.amountPaid.toString(),
    unused: r.fundsUnused.toString(),
    owed: r.sharesOwed.toString(),
    outstanding: r.sharesOutstanding.toString(),
  };
}

// JT Storage (the preset): 9,000,000 Series A, here issued 1996-01-10 (this test's input; the preset's is 1995-02-03), $1.00 Redemption Price plus the
// $0.09 a year accrual (Art. IV(B)1(a), 3), here on 30/360 so whole and half years are exact:
// 2000-01-10: 4 years, $0.36, price $1.36; 2000-07-10: 4.5 years, $0.405, price $1.405;
// 2001-01-10: 5 years, $0.45, price $1.45; 2002-01-10: 6 years, $0.54, price $1.54.
const terms = presetTerms("jt-storage", { "Series A": { issueDate: "1996-01-10", dayCount: "30/360" } });

describe("redemptionSchedule: JT Storage Art. IV(B)3", () => {
  it("the full schedule with enough funds: one third, one half of the rest, then all", () => {
    const s = redemptionSchedule(terms, "Series A", [
      { date: "2000-01-10", amount: d("5000000") },
      { date: "2001-01-10", amount: d("4350000") },
      { date: "2002-01-10", amount: d("5000000") },
    ]);
    expect(s.rows.map(figures)).toEqual([
      // 9,000,000 / 3 = 3,000,000 x $1.36 = $4,080,000; 5,000,000 - 4,080,000 = 920,000 unused
      { date: "2000-01-10", required: "3000000", price: "1.36", redeemed: "3000000", paid: "4080000", unused: "920000", owed: "0", outstanding: "6000000" },
      // 6,000,000 / 2 = 3,000,000 x $1.45 = $4,350,000
      { date: "2001-01-10", required: "3000000", price: "1.45", redeemed: "3000000", paid: "4350000", unused: "0", owed: "0", outstanding: "3000000" },
      // all 3,000,000 x $1.54 = $4,620,000; 5,000,000 - 4,620,000 = 380,000 unused
      { date: "2002-01-10", required: "3000000", price: "1.54", redeemed: "3000000", paid: "4620000", unused: "380000", owed: "0", outstanding: "0" },
    ]);
    expect(s.rows[0].text).toBe(
      "redemption date: 1/3 of 9,000,000 shares not already called = 3,000,000 called; " +
        "price $1.00 + accrued unpaid dividends $0.36 = $1.36; funds $5,000,000.00 redeem 3,000,000 shares for $4,080,000.00",
    );
    expect(s.rows[0].clause).toBe("Art. IV(B)3");
    expect(s.rows[0].portion).toBe("1/3");
  });

  it("a shortfall is redeemed pro rata as far as the funds go, carried, and paid first out of later funds at the price of its own Redemption Date", () => {
    const s = redemptionSchedule(terms, "Series A", [
      { date: "2000-01-10", amount: d("2720000") },
      { date: "2000-07-10", amount: d("702500") },
      { date: "2001-01-10", amount: d("1000000") },
      { date: "2002-01-10", amount: d("10000000") },
    ]);
    expect(s.rows.map(figures)).toEqual([
      // 3,000,000 called; 2,720,000 / 1.36 = 2,000,000 redeemed; 1,000,000 owed; 7,000,000 outstanding
      { date: "2000-01-10", required: "3000000", price: "1.36", redeemed: "2000000", paid: "2720000", unused: "0", owed: "1000000", outstanding: "7000000" },
      // additional funds for the 1,000,000 called on 2000-01-10, still at that date's $1.36 ("as of each such
      // Redemption Date"): 702,500 / 1.36 = 516,544.1...: 516,544 x 1.36 = 702,499.84; 0.16 unused;
      // 483,456 owed; 7,000,000 - 516,544 = 6,483,456 outstanding
      { date: "2000-07-10", required: "1000000", price: "1.36", redeemed: "516544", paid: "702499.84", unused: "0.16", owed: "483456", outstanding: "6483456" },
      // 1/2 of (6,483,456 - 483,456 already called) = 3,000,000 at $1.45, + 483,456 carried at $1.36 = 3,483,456
      // required. The earlier first: 483,456 x 1.36 = 657,500.16; 1,000,000 - 657,500.16 = 342,499.84 / 1.45
      // = 236,206.7...: 236,206 x 1.45 = 342,498.70; 1.14 unused. Redeemed 483,456 + 236,206 = 719,662;
      // owed 3,483,456 - 719,662 = 2,763,794; outstanding 6,483,456 - 719,662 = 5,763,794
      {
        date: "2001-01-10",
        required: "3483456",
        price: "1.36",
        redeemed: "719662",
        paid: "999998.86",
        unused: "1.14",
        owed: "2763794",
        outstanding: "5763794",
      },
      // all of (5,763,794 - 2,763,794) = 3,000,000 at $1.54, + 2,763,794 carried at 2001-01-10's $1.45:
      // 2,763,794 x 1.45 = 4,007,501.30; 3,000,000 x 1.54 = 4,620,000; paid 8,627,501.30; unused 1,372,498.70
      { date: "2002-01-10", required: "5763794", price: "1.45", redeemed: "5763794", paid: "8627501.3", unused: "1372498.7", owed: "0", outstanding: "0" },
    ]);
    expect(s.rows[1].redemptionDate).toBe(false);
    expect(s.rows[1].text).toBe(
      "additional funds; 1,000,000 carried from earlier dates; price $1.00 + accrued unpaid dividends as of 2000-01-10, when they were called $0.36 = $1.36; " +
        "funds $702,500.00 redeem 516,544 shares for $702,499.84; 483,456 shares still owed, to be redeemed from later funds",
    );
    expect(s.rows[2].text).toContain(
      "483,456 called on 2000-01-10 at $1.00 + $0.36 = $1.36, 3,000,000 called on 2001-01-10 at $1.00 + $0.45 = $1.45, the earliest first",
    );
  });

  it("a redemption date without funds carries everything; funds before the first date or after the last share redeem nothing", () => {
    const s = redemptionSchedule(terms, "Series A", [
      { date: "1999-06-01", amount: d("100000") },
      { date: "2002-06-01", amount: d("50000") },
    ]);
    expect(s.rows.map((r) => [r.date, r.sharesRedeemed.toString(), r.sharesOwed.toString(), r.fundsUnused.toString()])).toEqual([
      ["1999-06-01", "0", "0", "100000"],
      ["2000-01-10", "0", "3000000", "0"], // 1/3 of 9,000,000 called, no funds
      ["2001-01-10", "0", "6000000", "0"], // + 1/2 of (9,000,000 - 3,000,000) = 3,000,000
      ["2002-01-10", "0", "9000000", "0"], // + all of the 3,000,000 not called
      // 2002-06-01: the earliest shares owed are the 3,000,000 called on 2000-01-10 at $1.36;
      // 50,000 / 1.36 = 36,764.7...: 36,764 shares for 49,999.04; 0.96 unused
      ["2002-06-01", "36764", "8963236", "0.96"],
    ]);
    expect(s.rows[0].text).toBe("before the first redemption date 2000-01-10: nothing to redeem");
  });

  it("rounds each portion down to a whole share; the final 'all' takes the rest", () => {
    // 10,000,000 / 3 = 3,333,333.33 -> 3,333,333; (10,000,000 - 3,333,333) / 2 = 3,333,333.5 -> 3,333,333;
    // all: 10,000,000 - 6,666,666 = 3,333,334
    const s = redemptionSchedule(
      terms,
      "Series A",
      [
        { date: "2000-01-10", amount: d("100000000") },
        { date: "2001-01-10", amount: d("100000000") },
        { date: "2002-01-10", amount: d("100000000") },
      ],
      { shares: d(10_000_000) },
    );
    expect(s.rows.map((r) => r.sharesRedeemed.toString())).toEqual(["3333333", "3333333", "3333334"]);
  });

  it("on actual/365 the price carries the exact accrual: $1 + $0.09 x 1,461 / 365 on 2000-01-10", () => {
    // 1996-01-10 to 2000-01-10: 1,461 days; 0.09 x 1461 = 131.49; price = 1 + 131.49 / 365 = 1.36024657...
    // $1,360,246.58 covers 999,999 shares (999,999 x 1.3602465753... = 1,360,245.21...) but not 1,000,000
    // (1,360,246.5753...): the maximum whole number is 999,999.
    const s = redemptionSchedule(presetTerms("jt-storage", { "Series A": { issueDate: "1996-01-10", dayCount: "actual/365" } }), "Series A", [
      { date: "2000-01-10", amount: d("1360246.57") },
    ]);
    expect(s.rows[0].price.toDecimalPlaces(10).toString()).toBe("1.3602465753");
    expect(s.rows[0].sharesRedeemed.toString()).toBe("999999");
  });

  it("never pays more than the funds, and shares redeemed plus owed plus outstanding stay consistent", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 800_000_000n }), { minLength: 3, maxLength: 3 }), (cents) => {
        const dates = ["2000-01-10", "2001-01-10", "2002-01-10"];
        const s = redemptionSchedule(
          terms,
          "Series A",
          dates.map((date, i) => ({ date, amount: d(cents[i].toString()).div(100) })),
        );
        const redeemed = sum(s.rows.map((r) => r.sharesRedeemed));
        const last = s.rows[s.rows.length - 1];
        return (
          s.rows.every((r) => r.amountPaid.lte(r.funds) && r.sharesRedeemed.isInteger() && r.sharesRedeemed.gte(0)) &&
          redeemed.plus(last.sharesOutstanding).eq(9_000_000) &&
          last.sharesOwed.eq(last.sharesOutstanding)
        ); // after "all", every outstanding share is owed
      }),
      { numRuns: 200 },
    );
  });
});

describe("redemptionSchedule: errors", () => {
  it("a class with no Redemption rule (Juniper Section 5: not redeemable)", () => {
    expect(thrown(() => redemptionSchedule(presetTerms("juniper"), "Series A", [])).message).toBe(
      "class Series A, column Redemption: the class has no Redemption rule, so it is not redeemable",
    );
  });

  it("negative funds, naming the argument, row and value", () => {
    expect(thrown(() => redemptionSchedule(terms, "Series A", [{ date: "2000-01-10", amount: d("-1") }])).message).toBe(
      'argument funds, class Series A, value "-1": row 1 (2000-01-10): the funds must be a number, zero or more',
    );
  });

  it("funds dates not in order, or repeated", () => {
    const e = thrown(() =>
      redemptionSchedule(terms, "Series A", [
        { date: "2001-01-10", amount: d(1) },
        { date: "2000-01-10", amount: d(1) },
      ]),
    );
    expect(e.message).toBe(
      'argument funds, class Series A, value "2000-01-10": row 2: the dates must be in increasing order, each date once; 2000-01-10 is not after 2001-01-10',
    );
    expect(
      thrown(() =>
        redemptionSchedule(terms, "Series A", [
          { date: "2000-01-10", amount: d(1) },
          { date: "2000-01-10", amount: d(1) },
        ]),
      ).message,
    ).toContain("each date once");
  });

  it("a bad funds date, a missing Redemption Price, fractional starting shares and an unknown class", () => {
    expect(thrown(() => redemptionSchedule(terms, "Series A", [{ date: "2000-1-10", amount: d(1) }])).message).toBe(
      'argument funds, class Series A, value "2000-1-10": is not a date; write it as YYYY-MM-DD',
    );
    expect(thrown(() => redemptionSchedule(presetTerms("jt-storage", { "Series A": { redemptionPrice: null } }), "Series A", [])).message).toBe(
      "class Series A, column Redemption Price: the class has a Redemption rule but no Redemption Price",
    );
    expect(thrown(() => redemptionSchedule(terms, "Series A", [], { shares: d("10.5") })).message).toBe(
      'argument shares, class Series A, value "10.5": the shares outstanding must be a whole number, zero or more',
    );
    const unknown = thrown(() => redemptionSchedule(terms, "Series B", []));
    expect(unknown.kind).toBe("not-found");
    expect(unknown.message).toBe('argument className, value "Series B": no such class in the terms; the classes are Series A, Common');
  });
});

describe("parseRedemption", () => {
  it("reads the JT Storage schedule", () => {
    expect(
      parseRedemption("2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all", "Series A").map((r) => [
        r.date,
        r.portion,
        r.numerator.toString(),
        r.denominator.toString(),
      ]),
    ).toEqual([
      ["2000-01-10", "1/3", "1", "3"],
      ["2001-01-10", "1/2", "1", "2"],
      ["2002-01-10", "all", "1", "1"],
    ]);
  });

  it("rejects malformed entries, bad fractions and dates out of order, naming class, column and text", () => {
    const msg = (t: string) => thrown(() => parseRedemption(t, "Series A")).message;
    expect(msg("2000-01-10 one third")).toBe(
      'class Series A, column Redemption, value "2000-01-10 one third": "2000-01-10 one third" is not a redemption date; write "<YYYY-MM-DD> <n>/<d>" or "<YYYY-MM-DD> all", e.g. "2000-01-10 1/3"',
    );
    expect(msg("2000-01-10 3/2")).toContain("at most 1");
    expect(msg("2000-01-10 0/2")).toContain("above 0");
    expect(msg("2001-01-10 1/2; 2000-01-10 all")).toContain("2000-01-10 is not after 2001-01-10");
    expect(msg("2000-02-30 all")).toContain("is not a date");
    expect(msg(" ; ")).toContain("write dated portions");
  });
});
