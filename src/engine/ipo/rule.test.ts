import { Decimal } from "../decimal";
import { parseIpoReset } from "./rule";
import { JUNIPER_D1_RESET, MAGINET_D_RESET } from "../test-charters";
import { thrown } from "../testing";

const d = (x: string) => new Decimal(x);

const failure = (text: string) => thrown(() => parseIpoReset(text, "Series X"));

describe("parseIpoReset: the Juniper 6(c) filing form", () => {
  it("reads the three windows of the preset text", () => {
    const rule = parseIpoReset(JUNIPER_D1_RESET, "Series D1");
    expect(rule.form).toBe("filing");
    if (rule.form !== "filing") return;
    expect(rule.windows.map((w) => [w.within.count, w.within.unit, w.percent.toString()])).toEqual([
      [180, "d", "85"],
      [1, "y", "75"],
      [15, "m", "65"],
    ]);
  });

  it("accepts other spacing and letter case", () => {
    const rule = parseIpoReset("FILING 90 d 92.5 %;  6M 80%;", "Series D1");
    if (rule.form !== "filing") throw new Error("not a filing rule");
    expect(rule.windows[0].within).toEqual({ count: 90, unit: "d" });
    expect(rule.windows[0].percent.eq(d("92.5"))).toBe(true);
    expect(rule.windows[1].within).toEqual({ count: 6, unit: "m" });
  });

  it("rejects a window without a percent sign, naming class, column and text", () => {
    const e = failure("filing 180d 85; 1y 75%");
    expect(e.kind).toBe("value");
    expect(e.message).toContain('class Series X, column IPO Reset, value "filing 180d 85; 1y 75%"');
    expect(e.message).toContain('"180d 85" is not a filing window');
  });

  it("rejects windows out of order and zero-length or zero-percent windows", () => {
    expect(failure("filing 1y 75%; 180d 85%").message).toContain("from the shortest to the longest");
    expect(failure("filing 0d 85%").message).toContain("at least one day");
    expect(failure("filing 180d 0%").message).toContain("above 0%");
    expect(failure("filing").message).toContain("at least one window");
  });
});

describe("parseIpoReset: the MagiNet 3(f)(iv) offering form", () => {
  it("reads the preset text: $7.00 threshold, 0.95 - 0.05/year since 1995-12-29, four brackets, floor Series C", () => {
    const rule = parseIpoReset(MAGINET_D_RESET, "Series D");
    if (rule.form !== "offering") throw new Error("not an offering rule");
    expect(rule.below.eq(d("7.00"))).toBe(true);
    expect(rule.factorBase.eq(d("0.95"))).toBe(true);
    expect(rule.factorStep.eq(d("0.05"))).toBe(true);
    expect(rule.since).toBe("1995-12-29");
    expect(rule.brackets.map((b) => [b.onOrBefore, b.percent.toString()])).toEqual([
      ["1997-09-15", "100"],
      ["1998-09-15", "96"],
      ["1999-09-15", "93"],
      [null, "89"],
    ]);
    expect(rule.floorClass).toBe("Series C");
  });

  it("allows the dates and floor parts to be left out", () => {
    const rule = parseIpoReset("offering below $7 factor 0.95 - 0.05/year since 1995-12-29", "Series D");
    if (rule.form !== "offering") throw new Error("not an offering rule");
    expect(rule.brackets).toEqual([]);
    expect(rule.floorClass).toBeNull();
  });

  it("rejects bad dates, brackets out of order, a missing 'after', unknown and repeated parts", () => {
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-02-30").message).toContain("is not a date");
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1998-09-15 96%, 1997-09-15 100%, after 89%").message)
      .toContain("1997-09-15 is not after 1998-09-15");
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%").message)
      .toContain('must end with "after <percent>%"');
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates after 89%, 1997-09-15 100%").message)
      .toContain("must be the last date bracket");
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; cap Series C").message)
      .toContain('"cap Series C" is neither');
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; floor Series C; floor Series B").message)
      .toContain("appears twice");
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; floor").message).toContain("must name the class");
    expect(failure("offering below 0 factor 0.95 - 0.05/year since 1995-12-29").message).toContain("above zero");
  });

  it("rejects text in neither form, saying what to write", () => {
    const e = failure("85% of the IPO price");
    expect(e.message).toContain('value "85% of the IPO price": not a rule this product reads');
    expect(e.message).toContain("filing 180d 85%");
  });
});
