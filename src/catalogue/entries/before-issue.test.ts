// Issue #3: "a date before the issue date" is bad input and gets one clear message naming the argument,
// never a wrong number. JT Storage's Series A accrues $0.09 a year from its Issue Date (Art. IV(B)1(a),
// 2(a)(i)); the preset's Issue Date is 1995-02-03, so an as-of date of 1995-02-02 is one day before it.
import { presetTable } from "../../presets";
import { call } from "../index";
import { asHostError, plain } from "../../../test/helpers/catalogue";

const BEFORE = 'argument asOf, class Series A, value "1995-02-02": is before the class\'s Issue Date 1995-02-03';

describe("an as-of date before a class's Issue Date, when the class accrues", () => {
  it.each([
    ["LIQPREF", ["jt-storage", [[28810000]], null, "1995-02-02"]],
    ["LIQPREF, one class", ["jt-storage", [[28810000]], "Common", "1995-02-02"]],
    ["PREFERENCE", ["jt-storage", "Series A", "1995-02-02"]],
    ["DIVIDENDS", ["jt-storage", 1000000, "1995-02-02"]],
    ["BREAKPOINTS", ["jt-storage", "1995-02-02"]],
    ["EXPLAIN", ["jt-storage", 28810000, "1995-02-02"]],
    ["CONVERTS", ["jt-storage", "Series A", 28810000, "1995-02-02"]],
  ] as const)("%s: #VALUE! naming asOf, the class and both dates", (label, args) => {
    const e = asHostError(call(label.split(",")[0], args as never));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(BEFORE);
  });

  it("on the Issue Date itself nothing has accrued: the preference is the $1.00 Issue Price", () => {
    // Art. IV(B)2(a)(i): $1.00 plus the accrual, 0 days of it.
    expect(plain(call("PREFERENCE", ["jt-storage", "Series A", "1995-02-03"]))).toBe("1");
  });

  it("a class whose dividends are only declared is not affected by the date", () => {
    // JT Storage with Series A's Dividend Accrual set to declared: the preference is $1.00 plus the
    // declared but unpaid (0 in the preset), whatever the date.
    const t = presetTable("jt-storage");
    const rows = t.rows.map((r) => [...r]);
    rows[0][t.header.indexOf("Dividend Accrual")] = "declared";
    expect(plain(call("PREFERENCE", [[t.header, ...rows], "Series A", "1990-01-01"]))).toBe("1");
  });
});
