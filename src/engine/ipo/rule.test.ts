import { Decimal } from "../decimal";
import { parseIpoReset } from "./rule";
import { presetClass } from "../../../test/fixtures/charters";

const JUNIPER_D1_RESET = presetClass("juniper", "Series D1").ipoReset!;
const MAGINET_D_RESET = presetClass("maginet", "Series D").ipoReset!;
import { thrown } from "../../../test/helpers/errors";

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
    expect(failure("filing 1y 75%; 180d 85%").message).toBe(
      'class Series X, column IPO Reset, value "filing 1y 75%; 180d 85%": the windows must be listed from the shortest to the longest; "180d 85%" is not longer than the one before',
    );
    expect(failure("filing 0d 85%").message).toBe(
      'class Series X, column IPO Reset, value "filing 0d 85%": the window "0d 85%" must last at least one day, month or year',
    );
    expect(failure("filing 180d 0%").message).toBe(
      'class Series X, column IPO Reset, value "filing 180d 0%": the window "180d 0%" must give a percentage above 0%',
    );
    expect(failure("filing").message).toBe('class Series X, column IPO Reset, value "filing": a filing rule needs at least one window, e.g. "filing 180d 85%"');
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
    // Each message names the class, the column and the cell's text (or the bad date within it), then the fault.
    const rule = "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29";
    const at = (text: string) => `class Series X, column IPO Reset, value "${text}": `;
    expect(failure("offering below 7.00 factor 0.95 - 0.05/year since 1995-02-30").message).toBe(`${at("1995-02-30")}is not a date; write it as YYYY-MM-DD`);
    const outOfOrder = `${rule}; dates 1998-09-15 96%, 1997-09-15 100%, after 89%`;
    expect(failure(outOfOrder).message).toBe(`${at(outOfOrder)}the bracket dates must increase; 1997-09-15 is not after 1998-09-15`);
    const noAfter = `${rule}; dates 1997-09-15 100%`;
    expect(failure(noAfter).message).toBe(`${at(noAfter)}the date brackets must end with "after <percent>%" (what applies after the last date)`);
    const afterFirst = `${rule}; dates after 89%, 1997-09-15 100%`;
    expect(failure(afterFirst).message).toBe(`${at(afterFirst)}"after 89%" must be the last date bracket`);
    const unknownPart = `${rule}; cap Series C`;
    expect(failure(unknownPart).message).toBe(`${at(unknownPart)}"cap Series C" is neither a "dates ..." nor a "floor ..." part`);
    const twoFloors = `${rule}; floor Series C; floor Series B`;
    expect(failure(twoFloors).message).toBe(`${at(twoFloors)}the "floor" part appears twice`);
    const bareFloor = `${rule}; floor`;
    expect(failure(bareFloor).message).toBe(`${at(bareFloor)}"floor" must name the class whose conversion price is the floor, e.g. "floor Series C"`);
    const zero = "offering below 0 factor 0.95 - 0.05/year since 1995-12-29";
    expect(failure(zero).message).toBe(`${at(zero)}the offering price threshold must be above zero`);
  });

  it("rejects text in neither form, saying what to write", () => {
    const e = failure("85% of the IPO price");
    expect(e.message).toContain('value "85% of the IPO price": not a rule this product reads');
    expect(e.message).toContain("filing 180d 85%");
  });
});
