// A split, combination or stock dividend of a series of Preferred (an event whose Security names it):
// what the series' terms become. Readings (the presets cite them per charter):
//   - Shares x new / old.
//   - Issue Price and Conversion Price unchanged: the conversion numerator is a fixed amount per share
//     (JT Storage Art. IV(B)4(a) "$1.00"; Juniper 6(a)(i) "the Original Issue Price"; MagiNet 3(a)(i)-(iv)
//     "dividing $2.00 by"), not said to be adjusted, and the Conversion Price adjusts only for splits of
//     Common (JT 4(d)(i); Juniper 6(e)(i); MagiNet 3(c)). So each new share converts as an old one did and
//     the series' Common on conversion is multiplied by new / old. Not taken: an economically neutral
//     split (numerator / ratio), which needs an amendment of the charter.
//   - The amounts the terms' Series Split Adjusts lists (those "as adjusted for ... splits ... with respect
//     to such shares") x old / new: the Preference Multiple for the preference (Issue Price stays, being
//     the conversion numerator), the Cap Multiple, Dividend Rate, Redemption Price, Waiver Price. The rest
//     stay per share.
//   - Declared Unpaid and Dividends Paid x old / new always: they are per-share forms of amounts already
//     declared or paid "on such shares", which a split does not change in total.
import type { Decimal } from "../decimal";
import { formatCutMoney, formatCut, formatCutShares } from "../format";
import type { SeriesSplitAmount, ShareClass } from "../terms/model";

/** The splits of one series so far as one exact ratio: `newShares` now for every `oldShares` at the start. */
export interface SeriesRatio {
  newShares: Decimal;
  oldShares: Decimal;
}

function adjusts(cls: ShareClass, amount: SeriesSplitAmount): boolean {
  return cls.seriesSplitAdjusts.includes(amount);
}

/**
 * The class as the terms state it after the series' splits (`ratio`, cumulative) with `shares` outstanding
 * and `conversionPrice` in effect; the amounts are taken from the terms' own (so a split and its reverse
 * restore them exactly).
 */
export function classAfterSplits(cls: ShareClass, shares: Decimal, conversionPrice: Decimal, ratio: SeriesRatio): ShareClass {
  const per = (x: Decimal) => x.times(ratio.oldShares).div(ratio.newShares);
  const perIf = (amount: SeriesSplitAmount, x: Decimal) => (adjusts(cls, amount) ? per(x) : x);
  const perIfNull = (amount: SeriesSplitAmount, x: Decimal | null) => (x === null ? null : perIf(amount, x));
  return {
    ...cls,
    shares,
    conversionPrice,
    preferenceMultiple: perIf("preference", cls.preferenceMultiple),
    capMultiple: perIfNull("cap", cls.capMultiple),
    dividendRate: perIf("dividend-rate", cls.dividendRate),
    redemptionPrice: perIfNull("redemption-price", cls.redemptionPrice),
    waiverPrice: perIfNull("waiver-price", cls.waiverPrice),
    declaredUnpaid: per(cls.declaredUnpaid),
    dividendsPaid: per(cls.dividendsPaid),
  };
}

/** The amounts a split changed, before -> after, in words for the ledger's step and the certificate. */
export function seriesSplitArithmetic(before: ShareClass, after: ShareClass, newShares: Decimal, oldShares: Decimal): string {
  const r = `${formatCut(oldShares)} / ${formatCut(newShares)}`;
  const parts = [`Shares ${formatCutShares(before.shares)} x ${formatCut(newShares)} / ${formatCut(oldShares)} = ${formatCutShares(after.shares)}`];
  const money = (label: string, a: Decimal | null, b: Decimal | null) => {
    if (a !== null && b !== null && !a.equals(b)) parts.push(`${label} ${formatCutMoney(a)} x ${r} = ${formatCutMoney(b)}`);
  };
  if (!before.preferenceMultiple.equals(after.preferenceMultiple)) {
    parts.push(
      `Preference Multiple ${formatCut(before.preferenceMultiple)} x ${r} = ${formatCut(after.preferenceMultiple)} (${formatCutMoney(after.preferenceMultiple.times(after.issuePrice))} a share)`,
    );
  }
  if (before.capMultiple !== null && after.capMultiple !== null && !before.capMultiple.equals(after.capMultiple)) {
    parts.push(`Cap Multiple ${formatCut(before.capMultiple)} x ${r} = ${formatCut(after.capMultiple)}`);
  }
  money("Dividend Rate", before.dividendRate, after.dividendRate);
  money("Redemption Price", before.redemptionPrice, after.redemptionPrice);
  money("Waiver Price", before.waiverPrice, after.waiverPrice);
  money("Declared Unpaid", before.declaredUnpaid, after.declaredUnpaid);
  money("Dividends Paid", before.dividendsPaid, after.dividendsPaid);
  if (before.issuePrice.greaterThan(0)) {
    const each = after.issuePrice.div(after.conversionPrice);
    parts.push(
      `Common on conversion: ${formatCutMoney(after.issuePrice)} / ${formatCutMoney(after.conversionPrice)} = ${formatCut(each, 0, 6)} a share, unchanged; ` +
        `${formatCut(before.shares.times(each), 0, 6)} for the series before, ${formatCut(after.shares.times(each), 0, 6)} after`,
    );
  }
  return parts.join("; ");
}

/** The amounts that stay per share though the series split, in words (""): for the step's reason. */
export function unadjustedAmounts(cls: ShareClass): string {
  const stay: string[] = [];
  if (!adjusts(cls, "preference") && cls.preferenceMultiple.greaterThan(0)) stay.push("preference");
  if (!adjusts(cls, "cap") && cls.capMultiple !== null) stay.push("cap");
  if (!adjusts(cls, "dividend-rate") && cls.dividendRate.greaterThan(0)) stay.push("dividend rate");
  if (!adjusts(cls, "redemption-price") && cls.redemptionPrice !== null) stay.push("redemption price");
  if (!adjusts(cls, "waiver-price") && cls.waiverPrice !== null) stay.push("waiver price");
  return stay.join(", ");
}
