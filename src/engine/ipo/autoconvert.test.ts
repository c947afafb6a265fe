import { Decimal } from "../decimal";
import { autoConverts } from "./autoconvert";
import { presetTerms } from "../../../test/fixtures/charters";
import { shareClass, charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string) => new Decimal(x);

describe("autoConverts: JT Storage Art. IV(B)4(b)(i): at least $5.00 a share and net proceeds of at least $10,000,000", () => {
  const terms = presetTerms("jt-storage");
  const at = (price: string, proceeds: string) => autoConverts(terms, "Series A", d(price), d(proceeds));

  it("price just below, at and just above $5.00 (proceeds $10,000,000)", () => {
    expect(at("4.99", "10000000").converts).toBe(false);
    expect(at("5.00", "10000000").converts).toBe(true);
    expect(at("5.01", "10000000").converts).toBe(true);
  });

  it("proceeds just below, at and just above $10,000,000 (price $5.00)", () => {
    expect(at("5.00", "9999999.99").converts).toBe(false);
    expect(at("5.00", "10000000").converts).toBe(true);
    expect(at("5.00", "10000000.01").converts).toBe(true);
  });

  it("says which test failed, with the clause", () => {
    const r = at("4.99", "10000000");
    expect(r.reasons).toEqual([
      { test: "price", met: false, text: "the IPO price per share $4.99 is not at least $5.00: not met", clause: "Art. IV(B)4(b)(i)" },
      { test: "proceeds", met: true, text: "the offering proceeds $10,000,000 is at least $10,000,000: met", clause: "Art. IV(B)4(b)(i)" },
    ]);
  });
});

describe("autoConverts: MagiNet 3(a)(v)", () => {
  const terms = presetTerms("maginet");

  it("Series A, B and C: net proceeds of at least $10,000,000, at any price", () => {
    for (const name of ["Series A", "Series B", "Series C"]) {
      expect(autoConverts(terms, name, d("1.00"), d("9999999.99")).converts).toBe(false);
      expect(autoConverts(terms, name, d("1.00"), d("10000000")).converts).toBe(true);
      expect(autoConverts(terms, name, d("1.00"), d("10000000.01")).converts).toBe(true);
    }
  });

  it("Series D: $25,000,000 and a gross price of at least 120% x $7.00 = $8.40", () => {
    const at = (price: string, proceeds: string) => autoConverts(terms, "Series D", d(price), d(proceeds));
    expect(at("8.39", "25000000").converts).toBe(false);
    expect(at("8.40", "25000000").converts).toBe(true);
    expect(at("8.41", "25000000").converts).toBe(true);
    expect(at("8.40", "24999999.99").converts).toBe(false);
    expect(at("8.40", "25000000.01").converts).toBe(true);
    const r = at("8.40", "25000000");
    expect(r.reasons.find((x) => x.test === "price")?.text).toBe("the IPO price per share $8.40 is at least 1.2 x the conversion price $7.00 = $8.40: met");
  });

  it("Series D with a date: the reset price is the one then in effect (3(f)(iv)(A))", () => {
    // 1999-09-16: (B) 0.89 x $7.00 = $6.23; 120% x $6.23 = $7.476; $8.00 >= $7.476: converts.
    const after = autoConverts(terms, "Series D", d("8.00"), d("25000000"), { closing: "1999-09-16" });
    expect(after.conversionPrice.eq(d("6.23"))).toBe(true);
    expect(after.converts).toBe(true);
    expect(after.reasons[0]).toEqual({
      test: "reset",
      met: true,
      text: "the IPO reset for the closing on 1999-09-16 makes the conversion price then in effect $6.23",
      clause: "FOURTH 3(f)(ii), 3(f)(iv)",
    });
    // 1997-09-15: (B) 100%: $7.00 stays; 120% x $7.00 = $8.40; $8.00 is below: no conversion.
    expect(autoConverts(terms, "Series D", d("8.00"), d("25000000"), { closing: "1997-09-15" }).converts).toBe(false);
    // No date: measured against $7.00 as it stands: $8.00 < $8.40.
    const none = autoConverts(terms, "Series D", d("8.00"), d("25000000"));
    expect(none.converts).toBe(false);
    expect(none.reasons[0].text).toBe("no closing date given: the IPO reset is not applied; the test uses the conversion price $7.00");
  });
});

describe("autoConverts: Juniper 6(a)(ii), each series against its own multiple; proceeds must exceed $10,000,000", () => {
  // The D1 Original Issue Date 2000-01-01 is this test's input (the preset's is 1999-01-01).
  const terms = presetTerms("juniper", { "Series D1": { issueDate: "2000-01-01" } });
  const at = (name: string, price: string, proceeds = "10000000.01") => autoConverts(terms, name, d(price), d(proceeds));

  it("Series A: 3 x $0.44 = $1.32", () => {
    expect(at("Series A", "1.31").converts).toBe(false);
    expect(at("Series A", "1.32").converts).toBe(true);
    expect(at("Series A", "1.33").converts).toBe(true);
  });

  it("Series B: 3 x $1.07 = $3.21", () => {
    expect(at("Series B", "3.20").converts).toBe(false);
    expect(at("Series B", "3.21").converts).toBe(true);
    expect(at("Series B", "3.22").converts).toBe(true);
  });

  it("Series C: 1.5 x $3.97 = $5.955", () => {
    expect(at("Series C", "5.95").converts).toBe(false);
    expect(at("Series C", "5.955").converts).toBe(true);
    expect(at("Series C", "5.96").converts).toBe(true);
  });

  it("Series D and D1: 1 x $11.03 = $11.03", () => {
    for (const name of ["Series D", "Series D1"]) {
      expect(at(name, "11.02").converts).toBe(false);
      expect(at(name, "11.03").converts).toBe(true);
      expect(at(name, "11.04").converts).toBe(true);
    }
  });

  it("$10,000,000 exactly does not exceed $10,000,000; a cent more does", () => {
    const r = at("Series A", "1.32", "10000000");
    expect(r.converts).toBe(false);
    expect(r.reasons[1].text).toBe("the offering proceeds $10,000,000 is not more than $10,000,000: not met");
    expect(at("Series A", "1.32", "10000000.01").converts).toBe(true);
  });

  it("Series D1 with a filing date: the 6(c) reset price is the one then in effect", () => {
    // Filing 2000-03-01, 60 days after 2000-01-01: 85% x $10.00 = $8.50; 1 x $8.50; $10.00 >= $8.50.
    const r = autoConverts(terms, "Series D1", d("10.00"), d("20000000"), { filing: "2000-03-01" });
    expect(r.conversionPrice.eq(d("8.50"))).toBe(true);
    expect(r.converts).toBe(true);
    // Without the date: $10.00 < $11.03.
    expect(autoConverts(terms, "Series D1", d("10.00"), d("20000000")).converts).toBe(false);
  });
});

describe("autoConverts: classes without thresholds and bad input", () => {
  it("a preferred class with no thresholds does not convert automatically, and says so", () => {
    const terms = charterTerms(shareClass({ name: "Common" }), shareClass({ name: "Series A", conversionPrice: d("1") }));
    const r = autoConverts(terms, "Series A", d("100"), d("1000000000"));
    expect(r.converts).toBe(false);
    expect(r.reasons).toEqual([
      {
        test: "none",
        met: false,
        text: "Series A has no Auto Convert Price or Auto Convert Proceeds threshold: it does not convert automatically on an IPO",
        clause: "Auto Convert Price",
      },
    ]);
  });

  it("rejects Common, an unknown class, a non-positive price, negative proceeds and a bad date", () => {
    const terms = presetTerms("jt-storage");
    expect(thrown(() => autoConverts(terms, "Common", d("5"), d("1"))).message).toBe(
      'argument className, class Common, value "Common": is common, not preferred: only preferred stock converts automatically',
    );
    const unknown = thrown(() => autoConverts(terms, "Series B", d("5"), d("1")));
    expect(unknown.kind).toBe("not-found");
    expect(unknown.message).toBe('argument className, value "Series B": no such class in the terms; the classes are Series A, Common');
    expect(thrown(() => autoConverts(terms, "Series A", d("-5"), d("1"))).message).toBe(
      'argument ipoPrice, class Series A, value "-5": the IPO price per share must be a number above zero',
    );
    expect(thrown(() => autoConverts(terms, "Series A", d("5"), d("-1"))).message).toBe(
      'argument proceeds, class Series A, value "-1": the offering proceeds must be a number, zero or more',
    );
    expect(thrown(() => autoConverts(presetTerms("maginet"), "Series D", d("8"), d("1"), { closing: "1999-13-01" })).message).toBe(
      'argument closingDate, class Series D, value "1999-13-01": is not a date; write it as YYYY-MM-DD',
    );
  });
});
