// The charter terms model: one ShareClass per row of a terms table.
// Everything the engine computes reads this model and nothing else; the one way to build it from a
// table is `parseTerms` (./parse.ts), which checks every cell and names the class, column and value
// of anything wrong. Field comments say which table column (./columns.ts) each field comes from.
import type { Decimal } from "../decimal";

/** ISO calendar date, "YYYY-MM-DD". Hosts convert Excel serials and other forms before the engine. */
export type IsoDate = string;

export type ClassKind = "common" | "preferred" | "option";

/**
 * Participation after the preferences are paid.
 * - none: non-participating; takes the better of its preference or conversion to Common
 * - full: takes its preference and then shares the rest with Common as if converted
 * - capped: as full, until the total per share reaches Cap Multiple x Issue Price; then the better of
 *   the cap or conversion
 */
export type Participation = "none" | "full" | "capped";

/**
 * How a shortfall inside one seniority tier is shared among its classes (and holders).
 * - preference: in proportion to the full preferential amount (MagiNet 2(b))
 * - issue-price: in proportion to the Original Issue Price of the shares held (Juniper 4(b));
 *   no class is paid more than its full preference (the excess goes to the others, same basis)
 */
export type ShortfallBasis = "preference" | "issue-price";

/**
 * Dividends that add to the liquidation preference.
 * - declared: only declared-but-unpaid dividends (Juniper 4(a)(ii), MagiNet 2(a))
 * - cumulative: accrued at Dividend Rate from Issue Date to the distribution date, less Dividends Paid,
 *   plus nothing else
 * - greater-of: the greater of (accrual less dividends paid) and declared-but-unpaid
 *   (JT Storage Art. IV(B)2(a)(i)-(ii))
 */
export type DividendAccrual = "declared" | "cumulative" | "greater-of";

/**
 * Day-count bases for accruals "adjusted for partial years", the Day Count column's default first.
 * anniversary: whole years counted by anniversary of the start date, plus the partial year since the last
 * anniversary pro rata by its actual days (days elapsed / the days of that year, 365 or 366): three whole
 * years are exactly three times the rate whatever 29 Februaries they hold (JT Storage Art. IV(B)2(a)(i)).
 * actual/actual is this product's older name for the same basis (kept so that tables using it read the same).
 */
export const DAY_COUNTS = ["actual/365", "actual/actual", "30/360", "anniversary"] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

/** Conversion price adjustment on a dilutive issue. */
export type AntiDilution = "broad" | "narrow" | "full-ratchet" | "none";

/**
 * Rounding of an adjusted conversion price.
 * - cent: to the nearest cent (Juniper 6(d)(iv) "calculated to the nearest cent")
 * - carry-forward: no adjustment under one cent; the part not made is carried forward into the next
 *   adjustment (MagiNet 3(f)(i)(B)); the price itself is kept unrounded
 * - none: unrounded
 */
export type AdjustmentRounding = "cent" | "carry-forward" | "none";

/**
 * Which changes in the terms of options (or convertibles) deemed issued readjust the Conversion Price.
 * - either: any change in the number of shares or the exercise price, up or down (MagiNet 3(f)(i)(E)(3))
 * - raise-only: only an increase in the consideration payable or a decrease in the shares issuable
 *   (Juniper 6(d)(iii)(B))
 */
export const OPTION_CHANGES = ["either", "raise-only"] as const;
export type OptionChanges = (typeof OPTION_CHANGES)[number];

/**
 * What a series' declared but unpaid dividends do when it converts.
 * - cancelled: they are cancelled on conversion (MagiNet 3(b); JT Storage Art. IV(B)4(c)(iii))
 * - kept: they stay owed to the holder (Juniper: no clause cancels them, FOURTH 4(a)(ii), 6(b)); in a
 *   liquidation a converting series still takes them ahead of Common
 */
export const DECLARED_ON_CONVERSION = ["cancelled", "kept"] as const;
export type DeclaredOnConversion = (typeof DECLARED_ON_CONVERSION)[number];

/**
 * The per-share amounts of a series that follow a split, combination or stock dividend of that series
 * (divided by new / old shares): those the charter states "as adjusted for ... splits ... with respect to
 * such shares" (MagiNet FOURTH 1, 2(a); JT Storage Art. IV(B)1(a), 2(a), 3). The others stay per share.
 */
export const SERIES_SPLIT_AMOUNTS = ["preference", "cap", "dividend-rate", "redemption-price", "waiver-price"] as const;
export type SeriesSplitAmount = (typeof SERIES_SPLIT_AMOUNTS)[number];

/**
 * What a split, combination or stock dividend of Common does to a series' Conversion Price when the series
 * is split at the same ratio on the same date.
 * - adjusts: as any split of Common (Juniper 6(e)(i); MagiNet 3(c): no exception)
 * - unchanged: no adjustment (JT Storage Art. IV(B)4(d)(i): only when the Series A is "not identically subdivided")
 */
export const IDENTICAL_SPLITS = ["adjusts", "unchanged"] as const;
export type IdenticalSplit = (typeof IDENTICAL_SPLITS)[number];

/** Fractional Common on conversion: down with cash in lieu, up after aggregating a holder's shares, or none. */
export type ConversionRounding = "down" | "up" | "none";

/**
 * Votes as converted:
 * - nearest: nearest whole vote (half up) after aggregating a holder's shares (Juniper 7(a), MagiNet 4(a))
 * - down: whole votes only, rounded down after aggregating a holder's shares
 * - down-per-share: each share votes the full shares of Common it converts into, floor(Issue Price /
 *   Conversion Price), times the shares held (JT Storage Art. IV(B)5: "one vote for each full share of
 *   Common Stock into which each such share ... could then be converted")
 * - none: unrounded
 */
export type VoteRounding = "nearest" | "down" | "down-per-share" | "none";

/** Option and warrant strike: net of strike (payout p - K), or strike cash added to proceeds (payout p, proceeds + K). */
export type StrikeConvention = "net" | "cash";

/** A comparison threshold such as ">= 5.00" or "> 10000000" or ">= 3 x CP" (multiple of the conversion price). */
export interface Threshold {
  op: ">=" | ">";
  /** An absolute amount, or a multiple of the class's conversion price when `ofConversionPrice` is true. */
  value: Decimal;
  ofConversionPrice: boolean;
}

export interface ShareClass {
  /** Class: the class's name as the charter says it ("Series A", "Common"). Unique, case-insensitive. */
  name: string;
  /** Kind: common, preferred or option (options and warrants). */
  kind: ClassKind;
  /** Shares: shares (or options) outstanding. */
  shares: Decimal;
  /** Issue Price: Original Issue Price per share (0 for Common). */
  issuePrice: Decimal;
  /** Preference Multiple: the liquidation preference per share is this x Issue Price (plus dividends). */
  preferenceMultiple: Decimal;
  /** Seniority: OCF convention, a higher number is paid first; equal numbers are pari passu. */
  seniority: number;
  /** Participation: none, full or capped. */
  participation: Participation;
  /** Cap Multiple: total return per share capped at this x Issue Price (capped only). */
  capMultiple: Decimal | null;
  /** Conversion Price: Common per preferred share = Issue Price / Conversion Price. */
  conversionPrice: Decimal;
  /** Shortfall Basis: how a shortfall inside the tier is shared. */
  shortfallBasis: ShortfallBasis;
  /** Waiver Price: the preference falls away when the class would receive at least this per share as converted (JT Storage 2(b) proviso). */
  waiverPrice: Decimal | null;
  /** Strike: exercise price per share (options only). */
  strike: Decimal;
  /** Exercise: strike convention (options only). */
  strikeConvention: StrikeConvention;

  /** Dividend Rate: $ per share per annum. */
  dividendRate: Decimal;
  /** Dividend Accrual: declared, cumulative or greater-of. */
  dividendAccrual: DividendAccrual;
  /** Day Count: basis for accrual over partial years. */
  dayCount: DayCount;
  /** Issue Date: original issue date (accrual start, IPO reset windows). */
  issueDate: IsoDate | null;
  /** Declared Unpaid: declared but unpaid dividends per share. */
  declaredUnpaid: Decimal;
  /** Declared On Conversion: whether a converting series keeps its declared but unpaid dividends. */
  declaredOnConversion: DeclaredOnConversion;
  /** Dividends Paid: dividends and distributions already paid per share (reduce a cumulative accrual). */
  dividendsPaid: Decimal;
  /** Dividend Priority: higher ranks are paid first when a dividend is declared; equal ranks ratably. */
  dividendPriority: number;
  /** Dividend Participation: shares, as converted, in dividends beyond the preferential ones. */
  dividendParticipation: boolean;

  /** Conversion Rounding: fractional Common on conversion. */
  conversionRounding: ConversionRounding;
  /** Anti-Dilution: broad, narrow, full-ratchet or none. */
  antiDilution: AntiDilution;
  /** Adjustment Rounding: cent, carry-forward or none. */
  adjustmentRounding: AdjustmentRounding;
  /** Option Changes: which changes in the terms of options deemed issued readjust the price. */
  optionChanges: OptionChanges;
  /** Dilution From: issues and grants on or before this date adjust nothing (MagiNet 3(f)(iii), Juniper 6(d)(i)(D)); null: every issue. */
  dilutionFrom: IsoDate | null;
  /** Short Options: options expiring within this many days of issue adjust only once all are exercised or expired (Juniper 6(d)(iii)(E)). */
  shortOptionDays: number | null;
  /** Series Split Adjusts: the per-share amounts that follow a split of this series (none: each stays per share). */
  seriesSplitAdjusts: readonly SeriesSplitAmount[];
  /** Identical Split: whether a split of Common moves the Conversion Price when this series is split alike the same day. */
  identicalSplit: IdenticalSplit;
  /** Auto Convert Price: the IPO price test for automatic conversion, e.g. ">= 5.00" or ">= 3 x CP". */
  autoConvertPrice: Threshold | null;
  /** Auto Convert Proceeds: the offering proceeds test, e.g. "> 10000000". */
  autoConvertProceeds: Threshold | null;
  /** IPO Reset: the rule that resets the conversion price on an IPO (see engine/ipo), as written in the table. */
  ipoReset: string | null;
  /** Redemption: the redemption schedule (see engine/redemption), as written in the table. */
  redemption: string | null;
  /** Redemption Price: base price per share on redemption (accrued unpaid dividends are added). */
  redemptionPrice: Decimal | null;
  /** Vote Rounding: votes as converted. */
  voteRounding: VoteRounding;

  /** Deemed Liquidation: the charter-wide rule for deemed liquidations and securities received, as written (see engine/deemed-liquidation). */
  deemedLiquidation: string | null;

  /** Clause citations by column header, e.g. { "Issue Price": "Art. IV(B)2(a)" }; from the Clauses column. */
  clauses: Readonly<Record<string, string>>;
}

export interface CharterTerms {
  /** In table order. Exactly one class may be named Common; a charter without one gets Common with 0 shares. */
  classes: readonly ShareClass[];
}
