// Test support only (left out of the CLI build): the three charters' classes as their texts state them,
// for the tests of ipo, dividends, redemption and votes. The terms parser and presets are the product's way
// to build terms; these stand apart from them so the engine's tests depend on nothing above the engine.
// Numbers a charter does not state (Common outstanding, issue dates) are illustrative inputs, marked so.
import type { CharterTerms, ShareClass } from "./terms/model";
import { d, testClass, testTerms, threshold } from "./testing";

export const JUNIPER_D1_RESET = "filing 180d 85%; 1y 75%; 15m 65%";
export const MAGINET_D_RESET =
  "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C";

/**
 * JT Storage (000): Series A $1.00 OIP and conversion price (Art. IV(B)2(a), 4(a)); $0.09/yr cumulative
 * (1(a)), the greater-of preference dividend (2(a)); automatic conversion at >= $5.00 and >= $10M net
 * (4(b)(i)); redemption (Section 3); one vote per full share (Section 5); a Common dividend shared as
 * converted (1(b)). Inputs: 9,000,000 Series A and 10,000,000 Common outstanding; issue date 1996-01-10.
 */
export function jtStorage(over: Partial<ShareClass> = {}): CharterTerms {
  return testTerms(
    testClass({ name: "Common", shares: d(10_000_000) }),
    testClass({
      name: "Series A",
      shares: d(9_000_000),
      issuePrice: d("1.00"),
      conversionPrice: d("1.00"),
      participation: "full",
      dividendRate: d("0.09"),
      dividendAccrual: "greater-of",
      issueDate: "1996-01-10",
      dividendPriority: 1,
      dividendParticipation: true,
      conversionRounding: "up",
      autoConvertPrice: threshold(">=", "5.00"),
      autoConvertProceeds: threshold(">=", "10000000"),
      redemption: "2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all",
      redemptionPrice: d("1.00"),
      voteRounding: "down-per-share",
      clauses: {
        "Dividend Rate": "Art. IV(B)1(a)",
        "Dividend Participation": "Art. IV(B)1(b)",
        "Auto Convert Price": "Art. IV(B)4(b)(i)",
        "Auto Convert Proceeds": "Art. IV(B)4(b)(i)",
        Redemption: "Art. IV(B)3",
        "Redemption Price": "Art. IV(B)3",
        "Vote Rounding": "Art. IV(B)5",
      },
      ...over,
    }),
  );
}

function juniperSeries(name: string, shares: number, oip: string, cp: string, rate: string, multiple: string, extra: Partial<ShareClass> = {}): ShareClass {
  return testClass({
    name,
    shares: d(shares),
    issuePrice: d(oip),
    conversionPrice: d(cp),
    shortfallBasis: "issue-price",
    dividendRate: d(rate),
    dividendPriority: 1,
    dividendParticipation: true,
    antiDilution: "broad",
    adjustmentRounding: "cent",
    autoConvertPrice: threshold(">=", multiple, true),
    autoConvertProceeds: threshold(">", "10000000"),
    voteRounding: "nearest",
    clauses: {
      "Dividend Rate": "Section 3",
      "Auto Convert Price": "6(a)(ii)",
      "Auto Convert Proceeds": "6(a)(ii)",
      "Vote Rounding": "7(a)",
      ...(extra.ipoReset ? { "IPO Reset": "6(c)" } : {}),
    },
    ...extra,
  });
}

/**
 * Juniper (001): OIP $1.00/$2.40/$8.93/$11.03/$11.03 (4(a)(i)), conversion prices $0.44/$1.07/$3.97/
 * $11.03/$11.03 (6(a)(i)), dividends $0.05/$0.12/$0.45/$0.55/$0.55 all series together (Section 3),
 * automatic conversion 6(a)(ii), the D1 reset 6(c), votes 7(a). Shares: the designated numbers
 * (Section 2). Inputs: 20,000,000 Common; D1 Original Issue Date 2000-01-01.
 */
export function juniper(d1: Partial<ShareClass> = {}): CharterTerms {
  return testTerms(
    testClass({ name: "Common", shares: d(20_000_000) }),
    juniperSeries("Series A", 1_743_751, "1.00", "0.44", "0.05", "3"),
    juniperSeries("Series B", 3_915_308, "2.40", "1.07", "0.12", "3"),
    juniperSeries("Series C", 5_200_000, "8.93", "3.97", "0.45", "1.5"),
    juniperSeries("Series D", 600_000, "11.03", "11.03", "0.55", "1"),
    juniperSeries("Series D1", 2_580_000, "11.03", "11.03", "0.55", "1", {
      ipoReset: JUNIPER_D1_RESET,
      issueDate: "2000-01-01",
      ...d1,
    }),
  );
}

function maginetSeries(name: string, shares: number, price: string, rate: string, priority: number, extra: Partial<ShareClass> = {}): ShareClass {
  return testClass({
    name,
    shares: d(shares),
    issuePrice: d(price),
    conversionPrice: d(price),
    dividendRate: d(rate),
    dividendPriority: priority,
    antiDilution: "broad",
    adjustmentRounding: "carry-forward",
    autoConvertProceeds: threshold(">=", "10000000"),
    voteRounding: "nearest",
    clauses: {
      "Dividend Rate": name === "Series D" ? "1(a)" : name === "Series C" ? "1(b)" : "1(c)",
      "Auto Convert Price": "3(a)(v)",
      "Auto Convert Proceeds": "3(a)(v)",
      "Adjustment Rounding": "3(f)(i)(B)",
      "Vote Rounding": "4(a)",
      ...(extra.ipoReset ? { "IPO Reset": "3(f)(iv)" } : {}),
    },
    ...extra,
  });
}

/**
 * MagiNet (002): A $2.00, B $4.50, C $4.50, D $7.00 issue and conversion prices (2(a), 3(a)); dividends
 * D $0.56 first, C $0.36, then A $0.16 and B $0.36 ratably (1(a)-(c)), the rest to Common (1(d));
 * automatic conversion 3(a)(v); the Series D reset 3(f)(iv); votes 4(a). Shares: the designated numbers
 * (Article FOURTH). Input: 5,000,000 Common.
 */
export function maginet(over: { [name: string]: Partial<ShareClass> } = {}): CharterTerms {
  return testTerms(
    testClass({ name: "Common", shares: d(5_000_000) }),
    maginetSeries("Series A", 150_000, "2.00", "0.16", 1, over["Series A"]),
    maginetSeries("Series B", 1_328_930, "4.50", "0.36", 1, over["Series B"]),
    maginetSeries("Series C", 7_500_000, "4.50", "0.36", 2, over["Series C"]),
    maginetSeries("Series D", 3_142_858, "7.00", "0.56", 3, {
      ipoReset: MAGINET_D_RESET,
      autoConvertProceeds: threshold(">=", "25000000"),
      autoConvertPrice: threshold(">=", "1.2", true),
      ...over["Series D"],
    }),
  );
}
