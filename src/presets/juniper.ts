// Juniper Networks, Inc.: Amended and Restated Certificate of Incorporation (Exhibit 3.1),
// shared/charters/001_8b89544a9c84fcfb.txt. Clauses are of Article FOURTH unless said otherwise.
import type { Cell } from "../engine/terms/table";
import type { Preset } from "./types";
import { clauses, tableOf } from "./table-of";

/**
 * 4(d): a consolidation or merger, or a conveyance of substantially all assets, is a liquidation unless the
 * holders before hold more than 50% of the survivor or purchaser (4(d)(i)); securities received are
 * valued at the average closing (or OTC bid or sale) price over the thirty days ending three days before
 * the closing, less a discount when restricted (4(d)(ii)). Charter-wide: written once, on Series A.
 */
const DEEMED_LIQUIDATION =
  "merger, asset-sale if owned <= 50% [FOURTH 4(d), 4(d)(i)]; securities average 30 days ending 3 days before closing [FOURTH 4(d)(ii)(A)(1)]; " +
  "otc bid or sale [FOURTH 4(d)(ii)(A)(2)]; restricted discount [FOURTH 4(d)(ii)(B)]";

/** 6(c): the Series D1 conversion price on an IPO, by when the registration statement is filed. */
const D1_RESET = "filing 180d 85%; 1y 75%; 15m 65%";

function series(
  name: string,
  shares: number,
  issuePrice: number,
  conversionPrice: number,
  dividendRate: number,
  autoConvertPrice: string,
  extra: Record<string, Cell> = {},
  extraClauses: Record<string, string> = {},
): Record<string, Cell> {
  return {
    Class: name,
    Kind: "preferred",
    Shares: shares, // 2: the number constituting the series, taken as outstanding (an input)
    "Issue Price": issuePrice, // 4(a)(i): the "Original Issue Price"
    "Preference Multiple": 1, // 4(a): OIP plus declared and unpaid dividends
    Seniority: 1, // 4(a)-(b): all series prior to Common, ratably among themselves
    Participation: "none", // 4(c): Common takes all the remaining assets
    "Conversion Price": conversionPrice, // 6(a)(i)
    "Shortfall Basis": "issue-price", // 4(b): in proportion to the OIP of the shares held
    "Dividend Rate": dividendRate, // 3
    "Dividend Accrual": "declared", // 3 non-cumulative; 4(a)(ii) declared and unpaid
    "Declared Unpaid": 0, // 4(a)(ii): a fact at the distribution date (input)
    "Declared On Conversion": "kept", // 4(a)(ii), 6(b): no clause cancels declared dividends on conversion
    "Dividend Priority": 1, // 3: all series together, the same percentage of each rate
    "Dividend Participation": "yes", // 3: any excess pro rata with Common as converted
    "Conversion Rounding": "down", // 6(g)(i): rounded down, cash for the fraction
    "Anti-Dilution": "broad", // 6(d)(iv): Options, Convertible Securities and Preferred deemed outstanding
    "Adjustment Rounding": "cent", // 6(d)(iv): "calculated to the nearest cent"
    "Option Changes": "raise-only", // 6(d)(iii)(B): only "any increase in the consideration ... or decrease in the number of shares"
    "Dilution From": "1999-01-01", // 6(d)(i)(B), (D): issued "after the Original Issue Date", the first issue of Series D1 (input, as Series D1's Issue Date)
    "Short Options": 30, // 6(d)(iii)(E): "Options which expire by their terms not more than 30 days after the date of issue"
    // 3 "$0.05 per annum on each outstanding share"; 4(a)(i) "$1.00 for each outstanding share"; 5 not redeemable:
    // no amount is said to be adjusted for a split of the series, so each stays per share.
    "Series Split Adjusts": "none",
    "Identical Split": "adjusts", // 6(e)(i): a subdivision of Common decreases the price, with no exception
    "Auto Convert Price": autoConvertPrice, // 6(a)(ii)
    "Auto Convert Proceeds": "> 10000000", // 6(a)(ii): "exceed $10,000,000"
    "Vote Rounding": "nearest", // 7(a): nearest whole number after aggregating
    Clauses: clauses({
      Shares: "FOURTH 2",
      "Issue Price": "FOURTH 4(a)(i)",
      "Preference Multiple": "FOURTH 4(a)(i)-(ii)",
      Seniority: "FOURTH 4(a)-(b)",
      Participation: "FOURTH 4(c)",
      "Conversion Price": "FOURTH 6(a)(i)",
      "Shortfall Basis": "FOURTH 4(b)",
      "Dividend Rate": "FOURTH 3",
      "Dividend Accrual": "FOURTH 3, 4(a)(ii)",
      "Declared Unpaid": "FOURTH 4(a)(ii)",
      "Declared On Conversion": "FOURTH 4(a)(ii), 6(b)",
      "Dividend Priority": "FOURTH 3",
      "Dividend Participation": "FOURTH 3",
      "Conversion Rounding": "FOURTH 6(g)(i)",
      "Anti-Dilution": "FOURTH 6(d)(iv)",
      "Adjustment Rounding": "FOURTH 6(d)(iv)",
      Splits: "FOURTH 6(e)(i)",
      "Series Split Adjusts": "FOURTH 3, 4(a)(i), 4(b)",
      "Identical Split": "FOURTH 6(e)(i)",
      "Exempt Issues": "FOURTH 6(d)(i)(D)",
      "Deemed Issues": "FOURTH 6(d)(iii)",
      "Option Changes": "FOURTH 6(d)(iii)(B)",
      "Dilution From": "FOURTH 6(d)(i)(B), (D)",
      "Short Options": "FOURTH 6(d)(iii)(E)",
      "Auto Convert Price": "FOURTH 6(a)(ii)",
      "Auto Convert Proceeds": "FOURTH 6(a)(ii)",
      Redemption: "FOURTH 5",
      "Vote Rounding": "FOURTH 7(a)",
      ...extraClauses,
    }),
    Note: "Shares: the designated number, taken as outstanding (an input)",
    ...extra,
  };
}

const COMMON: Record<string, Cell> = {
  Class: "Common",
  Kind: "common",
  Shares: 20_000_000, // input
  Participation: "full", // 4(c): all the remaining assets
  Clauses: clauses({ Participation: "FOURTH 4(c)", "Dividend Priority": "FOURTH 3" }),
  Note: "Shares is an illustrative input (not in the charter)",
};

export const JUNIPER: Preset = {
  id: "juniper",
  company: "Juniper Networks, Inc.",
  names: [{ name: "Juniper Networks, Inc.", from: null, clause: "FIRST" }],
  document: "Amended and Restated Certificate of Incorporation of Juniper Networks, Inc. (Exhibit 3.1; the text bears no date)",
  charterDate: null,
  source: "001_8b89544a9c84fcfb.txt",
  summary:
    "Series A, B, C, D, D1 pari passu, 1x non-participating (OIP $1.00/$2.40/$8.93/$11.03/$11.03 plus declared), shortfall by OIP held; " +
    "CP $0.44/$1.07/$3.97/$11.03/$11.03, broad weighted average to the nearest cent; IPO conversion at 3x/3x/1.5x/1x/1x CP and > $10M; " +
    "D1 reset to 85%/75%/65% of the IPO price by filing date",
  table: tableOf(
    [
      series("Series A", 1_743_751, 1.0, 0.44, 0.05, ">= 3 x CP", { "Deemed Liquidation": DEEMED_LIQUIDATION }, { "Deemed Liquidation": "FOURTH 4(d)" }),
      series("Series B", 3_915_308, 2.4, 1.07, 0.12, ">= 3 x CP"),
      series("Series C", 5_200_000, 8.93, 3.97, 0.45, ">= 1.5 x CP"),
      series("Series D", 600_000, 11.03, 11.03, 0.55, ">= 1 x CP"),
      series(
        "Series D1",
        2_580_000,
        11.03,
        11.03,
        0.55,
        ">= 1 x CP",
        {
          "Issue Date": "1999-01-01", // input: the D1 Original Issue Date (6(d)(i)(B)) is not stated
          "IPO Reset": D1_RESET, // 6(c)
          Note: "Shares: the designated number, taken as outstanding; Issue Date: illustrative (inputs)",
        },
        { "Issue Date": "FOURTH 6(c), 6(d)(i)(B)", "IPO Reset": "FOURTH 6(c)" },
      ),
      COMMON,
    ],
    { blank: ["Redemption"] }, // 5: "The Preferred Stock shall not be redeemable" (shown blank, with its clause)
  ),
  inputs: [
    ...(
      [
        ["Series A", "1743751"],
        ["Series B", "3915308"],
        ["Series C", "5200000"],
        ["Series D", "600000"],
        ["Series D1", "2580000"],
      ] as const
    ).map(([name, shares]) => ({
      cell: `${name}.Shares`,
      value: shares,
      why: `Section 2 fixes the number of shares constituting ${name}; the charter does not say how many are outstanding, so the designated number is used. Replace with the cap table.`,
    })),
    {
      cell: "Common.Shares",
      value: "20000000",
      why: "Common outstanding is not stated (71,000,000 are authorized). Illustrative; replace with the cap table.",
    },
    {
      cell: "Series D1.Issue Date",
      value: "1999-01-01",
      why:
        'The D1 reset (6(c)) runs from the Original Issue Date, "the date on which the first share of the Series D1 Preferred Stock was first issued" ' +
        "(6(d)(i)(B)), which the charter does not give. Illustrative; replace with the actual date.",
    },
    ...["Series A", "Series B", "Series C", "Series D", "Series D1"].map((name) => ({
      cell: `${name}.Dilution From`,
      value: "1999-01-01",
      why:
        "Additional Shares of Common are those issued after the Original Issue Date, the first issue of Series D1 (6(d)(i)(B), (D)), which the charter " +
        "does not give: the same illustrative date as Series D1's Issue Date, for every series. Replace both with the actual date.",
    })),
    {
      cell: "Series A.Declared Unpaid",
      value: "0",
      why: "Declared and unpaid dividends (4(a)(ii)) are a fact at the distribution date, for every series; none assumed.",
    },
  ],
  readings: [
    {
      clause: "FOURTH 3, 4(a)-(b), 6(a)(i), 6(e)(i)",
      question: "A split, combination or stock dividend of one series of Preferred: what follows it?",
      reading:
        'Its Shares (x new / old) and nothing else (Series Split Adjusts none): the dividend rates (3, "per annum on each outstanding share"), the Original Issue Prices (4(a)(i), "for each ' +
        'outstanding share"), which are also the conversion numerator (6(a)(i)) and the shortfall weights (4(b)), and the Conversion Price (6(e)(i) adjusts it for subdivisions of Common only) stay per ' +
        "share, so after a 2-for-1 split the series' preference, dividends and Common on conversion are doubled in total. A split of Common decreases every price, even with a series split alike the same " +
        "day (Identical Split adjusts: no exception like JT Storage's). Not taken: an economically neutral split, which needs an amendment of the charter.",
      why: 'The charter states each amount per outstanding share and says nothing of adjusting it for a split of the series; 6(e)(i) has no "not identically subdivided" proviso.',
    },
    {
      clause: "FOURTH 6(a)(ii)",
      question:
        'The IPO price test lists "three times the Series A ... or the Series B Conversion Price or ... one and a half times the Series C ... or ... one times the Series D ... or the Series D1 Conversion Price ..., as the case may be".',
      reading:
        "Each series is tested against its own threshold: A and B at >= 3 x CP, C at >= 1.5 x CP, D and D1 at >= 1 x CP, each of its own conversion price then in effect.",
      why: '"as the case may be" pairs each series with its own multiple; reading the list as one test met by any series would convert Series A at a price below its own threshold.',
    },
    {
      clause: "FOURTH 6(a)(ii)",
      question: "What proceeds does the IPO test measure, and is $10,000,000 itself enough?",
      reading: 'Aggregate proceeds at the public offering price (gross), more than $10,000,000 ("exceed"): Auto Convert Proceeds > 10000000.',
      why: 'The clause says "the aggregate proceeds ... at the public offering price ... exceed", and no discount is deducted.',
    },
    {
      clause: "FOURTH 6(c)",
      question: "Which window holds a filing made exactly 180 days, one year or fifteen months after the Original Issue Date?",
      reading: "Each window includes its last day: day 180 gives 85%, the first anniversary 75%, fifteen months 65%; after fifteen months no adjustment.",
      why: '"within one hundred eighty (180) days" includes day 180; "between 180 days and one year" then begins after it, and so on.',
    },
    {
      clause: "FOURTH 6(c)",
      question: 'The D1 Conversion Price "shall be modified to equal" 85%, 75% or 65% of the IPO price: also when that is above the price in effect?',
      reading:
        "Yes: the reset sets the price to the stated percentage whichever way it moves (an IPO at $20.00 filed within 180 days gives $17.00, above $11.03); the percentage is not rounded.",
      why: 'Unlike 6(d), which only ever lowers the price, 6(c) says "modified to equal" with no floor, cap or rounding; an analyst who reads it as a reduction only can compare with the price in effect.',
    },
    {
      clause: "FOURTH 6(c), 6(d)(i)(B)",
      question: '6(c) uses "Original Issue Date", which 6(d)(i)(B) defines (for 6(d)) as the first issue of Series D1.',
      reading: "The D1 Original Issue Date in 6(c) is the date the first Series D1 share was issued (Issue Date of Series D1).",
      why: "It is the only definition of the term in the charter.",
    },
    {
      clause: "FOURTH 6(d)",
      question: 'Subparagraph (d) calls itself "Section 6(c)" and cites "6(c)(ii)", "6(c)(iv)" and "5(c)(ii)(B)".',
      reading: "These cross-references are to subparagraph 6(d) itself; the weighted average is 6(d)(iv) and the deemed issue of options 6(d)(iii).",
      why: "6(c) is the D1 reset, which has no such parts; the references fit 6(d) exactly.",
    },
    {
      clause: "FOURTH 6(d)(iv)",
      question: "Broad or narrow weighted average?",
      reading:
        "Broad: Common outstanding plus all Common issuable on conversion of outstanding Options, Convertible Securities and Preferred, rounded to the nearest cent.",
      why: "The proviso deems all such shares outstanding for the numerator and denominator.",
    },
    {
      clause: "FOURTH 4(b)",
      question: 'A shortfall is shared "in proportion to the Original Issue Price of the respective series ... held": do declared dividends count?',
      reading: "Shortfall Basis issue-price: in proportion to OIP x shares held, with no series paid more than its full preference.",
      why: "The clause names the Original Issue Price only.",
    },
    {
      clause: "FOURTH 7(a)",
      question: 'Fractional votes are "rounded to the nearest whole number" after aggregating; how is one half rounded?',
      reading: "Vote Rounding nearest, one half rounded up.",
      why: 'The charter is silent on the half; rounding half up is the ordinary meaning of "nearest" and the rule MagiNet 4(a) states expressly.',
    },
    {
      clause: "FOURTH 3",
      question: "How are dividends shared when less than the full rates are declared?",
      reading: "All series rank together (Dividend Priority 1): the same percentage of each series' rate; any excess is shared with Common as converted.",
      why: "The clause requires dividends on all series contemporaneously at the same percentage of the respective rates.",
    },
    {
      clause: "FOURTH 6(d)(i)(B), (D)",
      question: "Which issues are Additional Shares of Common Stock?",
      reading:
        "Those issued (or deemed issued) after the Original Issue Date, the first issue of Series D1 (Dilution From, the same date as Series D1's Issue Date): an issue or grant on that date or before adjusts no series. " +
        "Its shares still count in later bases. Not taken: every issue whatever its date.",
      why: '"all shares of Common Stock issued ... by the corporation after the Original Issue Date", defined once for the whole of 6(d).',
    },
    {
      clause: "FOURTH 6(d)(iii)(E)",
      question:
        'Options which expire by their terms not more than 30 days after issue: "no adjustment ... until the expiration or exercise of all such Options". What adjustment then?',
      reading:
        "Short Options 30: a grant whose Expiry Date is within 30 days of its date (day 30 included) is not deemed issued; when the last of its options is exercised or expires, the price adjusts " +
        "as for the Common actually issued on exercise for the consideration actually received (paid for the grant plus the exercise prices), as 6(d)(iii)(C)(1) measures an expired grant; none exercised, no adjustment. " +
        "Not taken: the deemed issue of the maximum shares at that time.",
      why: 'By then the shares actually issued are known, and (C)(1) is the charter\'s own measure of what options "actually" issued.',
    },
    {
      clause: "FOURTH 6(a)(ii), 6(c)",
      question: "Which date does each clause on an IPO read?",
      reading:
        "The D1 reset (6(c)) counts from the Original Issue Date to the filing of the registration statement (IPORESET's date, AUTOCONVERT's filingDate); the automatic conversion happens on the closing " +
        "(AUTOCONVERT's closingDate), and the price test reads the conversion prices then in effect, the D1 reset included. The price multiples follow splits through the conversion prices " +
        '("subject to appropriate adjustment in the event of stock splits"): give the events range. Not taken: one IPO date for both.',
      why: '6(c) keys on "files a registration statement"; 6(a)(ii) on "the closing of the issuance of shares".',
    },
    {
      clause: "FOURTH 4(a)(ii), 6(b)",
      question: "Declared but unpaid dividends on a series that converts: unlike JT Storage (4(c)(iii)) and MagiNet (3(b)), the charter does not cancel them.",
      reading:
        "Declared On Conversion kept: they stay owed to the holder of record, and a converting series does not lose them. In a liquidation a series takes the greater of its preference " +
        "(Original Issue Price plus declared unpaid) and its declared unpaid plus its share as converted, so it converts once Common passes (Original Issue Price) / (Common per share); " +
        "the declared dividends are paid ahead of Common either way (LIQPREF, HOLDERPAYOUTS, BREAKPOINTS, the OPM). Not taken: cancelling them on conversion, as the other two charters say.",
      why: "A declared dividend is owed once declared; only an express clause takes it away, and Juniper has none.",
    },
    {
      clause: "FOURTH 4(d), 4(d)(i)",
      question:
        'A merger or a conveyance of substantially all assets is a liquidation unless the holders before "hold more than 50%" of the survivor or purchaser: what of exactly 50%, and of a share exchange or a recapitalization?',
      reading:
        "Deemed Liquidation merger, asset-sale if owned <= 50%: at exactly 50% it is a liquidation; above 50% it is not. A share exchange or a recapitalization that is not a merger is not among the transactions 4(d) names (DEEMEDLIQ gives FALSE). No election is needed.",
      why: '50% is not "more than 50%", so the exception does not apply; 4(d) names a "consolidation or merger" and a "conveyance of all or substantially all of the assets" only, and says they "shall be deemed" a liquidation.',
    },
    {
      clause: "FOURTH 4(d)(ii)(A)-(B)",
      question: 'Which calendar days does "the thirty-day period ending three (3) days prior to the closing" hold, and what of a day without a price?',
      reading:
        'The thirty calendar days ending on the day three calendar days before the closing, both ends included (a closing on 2000-03-15: 2000-02-12 to 2000-03-12). A weekend, holiday or day without a trade has no price and is simply not counted: the average is over the trading days in the period, exact and unrounded; an empty period is an error. Over the counter, the same average of the closing bid or sale prices "whichever is applicable" (the prices given). A restricted security: that value less the discount given ("an appropriate discount", mutually determined: an input); no public market: an input.',
      why: '"Three (3) days prior to the closing" names a day, counted in calendar days as the charter counts its other days; a "thirty-day period" runs in days, not in prices. The alternatives not taken: thirty trading days, three business days, or a period ending the day before the named day (which would leave out the day the period is said to end on). The clause fixes no rounding of the average.',
    },
  ],
  authorized: [{ date: null, common: "71000000", preferred: "14039059", clause: "FOURTH (the text bears no date)" }],
};
