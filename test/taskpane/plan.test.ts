// The pure insert planner: names, ranges, the values (the preset's own table), formats and the example
// formulas, worked out by hand from the preset tables' shapes.
import { getPreset } from "../../src/presets";
import { EXAMPLE_EXIT, INPUT_FILL, exampleAsOf, planInsert } from "../../src/sheet/plan";
import { termsAddress, termsColumn } from "../helpers/table-address";

const maginet = getPreset("maginet");

describe("planInsert: MagiNet into an empty workbook", () => {
  const plan = planInsert(maginet, { sheets: ["Sheet1"], tables: [] });

  it("takes the wanted names when they are free", () => {
    expect([plan.sheetName, plan.tableName]).toEqual(["MagiNet Terms", "MagiNet_Terms"]);
    expect([plan.wantedSheetName, plan.wantedTableName]).toEqual(["MagiNet Terms", "MagiNet_Terms"]);
  });

  it("puts the table at A1: one column per header (A..AA today) by a header and 5 classes (rows 1..6)", () => {
    expect(plan.table.address).toBe(termsAddress("maginet"));
    expect(plan.table.values).toHaveLength(6);
    expect(plan.table.values.every((row) => row.length === maginet.table.header.length)).toBe(true);
  });

  it("writes the preset's table cell for cell, blanks as empty text, the Clauses column included", () => {
    expect(plan.table.values[0]).toEqual(maginet.table.header);
    expect(plan.table.values.slice(1)).toEqual(maginet.table.rows.map((row) => row.map((c) => (c === null ? "" : c))));
    // Series D row (4th class, sheet row 5): Class, Kind, Shares 3,142,858, Issue Price 7, ...
    expect(plan.table.values[4].slice(0, 4)).toEqual(["Series D", "preferred", 3142858, 7]);
    const clauses = maginet.table.header.indexOf("Clauses");
    expect(plan.table.values[0][clauses]).toBe("Clauses");
    expect(String(plan.table.values[4][clauses])).toContain("Seniority=FOURTH 2(a)");
  });

  it("formats texts as text (so '>= 10000000' or a date text stays as written), Shares with separators", () => {
    const header = maginet.table.header;
    const row = plan.table.numberFormat[1]; // Series A
    expect(plan.table.numberFormat[0].every((f) => f === "@")).toBe(true);
    expect(row[header.indexOf("Class")]).toBe("@");
    expect(row[header.indexOf("Shares")]).toBe("#,##0");
    expect(row[header.indexOf("Issue Price")]).toBe("General");
    expect(row[header.indexOf("Auto Convert Proceeds")]).toBe("@");
    expect(row[header.indexOf("Cap Multiple")]).toBe("General"); // blank
  });

  it("puts the example block one empty row under the table: exit in B10, formulas with structured references", () => {
    // Table rows 1-6, row 7 empty, legend row 8, heading row 9, exit row 10, classes 11, payouts 12;
    // the spill labels on row 14 and the BREAKPOINTS / EXPLAIN spills from row 15 (B and H).
    expect(plan.exitCell).toBe("B10");
    expect(plan.formulas.map((f) => [f.address, f.formula])).toEqual([
      ["B11", "=CHARTER.CLASSES(MagiNet_Terms[#All])"],
      ["B12", "=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)"],
      ["B15", "=CHARTER.BREAKPOINTS(MagiNet_Terms[#All])"],
      ["H15", "=CHARTER.EXPLAIN(MagiNet_Terms[#All],B10)"],
    ]);
    const exit = plan.cells.find((c) => c.address === "B10")!;
    expect(exit.values).toEqual([[50_000_000]]);
    expect(EXAMPLE_EXIT).toBe(50_000_000);
    expect(plan.cells.map((c) => c.address)).toEqual(["A8", "A9", "A10", "B10", "A11", "A12", "B14", "H14"]);
    expect(plan.cells.find((c) => c.address === "A12")!.values).toEqual([["Payouts"]]);
    expect(plan.select).toBe("B12");
  });

  it("shades the cells of the inputs the charter does not state", () => {
    // Shares is column C; Declared Unpaid is the 13th column, M. Series A..D are rows 2..5, Common 6.
    expect(plan.inputs.map((i) => [i.cell, i.address])).toEqual([
      ["Series A.Shares", "C2"],
      ["Series B.Shares", "C3"],
      ["Series C.Shares", "C4"],
      ["Series D.Shares", "C5"],
      ["Common.Shares", "C6"],
      ["Series A.Declared Unpaid", "M2"],
    ]);
    const shaded = plan.styles.filter((s) => s.style.fill === INPUT_FILL).map((s) => s.address);
    expect(shaded).toEqual(["C2", "C3", "C4", "C5", "C6", "M2", "A8", "B10"]);
  });

  it("formats the payouts row (5 classes: B12:F12) and the dollar columns of the spills to the cent", () => {
    const money = plan.styles.filter((s) => s.style.numberFormat === "#,##0.00").map((s) => s.address);
    // BREAKPOINTS' exit value column B and EXPLAIN's amount (its 4th column: H, I, J, K) for 40 rows from row 15.
    expect(money).toEqual(["B12:F12", "B15:B54", "K15:K54"]);
  });

  it("fits the table's columns and fixes the long text columns (Deemed Liquidation, Clauses, Note)", () => {
    expect(plan.autofit).toBe(termsAddress("maginet"));
    expect(plan.fixedWidths).toEqual([
      { address: `${termsColumn("maginet", "Deemed Liquidation")}1`, points: 220 },
      { address: `${termsColumn("maginet", "Clauses")}1`, points: 220 },
      { address: `${termsColumn("maginet", "Note")}1`, points: 220 },
    ]);
  });
});

describe("planInsert: names already in use", () => {
  it("picks 'MagiNet Terms (2)' and MagiNet_Terms2 when a sheet and a table have the names", () => {
    const plan = planInsert(maginet, { sheets: ["Sheet1", "MagiNet Terms"], tables: ["MagiNet_Terms"] });
    expect([plan.sheetName, plan.tableName]).toEqual(["MagiNet Terms (2)", "MagiNet_Terms2"]);
    expect(plan.formulas[1].formula).toBe("=CHARTER.LIQPREF(MagiNet_Terms2[#All],B10)");
  });

  it("counts defined names as taken table names (one namespace)", () => {
    const plan = planInsert(maginet, { sheets: [], tables: ["MagiNet_Terms"], names: ["maginet_terms2"] });
    expect(plan.tableName).toBe("MagiNet_Terms3");
    expect(plan.sheetName).toBe("MagiNet Terms");
  });
});

describe("planInsert: the other presets' shapes", () => {
  it("JT Storage: 29 columns (A..AC) by 3 rows; its dividends accrue, so the formulas read an As of date", () => {
    const plan = planInsert(getPreset("jt-storage"), { sheets: [], tables: [] });
    expect(plan.table.address).toBe(termsAddress("jt-storage"));
    // Table rows 1-3, row 4 empty, legend 5, heading 6, exit 7, as of 8, classes 9, payouts 10, labels 12, spills 13.
    expect([plan.exitCell, plan.asOfCell]).toEqual(["B7", "B8"]);
    expect(plan.formulas.map((f) => [f.address, f.formula])).toEqual([
      ["B9", "=CHARTER.CLASSES(JT_Storage_Terms[#All])"],
      ["B10", "=CHARTER.LIQPREF(JT_Storage_Terms[#All],B7,,B8)"],
      ["B13", "=CHARTER.BREAKPOINTS(JT_Storage_Terms[#All],B8)"],
      ["H13", "=CHARTER.EXPLAIN(JT_Storage_Terms[#All],B7,B8)"],
    ]);
    // Art. IV(B)2(a)(i) accrues from the issue date (1995-02-03, an input): five years on is 2000-02-03,
    // Excel serial 36559 (1900-01-01 is 1, with Excel's phantom 1900-02-29: 1995-02-03 is 34733, plus
    // 1826 days = 5 x 365 + 1996-02-29).
    expect(exampleAsOf(getPreset("jt-storage"))).toBe("2000-02-03");
    const asOf = plan.cells.find((c) => c.address === "B8")!;
    expect(asOf).toEqual({ address: "B8", values: [[36559]], numberFormat: [["yyyy-mm-dd"]] });
    expect(plan.styles.find((s) => s.style.numberFormat === "#,##0.00")!.address).toBe("B10:C10");
    expect(plan.styles.filter((s) => s.style.fill === INPUT_FILL).map((s) => s.address)).toContain("B8");
    expect([plan.sheetName, plan.tableName]).toEqual(["JT Storage Terms", "JT_Storage_Terms"]);
    // Series A.Issue Date sits in column O (the 15th: Class..Day Count are 14), row 2.
    expect(plan.inputs.find((i) => i.cell === "Series A.Issue Date")!.address).toBe("O2");
    // The issue date is written as the text the preset holds, formatted as text, not turned into a date.
    expect(plan.table.values[1][14]).toBe("1995-02-03");
    expect(plan.table.numberFormat[1][14]).toBe("@");
  });

  it("MagiNet and Juniper accrue nothing (declared dividends only): no As of cell, no date in the formulas", () => {
    expect([exampleAsOf(maginet), exampleAsOf(getPreset("juniper"))]).toEqual([null, null]);
    expect(planInsert(maginet, { sheets: [], tables: [] }).asOfCell).toBeNull();
  });

  it("Juniper: one column per header by 7 rows (a header and 6 classes)", () => {
    const plan = planInsert(getPreset("juniper"), { sheets: [], tables: [] });
    expect(plan.table.address).toBe(termsAddress("juniper"));
    // height 7 -> legend row 9, heading 10, exit 11.
    expect(plan.exitCell).toBe("B11");
    expect(plan.inputs).toHaveLength(13); // 8, and Dilution From of each of the five series
  });
});
