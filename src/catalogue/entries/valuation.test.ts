import type { Decimal } from "../../engine/decimal";
import { callExact } from "../../../test/helpers/normal";
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";

// Series A 1,000,000 at $1.00, 1x non-participating, one for one; Common 1,000,000 (hand-worked in
// engine/valuation/opm.test.ts): A = C(0) - C(1M) + C(2M)/2, Common = C(1M) - C(2M)/2.
const TABLE = [
  ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"],
  ["Series A", 1_000_000, 1, 1, 0, "none", null, 1],
  ["Common", 1_000_000, null, null, null, null, null, null],
];
const [S, sigma, T, r] = [3_000_000, 0.5, 2, 0.03];
const C = (K: number) => callExact(S, K, sigma, T, r);
const n = (x: unknown) => (x as Decimal).toNumber();

describe("CHARTER.OPM", () => {
  it("one row per class in terms order, per share: A = (C(0) - C(1M) + C(2M)/2) / 1M", () => {
    const row = (call("OPM", [TABLE, S, sigma, T, r]) as Decimal[][])[0];
    expect(row).toHaveLength(2);
    expect(Math.abs(n(row[0]) - (C(0) - C(1e6) + C(2e6) / 2) / 1e6)).toBeLessThan(1e-12);
    expect(Math.abs(n(row[1]) - (C(1e6) - C(2e6) / 2) / 1e6)).toBeLessThan(1e-12);
  });

  it("a column of equity values spills one row each; a bad cell carries its error in its row only", () => {
    const rows = call("OPM", [TABLE, [[S], [-5], [2 * S]], sigma, T, r]) as unknown[][];
    expect(rows).toHaveLength(3);
    expect(Math.abs(n(rows[0][1]) - (C(1e6) - C(2e6) / 2) / 1e6)).toBeLessThan(1e-12);
    expect(asHostError(rows[1][0]).message).toBe("argument equityValue (row 2, column 1), value -5: must be more than 0");
    const C2 = (K: number) => callExact(2 * S, K, sigma, T, r);
    expect(Math.abs(n(rows[2][1]) - (C2(1e6) - C2(2e6) / 2) / 1e6)).toBeLessThan(1e-12);
  });

  it("one number with className", () => {
    const one = call("OPM", [TABLE, S, sigma, T, r, null, "common"]);
    expect(Math.abs(n(one) - (C(1e6) - C(2e6) / 2) / 1e6)).toBeLessThan(1e-12);
  });

  it("every input checked, the argument named", () => {
    const msg = (...args: unknown[]) => asHostError(call("OPM", args as never)).message;
    expect(msg(TABLE, 0, sigma, T, r)).toBe("argument equityValue, value 0: must be more than 0");
    expect(msg(TABLE, S, -0.2, T, r)).toBe("argument volatility, value -0.2: must be more than 0 (the annual volatility as a fraction, 0.6 for 60%)");
    expect(msg(TABLE, S, sigma, 0, r)).toBe("argument years, value 0: must be more than 0 (the years to the exit)");
    expect(msg(TABLE, S, sigma, T, -1.5)).toBe("argument riskFreeRate, value -1.5: must be more than -100% (-1)");
    expect(msg(TABLE, S, sigma, T, r, null, "Series Q")).toContain("Series Q");
    expect(msg("jt-storage", S, sigma, T, r)).toContain("argument asOf");
  });

  it("Juniper: six classes; their values per share times shares add up to the equity value", () => {
    const row = (call("OPM", ["juniper", 150e6, 0.6, 3, 0.04]) as Decimal[][])[0];
    const table = call("OPMTABLE", ["juniper", 150e6, 0.6, 3, 0.04]) as unknown[][];
    expect(row).toHaveLength(6);
    const total = table.find((x) => x[0] === "Value")!;
    expect(Math.abs(n(total[4]) - 150e6)).toBeLessThan(1e-6);
  });
});

describe("CHARTER.OPMTABLE", () => {
  it("header, three tranches with their calls and shares, then Value and Per Share", () => {
    const t = plain(call("OPMTABLE", [TABLE, S, sigma, T, r])) as unknown[][];
    expect(t[0]).toEqual(["Row", "From", "To", "Call Value", "Tranche Value", "Series A Share", "Series A Value", "Common Share", "Common Value", "Events"]);
    expect(t.map((x) => x[0])).toEqual(["Row", "Tranche", "Tranche", "Tranche", "Value", "Per Share"]);
    expect(t.slice(1, 4).map((x) => [x[1], x[2], x[5], x[7]])).toEqual([
      ["0", "1000000", "1", "0"],
      ["1000000", "2000000", "0", "1"],
      ["2000000", null, "0.5", "0.5"],
    ]);
    expect(Math.abs(Number(t[2][3]) - C(1e6))).toBeLessThan(1e-6);
    expect(t[3][9]).toBe("Series A: converts");
  });

  it("JT Storage: a Jump row at the waiver, Series A losing what Common gains", () => {
    const t = call("OPMTABLE", ["jt-storage", 60e6, 0.55, 2.5, 0.04, "2026-12-01"]) as unknown[][];
    const jump = t.find((x) => x[0] === "Jump")!;
    expect(n(jump[5])).toBeLessThan(0);
    expect(n(jump[5]) + n(jump[7])).toBeCloseTo(0, 6);
    expect(jump[9]).toContain("preference waived");
  });
});

describe("CHARTER.BACKSOLVE", () => {
  it("the OPM price of Common gives back the equity value to the cent", () => {
    const price = call("OPM", [TABLE, 4_321_000.37, sigma, T, r, null, "Common"]);
    expect((call("BACKSOLVE", [TABLE, "Common", n(price), sigma, T, r]) as Decimal).toFixed(2)).toBe("4321000.37");
  });

  it("JT Storage Series A (the waiver's jump in its payout): the equity value found prices it back", () => {
    const args = [0.55, 2.5, 0.04, "2026-12-01"];
    const price = n(call("OPM", ["jt-storage", 90_000_000, ...args, "Series A"]));
    const S = n(call("BACKSOLVE", ["jt-storage", "Series A", price, ...args]));
    expect(Math.abs(n(call("OPM", ["jt-storage", S, ...args, "Series A"])) - price)).toBeLessThan(1e-8);
    expect(Math.abs(S - 90_000_000)).toBeLessThanOrEqual(0.01);
  });

  it("says why no equity value gives a price", () => {
    expect(asHostError(call("BACKSOLVE", [TABLE, "Common", -1, sigma, T, r])).message).toBe("argument pricePerShare, value -1: must be more than 0");
  });
});

describe("CHARTER.DLOM", () => {
  it("finnerty by default (about 6.85% at 30%, 1 year); chaffe with the rate (2 N(0.15) - 1 at r = 0)", () => {
    expect(n(call("DLOM", [0.3, 1]))).toBeCloseTo(0.0685, 4);
    expect(Math.abs(n(call("DLOM", [0.3, 1, "chaffe", 0])) - 0.119235384740485)).toBeLessThan(1e-14);
    expect(asHostError(call("DLOM", [0.3, 1, "black"])).message).toBe('argument method, value "black": must be one of finnerty, chaffe');
  });
});

describe("CHARTER.PWERM", () => {
  it("two scenarios worked by hand (see engine/valuation/pwerm.test.ts): Series A $1.25 a share", () => {
    const row = (call("PWERM", [TABLE, [[1_500_000], [4_000_000]], [[0.25], [0.75]], [[1], [2]], 0.2]) as Decimal[][])[0];
    expect(row[0].toDecimalPlaces(12).toString()).toBe("1.25");
    expect(row[1].toDecimalPlaces(6).toString()).toBe("1.145833");
  });

  it("probabilities that do not add up to 1, or do not match the exits, are refused", () => {
    expect(asHostError(call("PWERM", [TABLE, [[1], [2]], [[0.5], [0.4]], 1, 0.2])).message).toBe('argument probabilities, value "0.9": add up to 0.9, not 1');
    expect(asHostError(call("PWERM", [TABLE, [[1], [2]], [[1]], 1, 0.2])).message).toBe(
      "argument probabilities: has 1 values for 2 exit values; give one per exit",
    );
  });
});
