// MagiNet Corporation: Certificate of Incorporation (Exhibit 3.1), shared/charters/002_205a91babce5ee58.txt.
// Clauses are of Article FOURTH unless said otherwise.
import type { Cell } from "../engine/terms/table";
import type { Preset } from "./types";
import { clauses, tableOf } from "./table-of";

/** 3(f)(iv): the Series D conversion price on a Public Offering, the lower of (A) and (B), floored at Series C. */
const D_RESET =
  "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C";

/**
 * 2(c): an acquisition by merger (not with a wholly-owned subsidiary) and a sale of substantially all
 * assets are a liquidation; an exchange of, or a reorganization acquiring, more than 50% of the stock
 * (the holders before keep less than 50%) too; not a transaction as a precursor to the IPO (2(c)(i)).
 * 2(d): securities at the average closing (OTC: closing bid) price over the thirty days ending three days
 * before the closing, less a discount when restricted. Charter-wide: written once, on Series A.
 */
const DEEMED_LIQUIDATION =
  "merger, asset-sale [FOURTH 2(c)(i), (iii)]; exchange, reorganization if owned < 50% [FOURTH 2(c)(i)-(ii)]; " +
  "except subsidiary-merger, ipo-precursor [FOURTH 2(c)(i)]; securities average 30 days ending 3 days before closing [FOURTH 2(d)(i)(A)]; " +
  "otc bid [FOURTH 2(d)(i)(B)]; restricted discount [FOURTH 2(d)(ii)]";

interface Series {
  name: string;
  shares: number; // FOURTH: the designated number, taken as outstanding (an input)
  price: number; // 2(a) preference per share and 3(a) conversion numerator and initial conversion price
  seniority: number; // 2(a): D, then C, then B, then A
  participation: "full" | "none"; // 2(a) last sentence
  dividendRate: number;
  dividendPriority: number; // 1(a)-(c): D first, then C, then A and B ratably
  dividendClause: string;
  antiDilution: "broad" | "narrow";
  antiDilutionClause: string;
  conversionClause: string;
  extra?: Record<string, Cell>;
  extraClauses?: Record<string, string>;
}

function series(s: Series): Record<string, Cell> {
  return {
    Class: s.name,
    Kind: "preferred",
    Shares: s.shares,
    "Issue Price": s.price,
    "Preference Multiple": 1, // 2(a): the stated amount per share plus declared but unpaid dividends
    Seniority: s.seniority,
    Participation: s.participation,
    "Conversion Price": s.price,
    "Shortfall Basis": "preference", // 2(b): "in proportion to the full ... Preference"
    "Dividend Rate": s.dividendRate,
    "Dividend Accrual": "declared", // 1(a)-(c) noncumulative; 2(a) declared but unpaid
    "Declared Unpaid": 0, // 2(a): a fact at the distribution date (input)
    "Declared On Conversion": "cancelled", // 3(b): "Any declared but unpaid dividends on the converted shares ... shall be canceled"
    "Dividend Priority": s.dividendPriority,
    "Dividend Participation": "no", // 1(d): no sharing in a Common dividend is given
    "Conversion Rounding": "down", // 3(l): no fractional share, cash at fair market value
    "Anti-Dilution": s.antiDilution,
    "Adjustment Rounding": "carry-forward", // 3(f)(i)(B): none under one cent, carried forward
    "Option Changes": "either", // 3(f)(i)(E)(3): "any change in the number of shares ... deliverable", up or down (rules.ts)
    "Dilution From": "1995-12-29", // 3(f)(ii)-(iii): Additional Stock is issued "after the Effective Date", December 29, 1995
    // 1(a)-(c), 2(a): the dividend rates and preferences "(as adjusted for any stock dividends, combinations or splits
    // with respect to such shares)"; the conversion amount of 3(a)(i)-(iv) ("dividing $2.00 by") is not.
    "Series Split Adjusts": "preference, dividend-rate",
    "Identical Split": "adjusts", // 3(c): a subdivision of Common decreases every price, with no exception
    "Auto Convert Proceeds": ">= 10000000", // 3(a)(v): net proceeds "equal or exceed" $10,000,000 (A, B, C)
    "Vote Rounding": "nearest", // 4(a): nearest whole number, one-half upward, after aggregating
    Clauses: clauses({
      Shares: "FOURTH",
      "Issue Price": `FOURTH 2(a), ${s.conversionClause.replace("FOURTH ", "")}`,
      "Preference Multiple": "FOURTH 2(a)",
      Seniority: "FOURTH 2(a)",
      Participation: "FOURTH 2(a)",
      "Conversion Price": s.conversionClause,
      "Shortfall Basis": "FOURTH 2(b)",
      "Dividend Rate": s.dividendClause,
      "Dividend Accrual": `${s.dividendClause}, 2(a)`,
      "Declared Unpaid": "FOURTH 2(a)",
      "Declared On Conversion": "FOURTH 3(b)",
      "Dividend Priority": s.dividendClause,
      "Dividend Participation": "FOURTH 1(d)",
      "Conversion Rounding": "FOURTH 3(l)",
      "Anti-Dilution": s.antiDilutionClause,
      "Adjustment Rounding": "FOURTH 3(f)(i)(B)",
      Splits: "FOURTH 3(c)",
      "Series Split Adjusts": "FOURTH 1(a)-(c), 2(a)",
      "Identical Split": "FOURTH 3(c)",
      "Exempt Issues": "FOURTH 3(f)(iii)",
      "Deemed Issues": "FOURTH 3(f)(i)(E)",
      "Option Changes": "FOURTH 3(f)(i)(E)(3)",
      "Dilution From": "FOURTH 3(f)(ii)-(iii)",
      "Auto Convert Price": "FOURTH 3(a)(v)",
      "Auto Convert Proceeds": "FOURTH 3(a)(v)",
      "Vote Rounding": "FOURTH 4(a)",
      ...s.extraClauses,
    }),
    Note: "Shares: the designated number, taken as outstanding (an input)",
    ...s.extra,
  };
}

const COMMON: Record<string, Cell> = {
  Class: "Common",
  Kind: "common",
  Shares: 5_000_000, // input
  Participation: "full", // 2(a): shares the remaining Assets with D, C and B as converted
  Clauses: clauses({ Participation: "FOURTH 2(a)", "Dividend Priority": "FOURTH 1(d)" }),
  Note: "Shares is an illustrative input (not in the charter)",
};

export const MAGINET: Preset = {
  id: "maginet",
  company: "MagiNet Corporation",
  names: [{ name: "MagiNet Corporation", from: null, clause: "FIRST" }],
  document: "Certificate of Incorporation of MagiNet Corporation (Exhibit 3.1; the text bears no date)",
  charterDate: null,
  source: "002_205a91babce5ee58.txt",
  summary:
    "Stacked 1x preferences D > C > B > A ($7.00/$4.50/$4.50/$2.00 plus declared), shortfall by full preference; D, C and B then share with Common " +
    "as converted, A does not; broad weighted average (narrow for B), no change under one cent; IPO conversion at >= $10M net (D: >= $25M and " +
    ">= 120% of its CP); Series D IPO reset floored at the Series C price",
  table: tableOf([
    series({
      name: "Series A",
      shares: 150_000,
      price: 2.0,
      seniority: 1,
      participation: "none",
      dividendRate: 0.16,
      dividendPriority: 1,
      dividendClause: "FOURTH 1(c)",
      antiDilution: "broad",
      antiDilutionClause: "FOURTH 3(f)(i)(A)(1)",
      conversionClause: "FOURTH 3(a)(i)",
      extra: { "Deemed Liquidation": DEEMED_LIQUIDATION },
      extraClauses: { "Deemed Liquidation": "FOURTH 2(c)-(d)" },
    }),
    series({
      name: "Series B",
      shares: 1_328_930,
      price: 4.5,
      seniority: 2,
      participation: "full",
      dividendRate: 0.36,
      dividendPriority: 1,
      dividendClause: "FOURTH 1(c)",
      antiDilution: "narrow",
      antiDilutionClause: "FOURTH 3(f)(i)(A)(2)",
      conversionClause: "FOURTH 3(a)(ii)",
    }),
    series({
      name: "Series C",
      shares: 7_500_000,
      price: 4.5,
      seniority: 3,
      participation: "full",
      dividendRate: 0.36,
      dividendPriority: 2,
      dividendClause: "FOURTH 1(b)",
      antiDilution: "broad",
      antiDilutionClause: "FOURTH 3(f)(i)(A)(3)",
      conversionClause: "FOURTH 3(a)(iii)",
    }),
    series({
      name: "Series D",
      shares: 3_142_858,
      price: 7.0,
      seniority: 4,
      participation: "full",
      dividendRate: 0.56,
      dividendPriority: 3,
      dividendClause: "FOURTH 1(a)",
      antiDilution: "broad",
      antiDilutionClause: "FOURTH 3(f)(i)(A)(3)",
      conversionClause: "FOURTH 3(a)(iv)",
      extra: {
        "Auto Convert Price": ">= 120% x CP", // 3(a)(v): gross price >= 120% of the Series D CP then in effect
        "Auto Convert Proceeds": ">= 25000000", // 3(a)(v): net proceeds >= $25,000,000
        "IPO Reset": D_RESET, // 3(f)(iv), Effective Date 3(f)(ii)
      },
      extraClauses: { "IPO Reset": "FOURTH 3(f)(ii), 3(f)(iv)" },
    }),
    COMMON,
  ]),
  inputs: [
    ...(
      [
        ["Series A", "150000"],
        ["Series B", "1328930"],
        ["Series C", "7500000"],
        ["Series D", "3142858"],
      ] as const
    ).map(([name, shares]) => ({
      cell: `${name}.Shares`,
      value: shares,
      why: `Article FOURTH designates ${Number(shares).toLocaleString("en-US")} shares as ${name}; the charter does not say how many are outstanding, so the designated number is used. Replace with the cap table.`,
    })),
    {
      cell: "Common.Shares",
      value: "5000000",
      why: "Common outstanding is not stated (20,000,000 are authorized). Illustrative; replace with the cap table.",
    },
    {
      cell: "Series A.Declared Unpaid",
      value: "0",
      why: "Declared but unpaid dividends (2(a)) are a fact at the distribution date, for every series; none assumed.",
    },
  ],
  readings: [
    {
      clause: "FOURTH 2(a)",
      question: 'The remaining Assets go to "the Series D Holders, Series C Holders, Series B Holders, and the Common Holders": what of Series A?',
      reading: "Series A does not participate (Participation none): it takes its $2.00 preference, or converts (3(a)(i)) when that is worth more.",
      why: "Series A is left out of the list of those who share the rest, while D, C and B share it as converted.",
    },
    {
      clause: "FOURTH 3(f)(iv)",
      question: 'How do (A) and (B) combine, and what do "Initial Public Offering" in (B)(3)-(4) and "Series D Conversion otherwise in effect" mean?',
      reading:
        "The lower of (A) (only when the offering price is below $7.00: the lower of the offering price and the CP, times 0.95 - 0.05 per full year since " +
        "the Effective Date, 1995-12-29) and (B) (100% to 1997-09-15, 96% to 1998-09-15, 93% to 1999-09-15, 89% after), never below the Series C " +
        'conversion price. "Initial Public Offering" is the same Public Offering; the missing word is "Price".',
      why: 'The clause says "the lower Conversion Price determined by either subsection (A) or (B)"; (B)(1)-(2) use "Public Offering" for the same event.',
    },
    {
      clause: "FOURTH 3(a)(v)",
      question: "Does one offering convert every series, and on what proceeds?",
      reading:
        "Each series by its own test: A, B and C at net proceeds >= $10,000,000; D at net proceeds >= $25,000,000 and a gross price per share >= 120% " +
        "of the Series D conversion price then in effect. An offering can convert A, B and C but not D.",
      why: 'The clause sets one proceeds figure "for purposes of the automatic conversion of" A, B and C and another for D.',
    },
    {
      clause: "FOURTH 3(f)(i)(A)(2)",
      question: "Which base does Series B use?",
      reading:
        "Narrow: only Common issued or issuable upon conversion of the outstanding Preferred; A, C and D count all Common, options and warrants (broad).",
      why: "(2) omits the Common otherwise outstanding and the options and warrants that (1) and (3) include.",
    },
    {
      clause: "FOURTH 3(f)(i)(B)",
      question: "What is done with an adjustment of less than one cent?",
      reading: "It is not made, but carried forward into the next adjustment (Adjustment Rounding carry-forward); the price is otherwise not rounded.",
      why: "The clause says so; it fixes no rounding of prices that do change.",
    },
    {
      clause: "FOURTH 3(f)(i)(A)",
      question: 'The adjustment applies "except as otherwise provided in this Subsection 3(i)".',
      reading: "Read as Subsection 3(f)(i).",
      why: "3(i) is the notice of record dates; the exceptions are in 3(f)(i)(B) and (E).",
    },
    {
      clause: "FOURTH 1(b)-(c)",
      question: 'C, and A with B, are paid "ratably in proportion to the respective preference amounts": which amounts?',
      reading:
        "The dividend preference amounts: each series' rate times its shares ($0.16 for A, $0.36 for B), so a short declaration is shared pro rata to the full preferential dividends.",
      why: "The sentence is about dividends, and each series' dividend preference is its stated rate.",
    },
    {
      clause: "FOURTH 1(d)",
      question: "Does the Preferred share in a dividend on Common?",
      reading: "No (Dividend Participation no): once the preferential dividends are paid, a Common dividend goes to Common only.",
      why: "The charter gives the Preferred no right to share a Common dividend; it only requires the preferential dividends first.",
    },
    {
      clause: "FOURTH 4(a)",
      question: "How are fractional votes treated?",
      reading: "Vote Rounding nearest, one-half upward, after aggregating each holder's shares.",
      why: "The clause says so expressly.",
    },
    {
      clause: "FOURTH 3(f)(ii)-(iii)",
      question: "Which issues are Additional Stock?",
      reading:
        "Those issued (or deemed issued) after the Effective Date, December 29, 1995 (Dilution From 1995-12-29): an issue or grant on 1995-12-29 or before adjusts no series; its shares count in later bases. " +
        "Not taken: every issue whatever its date.",
      why: '"any shares of Common Stock issued ... by this Corporation after the Effective Date"; on the Effective Date itself is not after it.',
    },
    {
      clause: "FOURTH 1(a)-(c), 2(a), 3(a)(v), 3(f)(iv)(A)",
      question: 'Which amounts are "as adjusted for any stock dividends, combinations or splits", and of which shares?',
      reading:
        "The $7.00 of 3(f)(iv)(A) is an offering price per share of Common and follows the splits, combinations and stock dividends of Common (the ledger's IPO event; IPORESET's and AUTOCONVERT's events). " +
        "Series D's 120% test (3(a)(v)) reads the conversion price then in effect, which follows them (3(c)). The dividend rates and preference amounts ($0.56/$0.36/$0.36/$0.16; $7.00/$4.50/$4.50/$2.00) are " +
        '"with respect to such shares", per share of the series (Series Split Adjusts preference, dividend-rate): a split of a series is an event with the series as Security, after which (2-for-1) its ' +
        "Shares are doubled and its Preference Multiple and Dividend Rate halved; a split of Common leaves them. " +
        "Not taken: a fixed $7.00; moving the per-series amounts with a split of Common.",
      why: "After a 2-for-1 split of Common an offering at $5.00 is worth $10.00 in old shares, above $7.00; the per-series amounts are what each share of the series is owed, which a split of Common does not change.",
    },
    {
      clause: "FOURTH 3(a)(i)-(iv), 3(c)",
      question: "A split of one series alone: how many shares of Common does a new share convert into?",
      reading:
        'As many as an old share did: "dividing $2.00 by" ($4.50, $4.50, $7.00) the Conversion Price, neither of which a split of the series adjusts (3(c) moves the price for subdivisions of Common ' +
        "only). So a 2-for-1 split of Series A doubles its Shares and the Common the series converts into, while its preference and dividend rate per share are halved (their totals unchanged). A split of " +
        "Common decreases every series' price even when a series is split alike the same day (Identical Split adjusts: 3(c) has no exception). Not taken: an economically neutral split ($2.00 divided " +
        "by the ratio), which needs an amendment of the charter.",
      why: 'The conversion amounts are stated in dollars without "as adjusted", unlike the preferences and dividend rates beside them.',
    },
    {
      clause: "FOURTH 2(c)(i)",
      question:
        '"Any acquisition of this Corporation by means of a consolidation or merger" has no ownership test, while the exchange of stock needs "more than fifty percent (50%)": is every merger a liquidation, and how is the 50% measured?',
      reading:
        "A merger or consolidation with any entity other than a wholly-owned subsidiary is a liquidation whatever the holders keep (no ownership test). An exchange of, or a reorganization acquiring (2(c)(ii)), more than 50% of the outstanding stock is one: DEEMEDLIQ takes ownershipAfter as 1 less the fraction exchanged or acquired, so holders keeping less than 50% make it a liquidation and keeping exactly 50% does not. The IPO-precursor exception covers the transactions of (i) (merger and exchange), not a reorganization under (ii).",
      why: 'The clause states no percentage for a merger; the alternative, a merger only when control passes, reads in a test the text does not have. "More than fifty percent" exchanged leaves the holders less than 50%. The exception\'s "any such transaction" sits inside (i).',
    },
    {
      clause: "FOURTH 2(d)(i)-(ii)",
      question: 'Which calendar days does "the thirty-(30)-day period ending three (3) days prior to the closing" hold, and what of a day without a price?',
      reading:
        "The thirty calendar days ending on the day three calendar days before the closing, both ends included (a closing on 2000-03-15: 2000-02-12 to 2000-03-12); the average over the trading days with a price in it, exact and unrounded; over the counter, the closing bid prices (2(d)(i)(B)); a restricted security, less the discount the Board determines (2(d)(ii), an input); no active market, the Board's value or the independent appraisal (2(d)(i)(C), an input).",
      why: '"Three (3) days prior to the closing" names a day, counted in calendar days as the charter counts its other days; a "thirty-day period" runs in days, not in prices. The alternatives not taken: thirty trading days, three business days, or a period ending the day before the named day (which would leave out the day the period is said to end on).',
    },
  ],
  authorized: [{ date: null, common: "20000000", preferred: "12121788", clause: "FOURTH (the text bears no date)" }],
};
