// Per-holder cents: each class's cents apportioned by shares held, largest remainder inside the class.
import { dec } from "../decimal";
import { ChartError } from "../errors";
import { presetTerms, MAGINET_BY_SENIORITY } from "../../../test/fixtures/charters";
import { compileWaterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { expectDec } from "../../../test/helpers/expect-decimal";

const maginet = compileWaterfall(presetTerms("maginet", {}, MAGINET_BY_SENIORITY), null);

test("MagiNet inside Series B: holders paid $2.25 a share, the one share no holder holds unallocated", () => {
  // B takes 2,990,092.50 = 1,328,930 x 2.25. Fund 1: 1,000,000 x 2.25 = 2,250,000.00;
  // Fund 2: 328,929 x 2.25 = 740,090.25; unallocated 1 share: 2.25. Series D all to one holder: 22,000,006.
  const h = maginet.holderPayouts(dec("58740098.50"), [
    { holder: "Fund 1", className: "Series B", shares: dec(1000000) },
    { holder: "Fund 2", className: "series b", shares: dec(328929) },
    { holder: "Fund 3", className: "Series D", shares: dec(3142858) },
  ]);
  expect(h.holders.map((r) => [r.holder, r.className, r.amount.toString()])).toEqual([
    ["Fund 1", "Series B", "2250000.00"],
    ["Fund 2", "Series B", "740090.25"],
    ["Fund 3", "Series D", "22000006.00"],
  ]);
  // Unallocated: B's one share, and all of C (33,750,000), A and Common (nothing at this exit).
  expect(h.unallocated.map((u) => [u.className, u.shares.toString(), u.amount.toString()])).toEqual([
    ["Series C", "7500000", "33750000.00"],
    ["Series B", "1", "2.25"],
    ["Series A", "150000", "0.00"],
    ["Common", "5000000", "0.00"],
  ]);
});

test("three equal holders of 100.00: 33.34, 33.33, 33.33 (ties by cap-table order)", () => {
  const w = compileWaterfall(charterTerms({ name: "Common", shares: 3 }), null);
  const h = w.holderPayouts(dec(100), [
    { holder: "a", className: "Common", shares: dec(1) },
    { holder: "b", className: "Common", shares: dec(1) },
    { holder: "c", className: "Common", shares: dec(1) },
  ]);
  expect(h.holders.map((r) => r.amount.toString())).toEqual(["33.34", "33.33", "33.33"]);
  expect(h.unallocated).toEqual([]);
});

test("holders and unallocated add up to the class's cents and so to the exit", () => {
  // JT-like terms at 79,999,999.99 (see jt-storage.test.ts): Common cents 25,575,000.00, A 54,424,999.99.
  // Common held 1/3 each by three holders of 2,000,000: 8,525,000.00 each.
  const w = compileWaterfall(
    charterTerms(
      { name: "Series A", shares: "10000000", issuePrice: "1.00", participation: "full", declaredUnpaid: "0.18", waiverPrice: "5.00" },
      { name: "Common", shares: "6000000" },
    ),
    null,
  );
  const h = w.holderPayouts(dec("79999999.99"), [
    { holder: "f1", className: "Common", shares: dec(2000000) },
    { holder: "f2", className: "Common", shares: dec(2000000) },
    { holder: "f3", className: "Common", shares: dec(2000000) },
    { holder: "VC", className: "Series A", shares: dec(7000000) },
  ]);
  expect(h.holders.map((r) => r.amount.toString())).toEqual(["8525000.00", "8525000.00", "8525000.00", "38097499.99"]);
  // A: 54,424,999.99 x 7/10 = 38,097,499.993 -> 38,097,499.99; the other 3,000,000 shares 16,327,499.997 -> 16,327,500.00.
  expect(h.unallocated.map((u) => u.amount.toString())).toEqual(["16327500.00"]);
  expectDec(h.classCents.total, "79999999.99");
});

test("an unknown class is #N/A naming it", () => {
  let err: unknown;
  try {
    maginet.holderPayouts(dec(1000), [{ holder: "x", className: "Series Z", shares: dec(1) }]);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ChartError);
  expect((err as ChartError).kind).toBe("not-found");
  expect((err as ChartError).message).toBe('argument capTable, class Series Z, value "x": no such class in the terms');
});

test("holders holding more shares than the class has is #VALUE! naming class and total", () => {
  let err: unknown;
  try {
    maginet.holderPayouts(dec(1000), [
      { holder: "x", className: "Series A", shares: dec(100000) },
      { holder: "y", className: "Series A", shares: dec(50001) },
    ]);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ChartError);
  expect((err as ChartError).kind).toBe("value");
  // 100,000 + 50,001 = 150,001 > 150,000.
  expect((err as ChartError).message).toBe(
    'argument capTable, class Series A, value "150001": the holders hold 150,001 shares in all, more than the 150,000 the class has',
  );
});
