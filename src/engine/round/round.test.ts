// The round's convertibles and its identities, by hand (arithmetic written here) and from the public
// worked examples of Y Combinator's post-money SAFE Quick Start Guide (examples 1 and 2: $1M on a $6.7M
// post-money cap is 1/6.7 = ~15%; $500k on $5.5M and $500k on $8.3M caps are ~9% and ~6%).
import fc from "fast-check";
import { Decimal } from "../decimal";
import { ChartError } from "../errors";
import { parseCsv } from "../terms/table";
import { convertiblesFromTable, modelRound, solveRound, type Convertible } from "./index";

const D = (x: Decimal | string | number) => new Decimal(x);
const EXACT = { priceDecimals: null, wholeShares: false };
// A company of 9,000,000 Common and an unissued pool of 1,000,000: F = 10,000,000.
const TABLE = parseCsv("Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nCommon,9000000,0,0,0,full,,\n");
const base = { investment: 5_000_000, preMoney: 20_000_000, unissuedPool: 1_000_000, date: "2026-12-01" };
const safe = (amount: number, cap: number | null, discount = "0", kind: Convertible["kind"] = "post-money-safe"): Convertible => ({
  holder: `${kind} ${amount}`,
  kind,
  amount: D(amount),
  cap: cap === null ? null : D(cap),
  discount: D(discount),
  interestRate: D(0),
  issueDate: null,
});

describe("post-money SAFE at its cap (the Company Capitalization counts the SAFE's own shares)", () => {
  test("Quick Start example 1: $1,000,000 on a $6,700,000 cap owns 1/6.7 of the Company Capitalization", () => {
    const r = modelRound(TABLE, { ...base, convertibles: [safe(1_000_000, 6_700_000)], rounding: EXACT });
    const c = r.conversions[0];
    // S = F x (1/6.7) / (1 - 1/6.7) = 10,000,000 / 5.7; CC = F + S; Safe Price = 6.7M / CC = 5.7M / F = 0.57
    expect(c.basis).toBe("cap");
    expect(c.price.equals(D("0.57"))).toBe(true);
    expect(c.shares.div(D(10_000_000).plus(c.shares)).minus(D(1).div("6.7")).abs().lessThan("1e-50")).toBe(true);
  });
  test("example 1 with the closing's rounding: Safe Price 0.57, 1,754,385 shares (1,000,000 / 0.57 = 1,754,385.96 down)", () => {
    const r = modelRound(TABLE, { ...base, convertibles: [safe(1_000_000, 6_700_000)] });
    expect(r.conversions[0].price.toFixed()).toBe("0.57");
    expect(r.conversions[0].shares.toFixed()).toBe("1754385");
    // Round price: 20,000,000 / (10,000,000 x 6.7/5.7) = 1.70149..., down to 1.7014
    expect(r.price.toFixed()).toBe("1.7014");
    expect(r.conversions[0].series).toBe("Series A-1");
  });
  test("Quick Start example 2: $500k on $5.5M and $500k on $8.3M own 0.5/5.5 (~9%) and 0.5/8.3 (~6%)", () => {
    const r = modelRound(TABLE, { ...base, convertibles: [safe(500_000, 5_500_000), safe(500_000, 8_300_000)], rounding: EXACT });
    const cc = D(10_000_000).plus(r.conversions[0].shares).plus(r.conversions[1].shares);
    // To the 60 significant digits the exact rationals are given in.
    expect(r.conversions[0].shares.div(cc).minus(D("0.5").div("5.5")).abs().lessThan("1e-50")).toBe(true);
    expect(r.conversions[1].shares.div(cc).minus(D("0.5").div("8.3")).abs().lessThan("1e-50")).toBe(true);
    expect(r.conversions[0].shares.div(cc).toFixed(2)).toBe("0.09");
    expect(r.conversions[1].shares.div(cc).toFixed(2)).toBe("0.06");
  });
  test("the discount wins when the cap is high: $1M, cap $50M, 20% off", () => {
    // At the cap: price (50M - 1M) / F = 4.90; the discount: T = F / (1 - 1M/(20M x 0.8)) = F / 0.9375,
    // price = 20M x 0.9375 / F = 1.875, discounted 1.50 < 4.90; 1,000,000 / 1.50 = 666,666 shares.
    const r = modelRound(TABLE, { ...base, convertibles: [safe(1_000_000, 50_000_000, "0.2")] });
    expect(r.price.toFixed()).toBe("1.875");
    expect(r.conversions[0].basis).toBe("discount");
    expect(r.conversions[0].price.toFixed()).toBe("1.5");
    expect(r.conversions[0].shares.toFixed()).toBe("666666");
  });
});

test("pre-money SAFE: $500,000 on a $5,000,000 pre-money cap converts at 5M / F = 0.50 (the SAFEs not counted)", () => {
  const r = modelRound(TABLE, { ...base, convertibles: [safe(500_000, 5_000_000, "0", "pre-money-safe")] });
  expect(r.conversions[0].price.toFixed()).toBe("0.5");
  expect(r.conversions[0].shares.toFixed()).toBe("1000000");
  // price 20,000,000 / (10,000,000 + 1,000,000) = 1.81818..., down to 1.8181
  expect(r.price.toFixed()).toBe("1.8181");
});

test("note: $1,000,000 at 8% simple for 365 days is $1,080,000, converting at a 20% discount", () => {
  const [note] = convertiblesFromTable([
    ["Holder", "Kind", "Amount", "Cap", "Discount", "Interest Rate", "Issue Date"],
    ["Lender", "note", "$1,000,000", null, "20%", "8%", "2025-12-01"],
  ]);
  const r = modelRound(TABLE, { ...base, convertibles: [note] });
  // g = 1,080,000 / (20M x 0.8) = 0.0675; T = F / (1 - g); price = 20M x 0.9325 / 10M = 1.865; x 0.8 = 1.492
  expect(r.conversions[0].amount.toFixed()).toBe("1080000");
  expect(r.price.toFixed()).toBe("1.865");
  expect(r.conversions[0].price.toFixed()).toBe("1.492");
  expect(r.conversions[0].shares.toFixed()).toBe("723860"); // 1,080,000 / 1.492 = 723,860.59
});

test("a note on its cap (read like a pre-money SAFE): $1,000,000 at 10% for 365 days, $5,000,000 cap", () => {
  const note: Convertible = {
    holder: "Lender",
    kind: "note",
    amount: D(1_000_000),
    cap: D(5_000_000),
    discount: D(0),
    interestRate: D("0.1"),
    issueDate: "2025-12-01",
  };
  const r = modelRound(TABLE, { ...base, convertibles: [note] });
  // 1,100,000 converting; cap price 5,000,000 / F = 0.50 (the notes not counted); 2,200,000 shares;
  // round price 20,000,000 / (10,000,000 + 2,200,000) = 1.63934..., down to 1.6393
  expect(r.conversions[0].amount.toFixed()).toBe("1100000");
  expect(r.conversions[0].basis).toBe("cap");
  expect(r.conversions[0].shares.toFixed()).toBe("2200000");
  expect(r.price.toFixed()).toBe("1.6393");
});

test("a post-money SAFE and a pool top-up together: the top-up is outside the SAFE's Company Capitalization", () => {
  // $1,000,000 on a $10,000,000 post-money cap, pool target 10%, pre-money 20M, investment 5M, U = 1,000,000.
  // A = 0.1: S = 0.1 (F + S) -> F + S = F x 10/9, Safe Price 10M / (F x 10/9) = 0.90 exactly.
  // k = 0.1 x 25/20 = 0.125: P = (k (F + S) - U) / (1 - k) = (12.5M/9 - 9M/9) / 0.875 = 4M/9 = 444,444.4...
  // T = F + S + P = 104M/9; price = 20M x 9 / 104M = 1.730769..., down to 1.7307.
  const r = modelRound(TABLE, { ...base, poolTarget: "0.1", convertibles: [safe(1_000_000, 10_000_000)] });
  expect(r.conversions[0].price.toFixed()).toBe("0.9");
  expect(r.conversions[0].shares.toFixed()).toBe("1111111");
  expect(r.poolShares.toFixed()).toBe("444445");
  expect(r.price.toFixed()).toBe("1.7307");
  expect(r.newShares.toFixed()).toBe("2889004"); // 5,000,000 / 1.7307 = 2,889,004.45
});

test("the circularity in one line: post-money SAFEs at their caps take S = F x A / (1 - A)", () => {
  const s = solveRound({
    base: D(10_000_000),
    pool: D(0),
    preMoney: D(20_000_000),
    investment: D(1),
    poolTarget: null,
    convertibles: [{ kind: "post-money-safe", amount: D(1_000_000), cap: D(10_000_000), discount: D(0) }],
  });
  // A = 0.1: S = 10,000,000 x 0.1 / 0.9
  expect(s.convertibleShares.toDecimal().equals(D(10_000_000).times("0.1").div("0.9"))).toBe(true);
});

describe("bad input names what is wrong", () => {
  test.each([
    [
      [
        ["Holder", "Kind", "Amount"],
        ["X", "bond", 5],
      ],
      "Kind",
    ],
    [
      [
        ["Holder", "Kind", "Amount"],
        ["X", "note", -5],
      ],
      "Amount",
    ],
    [
      [
        ["Holder", "Kind", "Amount", "Discount"],
        ["X", "note", 5, "120%"],
      ],
      "Discount",
    ],
    [
      [
        ["Holder", "Kind", "Amount", "Colour"],
        ["X", "note", 5, "red"],
      ],
      "Colour",
    ],
  ])("%j", (m, column) => {
    expect(() => convertiblesFromTable(m as never)).toThrow(ChartError);
    expect(() => convertiblesFromTable(m as never)).toThrow(column);
  });
  test("a pool target of 100%", () => expect(() => modelRound(TABLE, { ...base, poolTarget: 1 })).toThrow("poolTarget"));
  test("a series name the terms have", () => expect(() => modelRound(TABLE, { ...base, series: "common" })).toThrow("already a class"));
});

describe("properties (exact mode: no rounding of the price or the shares)", () => {
  const amount = fc.integer({ min: 10_000, max: 1_000_000 });
  test("post-money SAFE holders own amount / cap of the Company Capitalization when the cap applies", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.integer({ min: 20, max: 60 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 20, max: 80 }),
        (safes, pre) => {
          const convertibles = safes.map(([a, capM]) => safe(a, capM * 1_000_000, "0.2"));
          const r = modelRound(TABLE, { ...base, preMoney: pre * 1_000_000, convertibles, rounding: EXACT });
          const cc = D(10_000_000).plus(r.conversions.reduce((s, c) => s.plus(c.shares), D(0)));
          for (const [i, c] of r.conversions.entries()) {
            if (c.basis !== "cap") continue;
            const own = c.shares.div(cc).minus(convertibles[i].amount.div(convertibles[i].cap!)).abs();
            if (!own.lessThan("1e-40")) return false;
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
  test("pre-money x post / pre = post-money; the pool meets its target of the post-money shares", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 100 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 25 }), amount, (pre, inv, pool, a) => {
        const M = D(pre * 1_000_000);
        const I = D(inv * 500_000);
        const p = D(pool).div(100);
        const r = modelRound(TABLE, {
          ...base,
          preMoney: M,
          investment: I,
          poolTarget: p,
          convertibles: [safe(a, 8_000_000), safe(a, 6_000_000, "0.1", "pre-money-safe")],
          rounding: EXACT,
        });
        const post = r.preMoneyShares.plus(r.newShares);
        const ok =
          r.price.times(r.preMoneyShares).minus(M).abs().lessThan("1e-45") &&
          r.price
            .times(post)
            .minus(M.times(M.plus(I)).div(M))
            .abs()
            .lessThan("1e-45");
        const poolOk = r.poolShares.isZero()
          ? r.poolAfter.div(post).greaterThanOrEqualTo(p.minus("1e-45"))
          : r.poolAfter.div(post).minus(p).abs().lessThan("1e-45");
        return ok && poolOk;
      }),
      { numRuns: 200 },
    );
  });
});
