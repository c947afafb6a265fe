// Free names for the inserted sheet and table: Excel's rules, and never a name in use (any case).
import { PRESETS } from "../../src/presets";
import { cleanSheetName, cleanTableName, freeSheetName, freeTableName, sheetNameProblem, shortCompanyName, tableNameProblem } from "../../src/sheet/names";
import { wantedNames } from "../../src/sheet/plan";

describe("shortCompanyName", () => {
  it("drops the corporate suffix the way people say the name", () => {
    expect(shortCompanyName("JT Storage, Inc.")).toBe("JT Storage");
    expect(shortCompanyName("Juniper Networks, Inc.")).toBe("Juniper Networks");
    expect(shortCompanyName("MagiNet Corporation")).toBe("MagiNet");
    expect(shortCompanyName("Acme")).toBe("Acme");
  });
});

describe("wantedNames", () => {
  it("asks for '<company> Terms' and '<company>_Terms' for each preset", () => {
    expect(PRESETS.map((p) => [p.id, wantedNames(p)])).toEqual([
      ["jt-storage", { sheet: "JT Storage Terms", table: "JT_Storage_Terms" }],
      ["juniper", { sheet: "Juniper Networks Terms", table: "Juniper_Networks_Terms" }],
      ["maginet", { sheet: "MagiNet Terms", table: "MagiNet_Terms" }],
    ]);
  });
});

describe("freeSheetName", () => {
  it("keeps the name when it is free", () => {
    expect(freeSheetName("MagiNet Terms", ["Sheet1", "MagiNet"])).toBe("MagiNet Terms");
  });

  it("numbers it like Excel's copied sheets when taken, comparing without regard to case", () => {
    expect(freeSheetName("MagiNet Terms", ["maginet terms"])).toBe("MagiNet Terms (2)");
    expect(freeSheetName("MagiNet Terms", ["MagiNet Terms", "MAGINET TERMS (2)"])).toBe("MagiNet Terms (3)");
  });

  it("shortens the base so the numbered name stays within 31 characters", () => {
    const base = "x".repeat(31);
    // 27 x's + " (2)" (4 characters) = 31
    expect(freeSheetName(base, [base])).toBe(`${"x".repeat(27)} (2)`);
  });

  it("refuses a base Excel would refuse, naming it", () => {
    expect(() => freeSheetName("Deal [draft]", [])).toThrow('argument sheet name, value "Deal [draft]": holds one of : \\ / ? * [ ]');
    expect(sheetNameProblem("'quoted")).toBe("begins or ends with an apostrophe");
    expect(sheetNameProblem("History")).toBe("is reserved by Excel");
    expect(sheetNameProblem("y".repeat(32))).toBe("is longer than 31 characters");
  });

  it("cleans any text into a sheet name", () => {
    expect(cleanSheetName("A/B: Terms*")).toBe("A B Terms");
    expect(cleanSheetName("'")).toBe("Terms");
  });
});

describe("freeTableName", () => {
  it("keeps the name when free, else appends 2, 3, ... against tables and defined names alike", () => {
    expect(freeTableName("MagiNet_Terms", ["Table1"])).toBe("MagiNet_Terms");
    expect(freeTableName("MagiNet_Terms", ["MAGINET_TERMS"])).toBe("MagiNet_Terms2");
    expect(freeTableName("MagiNet_Terms", ["MagiNet_Terms", "maginet_terms2"])).toBe("MagiNet_Terms3");
  });

  it("never makes a name that reads as a cell: AB + 2 would be the cell AB2", () => {
    expect(freeTableName("AB", ["ab"])).toBe("AB_2");
  });

  it("knows Excel's table name rules", () => {
    expect(tableNameProblem("A1")).toBe("reads as a cell reference");
    expect(tableNameProblem("R1C1")).toBe("reads as a cell reference");
    expect(tableNameProblem("r")).toBe("is reserved by Excel (R and C)");
    expect(tableNameProblem("My Terms")).toMatch(/^must begin with a letter or underscore/);
    expect(tableNameProblem("1Terms")).toMatch(/^must begin with a letter or underscore/);
    expect(tableNameProblem("MagiNet_Terms")).toBeNull();
    expect(() => freeTableName("2x", [])).toThrow('argument table name, value "2x": must begin with a letter or underscore');
  });

  it("cleans any text into a table name", () => {
    expect(cleanTableName("JT Storage, Inc._Terms")).toBe("JT_Storage_Inc._Terms");
    expect(cleanTableName("3Com_Terms")).toBe("_3Com_Terms");
    expect(cleanTableName("!!")).toBe("Terms");
  });
});
