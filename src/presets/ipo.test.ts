// The IPO rules on the charter presets as the product ships them (parseTerms(presetTable(id))).
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { autoConverts } from "../engine/ipo/autoconvert";
import { ipoReset } from "../engine/ipo/reset";

const d = (x: string) => new Decimal(x);
const juniper = parseTerms(presetTable("juniper"));
const maginet = parseTerms(presetTable("maginet"));
const jt = parseTerms(presetTable("jt-storage"));

describe("Juniper preset, Series D1 (Original Issue Date 1999-01-01, a preset input), IPO at $20.00", () => {
  // From 1999-01-01: day 180 is 1999-06-30 (Jan 30 + Feb 28 + Mar 31 + Apr 30 + May 31 = 150 to May 31,
  // + 30); one year is 2000-01-01; 15 months is 2000-04-01.
  const at = (date: string) => ipoReset(juniper, "Series D1", d("20.00"), date);

  it("85% to day 180, 75% from day 181 to one year, 65% to 15 months, then no change", () => {
    expect(at("1999-06-30").price.toString()).toBe("17"); // 0.85 x 20 = 17.00
    expect(at("1999-07-01").price.toString()).toBe("15"); // 0.75 x 20 = 15.00
    expect(at("2000-01-01").price.toString()).toBe("15");
    expect(at("2000-01-02").price.toString()).toBe("13"); // 0.65 x 20 = 13.00
    expect(at("2000-04-01").price.toString()).toBe("13");
    const after = at("2000-04-02");
    expect(after.price.toString()).toBe("11.03");
    expect(after.applied).toBe(false);
    expect(after.clause).toBe("FOURTH 6(c)");
  });

  it("automatic conversion: Series C at 1.5 x $3.97 = $5.955, proceeds above $10,000,000", () => {
    expect(autoConverts(juniper, "Series C", d("5.95"), d("20000000")).converts).toBe(false);
    expect(autoConverts(juniper, "Series C", d("5.955"), d("20000000")).converts).toBe(true);
    expect(autoConverts(juniper, "Series C", d("5.955"), d("10000000")).converts).toBe(false);
  });
});

describe("MagiNet preset, Series D", () => {
  it("$5.00 on 1999-01-01: (A) $5.00 x (0.95 - 0.05 x 3) = $4.00, below Series C's $4.50: $4.50", () => {
    const r = ipoReset(maginet, "Series D", d("5.00"), "1999-01-01");
    expect(r.price.toString()).toBe("4.5");
  });

  it("$8.00 on 1999-09-16: (B) 0.89 x $7.00 = $6.23; automatic conversion then needs 120% x $6.23 = $7.476", () => {
    expect(ipoReset(maginet, "Series D", d("8.00"), "1999-09-16").price.toString()).toBe("6.23");
    expect(autoConverts(maginet, "Series D", d("8.00"), d("25000000"), { closing: "1999-09-16" }).converts).toBe(true);
    expect(autoConverts(maginet, "Series D", d("8.00"), d("25000000")).converts).toBe(false); // 8.00 < 1.2 x 7.00 = 8.40
  });
});

describe("JT Storage preset", () => {
  it("automatic conversion at $5.00 and $10,000,000 net, not a cent less of either", () => {
    expect(autoConverts(jt, "Series A", d("5.00"), d("10000000")).converts).toBe(true);
    expect(autoConverts(jt, "Series A", d("4.99"), d("10000000")).converts).toBe(false);
    expect(autoConverts(jt, "Series A", d("5.00"), d("9999999.99")).converts).toBe(false);
  });

  it("has no IPO reset", () => {
    expect(ipoReset(jt, "Series A", d("6.00"), "1999-01-01").applied).toBe(false);
  });
});
