import { Decimal, sum } from "../engine/decimal";
import { parseIpoReset } from "../engine/ipo/rule";
import { parseRedemption } from "../engine/redemption/rule";
import { findClass, parseTerms } from "../engine/terms/parse";
import { setCell } from "../engine/terms/table";
import type { CharterTerms, ShareClass } from "../engine/terms/model";
import { PRESETS, getPreset, presetTable } from "./index";
import { thrown } from "../../test/helpers/errors";

const d = (x: string) => new Decimal(x);
const terms = (id: string): CharterTerms => parseTerms(getPreset(id).table, id);
const cls = (id: string, name: string): ShareClass => findClass(terms(id), name);

describe("every preset", () => {
  it("has a unique id and parses with parseTerms", () => {
    expect(PRESETS.map((p) => p.id)).toEqual(["jt-storage", "juniper", "maginet"]);
    for (const p of PRESETS) expect(parseTerms(p.table).classes.length).toBeGreaterThan(1);
  });

  it("cites a clause for Issue Price, Preference Multiple, Seniority, Participation and Conversion Price of every preferred class", () => {
    for (const p of PRESETS) {
      for (const c of parseTerms(p.table).classes.filter((k) => k.kind === "preferred")) {
        for (const column of ["Issue Price", "Preference Multiple", "Seniority", "Participation", "Conversion Price"]) {
          expect([p.id, c.name, column, (c.clauses[column] ?? "").length > 0]).toEqual([p.id, c.name, column, true]);
        }
      }
    }
  });

  it("cites a clause for every rule it states for a preferred class (every filled cell but name, kind, shares and notes)", () => {
    for (const p of PRESETS) {
      const parsed = parseTerms(p.table);
      p.table.rows.forEach((row) => {
        const c = findClass(parsed, String(row[0]));
        if (c.kind !== "preferred") return;
        p.table.header.forEach((column, i) => {
          if (["Class", "Kind", "Shares", "Clauses", "Note"].includes(column) || row[i] === null) return;
          expect([p.id, c.name, column, column in c.clauses]).toEqual([p.id, c.name, column, true]);
        });
      });
    }
  });

  it("lists as inputs cells that hold exactly the values the table holds", () => {
    for (const p of PRESETS) {
      expect(p.inputs.length).toBeGreaterThan(0);
      for (const input of p.inputs) {
        // setCell resolves the address as a user's --set would; setting the stated value changes nothing.
        const same = setCell(p.table, input.cell, input.value);
        const parsedBefore = parseTerms(p.table);
        const parsedAfter = parseTerms(same);
        expect([input.cell, JSON.stringify(parsedAfter)]).toEqual([input.cell, JSON.stringify(parsedBefore)]);
        expect(input.why.length).toBeGreaterThan(20);
      }
    }
  });

  it("records its readings, names and authorized shares", () => {
    for (const p of PRESETS) {
      expect(p.readings.length).toBeGreaterThan(3);
      for (const r of p.readings) for (const text of [r.clause, r.question, r.reading, r.why]) expect(text.trim()).not.toBe("");
      expect(p.names.length).toBeGreaterThan(0);
      expect(p.authorized.length).toBeGreaterThan(0);
      expect(p.source).toMatch(/^00[0-2]_[0-9a-f]{16}\.txt$/);
    }
  });
});

describe("JT Storage (000)", () => {
  const a = cls("jt-storage", "Series A");

  it("states Series A as Art. IV(B)2(a), 2(b) and 4(a) do: $1.00 preference and conversion price, participating", () => {
    expect(a.issuePrice.equals(d("1.00"))).toBe(true);
    expect(a.preferenceMultiple.equals(1)).toBe(true); // 1 x $1.00 = the $1.00 per share of 2(a)
    expect(a.conversionPrice.equals(d("1.00"))).toBe(true); // 4(a): "shall initially be $1.00"
    expect(a.participation).toBe("full"); // 2(b): ratably with Common as converted
    expect(a.seniority).toBe(1);
    expect(a.clauses["Participation"]).toBe("Art. IV(B)2(b)");
  });

  it("states the $0.09 greater-of dividend and the $5.00 waiver (2(a)(i)-(ii), 2(b) proviso)", () => {
    expect(a.dividendRate.equals(d("0.09"))).toBe(true);
    expect(a.dividendAccrual).toBe("greater-of");
    expect(a.issueDate).toBe("1995-02-03");
    expect(a.waiverPrice!.equals(d("5.00"))).toBe(true);
    expect(a.dividendPriority).toBe(1);
    expect(a.dividendParticipation).toBe(true); // 1(b): a Common dividend is paid to Series A as converted
  });

  it("states automatic conversion at >= $5.00 and >= $10,000,000 net (4(b)(i)), redemption (3), fractions up (4(c)(i)), votes per share, down (5)", () => {
    expect(a.autoConvertPrice).toEqual({ op: ">=", value: d("5"), ofConversionPrice: false });
    expect(a.autoConvertProceeds).toEqual({ op: ">=", value: d("10000000"), ofConversionPrice: false });
    expect(a.redemption).toBe("2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all");
    expect(a.redemptionPrice!.equals(d("1.00"))).toBe(true);
    expect(parseRedemption(a.redemption!, a.name).map((r) => [r.date, r.portion])).toEqual([
      ["2000-01-10", "1/3"],
      ["2001-01-10", "1/2"],
      ["2002-01-10", "all"],
    ]);
    expect(a.conversionRounding).toBe("up");
    expect(a.voteRounding).toBe("down-per-share"); // 5: "each such share"
    expect(a.antiDilution).toBe("none"); // 4(d): splits and reclassifications only
  });

  it("records the authorized shares of each amendment and the change of name", () => {
    const p = getPreset("jt-storage");
    // Totals as the certificates state them: 24M + 16M = 40M; 60M + 31.2M = 91.2M; 90M + 70M = 160M.
    expect(p.authorized.map((x) => [x.date, d(x.common).plus(d(x.preferred)).toFixed()])).toEqual([
      ["1995-02-03", "40000000"],
      ["1995-08-01", "91200000"],
      ["1996-02-02", "160000000"],
    ]);
    expect(p.names.map((n) => [n.name, n.from])).toEqual([
      ["JT Storage, Inc.", "1994-02-03"],
      ["JTS Corporation", "1996-06-17"],
    ]);
    expect(p.charterDate).toBe("1995-02-03");
  });
});

describe("Juniper (001)", () => {
  const t = terms("juniper");
  const expected: [string, string, string, string, string, string][] = [
    // name, shares (2), OIP (4(a)(i)), CP (6(a)(i)), dividend (3), IPO price multiple (6(a)(ii))
    ["Series A", "1743751", "1.00", "0.44", "0.05", "3"],
    ["Series B", "3915308", "2.40", "1.07", "0.12", "3"],
    ["Series C", "5200000", "8.93", "3.97", "0.45", "1.5"],
    ["Series D", "600000", "11.03", "11.03", "0.55", "1"],
    ["Series D1", "2580000", "11.03", "11.03", "0.55", "1"],
  ];

  it("states each series' shares, Original Issue Price, conversion price, dividend and IPO test as the charter does", () => {
    for (const [name, shares, oip, cp, rate, multiple] of expected) {
      const c = findClass(t, name);
      expect([name, c.shares.toFixed(), c.issuePrice.toFixed(2), c.conversionPrice.toFixed(2), c.dividendRate.toFixed(2)]).toEqual([
        name,
        shares,
        oip,
        cp,
        rate,
      ]);
      expect(c.autoConvertPrice).toEqual({ op: ">=", value: d(multiple), ofConversionPrice: true });
      // 6(a)(ii): proceeds must "exceed $10,000,000"
      expect(c.autoConvertProceeds).toEqual({ op: ">", value: d("10000000"), ofConversionPrice: false });
    }
    expect(findClass(t, "Series C").clauses).toMatchObject({ "Issue Price": "FOURTH 4(a)(i)", "Conversion Price": "FOURTH 6(a)(i)" });
  });

  it("designates exactly the authorized Preferred: 1,743,751 + 3,915,308 + 5,200,000 + 600,000 + 2,580,000 = 14,039,059", () => {
    const preferred = sum(t.classes.filter((c) => c.kind === "preferred").map((c) => c.shares));
    expect(preferred.toFixed()).toBe("14039059");
    expect(getPreset("juniper").authorized[0].preferred).toBe("14039059");
  });

  it("has one tier, non-participating, shortfall by OIP, dividends together, broad weighted average to the cent", () => {
    for (const [name] of expected) {
      const c = findClass(t, name);
      expect([name, c.seniority, c.participation, c.shortfallBasis, c.dividendAccrual, c.dividendPriority, c.dividendParticipation]).toEqual([
        name,
        1,
        "none",
        "issue-price",
        "declared",
        1,
        true,
      ]);
      expect([name, c.antiDilution, c.adjustmentRounding, c.conversionRounding, c.voteRounding, c.redemption]).toEqual([
        name,
        "broad",
        "cent",
        "down",
        "nearest",
        null,
      ]);
    }
  });

  it("gives Series D1 the 6(c) reset in the IPO rule syntax, and only D1", () => {
    const d1 = findClass(t, "Series D1");
    expect(d1.ipoReset).toBe("filing 180d 85%; 1y 75%; 15m 65%");
    expect(d1.issueDate).toBe("1999-01-01");
    const rule = parseIpoReset(d1.ipoReset!, d1.name);
    expect(rule.form).toBe("filing");
    expect(t.classes.filter((c) => c.ipoReset !== null).map((c) => c.name)).toEqual(["Series D1"]);
  });

  it("takes Common outstanding as an input and has no charter date", () => {
    expect(findClass(t, "Common").shares.toFixed()).toBe("20000000");
    expect(getPreset("juniper").inputs.map((i) => i.cell)).toContain("Common.Shares");
    expect(getPreset("juniper").charterDate).toBeNull();
  });
});

describe("MagiNet (002)", () => {
  const t = terms("maginet");

  it("stacks the preferences D > C > B > A at $7.00, $4.50, $4.50, $2.00 with equal conversion prices (2(a), 3(a))", () => {
    const rows = ["Series D", "Series C", "Series B", "Series A", "Common"].map((n) => {
      const c = findClass(t, n);
      return [n, c.seniority, c.issuePrice.toFixed(2), c.conversionPrice.toFixed(2), c.participation];
    });
    expect(rows).toEqual([
      ["Series D", 4, "7.00", "7.00", "full"],
      ["Series C", 3, "4.50", "4.50", "full"],
      ["Series B", 2, "4.50", "4.50", "full"],
      // 2(a) last sentence: the rest goes to D, C, B and Common; A does not share it.
      ["Series A", 1, "2.00", "2.00", "none"],
      ["Common", 0, "0.00", "1.00", "full"],
    ]);
  });

  it("designates exactly the authorized Preferred: 150,000 + 1,328,930 + 7,500,000 + 3,142,858 = 12,121,788", () => {
    const preferred = sum(t.classes.filter((c) => c.kind === "preferred").map((c) => c.shares));
    expect(preferred.toFixed()).toBe("12121788");
    expect(getPreset("maginet").authorized[0].preferred).toBe("12121788");
  });

  it("orders dividends D, then C, then A and B ratably (1(a)-(c)), non-cumulative", () => {
    const rows = ["Series D", "Series C", "Series B", "Series A"].map((n) => {
      const c = findClass(t, n);
      return [n, c.dividendRate.toFixed(2), c.dividendPriority, c.dividendAccrual];
    });
    expect(rows).toEqual([
      ["Series D", "0.56", 3, "declared"],
      ["Series C", "0.36", 2, "declared"],
      ["Series B", "0.36", 1, "declared"],
      ["Series A", "0.16", 1, "declared"],
    ]);
  });

  it("uses a narrow base for Series B only, and no adjustment under one cent (3(f)(i)(A)-(B))", () => {
    expect(["Series A", "Series B", "Series C", "Series D"].map((n) => [n, findClass(t, n).antiDilution, findClass(t, n).adjustmentRounding])).toEqual([
      ["Series A", "broad", "carry-forward"],
      ["Series B", "narrow", "carry-forward"],
      ["Series C", "broad", "carry-forward"],
      ["Series D", "broad", "carry-forward"],
    ]);
    expect(findClass(t, "Series B").clauses["Anti-Dilution"]).toBe("FOURTH 3(f)(i)(A)(2)");
  });

  it("converts A, B, C at net proceeds >= $10,000,000 and D at >= $25,000,000 and >= 120% of its price (3(a)(v))", () => {
    for (const n of ["Series A", "Series B", "Series C"]) {
      expect([n, findClass(t, n).autoConvertProceeds, findClass(t, n).autoConvertPrice]).toEqual([
        n,
        { op: ">=", value: d("10000000"), ofConversionPrice: false },
        null,
      ]);
    }
    const sd = findClass(t, "Series D");
    expect(sd.autoConvertProceeds).toEqual({ op: ">=", value: d("25000000"), ofConversionPrice: false });
    // 120% x $7.00 = $8.40 a share at the initial price
    expect(sd.autoConvertPrice).toEqual({ op: ">=", value: d("1.2"), ofConversionPrice: true });
  });

  it("gives Series D the 3(f)(iv) reset in the IPO rule syntax, word for word", () => {
    const sd = findClass(t, "Series D");
    expect(sd.ipoReset).toBe(
      "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C",
    );
    const rule = parseIpoReset(sd.ipoReset!, sd.name);
    expect(rule.form === "offering" && rule.floorClass).toBe("Series C");
  });

  it("rounds votes to the nearest (4(a)) and fractions down with cash (3(l))", () => {
    for (const c of t.classes.filter((k) => k.kind === "preferred")) {
      expect([c.name, c.voteRounding, c.conversionRounding, c.shortfallBasis]).toEqual([c.name, "nearest", "down", "preference"]);
    }
  });
});

describe("getPreset and presetTable", () => {
  it("finds a preset by id or name, in any case", () => {
    expect(getPreset("MagiNet").id).toBe("maginet");
    expect(getPreset("MAGINET CORPORATION").id).toBe("maginet");
    expect(getPreset("JT Storage, Inc.").id).toBe("jt-storage");
    expect(getPreset("jts corporation").id).toBe("jt-storage");
    expect(getPreset("Juniper Networks").id).toBe("juniper");
    expect(getPreset(" juniper ").id).toBe("juniper");
  });

  it("gives not-found listing the ids", () => {
    const e = thrown(() => getPreset("acme"));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe(
      'argument preset, value "acme": no such preset; the presets are jt-storage (JT Storage, Inc.), juniper (Juniper Networks, Inc.), maginet (MagiNet Corporation)',
    );
    expect(thrown(() => getPreset("", "terms")).message).toBe(
      'argument terms, value "": no such preset; the presets are jt-storage (JT Storage, Inc.), juniper (Juniper Networks, Inc.), maginet (MagiNet Corporation)',
    );
  });

  it("hands out a copy of the table: editing it leaves the preset as it is", () => {
    const copy = presetTable("Juniper");
    copy.rows[0][2] = 1;
    copy.header.push("Note 2");
    expect(getPreset("juniper").table.rows[0][2]).toBe(1743751);
    expect(getPreset("juniper").table.header).not.toContain("Note 2");
  });
});
