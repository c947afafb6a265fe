// Deemed liquidations and the value of securities received, on the presets as they ship. Each expected
// verdict is read from the clause's words; each average is worked by hand below.
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { addDays } from "../engine/dates";
import { parseTerms } from "../engine/terms/parse";
import { deemedLiquidation, securityValue, type PricePoint, type Transaction } from "../engine/deemed-liquidation";
import { ChartError } from "../engine/errors";

const d = (x: string) => new Decimal(x);
const jt = parseTerms(presetTable("jt-storage"));
const juniper = parseTerms(presetTable("juniper"));
const maginet = parseTerms(presetTable("maginet"));
type Terms = typeof jt;

const liq = (terms: Terms, owned: string, kind: Transaction = "merger", elected = false) => deemedLiquidation(terms, d(owned), kind, elected).liquidation;

describe("JT Storage Art. IV(B)2(c)(i): on the election of a majority of Series A, when the stockholders before own less than 50% after", () => {
  it("at exactly 50% it is not a liquidation ('less than fifty percent'); just under 50% it is", () => {
    expect(liq(jt, "0.5", "merger", true)).toBe(false);
    expect(liq(jt, "0.4999", "merger", true)).toBe(true);
    expect(liq(jt, "0.5001", "merger", true)).toBe(false);
  });

  it("needs the election: without it nothing is a liquidation, with the reason citing the clause", () => {
    const r = deemedLiquidation(jt, d("0.1"), "asset-sale", false);
    expect(r.liquidation).toBe(false);
    expect(r.reasons.at(-1)).toEqual({
      clause: "Art. IV(B)2(c)(i)",
      text: "only upon the election of the holders of a majority of Series A, and elected is FALSE",
    });
  });

  it("every transaction the clause lists takes the same test: sale of assets, exchange, acquisition by reorganization", () => {
    for (const kind of ["asset-sale", "exchange", "reorganization", "subsidiary-merger", "ipo-precursor"] as const) {
      expect(liq(jt, "0.49", kind, true)).toBe(true);
      expect(liq(jt, "0.50", kind, true)).toBe(false);
    }
  });
});

describe("Juniper FOURTH 4(d)-(d)(i): a merger or sale of substantially all assets, unless the holders before hold more than 50% of the survivor or purchaser", () => {
  it("at exactly 50% it is a liquidation (50% is not 'more than 50%'); just over 50% it is not", () => {
    expect(liq(juniper, "0.5")).toBe(true);
    expect(liq(juniper, "0.5001")).toBe(false);
    expect(liq(juniper, "0.4999")).toBe(true);
    expect(liq(juniper, "0.5", "asset-sale")).toBe(true);
    expect(liq(juniper, "0.5001", "asset-sale")).toBe(false);
  });

  it("no election is needed, and the reasons cite 4(d)(i)", () => {
    const r = deemedLiquidation(juniper, d("0.5"), "merger", false);
    expect(r.liquidation).toBe(true);
    expect(r.reasons).toEqual([
      {
        clause: "FOURTH 4(d), 4(d)(i)",
        text: "a consolidation or merger with or into another entity: the holders before hold 50% after, 50% or less (not more than 50%) as the test requires",
      },
    ]);
  });

  it("a share exchange or a recapitalization is not among the transactions 4(d) names", () => {
    const r = deemedLiquidation(juniper, d("0.1"), "exchange", true);
    expect(r.liquidation).toBe(false);
    expect(r.reasons[0].text).toMatch(/names merger, asset-sale as a liquidation/);
    expect(liq(juniper, "0.1", "reorganization")).toBe(false);
  });
});

describe("MagiNet FOURTH 2(c): acquisitions by merger, sales of substantially all assets, exchanges and reorganizations of more than 50%", () => {
  it("an exchange of exactly 50% of the stock (the holders keep 50%) is not 'more than fifty percent'; 50.01% is", () => {
    expect(liq(maginet, "0.5", "exchange")).toBe(false);
    expect(liq(maginet, "0.4999", "exchange")).toBe(true);
    expect(liq(maginet, "0.5", "reorganization")).toBe(false);
    expect(liq(maginet, "0.4999", "reorganization")).toBe(true);
  });

  it("a merger with another entity and a sale of substantially all assets have no ownership test", () => {
    expect(liq(maginet, "0.9", "merger")).toBe(true);
    expect(liq(maginet, "1", "asset-sale")).toBe(true);
    const r = deemedLiquidation(maginet, d("0.9"), "merger", false);
    expect(r.reasons[0].clause).toBe("FOURTH 2(c)(i), (iii)");
  });

  it("not a merger with a wholly-owned subsidiary, nor a transaction as a precursor to the IPO", () => {
    const r = deemedLiquidation(maginet, d("0"), "ipo-precursor", false);
    expect(r).toEqual({
      liquidation: false,
      reasons: [{ clause: "FOURTH 2(c)(i)", text: "a merger as a precursor to the initial public offering is excepted: it is not a liquidation" }],
    });
    expect(liq(maginet, "0", "subsidiary-merger")).toBe(false);
  });
});

describe("ownershipAfter is a fraction", () => {
  it("50 (meaning 50%) is refused with a message naming the argument", () => {
    expect(() => deemedLiquidation(juniper, d("50"), "merger", false)).toThrow('argument ownershipAfter, value "50": is a fraction from 0 to 1 (50% is 0.5)');
  });
});

/** Prices for trading days (weekends and 2000-02-21, Presidents' Day, have no row), in a shuffled order. */
function prices(special: Record<string, string>, from: string, to: string, usual = "10.00"): PricePoint[] {
  const out: PricePoint[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || day === "2000-02-21") continue;
    out.push({ date: day, price: d(special[day] ?? usual) });
  }
  return out.reverse();
}

describe("the value of a security received: the average closing price over the thirty days ending three days before the closing (Juniper 4(d)(ii)(A), MagiNet 2(d)(i))", () => {
  it("closing Wed 2000-03-15: the period is Sat 2000-02-12 to Sun 2000-03-12, across the month end and weekends", () => {
    // Three days before the closing: 2000-03-12. Thirty days ending then: 2000-02-12 .. 2000-03-12
    // (Feb 12..29 is 18 days in the leap year, Mar 1..12 is 12: 30). Its trading days: Feb 14-18 (5),
    // 22-25 (4; the 21st a holiday), 28-29 (2), Mar 1-3 (3), 6-10 (5) = 19. Prices: Feb 14 12.00, Mar 10
    // 14.00, the other 17 days 10.00; outside, Feb 11 and Mar 13-14 at 100.00 (left out).
    const ps = prices(
      { "2000-02-11": "100.00", "2000-02-14": "12.00", "2000-03-10": "14.00", "2000-03-13": "100.00", "2000-03-14": "100.00" },
      "2000-02-07",
      "2000-03-14",
    );
    for (const terms of [juniper, maginet]) {
      const r = securityValue(terms, ps, "2000-03-15", "exchange", d("0"));
      expect([r.from, r.to, r.used.length]).toEqual(["2000-02-12", "2000-03-12", 19]);
      // (12.00 + 14.00 + 17 x 10.00) / 19 = 196 / 19 = 10.315789473684...
      expect(r.value.equals(d("196").div(19))).toBe(true);
      expect(r.value.toFixed(12)).toBe("10.315789473684");
    }
  });

  it("closing Fri 2000-03-03: the period Mon 2000-01-31 to Tue 2000-02-29 holds both its end days (January's last, the leap day)", () => {
    // Three days before: 2000-02-29; thirty days ending then: 2000-01-31 .. 2000-02-29 (1 + 29 = 30).
    // Trading days: Jan 31, Feb 1-4 (4), 7-11 (5), 14-18 (5), 22-25 (4), 28-29 (2) = 21. Prices: Jan 31
    // 11.00, Feb 29 13.00, the other 19 days 10.00; Jan 28 and Mar 1-2 (outside) at 100.00.
    const ps = prices(
      { "2000-01-28": "100.00", "2000-01-31": "11.00", "2000-02-29": "13.00", "2000-03-01": "100.00", "2000-03-02": "100.00" },
      "2000-01-24",
      "2000-03-02",
    );
    const r = securityValue(juniper, ps, "2000-03-03", "exchange", d("0"));
    expect([r.from, r.to, r.used.length]).toEqual(["2000-01-31", "2000-02-29", 21]);
    // (11.00 + 13.00 + 19 x 10.00) / 21 = 214 / 21 = 10.190476190476...
    expect(r.value.equals(d("214").div(21))).toBe(true);
  });

  it("a restricted security: a discount from the market value (Juniper 4(d)(ii)(B)); OTC: the same average of bid prices (MagiNet 2(d)(i)(B))", () => {
    const ps: PricePoint[] = [
      { date: "2000-03-01", price: d("8.00") },
      { date: "2000-03-02", price: d("9.00") },
    ];
    // (8.00 + 9.00) / 2 = 8.50; less 20%: 8.50 x 0.80 = 6.80.
    const r = securityValue(juniper, ps, "2000-03-15", "exchange", d("0.2"));
    expect(r.value.toFixed()).toBe("6.8");
    expect(r.reasons.at(-1)!.clause).toBe("FOURTH 4(d)(ii)(B)");
    const otc = securityValue(maginet, ps, "2000-03-15", "otc", d("0"));
    expect(otc.value.toFixed()).toBe("8.5");
    expect(otc.reasons[0]).toEqual({
      clause: "FOURTH 2(d)(i)(B)",
      text: "the average of the closing bid prices over the counter over the 30 days 2000-02-12 to 2000-03-12 (ending 3 days before the closing on 2000-03-15)",
    });
  });

  it("an empty period is an error naming its dates; JT Storage has no market formula (2(c)(ii): the Board's value)", () => {
    const ps: PricePoint[] = [{ date: "2000-03-13", price: d("8.00") }];
    expect(() => securityValue(juniper, ps, "2000-03-15", "exchange", d("0"))).toThrow(
      "argument prices: has no price in the 30-day period 2000-02-12 to 2000-03-12 (ending 3 days before the closing on 2000-03-15); give the closing prices of the trading days in it",
    );
    expect(() => securityValue(jt, ps, "2000-03-15", "exchange", d("0"))).toThrow(ChartError);
    expect(() => securityValue(jt, ps, "2000-03-15", "exchange", d("0"))).toThrow(
      /Art\. IV\(B\)2\(c\)\(ii\): the Board of Directors values non-cash assets in good faith/,
    );
  });

  it("two prices for one day are refused, naming the rows", () => {
    const ps: PricePoint[] = [
      { date: "2000-03-01", price: d("8.00"), row: 1 },
      { date: "2000-03-01", price: d("9.00"), row: 4 },
    ];
    expect(() => securityValue(juniper, ps, "2000-03-15", "exchange", d("0"))).toThrow(
      'argument prices, column Date, value "2000-03-01": appears twice (rows 1 and 4); give one closing price per trading day',
    );
  });
});
