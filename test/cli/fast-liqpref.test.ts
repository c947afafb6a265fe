// `charter call LIQPREF TERMS EXITS.csv --json` over a plain column of exits takes the fast path
// (src/cli/fast-liqpref.ts): it must print byte for byte what the general path prints for the same exits.
// The general path is reached with the same amounts quoted ("12.50"), which the fast path hands back.
import * as fastPath from "../../src/cli/fast-liqpref";
import { centsJson, plainExits } from "../../src/cli/fast-liqpref";
import { oneLine, run, tempFile } from "./run";

/** Exits from $0 to $200,000,000 in uneven steps, some with cents, and the edges of the number forms. */
function exits(): string[] {
  const out = ["0", "0.01", "0.1", "1", "12.5", "999999999.99", "1000000000", "1000000000.01", "12345678901234.56", "999999999999999.99", "1000000000000000"];
  for (let k = 0; k < 3000; k++) out.push((((k * 66_667_777) % 200_000_000_00) / 100).toFixed(k % 4 === 0 ? 0 : 2));
  return out;
}

const plain = tempFile("exits.csv", exits().join("\n") + "\n");
const quoted = tempFile(
  "exits-quoted.csv",
  exits()
    .map((x) => `"${x}"`)
    .join("\r\n") + "\r\n",
);

describe("charter call LIQPREF --json: fast path = general path", () => {
  const cases: [string, string[]][] = [
    ["MagiNet, every class", ["maginet"]],
    ["MagiNet, one class", ["maginet", "@", "Series B"]],
    ["Juniper (options, a capped class)", ["juniper"]],
    ["JT Storage with its distribution date (cumulative dividends)", ["jt-storage", "@", "-", "2001-06-30"]],
  ];
  it.each(cases)("%s", (_name, args) => {
    const argv = (file: string) => {
      const a = args.map((x) => (x === "@" ? file : x));
      return a.length === 1 ? [a[0], file] : a;
    };
    const fast = run("call", "LIQPREF", ...argv(plain), "--json");
    const general = run("call", "LIQPREF", ...argv(quoted), "--json");
    expect(fast.code).toBe(0);
    expect(fast.err).toBe("");
    expect(fast.out).toBe(general.out);
    expect(fast.out.split("\n")).toHaveLength(exits().length + 3);
  });
  it("the plain file takes the fast path and the quoted one does not", () => {
    const spy = jest.spyOn(fastPath, "liqprefJson");
    run("call", "LIQPREF", "maginet", plain, "--json");
    run("call", "LIQPREF", "maginet", quoted, "--json");
    expect(spy.mock.results.map((r) => r.value)).toEqual([0, null]);
    spy.mockRestore();
  });
  it("MagiNet at $1,000,000: all of it to Series D, the most senior (FOURTH 2(a): D's preference is $22,000,006)", () => {
    const file = tempFile("two.csv", "1000000\n0\n");
    expect(run("call", "LIQPREF", "maginet", file, "--json").out).toBe("[\n  [0,0,0,1000000,0],\n  [0,0,0,0,0]\n]\n");
  });
  it("bad terms or class: the same one line as the general path", () => {
    const fast = run("call", "LIQPREF", "maginet", tempFile("two.csv", "1\n2\n"), "Series Z", "--json");
    const general = run("call", "LIQPREF", "maginet", tempFile("two.csv", '"1"\n"2"\n'), "Series Z", "--json");
    expect(fast.code).toBe(1);
    expect(oneLine(fast)).toBe(oneLine(general));
    expect(oneLine(fast)).toMatch(/^charter: argument className, value "Series Z": no such class in the terms/);
  });
  it("hands back what it cannot read exactly as the general path does (a header, a blank line, grouping, a sign, fractions of a cent, above 1e15)", () => {
    for (const body of ["Exit\n1\n2\n", "1\n\n2\n", "1,000\n2\n", "-1\n2\n", "1.005\n2\n", "1000000000000000.01\n2\n", "01\n2\n", "1\n2;3\n"]) {
      expect(plainExits(Buffer.from(body))).toBeNull();
    }
    expect(plainExits(Buffer.from("\uFEFF1\r\n2.5\r\n0.07"))).toEqual([100n, 250n, 7n]);
  });
  it("writes cents as the general path does (Decimal.toFixed of the dollars)", () => {
    expect([0n, 1n, 10n, 100n, 1250n, 1205n, 123456789012345678n].map(centsJson)).toEqual(["0", "0.01", "0.1", "1", "12.5", "12.05", "1234567890123456.78"]);
  });
});
