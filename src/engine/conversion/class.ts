// Conversion of a class's shares by the class's own terms: its Issue Price, Conversion Price (or the
// price in effect after adjustments) and Conversion Rounding column.
import type { Decimal } from "../decimal";
import { invalid } from "../errors";
import type { ShareClass } from "../terms/model";
import { conversionShares, type ConversionResult } from "./shares";

/**
 * Common shares on conversion of `preferredShares` of `cls`, rounded by the class's Conversion Rounding
 * (JT Storage 4(c)(i) up; Juniper 6(g)(i) and MagiNet 3(l) down with cash in lieu).
 * `conversionPrice` overrides the class's column with the price in effect (e.g. after adjustments).
 */
export function conversionSharesForClass(
  cls: ShareClass,
  preferredShares: Decimal,
  fairMarketValue?: Decimal | null,
  conversionPrice?: Decimal | null,
): ConversionResult {
  if (cls.kind !== "preferred") {
    throw invalid({ className: cls.name, column: "Kind", value: cls.kind }, "only a class of Preferred converts into Common");
  }
  const price = conversionPrice ?? cls.conversionPrice;
  if (!price.greaterThan(0)) {
    throw invalid({ className: cls.name, column: "Conversion Price", value: price.toString() }, "must be more than zero");
  }
  if (!cls.issuePrice.greaterThan(0)) {
    throw invalid({ className: cls.name, column: "Issue Price", value: cls.issuePrice.toString() }, "must be more than zero to convert");
  }
  return conversionShares(preferredShares, cls.issuePrice, price, cls.conversionRounding, fairMarketValue);
}
