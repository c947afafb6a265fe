import fc from "fast-check";
import { Decimal } from "../decimal";
import { findClass, parseTerms } from "./parse";
import type { Cell, TermsTable } from "./table";
import { thrown } from "../../../test/helpers/errors";

const REQUIRED = ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"];

/** Juniper Series C as its charter states it (FOURTH 2, 4(a)(i), 6(a)(i)), and Common. */
const SERIES_C: Record<string, Cell> = {
  Class: "Series C",
  Shares: "5,200,000",
  "Issue Price": "$8.93",
  "Preference Multiple": 1,
  Seniority: 1,
  Participation: "none",
  "Conversion Price": 3.97,
};
const COMMON: Record<string, Cell> = { Class: "Common", Shares: 20000000 };

/** A table with the required columns plus any others the records use, in first-seen order. */
function table(...records: Record<string, Cell>[]): TermsTable {
  const header = [...REQUIRED];
  for (const r of records) for (const k of Object.keys(r)) if (!header.includes(k)) header.push(k);
  return { header, rows: records.map((r) => header.map((h) => r[h] ?? null)) };
}

/** Series C with `over` applied (undefined deletes a cell), parsed, and the class returned. */
function seriesC(over: Record<string, Cell | undefined>) {
  const record: Record<string, Cell> = { ...SERIES_C };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete record[k];
    else record[k] = v;
  }
  return findClass(parseTerms(table(record, COMMON)), "Series C");
}

function errorOf(over: Record<string, Cell | undefined>): string {
  return thrown(() => seriesC(over)).message;
}

const d = (x: string) => new Decimal(x);

describe("parseTerms: a valid table", () => {
  it("reads Juniper Series C exactly: 5,200,000 shares, OIP $8.93, conversion price $3.97", () => {
    const c = seriesC({});
    expect(c.name).toBe("Series C");
    expect(c.kind).toBe("preferred");
    expect(c.shares.equals(d("5200000"))).toBe(true);
    expect(c.issuePrice.equals(d("8.93"))).toBe(true);
    // 3.97 from Excel (a JS number) goes through its shortest string "3.97", never 3.9700000000000002.
    expect(c.conversionPrice.toFixed()).toBe("3.97");
    expect(c.preferenceMultiple.equals(1)).toBe(true);
    expect(c.seniority).toBe(1);
    expect(c.participation).toBe("none");
    expect(c.capMultiple).toBeNull();
  });

  it("gives the column defaults to absent and blank optional columns", () => {
    const c = seriesC({ "Vote Rounding": "  " });
    expect(c.shortfallBasis).toBe("preference");
    expect(c.waiverPrice).toBeNull();
    expect(c.strike.isZero()).toBe(true);
    expect(c.strikeConvention).toBe("net");
    expect(c.dividendRate.isZero()).toBe(true);
    expect(c.dividendAccrual).toBe("declared");
    expect(c.dayCount).toBe("actual/365");
    expect(c.issueDate).toBeNull();
    expect(c.declaredUnpaid.isZero()).toBe(true);
    expect(c.dividendsPaid.isZero()).toBe(true);
    expect(c.dividendPriority).toBe(0);
    expect(c.dividendParticipation).toBe(false);
    expect(c.conversionRounding).toBe("down");
    expect(c.antiDilution).toBe("none");
    expect(c.adjustmentRounding).toBe("none");
    expect(c.autoConvertPrice).toBeNull();
    expect(c.autoConvertProceeds).toBeNull();
    expect(c.ipoReset).toBeNull();
    expect(c.redemption).toBeNull();
    expect(c.redemptionPrice).toBeNull();
    expect(c.voteRounding).toBe("nearest");
    expect(c.clauses).toEqual({});
  });

  it("reads every optional column as written", () => {
    const c = seriesC({
      "Shortfall Basis": "Issue-Price",
      "Waiver Price": "5.00",
      "Dividend Rate": "$0.45",
      "Dividend Accrual": "greater-of",
      "Day Count": "30/360",
      "Issue Date": "1999-01-01",
      "Declared Unpaid": "0.10",
      "Dividends Paid": 0.2,
      "Dividend Priority": 2,
      "Dividend Participation": "Yes",
      "Conversion Rounding": "UP",
      "Anti-Dilution": "narrow",
      "Adjustment Rounding": "carry-forward",
      "Auto Convert Price": ">= 1.5 x CP",
      "Auto Convert Proceeds": "> 10,000,000",
      "IPO Reset": " filing 180d 85% ",
      Redemption: "2000-01-10 all",
      "Redemption Price": "8.93",
      "Vote Rounding": "down",
      Clauses: "issue price=4(a)(i); Conversion Price = 6(a)(i); splits=6(e)(i)",
    });
    expect(c.shortfallBasis).toBe("issue-price");
    expect(c.waiverPrice!.equals(5)).toBe(true);
    expect(c.dividendRate.equals(d("0.45"))).toBe(true);
    expect(c.dividendAccrual).toBe("greater-of");
    expect(c.dayCount).toBe("30/360");
    expect(c.issueDate).toBe("1999-01-01");
    expect(c.declaredUnpaid.equals(d("0.1"))).toBe(true);
    expect(c.dividendsPaid.toFixed()).toBe("0.2");
    expect(c.dividendPriority).toBe(2);
    expect(c.dividendParticipation).toBe(true);
    expect(c.conversionRounding).toBe("up");
    expect(c.antiDilution).toBe("narrow");
    expect(c.adjustmentRounding).toBe("carry-forward");
    expect(c.autoConvertPrice).toEqual({ op: ">=", value: d("1.5"), ofConversionPrice: true });
    expect(c.autoConvertProceeds).toEqual({ op: ">", value: d("10000000"), ofConversionPrice: false });
    expect(c.ipoReset).toBe("filing 180d 85%");
    expect(c.redemption).toBe("2000-01-10 all");
    expect(c.redemptionPrice!.equals(d("8.93"))).toBe(true);
    expect(c.voteRounding).toBe("down");
    // Clause keys are stored under the column's own header.
    expect(c.clauses).toEqual({ "Issue Price": "4(a)(i)", "Conversion Price": "6(a)(i)", Splits: "6(e)(i)" });
  });

  it("matches headers without regard to case, spaces, dashes or underscores, and ignores Note columns", () => {
    const t: TermsTable = {
      header: [
        "class",
        "SHARES",
        "IssuePrice",
        "preference_multiple",
        "Seniority",
        "participation",
        "cap multiple",
        "Conversion-Price",
        "anti dilution",
        "Notes",
        "Note 2",
      ],
      rows: [
        ["Series A", 10, 1, 1, 1, "full", null, 1, "broad", "anything", 42],
        ["Common", 10, null, null, null, null, null, null, null, null, null],
      ],
    };
    const a = findClass(parseTerms(t), "series a");
    expect(a.antiDilution).toBe("broad");
    expect(a.participation).toBe("full");
  });

  it("reads amounts written as text exactly: thousands separators, $, % and a multiple written 1x", () => {
    const c = seriesC({
      Shares: "1,743,751",
      "Issue Price": "$1.00",
      "Dividend Rate": "0.05",
      "Preference Multiple": "1.5x",
      Participation: "capped",
      "Cap Multiple": "300%",
    });
    expect(c.shares.equals(1743751)).toBe(true);
    expect(c.issuePrice.equals(1)).toBe(true);
    expect(c.dividendRate.equals(d("0.05"))).toBe(true);
    expect(c.preferenceMultiple.equals(d("1.5"))).toBe(true);
    // 300% = 3
    expect(c.capMultiple!.equals(3)).toBe(true);
  });

  it("reads any grouped or ungrouped decimal text to the same exact value", () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,14}$/);
    const fraction = fc.stringMatching(/^[0-9]{0,8}$/);
    fc.assert(
      fc.property(digits, fraction, fc.boolean(), (whole, frac, dollar) => {
        const plain = frac === "" ? whole : `${whole}.${frac}`;
        // Group the whole part in threes from the right: 1743751 -> 1,743,751.
        const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac === "" ? "" : `.${frac}`);
        const c = seriesC({ "Issue Price": (dollar ? "$" : "") + grouped });
        expect(c.issuePrice.equals(new Decimal(plain))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads Issue Date as YYYY-MM-DD or an Excel serial number", () => {
    // Excel serial 35431 is 1997-01-01; + 31 (January) + 28 (February 1997) = 35490, 1997-03-01.
    expect(seriesC({ "Issue Date": 35490 }).issueDate).toBe("1997-03-01");
    expect(seriesC({ "Issue Date": " 1997-03-01 " }).issueDate).toBe("1997-03-01");
  });

  it("reads yes/no, true/false and Excel TRUE/FALSE", () => {
    expect(seriesC({ "Dividend Participation": "no" }).dividendParticipation).toBe(false);
    expect(seriesC({ "Dividend Participation": "TRUE" }).dividendParticipation).toBe(true);
    expect(seriesC({ "Dividend Participation": false }).dividendParticipation).toBe(false);
    expect(seriesC({ "Dividend Participation": true }).dividendParticipation).toBe(true);
  });

  it("reads a whole number written 2.0 as 2", () => {
    expect(seriesC({ Seniority: "2.0" }).seniority).toBe(2);
  });
});

describe("parseTerms: kinds and the Common class", () => {
  it("takes a blank Kind as common for a class named Common and preferred otherwise", () => {
    const terms = parseTerms(table(SERIES_C, { Class: "COMMON", Shares: 5 }));
    expect(terms.classes.map((c) => [c.name, c.kind])).toEqual([
      ["Series C", "preferred"],
      ["COMMON", "common"],
    ]);
  });

  it("gives a common class neutral terms: no preference, shares what is left", () => {
    const common = findClass(parseTerms(table(SERIES_C, COMMON)), "Common");
    expect(common.shares.equals(20000000)).toBe(true);
    expect(common.issuePrice.isZero()).toBe(true);
    expect(common.preferenceMultiple.isZero()).toBe(true);
    expect(common.seniority).toBe(0);
    expect(common.participation).toBe("full");
    expect(common.conversionPrice.equals(1)).toBe(true);
  });

  it("refuses a table without Common, or with no Common outstanding: preferred converts into Common (Juniper 6(a)(i))", () => {
    expect(thrown(() => parseTerms(table(SERIES_C))).message).toBe(
      'argument terms, column Class: has no row for Common; add a row "Common" with the Common shares outstanding (the classes are Series C)',
    );
    expect(thrown(() => parseTerms(table(SERIES_C, { Class: "Common", Shares: "0" }))).message).toBe(
      'argument terms, class Common, column Shares, value "0": there must be Common outstanding for preferred to convert into; give the Common shares outstanding',
    );
  });

  it("does not add Common when a class of another name is of kind common", () => {
    const terms = parseTerms(table(SERIES_C, { Class: "Class B Common", Kind: "common", Shares: 7 }));
    expect(terms.classes.map((c) => c.name)).toEqual(["Series C", "Class B Common", "Common"]);
  });

  it("reads an option class with its strike and exercise convention", () => {
    const terms = parseTerms(table(SERIES_C, COMMON, { Class: "Options", Kind: "Option", Shares: 2000000, Strike: "0.25", Exercise: "cash" }));
    const o = findClass(terms, "options");
    expect(o.kind).toBe("option");
    expect(o.strike.equals(d("0.25"))).toBe(true);
    expect(o.strikeConvention).toBe("cash");
  });

  it("requires an option's Strike", () => {
    expect(thrown(() => parseTerms(table(SERIES_C, { Class: "Options", Kind: "option", Shares: 10 }))).message).toBe(
      "argument terms, class Options, column Strike: is blank; an option needs its exercise price per share (0 if none)",
    );
  });

  it("rejects a class named Common of another kind, a preference on Common and preferred terms on Common", () => {
    expect(thrown(() => parseTerms(table(SERIES_C, { Class: "Common", Kind: "preferred", Shares: 1 }))).message).toBe(
      'argument terms, class Common, column Kind, value "preferred": the class named Common must be of kind common',
    );
    expect(thrown(() => parseTerms(table(SERIES_C, { ...COMMON, "Preference Multiple": 1 }))).message).toBe(
      "argument terms, class Common, column Preference Multiple, value 1: a common class takes no liquidation preference; leave it blank or 0",
    );
    expect(thrown(() => parseTerms(table(SERIES_C, { ...COMMON, Participation: "none" }))).message).toBe(
      'argument terms, class Common, column Participation, value "none": a common class shares what is left after the preferences; leave it blank or write full',
    );
    expect(thrown(() => parseTerms(table(SERIES_C, { ...COMMON, "Waiver Price": 5 }))).message).toBe(
      "argument terms, class Common, column Waiver Price, value 5: a common class does not take this term; it applies to preferred classes only, so leave it blank",
    );
  });

  it("rejects a strike on a class that is not an option", () => {
    expect(errorOf({ Strike: "1.00" })).toBe(
      'argument terms, class Series C, column Strike, value "1.00": a preferred class has no exercise price; Strike applies to options only, so leave it blank or 0',
    );
  });

  it("rejects two classes of one name, whatever the case", () => {
    const e = thrown(() => parseTerms(table(SERIES_C, { ...SERIES_C, Class: "series c" })));
    expect(e.message).toBe(
      'argument terms, class series c, column Class, value "series c": names a class twice (class names are matched without regard to case; see "Series C")',
    );
  });

  it("skips fully blank rows and rejects a row with values but no class name", () => {
    const t = table(SERIES_C, COMMON);
    t.rows.splice(
      1,
      0,
      t.header.map(() => null),
    );
    expect(parseTerms(t).classes).toHaveLength(2);
    t.rows.push(t.header.map((h) => (h === "Shares" ? 5 : null)));
    expect(thrown(() => parseTerms(t)).message).toBe(
      "argument terms, column Class: row 5 (the header is row 1) has values but no class name; name the class or clear the row",
    );
  });

  it("rejects a table whose rows are all blank", () => {
    expect(thrown(() => parseTerms({ header: REQUIRED, rows: [REQUIRED.map(() => null)] }, "t")).message).toBe(
      "argument t: has no classes; add one row per class under the header",
    );
  });
});

describe("parseTerms: the header", () => {
  it("names a missing required column", () => {
    const t = table(SERIES_C);
    const at = t.header.indexOf("Conversion Price");
    t.header.splice(at, 1);
    t.rows.forEach((r) => r.splice(at, 1));
    const e = thrown(() => parseTerms(t));
    expect(e.kind).toBe("value");
    expect(e.place).toEqual({ argument: "terms", column: "Conversion Price" });
    expect(e.message).toBe(
      "argument terms, column Conversion Price: is missing from the header; a terms table needs the columns Class, Shares, Issue Price, Preference Multiple, Seniority, Participation, Cap Multiple, Conversion Price",
    );
  });

  it("rejects an unknown column, listing the close known ones", () => {
    const t = table(SERIES_C);
    t.header.push("Convertion Price");
    t.rows[0].push(4);
    expect(thrown(() => parseTerms(t)).message).toBe(
      'argument terms, column Convertion Price: is not a terms-table column; did you mean Conversion Price? (free notes go in a column whose header starts with "Note")',
    );
  });

  it("lists the headers containing a vague one, and all of them when none is close", () => {
    const vague = table(SERIES_C);
    vague.header.push("Dividend");
    // Closest first (letters to add: Rate 4, sPaid 5, Accrual 7, Priority 8), four at most.
    expect(thrown(() => parseTerms(vague)).message).toBe(
      'argument terms, column Dividend: is not a terms-table column; did you mean Dividend Rate, Dividends Paid, Dividend Accrual or Dividend Priority? (free notes go in a column whose header starts with "Note")',
    );
    const far = table(SERIES_C);
    far.header.push("Zzzzzzzz");
    expect(thrown(() => parseTerms(far)).message).toContain("the known ones are Class, Shares, Issue Price,");
  });

  it("rejects a column given twice", () => {
    const t = table(SERIES_C);
    t.header.push("issue price");
    t.rows[0].push(1);
    expect(thrown(() => parseTerms(t)).message).toBe(
      'argument terms, column Issue Price: appears twice in the header (as "Issue Price" and "issue price"); keep one',
    );
  });

  it("ignores a blank header over a blank column and rejects one over values", () => {
    const t = table(SERIES_C, COMMON);
    t.header.push("");
    t.rows[0].push(null);
    t.rows[1].push(null);
    expect(parseTerms(t).classes).toHaveLength(2);
    t.rows[0][t.header.length - 1] = "x";
    expect(thrown(() => parseTerms(t)).message).toBe(
      'argument terms: column 9 has values but no header; give it a header (a terms column, or one starting with "Note" for free notes) or clear it',
    );
  });
});

describe("parseTerms: cell checks", () => {
  it("requires the preferred terms of a preferred class", () => {
    expect(errorOf({ Shares: null })).toBe("argument terms, class Series C, column Shares: is blank; give the shares outstanding (0 if none)");
    expect(errorOf({ "Issue Price": null })).toBe("argument terms, class Series C, column Issue Price: is blank; give the Original Issue Price per share");
    expect(errorOf({ "Preference Multiple": "" })).toBe(
      "argument terms, class Series C, column Preference Multiple: is blank; give the preference as a multiple of the Issue Price (1 for 1x)",
    );
    expect(errorOf({ Seniority: null })).toBe(
      "argument terms, class Series C, column Seniority: is blank; give a whole number (a higher number is paid first; equal numbers are pari passu)",
    );
    expect(errorOf({ Participation: null })).toBe("argument terms, class Series C, column Participation: is blank; give none, full or capped");
    expect(errorOf({ "Conversion Price": null })).toBe(
      "argument terms, class Series C, column Conversion Price: is blank; give the conversion price per share of Common",
    );
  });

  it("rejects negative shares and prices, naming class, column and value", () => {
    const e = thrown(() => seriesC({ Shares: -1 }));
    expect(e.place).toEqual({ argument: "terms", className: "Series C", column: "Shares", value: -1 });
    expect(e.message).toBe("argument terms, class Series C, column Shares, value -1: must not be negative");
    expect(errorOf({ "Issue Price": "-$8.93" })).toBe('argument terms, class Series C, column Issue Price, value "-$8.93": must not be negative');
    expect(errorOf({ "Dividend Rate": -0.45 })).toBe("argument terms, class Series C, column Dividend Rate, value -0.45: must not be negative");
    expect(errorOf({ "Redemption Price": "-1" })).toBe('argument terms, class Series C, column Redemption Price, value "-1": must not be negative');
    expect(errorOf({ "Declared Unpaid": -0.01 })).toBe("argument terms, class Series C, column Declared Unpaid, value -0.01: must not be negative");
    expect(errorOf({ "Preference Multiple": "-1x" })).toBe('argument terms, class Series C, column Preference Multiple, value "-1x": must not be negative');
  });

  it("accepts zero shares and a zero preference multiple", () => {
    expect(seriesC({ Shares: 0 }).shares.isZero()).toBe(true);
    expect(seriesC({ "Preference Multiple": 0 }).preferenceMultiple.isZero()).toBe(true);
  });

  it("requires a conversion price and a waiver price above 0", () => {
    expect(errorOf({ "Conversion Price": 0 })).toBe("argument terms, class Series C, column Conversion Price, value 0: must be more than zero");
    expect(errorOf({ "Waiver Price": "0" })).toBe('argument terms, class Series C, column Waiver Price, value "0": must be more than zero');
  });

  it("rejects text that is not a number, a non-finite number and TRUE in a number column", () => {
    expect(errorOf({ Shares: "1,74,3751" })).toBe(
      'argument terms, class Series C, column Shares, value "1,74,3751": is not a number; write a whole number of shares such as 1743751 or 1,743,751',
    );
    expect(errorOf({ "Issue Price": "eight" })).toBe(
      'argument terms, class Series C, column Issue Price, value "eight": is not a number; write digits such as 8.93, $8.93, 1743751 or 1,743,751',
    );
    expect(errorOf({ "Issue Price": "1 000" })).toContain("is not a number");
    expect(errorOf({ "Issue Price": "--1" })).toContain("is not a number");
    expect(errorOf({ Shares: NaN })).toBe('argument terms, class Series C, column Shares, value "NaN": is not a finite number');
    expect(errorOf({ Shares: true })).toBe(
      "argument terms, class Series C, column Shares, value true: is not a number; write a whole number of shares such as 1743751 or 1,743,751",
    );
    expect(errorOf({ "Preference Multiple": "onex" })).toBe(
      'argument terms, class Series C, column Preference Multiple, value "onex": is not a number; write a number such as 1.5 or a percentage such as 150%',
    );
  });

  it("requires whole numbers for Seniority and Dividend Priority", () => {
    expect(errorOf({ Seniority: 1.5 })).toBe("argument terms, class Series C, column Seniority, value 1.5: must be a whole number");
    expect(errorOf({ "Dividend Priority": "x" })).toContain("column Dividend Priority");
  });

  it("checks capped participation: a cap is required, at least the preference, and only for capped", () => {
    expect(seriesC({ Participation: "capped", "Cap Multiple": "2x" }).capMultiple!.equals(2)).toBe(true);
    // A cap equal to the preference multiple (1 = 1) is allowed: the class takes at most its preference.
    expect(seriesC({ Participation: "capped", "Cap Multiple": 1 }).capMultiple!.equals(1)).toBe(true);
    expect(errorOf({ Participation: "capped" })).toBe(
      "argument terms, class Series C, column Cap Multiple: is blank; capped participation needs the cap, as a multiple of the Issue Price",
    );
    const e = thrown(() => seriesC({ Participation: "capped", "Preference Multiple": 2, "Cap Multiple": "1.5" }));
    expect(e.place).toEqual({ argument: "terms", className: "Series C", column: "Cap Multiple", value: "1.5" });
    expect(e.message).toBe(
      'argument terms, class Series C, column Cap Multiple, value "1.5": is below the Preference Multiple (2); a cap on the total return must be at least the preference',
    );
    expect(errorOf({ "Cap Multiple": 3 })).toBe(
      "argument terms, class Series C, column Cap Multiple, value 3: applies only to capped participation (this class is none); set Participation to capped or clear the cap",
    );
  });

  it("checks every word column against its list", () => {
    const lists: [string, string][] = [
      ["Kind", "common, preferred, option"],
      ["Participation", "none, full, capped"],
      ["Shortfall Basis", "preference, issue-price"],
      ["Exercise", "net, cash"],
      ["Dividend Accrual", "declared, cumulative, greater-of"],
      ["Day Count", "actual/365, actual/actual, 30/360, anniversary"],
      ["Conversion Rounding", "down, up, none"],
      ["Anti-Dilution", "broad, narrow, full-ratchet, none"],
      ["Adjustment Rounding", "cent, carry-forward, none"],
      ["Vote Rounding", "nearest, down, down-per-share, none"],
      ["Option Changes", "either, raise-only"],
    ];
    for (const [column, list] of lists) {
      expect(errorOf({ [column]: "sometimes" })).toBe(`argument terms, class Series C, column ${column}, value "sometimes": must be one of ${list}`);
    }
  });

  it("rejects a bad date and a bad yes/no", () => {
    const forms = "write YYYY-MM-DD (e.g. 2024-01-15), an Excel date, D-Mon-YYYY (15-Jan-2024), or D/M/YYYY or M/D/YYYY where the day is above 12";
    expect(errorOf({ "Issue Date": "1997-02-30" })).toBe(
      `argument terms, class Series C, column Issue Date, value "1997-02-30": is not a date; write it as YYYY-MM-DD`,
    );
    // 03/01/1997 is March 1 in the US and 3 January elsewhere: refused, never guessed.
    expect(errorOf({ "Issue Date": "03/01/1997" })).toBe(
      `argument terms, class Series C, column Issue Date, value "03/01/1997": is ambiguous: 03/01 may be month/day (US) or day/month; write 1997-03-01 or 1997-01-03; ${forms}`,
    );
    expect(errorOf({ "Issue Date": 12 })).toContain("is not an Excel date");
    expect(errorOf({ "Issue Date": true })).toBe(`argument terms, class Series C, column Issue Date, value true: is not a date; write it as YYYY-MM-DD`);
    expect(errorOf({ "Dividend Participation": "maybe" })).toBe(
      'argument terms, class Series C, column Dividend Participation, value "maybe": must be yes or no (or true or false)',
    );
    expect(errorOf({ "Dividend Participation": 1 })).toContain("must be yes or no");
  });

  it("checks the Clauses column: Column=clause pairs, known columns, each once", () => {
    expect(errorOf({ Clauses: "Issue Price 4(a)" })).toBe(
      'argument terms, class Series C, column Clauses, value "Issue Price 4(a)": "Issue Price 4(a)" is not of the form Column=clause, e.g. "Issue Price=4(a)(i)"',
    );
    expect(errorOf({ Clauses: "Isue Price=4(a)" })).toBe(
      'argument terms, class Series C, column Clauses, value "Isue Price=4(a)": "Isue Price" names no column; did you mean Issue Price?',
    );
    expect(errorOf({ Clauses: "Seniority=4(a); seniority=4(b)" })).toBe(
      'argument terms, class Series C, column Clauses, value "Seniority=4(a); seniority=4(b)": cites Seniority twice; give one citation (it may list several clauses)',
    );
    expect(errorOf({ Clauses: 4 })).toBe('argument terms, class Series C, column Clauses, value 4: must be text of the form "Column=clause; Column=clause"');
    expect(seriesC({ Clauses: "Seniority=4(a);; Exempt Issues=6(d)(i)(D);" }).clauses).toEqual({ Seniority: "4(a)", "Exempt Issues": "6(d)(i)(D)" });
  });

  it("reads Option Changes (Juniper 6(d)(iii)(B) raise-only; MagiNet 3(f)(i)(E)(3) either); blank or absent is either", () => {
    expect(seriesC({ "Option Changes": "raise-only" }).optionChanges).toBe("raise-only");
    expect(seriesC({ "Option Changes": " Raise-Only " }).optionChanges).toBe("raise-only");
    expect(seriesC({ "Option Changes": "either" }).optionChanges).toBe("either");
    expect(seriesC({ "Option Changes": "" }).optionChanges).toBe("either");
    expect(seriesC({}).optionChanges).toBe("either");
    expect(seriesC({ Clauses: "Option Changes=FOURTH 6(d)(iii)(B)" }).clauses).toEqual({ "Option Changes": "FOURTH 6(d)(iii)(B)" });
    // A rule on Common would apply to nothing: an error, as for the other preferred-only columns.
    const e = thrown(() => parseTerms(table(SERIES_C, { ...COMMON, "Option Changes": "raise-only" })));
    expect(e.message).toBe(
      'argument terms, class Common, column Option Changes, value "raise-only": a common class does not take this term; it applies to preferred classes only, so leave it blank',
    );
  });

  it("reads Series Split Adjusts (a list, or none; blank is none) and Identical Split (blank is adjusts)", () => {
    expect(seriesC({ "Series Split Adjusts": "preference, Dividend Rate; redemption_price" }).seriesSplitAdjusts).toEqual([
      "preference",
      "dividend-rate",
      "redemption-price",
    ]);
    expect(seriesC({ "Series Split Adjusts": "None" }).seriesSplitAdjusts).toEqual([]);
    expect(seriesC({}).seriesSplitAdjusts).toEqual([]);
    expect(seriesC({ "Identical Split": "Unchanged" }).identicalSplit).toBe("unchanged");
    expect(seriesC({}).identicalSplit).toBe("adjusts");
    expect(errorOf({ "Series Split Adjusts": "preference, issue price" })).toBe(
      'argument terms, class Series C, column Series Split Adjusts, value "preference, issue price": "issue price" is not an amount; list any of preference, cap, dividend-rate, redemption-price, waiver-price (separated by commas), or write none',
    );
    expect(errorOf({ "Series Split Adjusts": "cap, cap" })).toBe(
      'argument terms, class Series C, column Series Split Adjusts, value "cap, cap": names cap twice; name each amount once',
    );
    expect(errorOf({ "Identical Split": "keep" })).toContain('argument terms, class Series C, column Identical Split, value "keep"');
    expect(thrown(() => parseTerms(table(SERIES_C, { ...COMMON, "Identical Split": "unchanged" }))).message).toBe(
      'argument terms, class Common, column Identical Split, value "unchanged": a common class does not take this term; it applies to preferred classes only, so leave it blank',
    );
  });

  it("names the argument it was given", () => {
    const e = thrown(() => parseTerms(table({ ...SERIES_C, Shares: -5 }), "Terms"));
    expect(e.message).toBe("argument Terms, class Series C, column Shares, value -5: must not be negative");
  });
});

describe("findClass", () => {
  const terms = parseTerms(table(SERIES_C, COMMON));

  it("finds a class without regard to case or surrounding spaces", () => {
    expect(findClass(terms, "  series C ").name).toBe("Series C");
  });

  it("gives not-found naming the value and listing the classes", () => {
    const e = thrown(() => findClass(terms, "Series Z", "className"));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe('argument className, value "Series Z": no such class in the terms; the classes are Series C, Common');
  });
});
