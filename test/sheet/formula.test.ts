// Reading formula texts as Excel gives them: the LIQPREF call, its arguments, what each one is.
import { calledFunctions, classifyArgument, findCall, readSpecifier, splitArgs, tokenize } from "../../src/sheet/formula";
import { structuredToRanges } from "../../src/sheet/structured";

describe("findCall", () => {
  it("finds the call and splits its arguments at the top level only", () => {
    expect(findCall("=CHARTER.LIQPREF(MagiNet_Terms[#All],B10)", "CHARTER.LIQPREF")).toEqual({
      name: "CHARTER.LIQPREF",
      args: ["MagiNet_Terms[#All]", "B10"],
    });
    // Commas inside a structured reference, a text, a quoted sheet name, a nested call or an array stay put.
    expect(findCall(`=CHARTER.LIQPREF(T[[#Headers],[#Data]], 'Deal, v2'!B3, "a,b", IF(A1>0,1,2), {1,2})`, "CHARTER.LIQPREF")!.args).toEqual([
      "T[[#Headers],[#Data]]",
      "'Deal, v2'!B3",
      '"a,b"',
      "IF(A1>0,1,2)",
      "{1,2}",
    ]);
  });

  it("finds it nested, in any case, after an @, and keeps omitted arguments as empty", () => {
    expect(findCall('=SUM(@charter.liqpref("maginet", B9, , ))*2', "CHARTER.LIQPREF")).toEqual({
      name: "charter.liqpref",
      args: ['"maginet"', "B9", "", ""],
    });
    expect(findCall("=CHARTER.LIQPREF()", "CHARTER.LIQPREF")).toEqual({ name: "CHARTER.LIQPREF", args: [] });
  });

  it("does not take a longer name, or the name inside a text, for the call", () => {
    expect(findCall("=X.CHARTER.LIQPREF(1)", "CHARTER.LIQPREF")).toBeNull();
    expect(findCall('="CHARTER.LIQPREF(1)"', "CHARTER.LIQPREF")).toBeNull();
    expect(findCall("=CHARTER.LIQPREFX(1)", "CHARTER.LIQPREF")).toBeNull();
  });
});

describe("calledFunctions", () => {
  it("lists the functions a formula calls, upper case", () => {
    expect(calledFunctions("=ROUND(CHARTER.explain(T[#All],B9),2)")).toEqual(["ROUND", "CHARTER.EXPLAIN"]);
  });
});

describe("classifyArgument", () => {
  it("reads numbers (percent too), texts with doubled quotes, and TRUE/FALSE", () => {
    expect(classifyArgument("50000000")).toEqual({ kind: "number", value: 50000000, text: "50000000" });
    expect(classifyArgument("5E7")).toEqual({ kind: "number", value: 50000000, text: "5E7" });
    expect(classifyArgument("12.5%")).toEqual({ kind: "number", value: 0.125, text: "12.5%" });
    expect(classifyArgument('"say ""hi"""')).toEqual({ kind: "string", value: 'say "hi"', text: '"say ""hi"""' });
    expect(classifyArgument("true")).toEqual({ kind: "boolean", value: true, text: "true" });
  });

  it("reads the table parts a terms argument can take", () => {
    expect(classifyArgument("MagiNet_Terms[#All]")).toMatchObject({ kind: "table", table: "MagiNet_Terms", part: "all" });
    expect(classifyArgument("T[[#All]]")).toMatchObject({ kind: "table", part: "all" });
    expect(classifyArgument("T[[#Headers],[#Data]]")).toMatchObject({ kind: "table", part: "all" });
    expect(classifyArgument("T[#Data]")).toMatchObject({ kind: "table", part: "data" });
    expect(classifyArgument("T[#headers]")).toMatchObject({ kind: "table", part: "headers" });
    // A column of the table, or #Totals, is not a terms table.
    expect(classifyArgument("T[Shares]")).toEqual({ kind: "other", text: "T[Shares]" });
    expect(classifyArgument("T[#Totals]")).toEqual({ kind: "other", text: "T[#Totals]" });
  });

  it("reads cell and range references, with or without a sheet, absolute or not", () => {
    expect(classifyArgument("$b$10")).toEqual({ kind: "range", sheet: null, address: "B10", text: "$b$10" });
    expect(classifyArgument("A2:A20")).toEqual({ kind: "range", sheet: null, address: "A2:A20", text: "A2:A20" });
    expect(classifyArgument("Sheet1!C3")).toEqual({ kind: "range", sheet: "Sheet1", address: "C3", text: "Sheet1!C3" });
    expect(classifyArgument("'Bob''s Deal'!$C$3")).toEqual({ kind: "range", sheet: "Bob's Deal", address: "C3", text: "'Bob''s Deal'!$C$3" });
  });

  it("tells a bare name from what it cannot evaluate", () => {
    expect(classifyArgument("MagiNet_Terms")).toEqual({ kind: "name", name: "MagiNet_Terms", text: "MagiNet_Terms" });
    expect(classifyArgument("B10*2")).toEqual({ kind: "other", text: "B10*2" });
    expect(classifyArgument("A:A")).toEqual({ kind: "other", text: "A:A" });
    expect(classifyArgument("{1,2}")).toEqual({ kind: "other", text: "{1,2}" });
    expect(classifyArgument("#REF!")).toEqual({ kind: "other", text: "#REF!" });
    expect(classifyArgument("  ")).toEqual({ kind: "omitted" });
  });
});

describe("tokenize: one reader for the task pane, the templates and the HyperFormula host", () => {
  it("gives the formula back when its tokens are joined, and keeps quoted texts, quoted sheets and brackets whole", () => {
    const formula = `=CHARTER.LIQPREF('Bob''s, Sheet'!A1:X6, T[[#All],[Par (x,y)]], "a,""b"")", [@Col])`;
    const tokens = tokenize(formula);
    expect(tokens.map((t) => t.text).join("")).toBe(formula);
    expect(tokens.filter((t) => t.kind === "quoted").map((t) => t.text)).toEqual(["'Bob''s, Sheet'"]);
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual(['"a,""b"")"']);
    expect(tokens.filter((t) => t.kind === "structured").map((t) => [t.name, t.inner])).toEqual([
      ["T", "[#All],[Par (x,y)]"],
      ["", "@Col"],
    ]);
  });

  it("splits arguments at top-level commas only (a quoted sheet name with a comma stays one argument)", () => {
    // Four arguments: the comma in the sheet name, in the text, in the brackets and in the call are all inner.
    expect(splitArgs(`'Cap, Table'!B2:B9, "x,y", T[[#Data],[A]], SUM(1,2)`)).toEqual([`'Cap, Table'!B2:B9`, '"x,y"', "T[[#Data],[A]]", "SUM(1,2)"]);
    expect(findCall(`=CHARTER.LIQPREF('a,b'!A1:B2,'c)d'!C3)`, "CHARTER.LIQPREF")?.args).toEqual(["'a,b'!A1:B2", "'c)d'!C3"]);
  });

  it("reads a structured reference's part and column", () => {
    expect(readSpecifier("#All")).toEqual({ part: "#All", column: null });
    expect(readSpecifier("")).toEqual({ part: "#Data", column: null });
    expect(readSpecifier("[#Headers],[#Data]")).toEqual({ part: "#All", column: null });
    expect(readSpecifier("Shares")).toEqual({ part: "#Data", column: "Shares" });
    expect(readSpecifier("[#Headers],[Price '# x]")).toEqual({ part: "#Headers", column: "Price # x" });
    expect(readSpecifier("#Totals")).toBeNull();
    expect(readSpecifier("[A]:[B]")).toBeNull();
    expect(readSpecifier("@A")).toBeNull();
  });

  it("rewrites a table on a quoted sheet, leaving texts, sheet names and functions of the same name alone", () => {
    const tables = [{ name: "Terms", sheet: "Bob's Terms", address: "B2:D5", header: ["Class", "Shares", "Price"] }];
    // Data rows of B2:D5 are B3:D5; the Shares column is C; Terms( is a function; 'Terms'! a sheet; "Terms" a text.
    expect(structuredToRanges(`=F(Terms,Terms[Shares],"Terms",Terms(1),'Terms'!A1,Terms!A1)`, tables)).toBe(
      `=F('Bob''s Terms'!$B$3:$D$5,'Bob''s Terms'!$C$3:$C$5,"Terms",Terms(1),'Terms'!A1,Terms!A1)`,
    );
  });
});
