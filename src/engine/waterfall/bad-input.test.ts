// Bad input gives a ChartError naming argument, class, column and value; never a crash, NaN or a wrong number.
import { Decimal, dec } from "../decimal";
import { ChartError } from "../errors";
import { presetTerms, MAGINET_BY_SENIORITY } from "../../../test/fixtures/charters";
import { compileWaterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";

function errorOf(f: () => unknown): ChartError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChartError) return e;
    throw new Error(`not a ChartError: ${String(e)}`);
  }
  throw new Error("no error");
}

const w = compileWaterfall(presetTerms("maginet", {}, MAGINET_BY_SENIORITY), null);

test("a negative exit names exitValue", () => {
  const e = errorOf(() => w.payouts(dec(-1)));
  expect(e.kind).toBe("value");
  expect(e.message).toBe('argument exitValue, value "-1": must not be negative');
});

test("NaN and infinity name exitValue", () => {
  expect(errorOf(() => w.payouts(new Decimal(NaN))).message).toBe('argument exitValue, value "NaN": is not a number; give the amount distributed, 0 or more');
  expect(errorOf(() => w.cents(new Decimal(Infinity))).message).toBe(
    'argument exitValue, value "Infinity": is not a number; give the amount distributed, 0 or more',
  );
  expect(errorOf(() => w.explain(dec(-0.01))).message).toBe('argument exitValue, value "-0.01": must not be negative');
});

test("zero is fine: everyone gets nothing", () => {
  expect(w.payouts(dec(0)).amounts.every((a) => a.isZero())).toBe(true);
});

test("pari passu classes on different shortfall bases", () => {
  const e = errorOf(() =>
    compileWaterfall(charterTerms({ name: "X", shares: 1, issuePrice: 1 }, { name: "Y", shares: 1, issuePrice: 1, shortfallBasis: "issue-price" }), null),
  );
  expect(e.message).toBe(
    'argument terms, class Y, column Shortfall Basis, value "issue-price": is pari passu (Seniority 0) with X, whose basis is preference; a tier shares a shortfall on one basis',
  );
});

test("capped participation without a cap", () => {
  const e = errorOf(() => compileWaterfall(charterTerms({ name: "X", shares: 1, issuePrice: 1, participation: "capped" }), null));
  expect(e.message).toBe("argument terms, class X, column Cap Multiple: capped participation needs a cap multiple");
});

test("a conversion price of 0", () => {
  const e = errorOf(() => compileWaterfall(charterTerms({ name: "X", shares: 1, issuePrice: 1, conversionPrice: 0 }), null));
  expect(e.message).toBe('argument terms, class X, column Conversion Price, value "0": a conversion price must be more than 0');
});

test("negative shares", () => {
  const e = errorOf(() => compileWaterfall(charterTerms({ name: "Common", shares: -5 }), null));
  expect(e.message).toBe('argument terms, class Common, column Shares, value "-5": shares must be 0 or more');
});

test("a cumulative dividend without a distribution date names asOf", () => {
  const terms = charterTerms({ name: "X", shares: 1, issuePrice: 1, dividendRate: "0.1", dividendAccrual: "cumulative", issueDate: "2020-01-01" });
  expect(errorOf(() => compileWaterfall(terms, null)).message).toBe(
    "argument asOf, class X: a date is needed to accrue the cumulative dividend to; give the distribution date",
  );
  expect(errorOf(() => compileWaterfall(terms, "2020-13-01")).message).toBe('argument asOf, value "2020-13-01": is not a date; write it as YYYY-MM-DD');
});

test("an exit above what the classes can take (nobody shares the rest)", () => {
  // Only a non-participating class that never converts (issue price 0, preference from a declared
  // dividend of 1.00) and no Common: it can take 1.00 and no more.
  const lone = compileWaterfall(charterTerms({ name: "X", shares: 1, issuePrice: 0, declaredUnpaid: "1.00" }), null);
  expect(lone.payouts(dec(1)).amounts[0].toString()).toBe("1");
  expect(errorOf(() => lone.payouts(dec(2))).message).toBe(
    'argument exitValue, value "2": is more than the $1.00 the classes can take: no class shares beyond it (no Common, participating, convertible or option shares)',
  );
});

// Issue 3 lists "a date before the issue date" as bad input that must get one clear message naming the
// argument, "never a crash or a wrong number" (found by the test audit: the accrual used to be floored at
// zero, paying a preference on shares not yet issued). JT Storage fixture: Series A issued 1997-01-10.
test("a distribution date before a class's Issue Date names asOf, the class and both dates", () => {
  const terms = charterTerms(
    {
      name: "Series A",
      shares: 10_000_000,
      issuePrice: "1.00",
      participation: "full",
      dividendRate: "0.09",
      dividendAccrual: "greater-of",
      dayCount: "actual/365",
      issueDate: "1997-01-10",
    },
    { name: "Common", shares: 6_000_000 },
  );
  const e = errorOf(() => compileWaterfall(terms, "1996-01-01"));
  expect(e.place.argument).toBe("asOf");
  expect(e.message).toBe('argument asOf, class Series A, value "1996-01-01": is before the class\'s Issue Date 1997-01-10');
});
