import fc from "fast-check";
import { Decimal, sum } from "../decimal";
import { sumMoney } from "../money";
import { allocateDividend, type DividendAllocation } from "./allocate";
import { presetTerms } from "../../../test/fixtures/charters";
import { shareClass, charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string | number) => new Decimal(x);

/** The class's row as strings: [amount exact, cents]. */
function row(a: DividendAllocation, name: string): [string, string] {
  const c = a.classes.find((x) => x.className === name);
  if (!c) throw new Error(`no row for ${name}`);
  return [c.amount.toString(), c.cents.toString()];
}

describe("allocateDividend: MagiNet 1(a)-(d), D first, then C, then A and B ratably, then Common", () => {
  // Full preferential dividends: D 3,142,858 x $0.56 = $1,760,000.48; C 7,500,000 x $0.36 = $2,700,000;
  // A 150,000 x $0.16 = $24,000; B 1,328,930 x $0.36 = $478,414.80; A + B = $502,414.80.
  const terms = presetTerms("maginet");

  it("$1,000,000 goes to Series D alone (less than its $1,760,000.48)", () => {
    const a = allocateDividend(terms, d("1000000"));
    expect(row(a, "Series D")).toEqual(["1000000", "1000000.00"]);
    for (const n of ["Series C", "Series A", "Series B", "Common"]) expect(row(a, n)).toEqual(["0", "0.00"]);
    expect(a.steps[0].text).toBe(
      "priority 3 (Series D): full preferential dividends Series D $1,760,000.48 = $1,760,000.48; only $1,000,000.00 is left, " +
        "so each receives $1,000,000.00 / $1,760,000.48 of its full dividend; nothing is left for lower ranks",
    );
    expect(a.steps[0].clause).toBe("FOURTH 1(a)");
  });

  it("$3,000,000: D in full, C the remaining $1,239,999.52", () => {
    // 3,000,000 - 1,760,000.48 = 1,239,999.52
    const a = allocateDividend(terms, d("3000000"));
    expect(row(a, "Series D")).toEqual(["1760000.48", "1760000.48"]);
    expect(row(a, "Series C")).toEqual(["1239999.52", "1239999.52"]);
    expect(row(a, "Series A")).toEqual(["0", "0.00"]);
  });

  it("$4,711,207.88: D and C in full, then A and B half of each full dividend", () => {
    // 1,760,000.48 + 2,700,000 = 4,460,000.48; 4,711,207.88 - 4,460,000.48 = 251,207.40 = half of 502,414.80
    // A 24,000 / 2 = 12,000; B 478,414.80 / 2 = 239,207.40
    const a = allocateDividend(terms, d("4711207.88"));
    expect(row(a, "Series A")).toEqual(["12000", "12000.00"]);
    expect(row(a, "Series B")).toEqual(["239207.4", "239207.40"]);
    expect(row(a, "Common")).toEqual(["0", "0.00"]);
    expect(a.classes.find((c) => c.className === "Series B")?.perShare.toString()).toBe("0.18"); // 0.36 / 2
  });

  it("$5,000,000: every preferential dividend, then the rest to Common by shares (1(d))", () => {
    // 4,460,000.48 + 502,414.80 = 4,962,415.28; 5,000,000 - 4,962,415.28 = 37,584.72 to Common;
    // 37,584.72 / 5,000,000 Common = $0.007516944 a share
    const a = allocateDividend(terms, d("5000000"));
    expect(row(a, "Common")).toEqual(["37584.72", "37584.72"]);
    expect(row(a, "Series A")).toEqual(["24000", "24000.00"]);
    expect(row(a, "Series B")).toEqual(["478414.8", "478414.80"]);
    expect(a.classes.find((c) => c.className === "Common")?.perShare.toString()).toBe("0.007516944");
  });

  it("nothing declared, nothing paid", () => {
    const a = allocateDividend(terms, d(0));
    expect(a.classes.every((c) => c.amount.isZero() && c.cents.cents === 0n)).toBe(true);
  });
});

describe("allocateDividend: Juniper Section 3, all series together, the excess with Common as converted", () => {
  it("a shortfall pays the same percentage of each rate: half of $4,646,024.51", () => {
    // A 1,743,751 x 0.05 = 87,187.55; B 3,915,308 x 0.12 = 469,836.96; C 5,200,000 x 0.45 = 2,340,000;
    // D 600,000 x 0.55 = 330,000; D1 2,580,000 x 0.55 = 1,419,000; total 4,646,024.51; half = 2,323,012.255
    const a = allocateDividend(presetTerms("juniper"), d("2323012.255"));
    expect(row(a, "Series A")[0]).toBe("43593.775");
    expect(row(a, "Series B")[0]).toBe("234918.48");
    expect(row(a, "Series C")[0]).toBe("1170000");
    expect(row(a, "Series D")[0]).toBe("165000");
    expect(row(a, "Series D1")[0]).toBe("709500");
    // Cents: target 2,323,012.26 (the amount to the cent, half up); the floors add to 2,323,012.25; the one
    // cent left goes to the only remainder, Series A's 0.005: 43,593.78.
    expect(row(a, "Series A")[1]).toBe("43593.78");
    expect(sumMoney(a.classes.map((c) => c.cents)).toString()).toBe("2323012.26");
    // The same percentage of each rate: 50%: A $0.025, C $0.225 per share
    expect(a.classes.find((c) => c.className === "Series A")?.perShare.toString()).toBe("0.025");
    expect(a.classes.find((c) => c.className === "Series C")?.perShare.toString()).toBe("0.225");
  });

  it("the excess is shared pro rata by Common and the series as converted", () => {
    // Shares chosen so each series converts to a round number: A 440,000 x 1.00 / 0.44 = 1,000,000;
    // B 107,000 x 2.40 / 1.07 = 240,000; C 397,000 x 8.93 / 3.97 = 893,000; D and D1 100,000 each (1:1);
    // Common 1,667,000: base 4,000,000. Preferential: A 22,000; B 12,840; C 178,650; D 55,000; D1 55,000
    // = 323,490. Declared 723,490: 400,000 left, $0.10 per Common share as converted.
    const base = presetTerms("juniper");
    const shares: Record<string, number> = {
      Common: 1_667_000,
      "Series A": 440_000,
      "Series B": 107_000,
      "Series C": 397_000,
      "Series D": 100_000,
      "Series D1": 100_000,
    };
    const terms = charterTerms(...base.classes.map((c) => ({ ...c, shares: d(shares[c.name]) })));
    const a = allocateDividend(terms, d("723490"));
    expect(row(a, "Common")).toEqual(["166700", "166700.00"]); // 1,667,000 x 0.10
    expect(row(a, "Series A")).toEqual(["122000", "122000.00"]); // 22,000 + 1,000,000 x 0.10
    expect(row(a, "Series B")).toEqual(["36840", "36840.00"]); // 12,840 + 24,000
    expect(row(a, "Series C")).toEqual(["267950", "267950.00"]); // 178,650 + 89,300
    expect(row(a, "Series D")).toEqual(["65000", "65000.00"]); // 55,000 + 10,000
    expect(row(a, "Series D1")).toEqual(["65000", "65000.00"]);
    expect(a.steps[1].text).toContain("= 4,000,000 shares; $0.10 per Common share");
  });
});

describe("allocateDividend: JT Storage Art. IV(B)1, the accrual first, then Series A as converted with Common", () => {
  // Accrual 1996-01-10 to 1998-01-10 on actual/actual: 2 years x $0.09 = $0.18 a share; 9,000,000 Series A
  // owed $1,620,000. The issue date is this test's input (the preset's is 1995-02-03).
  const terms = presetTerms("jt-storage", { "Series A": { dayCount: "actual/actual", issueDate: "1996-01-10" } });

  it("less than the accrual: all to Series A", () => {
    const a = allocateDividend(terms, d("1000000"), "1998-01-10");
    expect(row(a, "Series A")).toEqual(["1000000", "1000000.00"]);
    expect(row(a, "Common")).toEqual(["0", "0.00"]);
  });

  it("dividends paid reduce what is owed: $0.18 - $0.05 = $0.13 a share, $1,170,000", () => {
    const a = allocateDividend(
      presetTerms("jt-storage", { "Series A": { dayCount: "actual/actual", issueDate: "1996-01-10", dividendsPaid: d("0.05") } }),
      d("2000000"),
      "1998-01-10",
    );
    expect(a.classes.find((c) => c.className === "Series A")?.preferential.toString()).toBe("1170000");
  });

  it("$2,620,000: $1,620,000 accrued, then $1,000,000 shared 10,000,000 : 9,000,000 as converted, cents adding up", () => {
    // Common 1,000,000 x 10/19 = 526,315.789473...; Series A 1,000,000 x 9/19 = 473,684.210526... + 1,620,000.
    // Cents: floors 526,315.78 and 2,093,684.21 add to 2,619,999.99; the cent left goes to the larger
    // remainder (Common's 0.0094... against 0.0005...): 526,315.79 + 2,093,684.21 = 2,620,000.00.
    const a = allocateDividend(terms, d("2620000"), "1998-01-10");
    const common = a.classes.find((c) => c.className === "Common")!;
    const seriesA = a.classes.find((c) => c.className === "Series A")!;
    expect(common.amount.toDecimalPlaces(6).toString()).toBe("526315.789474");
    expect(seriesA.participating.toDecimalPlaces(6).toString()).toBe("473684.210526");
    expect(common.cents.toString()).toBe("526315.79");
    expect(seriesA.cents.toString()).toBe("2093684.21");
    expect(a.steps[1].clause).toBe("Art. IV(B)1(b)");
  });

  it("needs the date for the accrual", () => {
    expect(thrown(() => allocateDividend(terms, d("1000"))).message).toBe(
      "argument asOf, class Series A: a date is needed to accrue the cumulative dividend to; give the dividend date",
    );
  });
});

describe("allocateDividend: bad input and invariants", () => {
  it("rejects a negative amount, naming the argument and value", () => {
    expect(thrown(() => allocateDividend(presetTerms("maginet"), d("-1"))).message).toBe(
      'argument amount, value "-1": the dividend declared must be a number, zero or more',
    );
  });

  it("an excess with no Common and no participating class is an error", () => {
    // Full preferential dividend 100 x $0.10 = $10.00; $11.00 leaves $1.00 nobody takes.
    const terms = charterTerms(shareClass({ name: "Common", shares: d(0) }), shareClass({ name: "Series A", shares: d(100), dividendRate: d("0.10") }));
    expect(thrown(() => allocateDividend(terms, d("11"))).message).toBe(
      'argument amount, value "11": exceeds the preferential dividends of $10.00, and no class takes the rest (no Common outstanding and no participating class)',
    );
  });

  it("cents always add up to the amount exactly, and the exact amounts sum to it (MagiNet and Juniper, any amount in cents)", () => {
    for (const terms of [presetTerms("maginet"), presetTerms("juniper")]) {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 2_000_000_000n }), (c) => {
          const amount = d(c.toString()).div(100);
          const a = allocateDividend(terms, amount);
          // exact amounts are held to 60 significant digits: a repeating share may differ in the last ones
          return (
            sumMoney(a.classes.map((x) => x.cents))
              .toDecimal()
              .eq(amount) &&
            sum(a.classes.map((x) => x.amount))
              .minus(amount)
              .abs()
              .lt("1e-40") &&
            a.classes.every((x) => x.amount.gte(0) && x.amount.minus(x.cents.toDecimal()).abs().lt("0.01"))
          );
        }),
        { numRuns: 200 },
      );
    }
  });

  it("a higher rank is paid in full before a lower rank gets anything (MagiNet)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 600_000_000n }), (c) => {
        const a = allocateDividend(presetTerms("maginet"), d(c.toString()).div(100));
        const get = (n: string) => a.classes.find((x) => x.className === n)!;
        const full = (n: string) => get(n).preferential.eq(get(n).entitlement);
        const none = (n: string) => get(n).amount.isZero();
        const cGets = !none("Series C");
        const abGets = !none("Series A") || !none("Series B");
        return (!cGets || full("Series D")) && (!abGets || full("Series C")) && (none("Common") || (full("Series A") && full("Series B")));
      }),
      { numRuns: 200 },
    );
  });
});
