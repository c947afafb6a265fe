// Numbers on the command line take the forms the terms CSV takes (src/engine/terms/cells.ts): thousands
// separators, a dollar sign, a percent; and a bad one says so in the same words.
import { commandNumber, isCommandNumber } from "../../src/cli/numbers";
import { json, oneLine, run, tempFile } from "./run";

const NOT_A_NUMBER = "is not a number; write digits such as 8.93, $8.93, 1743751 or 1,743,751";
const NOT_MONEY = "is not a number; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8";

describe("commandNumber", () => {
  it("reads 1,743,751, $8.93 and -5 as the terms table does, as plain digits; 85% only as a ratio", () => {
    expect(["1,743,751", "$8.93", "-5", "100000000", "58740098.50"].map((t) => commandNumber(t, "x"))).toEqual([
      "1743751",
      "8.93",
      "-5",
      "100000000",
      "58740098.5",
    ]);
    expect(commandNumber("85%", "x", "ratio")).toBe("0.85");
    expect(() => commandNumber("85%", "--exit", "money")).toThrow('argument --exit, value "85%": is a percentage');
  });
  it("refuses what the terms table refuses, naming the argument and the value", () => {
    expect(() => commandNumber("1,00", "--exit")).toThrow(
      `argument --exit, value "1,00": is not a number: a comma separates thousands (three digits follow it), and the fraction comes after a point; write digits such as 8.93, $8.93, 1743751 or 1,743,751`,
    );
    expect([isCommandNumber("abc"), isCommandNumber("1,000.5")]).toEqual([false, true]);
  });
});

describe("charter waterfall --exit", () => {
  it("$100,000,000.00 pays as 100000000 (MagiNet: Series A's $335,272.89, the README's example)", () => {
    const typed = json("waterfall", "--preset", "maginet", "--exit", "$100,000,000.00", "--json");
    const plain = json("waterfall", "--preset", "maginet", "--exit", "100000000", "--json");
    expect(typed).toEqual(plain);
    // 150,000 x (100,000,000 - 22,000,006 - 33,750,000 - 5,980,185) / 17,121,788 = 335,272.89
    expect(typed.payouts["Series A"]).toBe("335272.89");
  });
  it("a bad one: the terms reader's words, exit 1", () => {
    const bad = run("waterfall", "--preset", "maginet", "--exit=abc");
    expect([bad.code, oneLine(bad)]).toEqual([1, `charter: argument --exit, value "abc": ${NOT_MONEY}`]);
  });
});

describe("charter call: number arguments", () => {
  it("WEIGHTEDAVG $1.00 10,000,000 1,000,000 $0.50 2: 0.95 as with plain digits", () => {
    // Broad base: 1.00 x (10,000,000 + 1,000,000 x 0.50 / 1.00) / (10,000,000 + 1,000,000) = 10,500,000 / 11,000,000 = 0.9545..., to the cent 0.95
    const r = run("call", "WEIGHTEDAVG", "$1.00", "10,000,000", "1,000,000", "$0.50", "2");
    expect([r.code, r.out]).toEqual([0, "0.95\n"]);
  });
  it("an exit value typed with separators, and in a CSV file of exits", () => {
    // MagiNet at $50,000,000: D's 3,142,858 x $7.00 = 22,000,006 in full, C the rest 27,999,994.
    expect(json("call", "LIQPREF", "maginet", "$50,000,000", "Series C", "--json")).toBe(27999994);
    const exits = tempFile("exits.csv", '"$50,000,000"\n"20,000,000"\n');
    // $20,000,000 is short of D's preference: D takes it all, C nothing.
    expect(json("call", "LIQPREF", "maginet", exits, "Series D", "--json")).toEqual([[22000006], [20000000]]);
  });
  it("a bad number: the same words as --exit, naming the argument", () => {
    const r = run("call", "FULLRATCHET", "one", "2");
    expect([r.code, oneLine(r)]).toEqual([1, `charter: argument conversionPrice, value "one": ${NOT_A_NUMBER}`]);
    const exit = run("call", "LIQPREF", "maginet", "1.000.000");
    expect([exit.code, oneLine(exit)]).toEqual([
      1,
      'charter: argument exitValues, value "1.000.000": is not a number: thousands are separated by commas, and the fraction comes after a point; write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8',
    ]);
  });
});
