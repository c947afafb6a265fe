// Huge exits (found by the test audit): past 60 significant digits of cents (about 1e58 dollars) the
// cents no longer added up (LIQPREF on MagiNet at 1e61 came out 10 dollars short of the exit), and
// HOLDERPAYOUTS at 1e80 never returned (the largest remainder method handed out the missing cents one per step),
// which would hang Excel. Now every exit above MAX_EXIT, 1e15 dollars, is refused naming the argument,
// and allocate (src/engine/money/allocate.ts) hands out whole rounds at once. Found by no-crash.test.ts with 1e300 in its pool.
import { Decimal } from "../../src/engine/decimal";
import { call } from "../../src/catalogue/index";
import { asHostError } from "../helpers/catalogue";
import { run, oneLine } from "../cli/run";

const ABOVE = "is above the largest exit value the engine computes to the cent, 1e15 ($1,000,000,000,000,000)";
const CAP = [
  ["Holder", "Class", "Shares"],
  ["Ann", "Series A", 150000],
  ["Bob", "Common", 5000000],
];

describe("an exit above 1e15 is refused, naming the argument and the value", () => {
  it("LIQPREF at 1e61: every class's cell of the row carries the error; for one class, the error itself", () => {
    const row = (call("LIQPREF", ["maginet", 1e61, null, null]) as unknown[][])[0];
    expect(row).toHaveLength(5);
    for (const cell of row) {
      expect(asHostError(cell).code).toBe("#VALUE!");
      expect(asHostError(cell).message).toBe(`argument exitValues (row 1, column 1), value "1e+61": ${ABOVE}`);
    }
    expect(asHostError(call("LIQPREF", ["maginet", 1e61, "Series A", null])).message).toBe(`argument exitValues (row 1, column 1), value "1e+61": ${ABOVE}`);
  });
  it("HOLDERPAYOUTS at 1e80 returns (an error) instead of running for ever", () => {
    const e = asHostError(call("HOLDERPAYOUTS", ["maginet", CAP, 1e80, null]));
    expect(e.message).toBe(`argument exitValue, value "1e+80": ${ABOVE}`);
  });
  it("CONVERTS and EXPLAIN one cent above 1e15", () => {
    // 1,000,000,000,000,000.01 is 1e15 + 0.01: above the bound.
    expect(asHostError(call("CONVERTS", ["maginet", "Series A", "1000000000000000.01", null])).message).toBe(
      `argument exitValue, value "1000000000000000.01": ${ABOVE}`,
    );
    expect(asHostError(call("EXPLAIN", ["maginet", 1e16, null])).message).toBe(`argument exitValue, value "10000000000000000": ${ABOVE}`);
  });
  it("charter waterfall --exit 1e16: exit 1, naming --exit", () => {
    const r = run("waterfall", "--preset", "maginet", "--exit", "10000000000000000");
    expect(r.code).toBe(1);
    expect(oneLine(r)).toBe(`charter: argument --exit, value "10000000000000000": ${ABOVE}`);
  });
});

describe("at the bound, 1e15, the cents are exact", () => {
  it("LIQPREF on MagiNet at 1e15: every cent adds up, Series A within a cent of its exact share", () => {
    // Far above $2.00 a share Series A converts (FOURTH 3(a)(i)), so the preferences paid are D, C and B:
    // 22,000,006 + 33,750,000 + 5,980,185 = 61,730,191; then D 3,142,858, C 7,500,000, B 1,328,930,
    // A 150,000 and Common 5,000,000 = 17,121,788 shares share 1e15 - 61,730,191 = 999,999,938,269,809
    // (FOURTH 2(b)). Series A: 150,000 x 999,999,938,269,809 / 17,121,788 (about 8.76e12).
    const row = (call("LIQPREF", ["maginet", 1e15, null, null]) as Decimal[][])[0];
    const total = row.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(total.toFixed(2)).toBe("1000000000000000.00");
    for (const x of row) expect(x.decimalPlaces()).toBeLessThanOrEqual(2);
    const seriesA = new Decimal("999999938269809").times(150000).div(17121788);
    expect(row[0].minus(seriesA).abs().lessThan("0.01")).toBe(true);
  });
  it("HOLDERPAYOUTS at 1e15: the holders' cents add up with the unallocated to the exit", () => {
    const out = call("HOLDERPAYOUTS", ["maginet", CAP, 1e15, null]) as unknown[][];
    const total = out.slice(1).reduce((a: Decimal, r) => a.plus(r[3] as Decimal), new Decimal(0));
    expect(total.toFixed(2)).toBe("1000000000000000.00");
  });
});
