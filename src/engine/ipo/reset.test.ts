import { Decimal } from "../decimal";
import { ipoReset } from "./reset";
import { presetTerms } from "../../../test/fixtures/charters";
import { shareClass, charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string) => new Decimal(x);

describe("ipoReset: Juniper 6(c), Series D1 (Original Issue Date 2000-01-01, an input)", () => {
  // The preset with the D1 Original Issue Date as this test's input (the preset's is 1999-01-01).
  const terms = presetTerms("juniper", { "Series D1": { issueDate: "2000-01-01" } });
  // Window ends from 2000-01-01: 180 days -> 2000-06-29 (Jan 30 + Feb 29 (leap) + Mar 31 + Apr 30 + May 31
  // = 151 days to May 31, + 29 = 180 on June 29); one year -> 2001-01-01; 15 months -> 2001-04-01.
  const at = (date: string, price = "12.00") => ipoReset(terms, "Series D1", d(price), date);

  it("day 0 (filed on the Original Issue Date) is within 180 days: 85% x $12.00 = $10.20", () => {
    const r = at("2000-01-01");
    expect(r.price.toString()).toBe("10.2");
    expect(r.applied).toBe(true);
    expect(r.clause).toBe("FOURTH 6(c)");
  });

  it("day 180 (2000-06-29) counts as within 180 days: 85% x $12.00 = $10.20", () => {
    const r = at("2000-06-29");
    expect(r.price.eq(d("10.20"))).toBe(true);
    expect(r.steps[0].text).toBe("Original Issue Date 2000-01-01 to the filing on 2000-06-29: 180 days");
    expect(r.steps[1].text).toContain("within 180 days (on or before 2000-06-29): 85% x the IPO price $12.00 = $10.20");
    expect(r.steps.every((s) => s.clause === "FOURTH 6(c)")).toBe(true);
  });

  it("day 181 (2000-06-30) is in the second window: 75% x $12.00 = $9.00", () => {
    const r = at("2000-06-30");
    expect(r.price.eq(d("9.00"))).toBe(true);
    expect(r.steps[1].text).toContain("after 180 days and up to 1 year (2000-06-30 to 2001-01-01)");
  });

  it("exactly one year (2001-01-01) counts in the earlier window: 75% x $12.00 = $9.00", () => {
    expect(at("2001-01-01").price.eq(d("9.00"))).toBe(true);
  });

  it("the day after one year (2001-01-02) is in the third window: 65% x $12.00 = $7.80", () => {
    expect(at("2001-01-02").price.eq(d("7.80"))).toBe(true);
  });

  it("exactly 15 months (2001-04-01) counts in the earlier window: 65% x $12.00 = $7.80", () => {
    const r = at("2001-04-01");
    expect(r.price.eq(d("7.80"))).toBe(true);
    expect(r.applied).toBe(true);
  });

  it("after 15 months (2001-04-02): no adjustment, the price stays $11.03", () => {
    const r = at("2001-04-02");
    expect(r.price.eq(d("11.03"))).toBe(true);
    expect(r.applied).toBe(false);
    expect(r.steps[1].text).toBe("filed after 15 months (after 2001-04-01): no adjustment; the conversion price stays $11.03");
  });

  it('"modified to equal" may raise the price: 85% x $15.00 = $12.75, above $11.03', () => {
    expect(at("2000-03-01", "15.00").price.eq(d("12.75"))).toBe(true);
  });

  it("keeps the exact product, unrounded: 85% x $12.33 = $10.4805", () => {
    // 12.33 x 0.85 = 10.4805 (6(c) states no rounding; 6(d)(iv)'s nearest cent is for its own formula)
    expect(at("2000-03-01", "12.33").price.toString()).toBe("10.4805");
  });

  it("the issueDate argument wins over the Issue Date column", () => {
    // From 2000-03-01 to 2000-08-28: Mar 30 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 28 = 180 days: 85%
    // x $12.00 = $10.20. Counted from the column's 2000-01-01 it would be day 240: 75% = $9.00.
    expect(ipoReset(terms, "Series D1", d("12.00"), "2000-08-28", "2000-03-01").price.eq(d("10.20"))).toBe(true);
    expect(ipoReset(terms, "Series D1", d("12.00"), "2000-08-28", null).price.eq(d("9.00"))).toBe(true);
  });

  it("a filing before the Original Issue Date is an error naming the argument, class and value", () => {
    const e = thrown(() => at("1999-12-31"));
    expect(e.kind).toBe("value");
    expect(e.message).toBe('argument date, class Series D1, value "1999-12-31": the filing date is before the Original Issue Date 2000-01-01');
  });

  it("no Issue Date in the column nor the argument is an error naming the column", () => {
    const e = thrown(() => ipoReset(presetTerms("juniper", { "Series D1": { issueDate: null } }), "Series D1", d("12.00"), "2000-06-29"));
    expect(e.message).toBe(
      "class Series D1, column Issue Date: the IPO reset windows run from the Original Issue Date; give the class an Issue Date or pass issueDate",
    );
  });

  it("a class without an IPO Reset rule keeps its price", () => {
    const r = ipoReset(terms, "series a", d("12.00"), "2000-06-29");
    expect(r.price.eq(d("0.44"))).toBe(true);
    expect(r.applied).toBe(false);
    expect(r.steps[0].text).toBe("Series A has no IPO Reset rule: the conversion price stays $0.44");
  });

  it("rejects an unknown class, a non-positive IPO price, a bad date and an unparseable rule", () => {
    const unknown = thrown(() => ipoReset(terms, "Series E", d("12"), "2000-06-29"));
    expect(unknown.kind).toBe("not-found");
    expect(unknown.message).toBe(
      'argument className, value "Series E": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Series D1, Common',
    );
    expect(thrown(() => ipoReset(terms, "Series D1", d("0"), "2000-06-29")).message).toBe(
      'argument ipoPrice, class Series D1, value "0": the IPO price per share must be a number above zero',
    );
    expect(thrown(() => ipoReset(terms, "Series D1", d("12"), "2000-02-30")).message).toBe(
      'argument date, class Series D1, value "2000-02-30": is not a date; write it as YYYY-MM-DD',
    );
    const bad = presetTerms("juniper", { "Series D1": { issueDate: "2000-01-01", ipoReset: "filing 180 days 85%" } });
    expect(thrown(() => ipoReset(bad, "Series D1", d("12"), "2000-06-29")).message).toBe(
      'class Series D1, column IPO Reset, value "filing 180 days 85%": "180 days 85%" is not a filing window; each is a period and a percent of the IPO price, e.g. "180d 85%" (d days, m months, y years)',
    );
  });
});

describe("ipoReset: MagiNet 3(f)(iv), Series D (CP $7.00, Series C CP $4.50, Effective Date 1995-12-29)", () => {
  const terms = presetTerms("maginet");
  const at = (price: string, date: string, t = terms) => ipoReset(t, "Series D", d(price), date);

  describe("(B) date brackets, with an IPO price of $8.00 so (A) does not apply", () => {
    it("on or before 1997-09-15: the conversion price itself, $7.00, no adjustment", () => {
      const r = at("8.00", "1997-09-15");
      expect(r.price.eq(d("7.00"))).toBe(true);
      expect(r.applied).toBe(false);
      expect(r.steps[0]).toEqual({ text: "(A) does not apply: the IPO price $8.00 is not below $7.00", clause: "FOURTH 3(f)(ii), 3(f)(iv)(A)" });
      expect(r.steps[1]).toEqual({
        text: "(B) the offering on 1997-09-15 is on or before 1997-09-15: 100% x the conversion price $7.00 = $7.00",
        clause: "FOURTH 3(f)(ii), 3(f)(iv)(B)",
      });
    });

    it("1997-09-16: 0.96 x $7.00 = $6.72", () => {
      const r = at("8.00", "1997-09-16");
      expect(r.price.eq(d("6.72"))).toBe(true);
      expect(r.applied).toBe(true);
      expect(r.steps[1].text).toContain("after 1997-09-15 and no later than 1998-09-15: 96% x the conversion price $7.00 = $6.72");
      expect(r.steps[r.steps.length - 1].text).toBe("the conversion price $7.00 becomes $6.72");
    });

    it("1998-09-15: still 0.96 x $7.00 = $6.72; 1998-09-16: 0.93 x $7.00 = $6.51", () => {
      expect(at("8.00", "1998-09-15").price.eq(d("6.72"))).toBe(true);
      expect(at("8.00", "1998-09-16").price.eq(d("6.51"))).toBe(true);
    });

    it("1999-09-15: still 0.93 x $7.00 = $6.51; 1999-09-16: 0.89 x $7.00 = $6.23", () => {
      expect(at("8.00", "1999-09-15").price.eq(d("6.51"))).toBe(true);
      const r = at("8.00", "1999-09-16");
      expect(r.price.eq(d("6.23"))).toBe(true);
      expect(r.steps[1].text).toContain("is after 1999-09-15: 89%");
    });
  });

  describe("(A) below $7.00", () => {
    it("at exactly $7.00 (A) does not apply: (B) on 1997-06-01 keeps $7.00", () => {
      expect(at("7.00", "1997-06-01").price.eq(d("7.00"))).toBe(true);
    });

    it("at $6.99 on 1997-06-01: 1 full year, factor 0.90, $6.99 x 0.90 = $6.291, lower than (B) $7.00", () => {
      // 1995-12-29 to 1997-06-01: the anniversary 1996-12-29 has passed, 1997-12-29 has not: 1 full year.
      const r = at("6.99", "1997-06-01");
      expect(r.price.toString()).toBe("6.291");
      expect(r.steps[0].text).toBe(
        "(A) the IPO price $6.99 is below $7.00; the lower of the IPO price $6.99 and the conversion price $7.00 is $6.99; " +
          "1 full year from 1995-12-29 to 1997-06-01: factor 0.95 - 0.05 x 1 = 0.9; $6.99 x 0.9 = $6.291",
      );
      expect(r.steps[2].text).toBe("the lower of (A) and (B) is $6.291");
    });

    it("counts full years by anniversary: $6.00 on 1996-12-28 is 0 years ($5.70), on 1996-12-29 1 year ($5.40)", () => {
      // 6.00 x 0.95 = 5.70; 6.00 x (0.95 - 0.05) = 6.00 x 0.90 = 5.40; (B) is 100% x $7.00 = $7.00 both days
      expect(at("6.00", "1996-12-28").price.eq(d("5.70"))).toBe(true);
      expect(at("6.00", "1996-12-29").price.eq(d("5.40"))).toBe(true);
    });

    it("takes the lower of the IPO price and the conversion price in effect: CP $6.00, IPO $6.50, 1997-01-15", () => {
      // 1 full year: factor 0.90; lower of $6.50 and $6.00 is $6.00; (A) 6.00 x 0.90 = 5.40; (B) 100% x 6.00 = 6.00
      const t = presetTerms("maginet", { "Series D": { conversionPrice: d("6.00") } });
      expect(at("6.50", "1997-01-15", t).price.eq(d("5.40"))).toBe(true);
    });

    it("(A) is lower than (B): $6.95 on 1999-09-16 gives (A) $5.56 against (B) $6.23", () => {
      // 1995-12-29 to 1999-09-16: 3 full years (1998-12-29 passed): factor 0.95 - 0.15 = 0.80;
      // (A) 6.95 x 0.80 = 5.56; (B) 0.89 x 7.00 = 6.23; lower 5.56, above the floor 4.50
      expect(at("6.95", "1999-09-16").price.eq(d("5.56"))).toBe(true);
      // $6.99 on 1996-06-01: 0 full years, (A) 6.99 x 0.95 = 6.6405; (B) 100% x 7.00 = 7.00: (A) is lower
      expect(at("6.99", "1996-06-01").price.toString()).toBe("6.6405");
    });
  });

  describe("the Series C floor", () => {
    it("$5.00 on 1999-01-01: (A) $5.00 x 0.80 = $4.00 is below the Series C price, so $4.50", () => {
      // 3 full years (1998-12-29 passed): factor 0.80; (A) 4.00; (B) 0.93 x 7.00 = 6.51; lower 4.00 < 4.50
      const r = at("5.00", "1999-01-01");
      expect(r.price.eq(d("4.50"))).toBe(true);
      expect(r.applied).toBe(true);
      expect(r.steps).toContainEqual({
        text: "never below the Series C conversion price $4.50: $4.00 is below it, so the price is $4.50",
        clause: "FOURTH 3(f)(ii), 3(f)(iv) proviso",
      });
    });

    it("a result just above the floor stands: $5.70 on 1999-01-01 gives $5.70 x 0.80 = $4.56", () => {
      expect(at("5.70", "1999-01-01").price.eq(d("4.56"))).toBe(true);
    });

    it("after 19 full years the factor is 0: the floor governs ($5.00 on 2014-12-29 gives $4.50)", () => {
      // 0.95 - 0.05 x 19 = 0.00
      const r = at("5.00", "2014-12-29");
      expect(r.price.eq(d("4.50"))).toBe(true);
      expect(r.steps[0].text).toContain("factor 0.95 - 0.05 x 19 = 0, not above zero: (A) would take the price to zero or below, so the floor governs");
      // 18 full years the day before: factor 0.05, (A) 5.00 x 0.05 = 0.25, also below the floor
      expect(at("5.00", "2014-12-28").price.eq(d("4.50"))).toBe(true);
    });

    it("a factor of zero with no floor in the rule is an error", () => {
      const t = presetTerms("maginet", { "Series D": { ipoReset: "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29" } });
      const e = thrown(() => at("5.00", "2015-01-01", t));
      // 1995-12-29 to 2015-01-01: 19 full years (2014-12-29 passed); 0.95 - 0.05 x 19 = 0
      expect(e.message).toBe(
        'class Series D, column IPO Reset, value "0.95 - 0.05/year": after 19 full years the factor is 0, not above zero, and the rule names no floor class',
      );
    });

    it("a floor naming a class not in the terms is a not-found error naming class, column and value", () => {
      const t = presetTerms("maginet", { "Series D": { ipoReset: "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; floor Series Z" } });
      const e = thrown(() => at("5.00", "1999-01-01", t));
      expect(e.kind).toBe("not-found");
      expect(e.message).toBe(
        'class Series D, column IPO Reset, value "Series Z": the floor names a class that is not in the terms; the classes are Series A, Series B, Series C, Series D, Common',
      );
    });

    it("never raises the price: with D's price $4.00 below C's $4.50, (B) 100% keeps $4.00", () => {
      const t = presetTerms("maginet", { "Series D": { conversionPrice: d("4.00") } });
      const r = at("8.00", "1997-01-01", t);
      expect(r.price.eq(d("4.00"))).toBe(true);
      expect(r.applied).toBe(false);
    });

    it("3(f)(i)(B): a change under one cent is not made (CP $4.505, floor $4.50)", () => {
      // (B) 1998-01-01: 0.96 x 4.505 = 4.3248, below the floor: 4.50; change 4.505 - 4.50 = 0.005 < 0.01
      const t = presetTerms("maginet", { "Series D": { conversionPrice: d("4.505") } });
      const r = at("8.00", "1998-01-01", t);
      expect(r.price.eq(d("4.505"))).toBe(true);
      expect(r.applied).toBe(false);
      expect(r.steps).toContainEqual({
        text: "the change $0.005 is less than one cent per share: no adjustment is made",
        clause: "FOURTH 3(f)(i)(B)",
      });
    });
  });

  it("cites the class's clause for the rule, with (A)/(B) beneath it, and a fallback when none is given", () => {
    const bare = charterTerms(
      shareClass({ name: "Series C", conversionPrice: d("4.50") }),
      shareClass({ name: "Series D", conversionPrice: d("7.00"), ipoReset: "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29" }),
    );
    const r = ipoReset(bare, "Series D", d("8.00"), "1997-01-01");
    expect(r.clause).toBe("IPO Reset");
    expect(r.steps[0].clause).toBe("IPO Reset (A)");
  });
});
