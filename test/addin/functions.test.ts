// The Excel wrappers called as Excel calls them: numbers as doubles, dates as serials, null for omitted
// optionals, errors as CustomFunctions.Error with the code and message the cell's flyout shows.
import { excelErrorOf, OMITTED } from "../helpers/custom-functions-mock";
import { readFileSync } from "fs";
import { Decimal } from "../../src/engine/decimal";
import { CATALOGUE, HostError } from "../../src/catalogue";
import { ACCRUEDDIV, CONVSHARES, FULLRATCHET, LIQPREF, WEIGHTEDAVG } from "../../src/functions/functions";
import { toExcelCells } from "../../src/functions/excel";
import { FUNCTIONS_FILE, renderFunctions } from "../../scripts/gen-functions";

// Excel serials (1900 system, 25569 = 1970-01-01): 1995-01-01 is 25 years later, 25 x 365 + 6 leap
// days (1972, 76, 80, 84, 88, 92) = 9,131 days, so 34700; 1996-01-01 is 365 days on, 35065.
const JAN_1_1995 = 34700;
const JAN_1_1996 = 35065;

describe("src/functions/functions.ts", () => {
  it("is exactly what scripts/gen-functions.ts writes from the catalogue (run it after changing an entry)", () => {
    expect(readFileSync(FUNCTIONS_FILE, "utf8")).toBe(renderFunctions(CATALOGUE));
  });
});

describe("=CHARTER.ACCRUEDDIV", () => {
  it("JT Storage $0.09 a year over 1995 (365 days, serials 34700 to 35065) = 0.09", () => {
    expect(ACCRUEDDIV(0.09, JAN_1_1995, JAN_1_1996, OMITTED, OMITTED)).toBe(0.09);
  });
  it("takes YYYY-MM-DD texts from cells too, and the optionals: two years actual/actual less 0.05 paid = 0.13", () => {
    // 0.09 x 2 = 0.18; 0.18 - 0.05 = 0.13
    expect(ACCRUEDDIV(0.09, "1995-01-01", "1997-01-01", 0.05, "Actual/Actual")).toBe(0.13);
  });
  it("a bad basis is #VALUE! with the message", () => {
    const e = excelErrorOf(() => ACCRUEDDIV(0.09, JAN_1_1995, JAN_1_1996, OMITTED, "act/360"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument basis, value "act/360": must be one of actual/365, actual/actual, 30/360, anniversary');
  });
  it("an omitted required date is #VALUE! naming it", () => {
    const e = excelErrorOf(() => ACCRUEDDIV(0.09, JAN_1_1995, OMITTED, OMITTED, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("argument asOf: is required");
  });
});

describe("=CHARTER.WEIGHTEDAVG, FULLRATCHET, CONVSHARES", () => {
  it("WEIGHTEDAVG(2.50, 12000000, 4000000, 1.25) = 2.50 x 14 / 16 = 2.1875 (domain.md broad base)", () => {
    expect(WEIGHTEDAVG(2.5, 12000000, 4000000, 1.25, OMITTED)).toBe(2.1875);
  });
  it("narrow base, unrounded: 2.50 x 12 / 14 = 15/7, returned as the nearest double", () => {
    expect(WEIGHTEDAVG(2.5, 10000000, 4000000, 1.25, OMITTED)).toBe(15 / 7);
    expect(WEIGHTEDAVG(2.5, 10000000, 4000000, 1.25, 2)).toBe(2.14);
  });
  it("FULLRATCHET(2.50, 1.25) = 1.25, and a zero price is #VALUE!", () => {
    expect(FULLRATCHET(2.5, 1.25)).toBe(1.25);
    const e = excelErrorOf(() => FULLRATCHET(2.5, 0));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument pricePerNewShare, value "0": must be more than zero');
  });
  it("CONVSHARES(100, 1.00, 0.44) = 227 (100 / 0.44 = 227.27, down: Juniper 6(g)(i)); up = 228", () => {
    expect(CONVSHARES(100, 1, 0.44, OMITTED)).toBe(227);
    expect(CONVSHARES(100, 1, 0.44, "up")).toBe(228);
  });
});

describe("=CHARTER.LIQPREF spills through Excel", () => {
  // domain.md: Common 8,000,000 shares; Series A 2,000,000 at $2.50, 1x non-participating, CP $2.50.
  const terms = [
    ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"],
    ["Series A", 2000000, 2.5, 1, 1, "none", "", 2.5],
    ["Common", 8000000, "", "", "", "", "", ""],
  ];
  it("one row per exit; a bad exit cell is #VALUE! in its own cell and the other rows stand", () => {
    // $15M: the preference 2,000,000 x $2.50 = $5,000,000 beats converting (20% x 15M = $3M).
    // $27M: converting gives 2,000,000 / 10,000,000 x 27M = $5,400,000 > $5,000,000.
    const out = LIQPREF(terms, [[15000000], ["fifteen"], [27000000]], "Series A", OMITTED);
    expect(out[0]).toEqual([5000000]);
    expect(out[2]).toEqual([5400000]);
    const bad = out[1][0] as CustomFunctions.Error;
    expect(bad).toBeInstanceOf(CustomFunctions.Error);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain('argument exitValues (row 2, column 1), value "fifteen": is not a number');
  });
  it("an unknown class fails the whole call with #N/A naming it", () => {
    const e = excelErrorOf(() => LIQPREF(terms, [[15000000]], "Series Z", OMITTED));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe('argument className, value "Series Z": no such class in the terms; the classes are Series A, Common');
  });
});

describe("spills (toExcelCells)", () => {
  it("maps Decimals to numbers, empty to empty text, and puts each error in its own cell: #VALUE! and #N/A", () => {
    const cells = toExcelCells([
      [new Decimal("5400000"), null],
      [
        new HostError("value", 'argument exitValues (row 2, column 1), value "x": is not a number'),
        new HostError("not-found", 'argument className, value "Series Z": is not a class'),
      ],
    ]);
    expect(cells[0]).toEqual([5400000, ""]);
    const [bad, missing] = cells[1] as CustomFunctions.Error[];
    expect(bad).toBeInstanceOf(CustomFunctions.Error);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toBe('argument exitValues (row 2, column 1), value "x": is not a number');
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toBe('argument className, value "Series Z": is not a class');
  });
  it("a number beyond a double's range is #VALUE! in its cell, never Infinity", () => {
    const [[cell]] = toExcelCells([[new Decimal("1e400")]]) as CustomFunctions.Error[][];
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toBe('value "1e+400": is too large for Excel');
  });
});
