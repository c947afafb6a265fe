import { Decimal } from "../engine/decimal";
import { invalid, notFound } from "../engine/errors";
import { call, CATALOGUE, findFunction } from "./index";
import { invoke, readArguments } from "./call";
import { defineFunction } from "./define";
import { optional, param } from "./params";
import { asHostError, errorOf } from "../../test/helpers/catalogue";

// A small entry to exercise the framework: PRICE(amount, shares, [decimals]) = amount / shares.
const PRICE = defineFunction({
  name: "PRICE",
  description: "Price per share.",
  params: [param.number("amount", "Amount."), param.number("shares", "Shares."), optional(param.integer("decimals", "Places."))],
  result: "number",
  returns: "Amount / shares.",
  run: (amount, shares, decimals) => {
    if (shares.isZero()) throw invalid({ argument: "shares", value: 0 }, "must not be zero");
    const price = amount.div(shares);
    return decimals === null ? price : price.toDecimalPlaces(decimals);
  },
});

describe("readArguments", () => {
  it("reads each argument with its adapter and gives null for an omitted optional", () => {
    const [amount, shares, decimals] = readArguments(PRICE, [4500000, "1000000", null]);
    expect((amount as Decimal).toString()).toBe("4500000");
    expect((shares as Decimal).toString()).toBe("1000000");
    expect(decimals).toBeNull();
  });
  it("takes absent trailing optionals and blank texts as omitted (the command's form)", () => {
    expect(readArguments(PRICE, [1, 2])[2]).toBeNull();
    expect(readArguments(PRICE, [1, 2, "  "])[2]).toBeNull();
    expect(readArguments(PRICE, [1, 2, 3, null, ""]).length).toBe(3);
  });
  it("names a missing required argument", () => {
    expect(errorOf(() => readArguments(PRICE, [1, null])).message).toBe("argument shares: is required");
  });
  it("refuses too many arguments, listing the parameters", () => {
    expect(errorOf(() => readArguments(PRICE, [1, 2, 3, 4])).message).toBe("PRICE takes 3 arguments (amount, shares, [decimals]), not 4");
  });
});

describe("invoke", () => {
  it("returns the exact result: 4,500,000 / 1,000,000 = 4.5", () => {
    expect((invoke(PRICE, [4500000, 1000000]) as Decimal).toString()).toBe("4.5");
  });
  it("passes the optional on: 10 / 3 = 3.333... to 2 places (half up) = 3.33", () => {
    expect((invoke(PRICE, [10, 3, 2]) as Decimal).toString()).toBe("3.33");
  });
  it("turns an engine ChartError of kind value into #VALUE! with its message", () => {
    const e = asHostError(invoke(PRICE, [1, 0]));
    expect(e.code).toBe("#VALUE!");
    expect(e.kind).toBe("value");
    expect(e.message).toBe("argument shares, value 0: must not be zero");
    expect(e.internal).toBe(false);
  });
  it("turns a not-found ChartError into #N/A", () => {
    const LOOKUP = defineFunction({
      name: "LOOKUP",
      description: "d",
      returns: "r",
      result: "string",
      params: [param.string("className", "A class.")],
      run: (name) => {
        throw notFound({ argument: "className", value: name }, "is not a class of these terms");
      },
    });
    const e = asHostError(invoke(LOOKUP, ["Series Z"]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe('argument className, value "Series Z": is not a class of these terms');
  });
  it("turns a fault of ours into a #VALUE! marked internal, never a crash", () => {
    const BROKEN = defineFunction({
      name: "BROKEN",
      description: "d",
      returns: "r",
      result: "number",
      params: [],
      run: () => {
        throw new TypeError("x is undefined");
      },
    });
    const e = asHostError(invoke(BROKEN, []));
    expect(e.code).toBe("#VALUE!");
    expect(e.internal).toBe(true);
    expect(e.message).toBe("internal error in BROKEN: x is undefined; please report it");
  });
  it("never returns NaN or infinity, nor a value of the wrong type", () => {
    const NAN = defineFunction({ name: "NAN", description: "d", returns: "r", result: "number", params: [], run: () => new Decimal(NaN) });
    expect(asHostError(invoke(NAN, [])).message).toBe("internal error in NAN: the result is not a finite number; please report it");
    const TEXT = defineFunction({ name: "TEXT", description: "d", returns: "r", result: "number", params: [], run: () => "4.5" });
    expect(asHostError(invoke(TEXT, [])).message).toBe("internal error in TEXT: the result is a string, not a Decimal; please report it");
  });
});

describe("defineFunction checks each entry at load", () => {
  const base = { description: "d", returns: "r", result: "number" as const, run: () => new Decimal(1) };
  it("refuses a lower-case name", () => {
    expect(() => defineFunction({ ...base, name: "price", params: [] })).toThrow("catalogue entry price: the name must be upper case letters, digits and dots");
  });
  it("refuses a required parameter after an optional one (Excel cannot take it)", () => {
    expect(() => defineFunction({ ...base, name: "P", params: [optional(param.number("a", "A.")), param.number("b", "B.")] })).toThrow(
      "catalogue entry P: required parameter b follows an optional one",
    );
  });
  it("refuses a parameter listed twice or without help", () => {
    expect(() => defineFunction({ ...base, name: "P", params: [param.number("a", "A."), param.number("a", "A.")] })).toThrow("parameter a is listed twice");
    expect(() => defineFunction({ ...base, name: "P", params: [param.number("a", " ")] })).toThrow("parameter a has no description");
  });
});

describe("the catalogue", () => {
  it("finds a function case-insensitively, with or without the CHARTER. namespace", () => {
    expect(findFunction("charter.accrueddiv").name).toBe("ACCRUEDDIV");
    expect(findFunction(" WeightedAvg ").name).toBe("WEIGHTEDAVG");
  });
  it("answers an unknown name with #N/A listing the functions", () => {
    const e = asHostError(call("LIQPREFS", []));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(`value "LIQPREFS": is not a function; the functions are ${CATALOGUE.map((f) => f.name).join(", ")}`);
  });
  it("has unique names", () => {
    expect(new Set(CATALOGUE.map((f) => f.name)).size).toBe(CATALOGUE.length);
  });
  it("calls by name: FULLRATCHET(2.50, 1.25) = 1.25 (domain.md down round)", () => {
    expect((call("FULLRATCHET", [2.5, 1.25]) as Decimal).toString()).toBe("1.25");
  });
});
