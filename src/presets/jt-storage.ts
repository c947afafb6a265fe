// JT Storage, Inc. (later JTS Corporation): Restated Certificate of Incorporation of 1995-02-03 with its
// amendments, shared/charters/000_fd2279ad3ac99a3d.txt. Clauses are of Article IV unless said otherwise.
import type { Preset } from "./types";
import { clauses, tableOf } from "./table-of";

const SERIES_A = {
  Class: "Series A",
  Kind: "preferred",
  Shares: 9_000_000, // input: the charter states authorized shares only
  "Issue Price": 1.0, // 2(a) "$1.00 per share"; 4(a) "$1.00 divided by the Conversion Price"
  "Preference Multiple": 1, // 2(a): $1.00 per share, plus the dividend part
  Seniority: 1, // 2(a): prior and in preference to Common; the only series
  Participation: "full", // 2(b): the rest ratably with Common as converted
  "Conversion Price": 1.0, // 4(a): "shall initially be $1.00"
  "Shortfall Basis": "preference", // 2(a): ratably by shares held (one series: the same as by preference)
  "Waiver Price": 5.0, // 2(b) proviso: 2(a) of no force at $5.00 a share as converted
  "Dividend Rate": 0.09, // 1(a), 2(a)(i): $0.09 per share per annum
  "Dividend Accrual": "greater-of", // 2(a)(i)-(ii): greater of accrual less paid, or declared unpaid
  "Day Count": "anniversary", // 2(a)(i) "per annum ... adjusted for partial years": whole years, then the partial year (a reading)
  "Issue Date": "1995-02-03", // input: "the original issue date" is not stated
  "Declared Unpaid": 0, // 2(a)(ii): a fact at the distribution date (input)
  "Declared On Conversion": "cancelled", // 4(c)(iii): unpaid dividends terminate on (or within 90 days before) an automatic conversion
  "Dividends Paid": 0, // 2(a)(i): a fact at the distribution date (input)
  "Dividend Priority": 1, // 1(a)-(b): before any distribution on Common
  "Dividend Participation": "yes", // 1(b): shares a Common dividend as converted
  "Conversion Rounding": "up", // 4(c)(i): one whole share per fraction, at the Corporation's election (a reading)
  "Anti-Dilution": "none", // 4(d): splits, distributions and reclassifications only; no price protection
  // 1(a) "appropriately adjusted for any ... Recapitalization ... of the Series A Preferred"; 2(a) "$1.00 per share ...
  // (as adjusted for any Recapitalization)", "$0.09 per share ... (as adjusted for any Recapitalization with respect to
  // such shares ...)"; 3 "$1.00 per share (appropriately adjusted for any Recapitalization)". Not the 2(b) $5.00.
  "Series Split Adjusts": "preference, dividend-rate, redemption-price",
  "Identical Split": "unchanged", // 4(d)(i): the price moves only if "Series A Preferred are not identically subdivided"
  "Auto Convert Price": ">= 5.00", // 4(b)(i): "at least Five Dollars ($5.00) per share"
  "Auto Convert Proceeds": ">= 10000000", // 4(b)(i): net of underwriting discounts, "equal or exceed"
  Redemption: "2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all", // 3
  "Redemption Price": 1.0, // 3: $1.00 plus accrued but unpaid dividends
  "Vote Rounding": "down-per-share", // 5: one vote for each full share of Common each share converts into
  // 2(c)(i): on the election of a majority of Series A, a sale of substantially all assets, a merger or
  // other acquisition, or an exchange of the shares, after which the stockholders before own less than
  // 50% of the survivor; 2(c)(ii): non-cash assets at the Board's good-faith value (no market formula).
  "Deemed Liquidation":
    "merger, exchange, reorganization, asset-sale if owned < 50% [Art. IV(B)2(c)(i)]; elected by Series A [Art. IV(B)2(c)(i)]; securities board [Art. IV(B)2(c)(ii)]",
  Clauses: clauses({
    "Issue Price": "Art. IV(B)2(a), 4(a)",
    "Preference Multiple": "Art. IV(B)2(a)",
    Seniority: "Art. IV(B)2(a)",
    Participation: "Art. IV(B)2(b)",
    "Conversion Price": "Art. IV(B)4(a)",
    "Shortfall Basis": "Art. IV(B)2(a)",
    "Waiver Price": "Art. IV(B)2(b) proviso",
    "Dividend Rate": "Art. IV(B)1(a), 2(a)(i)",
    "Dividend Accrual": "Art. IV(B)1(a), 2(a)(i)-(ii)",
    "Day Count": "Art. IV(B)2(a)(i)",
    "Issue Date": "Art. IV(B)2(a)(i)",
    "Declared Unpaid": "Art. IV(B)2(a)(ii)",
    "Declared On Conversion": "Art. IV(B)4(c)(iii)",
    "Dividends Paid": "Art. IV(B)2(a)(i)",
    "Dividend Priority": "Art. IV(B)1(a)-(b)",
    "Dividend Participation": "Art. IV(B)1(b)",
    "Conversion Rounding": "Art. IV(B)4(c)(i)",
    "Anti-Dilution": "Art. IV(B)4(d)",
    Splits: "Art. IV(B)4(d)(i)",
    "Series Split Adjusts": "Art. IV(B)1(a), 2(a), 3",
    "Identical Split": "Art. IV(B)4(d)(i)",
    "Auto Convert Price": "Art. IV(B)4(b)(i)",
    "Auto Convert Proceeds": "Art. IV(B)4(b)(i)",
    Redemption: "Art. IV(B)3",
    "Redemption Price": "Art. IV(B)3",
    "Vote Rounding": "Art. IV(B)5",
    "Deemed Liquidation": "Art. IV(B)2(c)",
  }),
  Note: "Shares and Issue Date are illustrative inputs (not in the charter)",
};

const COMMON = {
  Class: "Common",
  Kind: "common",
  Shares: 10_000_000, // input
  Participation: "full", // 2(b): shares the rest with Series A as converted
  Clauses: clauses({ Participation: "Art. IV(B)2(b)", "Dividend Priority": "Art. IV(B)1(b)" }),
  Note: "Shares is an illustrative input (not in the charter)",
};

export const JT_STORAGE: Preset = {
  id: "jt-storage",
  company: "JT Storage, Inc.",
  names: [
    { name: "JT Storage, Inc.", from: "1994-02-03", clause: "Art. I; original Certificate of Incorporation filed 1994-02-03" },
    { name: "JTS Corporation", from: "1996-06-17", clause: "Certificate of Amendment of 1996-06-17, Art. I" },
  ],
  document:
    "Restated Certificate of Incorporation of JT Storage, Inc. (1995-02-03), with the Certificates of Amendment of 1995-08-01, 1996-02-02 (filed 1996-02-05) and 1996-06-17",
  charterDate: "1995-02-03",
  source: "000_fd2279ad3ac99a3d.txt",
  summary:
    "Series A: $1.00 plus the greater of $0.09/yr accrued (less paid) or declared unpaid, then participates with Common as converted; " +
    "no preference once Series A would get $5.00 a share as converted; CP $1.00, splits only; converts on an IPO at >= $5.00 and >= $10M net; " +
    "redeemed 1/3, 1/2, all on 10 January 2000, 2001, 2002",
  table: tableOf([SERIES_A, COMMON]),
  inputs: [
    {
      cell: "Series A.Shares",
      value: "9000000",
      why:
        "The charter states authorized shares only (16,000,000 Series A in 1995, 31,200,000 and 70,000,000 after the amendments), " +
        "not shares outstanding. Illustrative; divisible by 3 so the Section 3 redemptions are whole shares. Replace with the cap table.",
    },
    {
      cell: "Common.Shares",
      value: "10000000",
      why: "Common outstanding is not stated (Art. IV(A) only splits each outstanding share into 4,500). Illustrative; replace with the cap table.",
    },
    {
      cell: "Series A.Issue Date",
      value: "1995-02-03",
      why:
        'The dividend accrues from "the original issue date of the shares of Series A Preferred" (2(a)(i)), which the charter does not give. ' +
        "The date of the Restated Certificate that designates Series A is a placeholder; replace with the date of first issue.",
    },
    {
      cell: "Series A.Declared Unpaid",
      value: "0",
      why: "Dividends declared but unpaid at the distribution date (2(a)(ii)) are a fact of the day, not of the charter; none assumed.",
    },
    {
      cell: "Series A.Dividends Paid",
      value: "0",
      why: "Dividends and distributions already made on Series A (deducted in 2(a)(i)) are a fact of the day; none assumed.",
    },
  ],
  readings: [
    {
      clause: "Art. IV(B)2(b) proviso",
      question: 'The waiver cites Section 2(a) twice: "solely pursuant to this Section 2(a) and without any distribution pursuant to Section 2(a)".',
      reading:
        'Read as "solely pursuant to Section 2(b) and without any distribution pursuant to Section 2(a)": when Series A would receive at least ' +
        "$5.00 a share as converted, with no preference, the preference has no force and all is shared as converted (Waiver Price 5.00).",
      why: 'Taken literally the test contradicts itself; the clause is in 2(b) and its consequence is a distribution "solely pursuant to this Section 2(b)" as converted.',
    },
    {
      clause: "Art. IV(B)4(c)(i)",
      question: "Fractions on conversion: the Corporation elects cash at fair market value or one whole share for each fraction after aggregating.",
      reading: "Conversion Rounding up: one whole share for each fraction, after aggregating a holder's fractional shares.",
      why: "The charter leaves the choice to the Corporation; the preset models the share alternative. To model cash in lieu, set Conversion Rounding to down.",
    },
    {
      clause: "Art. IV(B)1(a), 2(a)(i)",
      question: 'The $0.09 is "per annum", accrues "from day to day" (1(a)) and is "adjusted for partial years" (2(a)(i)), but no day-count basis is stated.',
      reading:
        "Day Count anniversary, simple (not compounded): $0.09 for each whole year counted by anniversary of the original issue date, plus the partial year " +
        "since the last anniversary pro rata by its actual days (days elapsed / the 365 or 366 days of that year). Three whole years give exactly $0.27. " +
        "Not taken: actual/365 (actual days / 365), which adds a day's accrual for every 29 February crossed, so three whole years give $0.270247 " +
        "(selectable, with 30/360, in the Day Count column).",
      why: '"Per annum ... adjusted for partial years" prices a whole year at the rate and adjusts only the year not completed; the day-to-day accrual is that partial year\'s actual days.',
    },
    {
      clause: "Art. IV(B)2(a)(i)",
      question: '"calculated from the original issue date ... through the date of distribution": is the last day counted?',
      reading:
        "The days counted are the distribution date less the issue date: the date of distribution counts and the issue date does not (the same count as the issue date " +
        "counting and the distribution date not), so a distribution on the third anniversary accrues exactly three years. Not taken: counting both ends " +
        "(one day more, $0.09/365 or /366 a share).",
      why: '"From" a date "through" another measures the time between them; counting both the first and the last day would accrue a day twice over any run of periods, and a whole year would never be exactly $0.09.',
    },
    {
      clause: "Art. IV(B)2(a)(i)-(ii)",
      question: "The dividend part of the preference is the greater of (i) the accrual less all dividends and distributions made, or (ii) declared but unpaid.",
      reading: "Dividend Accrual greater-of, with Dividends Paid reducing (i) only and Declared Unpaid as (ii).",
      why: "The text compares the two amounts and takes the greater; nothing is added on top.",
    },
    {
      clause: "Art. IV(B)3",
      question: '"one-third, one-half and all of the outstanding shares of Series A Preferred, respectively": of which number?',
      reading: "Each fraction is of the shares then outstanding: one third on 2000-01-10, half of the rest on 2001-01-10, all of the rest on 2002-01-10.",
      why: '"outstanding" is measured on each Redemption Date; absent conversions this redeems three equal thirds, the usual reading of a three-year schedule.',
    },
    {
      clause: "Art. IV(B)5",
      question: '"one vote for each full share of Common Stock into which each such share ... could then be converted".',
      reading:
        "Vote Rounding down-per-share: each share of Series A votes the full shares of Common it converts into, floor(Issue Price / Conversion Price), times the shares held.",
      why: '"The holder of each share" has "one vote for each full share of Common Stock into which each such share" converts: the count is share by share, and "full share" drops fractions. At the initial $1.00 price each share converts into exactly one share of Common; after the price moves, a share converting into 1.5 Common votes once, and one converting into 0.67 Common not at all, where a holder\'s aggregate would count more.',
    },
    {
      clause: "Art. IV(B)4(b)(i)",
      question: "What proceeds does the IPO test measure?",
      reading: "Aggregate gross proceeds net of underwriting discounts, at least $10,000,000, and a price to the public of at least $5.00 a share.",
      why: 'The clause says both "at least" and "equal or exceed", hence >= in both tests; give the proceeds net of the underwriting discount.',
    },
    {
      clause: "Art. IV(B)4(d)",
      question: "Does the conversion price adjust for a sale of stock below $1.00?",
      reading: "No: Anti-Dilution none. Only subdivisions, combinations, other distributions and reclassifications adjust it (4(d)(i)-(iv)).",
      why: "The charter has no weighted-average or ratchet clause, so it has no date from which issues dilute either (no Dilution From): an issue of stock at any date changes no price.",
    },
    {
      clause: "Art. IV(B)4(c)(iii)",
      question: "What happens to accrued but unpaid dividends on conversion?",
      reading: "They terminate on an automatic conversion, and on a voluntary conversion within 90 days before one; the table has no column for this.",
      why: "Recorded so that a conversion model does not add the accrual to the Common received.",
    },
    {
      clause: "Art. IV(B)3",
      question:
        'The Redemption Price is $1.00 "plus all accrued but unpaid dividends on such shares as of each such Redemption Date": which date for shares the funds did not cover, redeemed later?',
      reading:
        "The Redemption Date they were called on: their price is fixed as of that date, and later funds redeem the earliest obligation first. Not taken: " +
        'accruing their price to the day of payment (they "remain outstanding and remain entitled to all the rights", but the price is defined as of the Redemption Date).',
      why: 'The price is a defined amount "as of each such Redemption Date", and the later funds redeem "the balance of the shares which the Corporation was obliged to redeem on such Redemption Date".',
    },
    {
      clause: "Art. IV(B)4(c)(i)",
      question:
        '"one whole share ... for each fraction ... after aggregating all fractional shares held by each stockholder": does HOLDERPAYOUTS or VOTES round a holder\'s Common?',
      reading:
        "No. The rule settles the certificates issued on an actual conversion (CONVSHARES, a holder's lots aggregated). A liquidation shares 2(b) in proportion to the Common " +
        "\"issuable upon conversion\", exact (HOLDERPAYOUTS), and votes count each share's full Common under Art. IV(B)5 (VOTES). Not taken: rounding each holder's Common up before sharing.",
      why: "No share is issued in a 2(b) distribution or a vote; 4(c)(i) is in the Mechanics of Conversion, and Section 5 states its own count.",
    },
    {
      clause: "Art. IV(B)1(a), 2(a), 3, 4(b)(i)",
      question:
        'Which amounts are "as adjusted" for a Recapitalization ("any stock split, stock dividend, stock combination or other recapitalization ... of the Series A Preferred")?',
      reading:
        "The $1.00 preference, the $0.09 Dividend Rate and the $1.00 redemption price are per share of Series A and follow a Recapitalization of Series A (Series Split Adjusts preference, " +
        "dividend-rate, redemption-price): a split of Series A is an event with Security Series A, after which (2-for-1) Shares are doubled and the Preference Multiple, Dividend Rate and " +
        "Redemption Price halved. The $5.00 IPO price of 4(b)(i) is a price per share of Common and follows the splits, combinations and stock dividends of Common in an events range " +
        "(AUTOCONVERT's events). The $5.00 of the 2(b) proviso is not said to be adjusted (Waiver Price not listed): it stays $5.00 a share of Series A. Not taken: moving the " +
        "per-Series-A amounts with a split of Common.",
      why: 'The defined Recapitalization is "of the Series A Preferred"; a split of Common changes the Conversion Price (4(d)(i)), not what a share of Series A is owed. An offering price is per share of Common, so only its splits can adjust it.',
    },
    {
      clause: "Art. IV(B)4(a), 4(d)(i)",
      question: "A split of Series A alone: how many shares of Common does a new share of Series A convert into?",
      reading:
        "As many as an old share did: $1.00 (4(a), a fixed amount, not said to be adjusted) divided by the Conversion Price, which a split of Series A does not change (4(d)(i) adjusts it for " +
        "subdivisions of Common only). The Series A as a whole converts into twice the Common after a 2-for-1 split: the charter's literal result, which is why 4(d)(i) keeps the price when " +
        "Common and Series A are identically subdivided (Identical Split unchanged: a split of Common and of Series A at the same ratio on the same date leaves the price; a split of Common alone " +
        "decreases it as before). Not taken: an economically neutral split of Series A alone ($1.00 divided by the ratio), which would need an amendment of the charter.",
      why: '4(a) converts "$1.00 divided by the Conversion Price"; 4(d)(i) moves the price only when "the outstanding shares of Series A Preferred are not identically subdivided".',
    },
    {
      clause: "Art. IV(B)2(c)(i)",
      question:
        'Which transactions does the 50% test qualify, and is exactly 50% enough? The clause lists a sale of substantially all assets, an acquisition by merger or consolidation, and an exchange of the shares, "as a result of which" the stockholders before own "less than fifty percent (50%)" of the survivor.',
      reading:
        "Deemed Liquidation: every listed transaction (merger, exchange, reorganization by which another entity acquires the Corporation, asset-sale) is a liquidation only when the stockholders before own less than 50% after (for a sale of assets, of the purchaser), and only on the election of a majority of Series A (DEEMEDLIQ's elected, FALSE when omitted). At exactly 50% it is not.",
      why: 'The clause\'s closing words name "the merger, consolidation, sale or transfer of assets or other transaction", so the test follows every transaction listed; "less than" excludes 50% itself; the clause acts only "upon the election" of the Series A majority.',
    },
    {
      clause: "Art. IV(B)2(c)(ii)",
      question: "How are securities received in a deemed liquidation valued?",
      reading:
        "There is no market formula: \"the value of such noncash assets shall be determined by the Board of Directors ... acting in good faith\". SECURITYVALUE refuses JT Storage with that clause; the Board's value is an input (as the Waterfall sheet's deal block takes it).",
      why: "Unlike Juniper 4(d)(ii) and MagiNet 2(d), the charter gives no average-price rule to compute.",
    },
    {
      clause: "Art. IV(B)4(c)(iii), 2(b)",
      question: "Declared but unpaid dividends of Series A when it converts: cancelled or kept?",
      reading:
        'Declared On Conversion cancelled: 4(c)(iii) ends the right to "any accrued but unpaid dividends" on an automatic conversion and on a voluntary one within 90 days before it. ' +
        "In a liquidation Series A participates (2(b)) and does not convert, and the 2(b) proviso puts all of 2(a), its declared unpaid dividends (2(a)(ii)) with it, of no force; so the column moves no JT Storage " +
        "liquidation number. Not taken: kept (Juniper's reading), which the charter's express termination rules out.",
      why: "The only conversions the charter speaks to are the ones 4(c)(iii) names, and it terminates the dividends there.",
    },
  ],
  authorized: [
    { date: "1995-02-03", common: "24000000", preferred: "16000000", clause: "Restated Certificate, Art. IV(A)" },
    { date: "1995-08-01", common: "60000000", preferred: "31200000", clause: "Certificate of Amendment of 1995-08-01, Art. IV(A)" },
    { date: "1996-02-02", common: "90000000", preferred: "70000000", clause: "Certificate of Amendment signed 1996-02-02, filed 1996-02-05, Art. IV(A)" },
  ],
};
