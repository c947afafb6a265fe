// Reading formula texts as Excel gives them: the LIQPREF call, its arguments, what each one is.
import { calledFunctions, classifyArgument, findCall } from "../../src/taskpane/formula";

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
