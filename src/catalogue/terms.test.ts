import { invoke } from "./call";
import { defineFunction } from "./define";
import { param } from "./params";
import { clearTermsCache, readTerms } from "./terms";
import { asHostError, errorOf } from "../../test/helpers/catalogue";
import type { HostMatrix } from "./types";
import { Decimal } from "../engine/decimal";

const at = { argument: "terms" };

// domain.md's worked example: Common 8,000,000 shares; Series A 2,000,000 at $2.50, 1x, non-participating.
const HEADER = ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"];
const table = (): HostMatrix => [[...HEADER], ["Series A", 2000000, 2.5, 1, 1, "none", "", 2.5], ["Common", 8000000, "", "", "", "", "", ""]];

beforeEach(() => clearTermsCache());

describe("readTerms from a range", () => {
  it("parses the table under its header row", () => {
    const terms = readTerms(table(), at);
    expect(terms.classes.map((c) => c.name)).toEqual(["Series A", "Common"]);
    const a = terms.classes[0];
    expect(a.shares.toString()).toBe("2000000");
    expect(a.issuePrice.toString()).toBe("2.5");
    expect(a.participation).toBe("none");
  });
  it("parses once per content: a fresh array with the same cells gives the very same terms", () => {
    expect(readTerms(table(), at)).toBe(readTerms(table(), at));
  });
  it("a range selected larger than its table (blank rows and columns) is the same content", () => {
    const larger = [...table().map((row) => [...row, null, ""]), [null, null, null, null, null, null, null, null, "", ""]];
    expect(readTerms(larger, at)).toBe(readTerms(table(), at));
  });
  it("a changed cell is a new content, parsed anew", () => {
    const changed = table();
    changed[1][1] = 3000000;
    const terms = readTerms(changed, at);
    expect(terms).not.toBe(readTerms(table(), at));
    expect(terms.classes[0].shares.toString()).toBe("3000000");
  });
  it("passes the parser's errors on, naming argument, class, column and value", () => {
    const bad = table();
    bad[1][5] = "partial";
    const e = errorOf(() => readTerms(bad, at));
    expect(e.kind).toBe("value");
    expect(e.message).toBe('argument terms, class Series A, column Participation, value "partial": must be one of none, full, capped');
  });
  it("refuses a header without classes", () => {
    expect(errorOf(() => readTerms([[...HEADER]], at)).message).toBe("argument terms: has a header but no classes; add one row per class under it");
  });
});

describe("readTerms from a preset name", () => {
  it("takes a name as text or as a single cell, any case (MagiNet: Series A $2.00, Series D $7.00, FOURTH 2(a), 3(a))", () => {
    const terms = readTerms("maginet", at);
    expect(readTerms([["MagiNet"]], at)).toBe(terms);
    const names = terms.classes.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Series A", "Series B", "Series C", "Series D", "Common"]));
    expect(terms.classes.find((c) => c.name === "Series A")!.issuePrice.toString()).toBe("2");
    expect(terms.classes.find((c) => c.name === "Series D")!.issuePrice.toString()).toBe("7");
  });
  it("an unknown name is #N/A naming the argument and listing the presets", () => {
    const e = errorOf(() => readTerms("acme", at));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe(
      'argument terms, value "acme": no such preset; the presets are jt-storage (JT Storage, Inc.), juniper (Juniper Networks, Inc.), maginet (MagiNet Corporation)',
    );
  });
});

describe("a terms parameter in a catalogue entry", () => {
  // SHARES(terms, className): the shares of one class, as a small function over the framework.
  const SHARES = defineFunction({
    name: "SHARES",
    description: "d",
    returns: "r",
    result: "number",
    params: [param.terms("terms", "Terms."), param.string("className", "Class.")],
    run: (terms, name) => terms.classes.find((c) => c.name === name)?.shares ?? new Decimal(-1),
  });
  it("reads the range and runs: Series A has 2,000,000 shares", () => {
    expect((invoke(SHARES, [table(), "Series A"]) as Decimal).toString()).toBe("2000000");
  });
  it("an unknown preset is #N/A for the whole call", () => {
    const e = asHostError(invoke(SHARES, ["nvca", "Series A"]));
    expect(e.code).toBe("#N/A");
  });
  it("a bad table is #VALUE! with the parser's message", () => {
    const bad = table();
    bad[2][1] = -5;
    const e = asHostError(invoke(SHARES, [bad, "Common"]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("argument terms, class Common, column Shares");
  });
});
