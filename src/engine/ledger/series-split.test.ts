// A split, combination or stock dividend of a series of Preferred (an events row whose Security names it):
// its Shares, the per-share amounts its terms' Series Split Adjusts lists, the ledger's rows, the
// certificate, and the errors. Numbers by hand; the charters' readings are in series-split.ts.
import { dec } from "../decimal";
import { thrown } from "../../../test/helpers/errors";
import { shareClass, type ClassSpec } from "../../../test/fixtures/classes";
import { expectDec } from "../../../test/helpers/expect-decimal";
import { termsAsOf } from "./as-of";
import { certificateText } from "./certificate";
import { eventsFromTable, type EventCell } from "./from-table";
import { conversionPriceHistory } from "./history";
import { historyTable } from "./table";
import type { LedgerEventInput } from "./events";

// A MagiNet-like Series A ($2.00, 1(c) $0.16) with every amount a table can hold, and a second series.
const specs: ClassSpec[] = [
  { name: "Common", shares: 5_000_000 },
  {
    name: "Series A",
    shares: 150_000,
    issuePrice: "2.00",
    participation: "capped",
    capMultiple: 3,
    dividendRate: "0.16",
    declaredUnpaid: "0.10",
    dividendsPaid: "0.04",
    redemptionPrice: "2.00",
    waiverPrice: "5.00",
    seriesSplitAdjusts: ["preference", "cap", "dividend-rate", "redemption-price"],
    clauses: { "Series Split Adjusts": "FOURTH 1(c), 2(a)", Splits: "FOURTH 3(c)" },
  },
  { name: "Series B", shares: 1_000_000, issuePrice: "4.50" },
  { name: "Class B Common", kind: "common", shares: 0 },
  { name: "Options", kind: "option", shares: 100_000 },
];
const terms = { classes: specs.map(shareClass) };
const table = (...rows: EventCell[][]) => eventsFromTable([["Date", "Event", "Security", "Ratio"], ...rows]);
const seriesA = (events: LedgerEventInput[]) => termsAsOf(terms, events, "2001-01-01").terms.classes.find((c) => c.name === "Series A")!;

describe("a split of a series: what follows it", () => {
  test("2-for-1: Shares x 2; listed amounts / 2; Declared Unpaid and Dividends Paid / 2; Issue Price, Conversion Price, Waiver Price kept", () => {
    const a = seriesA(table(["2000-01-01", "split", "Series A", 2]));
    expectDec(a.shares, 300_000); // 150,000 x 2
    expectDec(a.preferenceMultiple, "0.5"); // 1 x 1/2: $1.00 a share
    expectDec(a.capMultiple!, "1.5"); // 3 x 1/2: $3.00 a share
    expectDec(a.dividendRate, "0.08"); // 0.16 x 1/2
    expectDec(a.redemptionPrice!, 1); // 2.00 x 1/2
    expectDec(a.declaredUnpaid, "0.05"); // $15,000 owed in all: 0.10 x 150,000 = 0.05 x 300,000
    expectDec(a.dividendsPaid, "0.02"); // $6,000 paid in all
    expectDec(a.waiverPrice!, 5); // not listed: per share as stated
    expectDec(a.issuePrice, 2);
    expectDec(a.conversionPrice, 2);
  });

  test("a split and its reverse restore every amount exactly; 1-for-3 is exact as 1:3", () => {
    const a = seriesA(table(["2000-01-01", "split", "Series A", "3:1"], ["2000-06-01", "split", "Series A", "1:3"]));
    expectDec(a.shares, 150_000);
    expectDec(a.preferenceMultiple, 1);
    expectDec(a.dividendRate, "0.16");
    const c = seriesA(table(["2000-01-01", "split", "Series A", "1:3"]));
    expectDec(c.shares, 50_000); // 150,000 / 3
    expectDec(c.preferenceMultiple, 3); // $6.00 a share, $300,000 in all as before
  });

  test("a stock dividend of 1 for every 4 held: x 5/4", () => {
    const a = seriesA(table(["2000-01-01", "stock-dividend", "Series A", "1:4"]));
    expectDec(a.shares, 187_500); // 150,000 x 5 / 4
    expectDec(a.preferenceMultiple, "0.8"); // 1 x 4/5
    expectDec(a.dividendRate, "0.128"); // 0.16 x 4/5
  });

  test("nothing of Common moves: its count in the bases, options, the factor; the other series' price", () => {
    const h = conversionPriceHistory(terms, table(["2000-01-01", "split", "Series A", 2]));
    expectDec(h.commonFactor, 1);
    expectDec(h.position.common, 5_000_000);
    expectDec(h.position.options, 100_000);
    // As converted: A 300,000 x 2.00 / 2.00 + B 1,000,000 x 4.50 / 4.50 = 1,300,000 (1,150,000 before).
    expectDec(h.position.preferredAsConverted, 1_300_000);
    expectDec(h.final["Series B"], "4.5");
  });

  test("options expiring after a split of a series expire in their own count (not x 2)", () => {
    const h = conversionPriceHistory(terms, [
      { type: "option-grant", date: "1999-01-01", id: "W1", maxShares: 1_000, minExercisePrice: 10, expiryDate: "2000-06-01" },
      { type: "split", date: "2000-01-01", ratio: 2, security: "Series A" },
    ]);
    // 100,000 outstanding at the start + 1,000 granted - 1,000 expired = 100,000.
    expectDec(h.position.options, 100_000);
  });
});

describe("the ledger's rows and the certificate state the split of the series", () => {
  const h = conversionPriceHistory(terms, table(["2000-01-01", "split", "Series A", 2]));

  test("CPHISTORY: the series' row names its shares before and after; the price is unchanged", () => {
    const rows = historyTable(h);
    expect(rows.slice(1).map((r) => [r[1], r[2], String(r[3]), String(r[4]), r[5]])).toEqual([
      ["2-for-1 split of the Series A: Series A 150,000 -> 300,000 shares", "Series A", "2", "2", "FOURTH 1(c), 2(a)"],
      ["2-for-1 split of the Series A", "Series B", "4.5", "4.5", ""],
    ]);
  });

  test("the certificate: the facts and arithmetic, and the shares outstanding after", () => {
    const text = certificateText(h, "Example");
    expect(text).toContain(
      [
        "1. 2000-01-01, Series A: Adjustment for a split or combination of the Series A",
        "   Event: 2-for-1 split of the Series A: Series A 150,000 -> 300,000 shares",
        "   Basis: split of the Series A: the Conversion Price and the conversion amount per share ($2.00) are not adjusted, so each share converts as before; " +
          "per share x 1 / 2: preference, cap, dividend-rate, redemption-price; not adjusted (per share as stated): waiver price",
        "   Computation: Shares 150,000 x 2 / 1 = 300,000; Preference Multiple 1 x 1 / 2 = 0.5 ($1.00 a share); Cap Multiple 3 x 1 / 2 = 1.5; " +
          "Dividend Rate $0.16 x 1 / 2 = $0.08; Redemption Price $2.00 x 1 / 2 = $1.00; Declared Unpaid $0.10 x 1 / 2 = $0.05; Dividends Paid $0.04 x 1 / 2 = $0.02; " +
          "Common on conversion: $2.00 / $2.00 = 1 a share, unchanged; 150,000 for the series before, 300,000 after",
        "   Conversion Price: $2.00 before; $2.00 in effect after",
        "   Common issuable on conversion of one share of Series A: $2.00 / $2.00 = 1 share of Common",
        "   Clause: FOURTH 1(c), 2(a)",
      ].join("\n"),
    );
    expect(text).toContain("   Series A: $2.00; $2.00 / $2.00 = 1 share of Common; 300,000 shares outstanding after its splits");
    expect(text).not.toContain("Series B: Adjustment");
  });

  test("a 10% stock dividend reads as such", () => {
    const d = conversionPriceHistory(terms, table(["2000-01-01", "stock-dividend", "Series A", "10%"]));
    expect(d.steps[0].event).toBe("stock dividend of 0.1 share of Series A for every share held (10%): Series A 150,000 -> 165,000 shares");
    expect(certificateText(d, "Example")).toContain("1. 2000-01-01, Series A: Adjustment for a stock dividend of the Series A");
  });
});

describe("the Security of a split or stock dividend: errors name the row, column and value", () => {
  const errorOf = (events: LedgerEventInput[]) => thrown(() => conversionPriceHistory(terms, events));

  test("blank and Common (any case) are Common", () => {
    const common = conversionPriceHistory(terms, table(["2000-01-01", "split", "", 2], ["2000-02-01", "split", "COMMON", 2])).final["Series A"];
    expectDec(common, "0.5"); // $2.00 x 1/2 x 1/2
  });

  test("a class the terms do not have (#N/A), checked after the date termsAsOf stops at too", () => {
    const e = errorOf(table(["2000-01-01", "split", "Series Z", 2]));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe(
      'argument events row 1, column Security, value "Series Z": is not a class of the terms; use Common (or leave it blank) or a series of Preferred: Series A, Series B',
    );
    expect(thrown(() => termsAsOf(terms, table(["1999-01-01", "split", "", 2], ["2002-01-01", "dividend", "Series Z", "5%"]), "2000-01-01")).message).toContain(
      'argument events row 2, column Security, value "Series Z": is not a class of the terms',
    );
  });

  test("an option class, and a class of Common other than Common", () => {
    expect(errorOf(table(["2000-01-01", "split", "Options", 2])).message).toBe(
      'argument events row 1, column Security, value "Options": is a class of options; a split divides Common (leave Security blank) or a series of Preferred',
    );
    expect(errorOf(table(["2000-01-01", "stock-dividend", "class b common", "10%"])).message).toBe(
      'argument events row 1, column Security, value "class b common": is a class of Common other than Common; the ledger splits all Common together: write Common or leave Security blank',
    );
  });

  test("a bad ratio beside a series", () => {
    expect(errorOf(table(["2000-01-01", "split", "Series A", 0])).message).toBe('argument events row 1, column Ratio, value "0": must be more than zero');
    expect(errorOf(table(["2000-01-01", "split", "Series A", "2:1:1"])).message).toBe(
      'argument events row 1, column Ratio, value "2:1:1": write the ratio as new:old, e.g. 2:1 or 1:4',
    );
    expect(errorOf(table(["2000-01-01", "stock-dividend", "Series A", "-10%"])).message).toBe(
      'argument events row 1, column Ratio, value "-10": must be more than zero',
    );
  });

  test("the column may be headed Class (the events' alias for Security); an error names it as written", () => {
    const rows = (security: string) =>
      eventsFromTable([
        ["Date", "Event", "Class", "Ratio"],
        ["2000-01-01", "split", security, 2],
      ]);
    expectDec(conversionPriceHistory(terms, rows("Series A")).series[0].shares, 300_000);
    expect(errorOf(rows("Series Z")).message).toContain('argument events row 1, column Class, value "Series Z"');
  });

  test("the name is matched without regard to case and reported as the terms spell it", () => {
    const h = conversionPriceHistory(terms, table(["2000-01-01", "split", "series a", 2]));
    expect(h.steps[0].event).toBe("2-for-1 split of the Series A: Series A 150,000 -> 300,000 shares");
    expectDec(h.series[0].shares, dec(300_000));
  });
});
