// The columns of a terms table: the one table shape shared by the workbook (the task pane inserts it,
// formulas read it), the `charter` command's CSV and the presets. Headers match case-insensitively and
// ignoring spaces, so "Issue Price", "issue price" and "IssuePrice" are one column.
// `required` columns must be present in every table; the others take `default` when absent or blank.

export interface ColumnSpec {
  header: string;
  required: boolean;
  /** The value a blank cell or an absent column takes, as it would be typed in the table. */
  default: string;
  /** What the column means, for help text and the README. */
  help: string;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { header: "Class", required: true, default: "", help: "The class's name as the charter says it, e.g. Series A, Common." },
  { header: "Shares", required: true, default: "", help: "Shares (or options) outstanding." },
  { header: "Issue Price", required: true, default: "", help: "Original Issue Price per share; 0 for Common." },
  { header: "Preference Multiple", required: true, default: "", help: "Liquidation preference per share = multiple x Issue Price (plus dividends)." },
  { header: "Seniority", required: true, default: "", help: "Higher is paid first; equal numbers are pari passu (OCF convention)." },
  { header: "Participation", required: true, default: "", help: "none, full or capped." },
  { header: "Cap Multiple", required: true, default: "", help: "For capped participation: total return cap as a multiple of Issue Price; blank otherwise." },
  { header: "Conversion Price", required: true, default: "", help: "Common per share on conversion = Issue Price / Conversion Price." },
  { header: "Kind", required: false, default: "", help: "common, preferred or option. Blank: common for the class named Common, preferred otherwise." },
  {
    header: "Shortfall Basis",
    required: false,
    default: "preference",
    help: "Shortfall inside a tier shared in proportion to: preference (full preferential amount) or issue-price (OIP of shares held).",
  },
  {
    header: "Waiver Price",
    required: false,
    default: "",
    help: "Preference falls away when the class would get at least this per share as converted (JT Storage).",
  },
  { header: "Strike", required: false, default: "0", help: "Options and warrants: exercise price per share." },
  { header: "Exercise", required: false, default: "net", help: "Options: net (payout net of strike) or cash (strike paid in, added to proceeds)." },
  { header: "Dividend Rate", required: false, default: "0", help: "Dividend per share per annum." },
  {
    header: "Dividend Accrual",
    required: false,
    default: "declared",
    help: "declared (declared but unpaid only), cumulative, or greater-of (accrual less paid vs declared unpaid).",
  },
  {
    header: "Day Count",
    required: false,
    default: "actual/365",
    help: "Accrual basis for partial years: actual/365, anniversary (whole years by anniversary plus the partial year by its actual days, 365 or 366; actual/actual is the same basis) or 30/360.",
  },
  { header: "Issue Date", required: false, default: "", help: "Original issue date, YYYY-MM-DD (accrual start; IPO reset windows)." },
  { header: "Declared Unpaid", required: false, default: "0", help: "Declared but unpaid dividends per share." },
  {
    header: "Declared On Conversion",
    required: false,
    default: "cancelled",
    help: "What a series' declared but unpaid dividends do when it converts: cancelled (MagiNet 3(b); JT Storage Art. IV(B)4(c)(iii)) or kept, still owed and paid ahead of Common, so the series converts once Declared Unpaid plus its share as converted beats its preference (Juniper: no clause cancels them, FOURTH 4(a)(ii), 6(b)).",
  },
  { header: "Dividends Paid", required: false, default: "0", help: "Dividends and distributions already paid per share." },
  { header: "Dividend Priority", required: false, default: "0", help: "Order of preferential dividends: higher first, equal ratably." },
  {
    header: "Dividend Participation",
    required: false,
    default: "no",
    help: "yes if the class shares, as converted, in dividends beyond the preferential ones.",
  },
  {
    header: "Conversion Rounding",
    required: false,
    default: "down",
    help: "Fractional Common on conversion: down (cash in lieu), up (after aggregating) or none.",
  },
  { header: "Anti-Dilution", required: false, default: "none", help: "broad, narrow, full-ratchet or none." },
  {
    header: "Adjustment Rounding",
    required: false,
    default: "none",
    help: "cent (nearest cent), carry-forward (none under one cent, carried forward) or none.",
  },
  {
    header: "Option Changes",
    required: false,
    default: "either",
    help: "Which changes in the terms of options deemed issued readjust the Conversion Price: either (any change in the shares or the price, up or down; MagiNet 3(f)(i)(E)(3)) or raise-only (only an increase in the consideration or a decrease in the shares; Juniper 6(d)(iii)(B)).",
  },
  {
    header: "Dilution From",
    required: false,
    default: "",
    help: "The date the charter's dilutive issues are counted after: an issue or grant on or before it is not Additional Stock and adjusts nothing (MagiNet 3(f)(ii)-(iii): after the Effective Date; Juniper 6(d)(i)(B), (D): after the Series D1 Original Issue Date). Blank: every issue counts.",
  },
  {
    header: "Short Options",
    required: false,
    default: "",
    help: "Days: options that expire by their terms not more than this many days after issue adjust nothing until all of them are exercised or expired, then as the Common actually issued (Juniper 6(d)(iii)(E): 30). Blank: none; the grant's Expiry Date is an events column.",
  },
  {
    header: "Series Split Adjusts",
    required: false,
    default: "none",
    help: 'The per-share amounts that follow a split, combination or stock dividend of this series (an event with the series as Security), divided by new / old shares: any of preference, cap, dividend-rate, redemption-price, waiver-price, or none. List those the charter states "as adjusted for ... splits ... with respect to such shares" (MagiNet FOURTH 1, 2(a): preference, dividend-rate; JT Storage Art. IV(B)1(a), 2(a), 3: preference, dividend-rate, redemption-price); the others stay per share. Issue Price and Conversion Price never move with it (the conversion numerator is a fixed amount per share), and Declared Unpaid and Dividends Paid always do (an amount owed or paid does not grow with the shares).',
  },
  {
    header: "Identical Split",
    required: false,
    default: "adjusts",
    help: 'A split, combination or stock dividend of Common on a date this series is split at the same ratio: adjusts (the Conversion Price moves as for any split of Common; Juniper 6(e)(i), MagiNet 3(c)) or unchanged (JT Storage Art. IV(B)4(d)(i): only when the Series A is "not identically subdivided").',
  },
  { header: "Auto Convert Price", required: false, default: "", help: "IPO price test, e.g. >= 5.00 or >= 3 x CP." },
  { header: "Auto Convert Proceeds", required: false, default: "", help: "IPO proceeds test, e.g. > 10000000." },
  { header: "IPO Reset", required: false, default: "", help: "Conversion price reset on an IPO (rule syntax in the README)." },
  { header: "Redemption", required: false, default: "", help: "Redemption schedule, e.g. 2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all." },
  { header: "Redemption Price", required: false, default: "", help: "Redemption price per share before accrued unpaid dividends." },
  {
    header: "Vote Rounding",
    required: false,
    default: "nearest",
    help: "Votes as converted: nearest (half up, per holder), down (whole votes, per holder), down-per-share (each share's full Common, floor(Issue Price / Conversion Price), times shares) or none.",
  },
  {
    header: "Deemed Liquidation",
    required: false,
    default: "",
    help: "Charter-wide, in any one row (blank in the others, or the same text): which mergers, sales and exchanges are a liquidation and how securities received are valued, e.g. merger, asset-sale if owned <= 50%; securities average 30 days ending 3 days before closing; otc bid (syntax in the README).",
  },
  { header: "Clauses", required: false, default: "", help: "Clause citations: Column=clause pairs separated by ';', e.g. Issue Price=Art. IV(B)2(a)." },
];

/** A header reduced to its comparison key: lower case, spaces, dashes and underscores removed. */
export function columnKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, "");
}
