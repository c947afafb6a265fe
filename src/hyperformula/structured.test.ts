// Structured references rewritten to ranges (the table registry of the HF host); the ranges worked out
// from the table's address by hand: MagiNet at A1:X6 on "MagiNet Terms" (header row 1, data rows 2-6).
import { createCharterEngine } from "./plugin";
import { structuredToRanges, type TableRef } from "../sheet/structured";
import { presetTable } from "../presets";
import type { RawCellContent } from "hyperformula";

const T: TableRef[] = [{ name: "MagiNet", sheet: "MagiNet Terms", address: "A1:X6", header: ["Class", "Kind", "Shares"] }];
const S = "'MagiNet Terms'!";

describe("structuredToRanges", () => {
  it("the parts of a table", () => {
    expect(structuredToRanges("=CHARTER.LIQPREF(MagiNet[#All],B9)", T)).toBe(`=CHARTER.LIQPREF(${S}$A$1:$X$6,B9)`);
    expect(structuredToRanges("=CHARTER.CLASSES(maginet[#all])", T)).toBe(`=CHARTER.CLASSES(${S}$A$1:$X$6)`);
    expect(structuredToRanges("=ROWS(MagiNet[#Data])", T)).toBe(`=ROWS(${S}$A$2:$X$6)`);
    expect(structuredToRanges("=ROWS(MagiNet[])", T)).toBe(`=ROWS(${S}$A$2:$X$6)`);
    expect(structuredToRanges("=COLUMNS(MagiNet[#Headers])", T)).toBe(`=COLUMNS(${S}$A$1:$X$1)`);
    expect(structuredToRanges("=ROWS(MagiNet)", T)).toBe(`=ROWS(${S}$A$2:$X$6)`);
  });
  it("a column by its header (Shares is the third column, C)", () => {
    expect(structuredToRanges("=SUM(MagiNet[Shares])", T)).toBe(`=SUM(${S}$C$2:$C$6)`);
    expect(structuredToRanges("=SUM(MagiNet[[#All],[Shares]])", T)).toBe(`=SUM(${S}$C$1:$C$6)`);
    expect(structuredToRanges("=SUM(MagiNet[[Shares]])", T)).toBe(`=SUM(${S}$C$2:$C$6)`);
  });
  it("leaves texts, sheet names, functions, other names and unknown forms alone", () => {
    expect(structuredToRanges('=CONCATENATE("MagiNet[#All]", MagiNet!A1)', T)).toBe('=CONCATENATE("MagiNet[#All]", MagiNet!A1)');
    expect(structuredToRanges("='MagiNet'!A1+Other[#All]", T)).toBe("='MagiNet'!A1+Other[#All]");
    expect(structuredToRanges("=MagiNet[#Totals]", T)).toBe("=MagiNet[#Totals]");
    expect(structuredToRanges("=SUM(MagiNet[Votes])", T)).toBe("=SUM(MagiNet[Votes])");
    expect(structuredToRanges("=MagiNetX+XMagiNet", T)).toBe("=MagiNetX+XMagiNet");
  });
  it("a sheet name with a quote is quoted with the quote doubled", () => {
    expect(structuredToRanges("=T[#All]", [{ name: "T", sheet: "Ann's", address: "B2:C3" }])).toBe("='Ann''s'!$B$2:$C$3");
  });
  it("the task pane's example formula computes in HF once rewritten", () => {
    // MagiNet at $1.00 a share above its preferences: 62,030,191 + 16,971,788 = 79,001,979; Series D gets
    // 22,000,006 + 3,142,858 = 25,142,864 (FOURTH 2(a)-(b)).
    const t = presetTable("maginet");
    const table = [t.header, ...t.rows] as RawCellContent[][];
    const formula = structuredToRanges('=CHARTER.LIQPREF(MagiNet[#All],B1,"Series D")', T);
    const hf = createCharterEngine({ "MagiNet Terms": table, Main: [[formula, 79001979]] });
    expect(hf.getCellValue({ sheet: hf.getSheetId("Main")!, row: 0, col: 0 })).toBe(25142864);
    hf.destroy();
  });
});
