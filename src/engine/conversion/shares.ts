// Common shares on conversion of Preferred: shares x Issue Price / Conversion Price, with the charter's
// rule for a fractional share.
//   JT Storage Art. IV(B)4(a): "$1.00 divided by the Conversion Price"; 4(c)(i): no fractional shares,
//     cash at fair market value or one whole share per fraction after aggregating, at the company's election.
//   Juniper 6(a)(i): Original Issue Price / conversion price; 6(g)(i): rounded down, cash at current market value.
//   MagiNet 3(a)(i)-(iv): $2.00 / $4.50 / $4.50 / $7.00 divided by the Conversion Price; 3(l): cash in lieu
//     at fair market value.
import { Decimal } from "../decimal";
import { invalid } from "../errors";
import { requireNonNegative, requirePositive } from "../checks";

/** How the fractional Common share is handled: down (cash in lieu), up (one whole share), nearest (half up), none. */
export type ConversionRoundingRule = "down" | "up" | "nearest" | "none";

export interface ConversionResult {
  /** Common shares delivered, rounded per the rule. */
  commonShares: Decimal;
  /** Common shares before rounding: shares x Issue Price / Conversion Price. */
  exact: Decimal;
  /** The fractional interest: exact less its whole part (the same whatever the rule). */
  fraction: Decimal;
  /** fraction x fair market value, when the rule is "down" and a fair market value is given; else null. */
  cashInLieu: Decimal | null;
}

const RULES: readonly ConversionRoundingRule[] = ["down", "up", "nearest", "none"];

/** Checks a rounding rule as a host passes it (case-insensitive), naming the argument. */
export function conversionRoundingRule(text: string, argument = "rounding"): ConversionRoundingRule {
  const rule = text.trim().toLowerCase();
  if ((RULES as readonly string[]).includes(rule)) return rule as ConversionRoundingRule;
  throw invalid({ argument, value: text }, `is not a rounding rule; use one of ${RULES.join(", ")}`);
}

/** Rounds an exact count of Common shares to whole shares by the rule. */
export function roundCommonShares(exact: Decimal, rounding: ConversionRoundingRule): Decimal {
  switch (rounding) {
    case "down":
      return exact.toDecimalPlaces(0, Decimal.ROUND_DOWN);
    case "up":
      return exact.toDecimalPlaces(0, Decimal.ROUND_UP);
    case "nearest":
      return exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    case "none":
      return exact;
  }
}

/**
 * Settles an exact number of Common shares (one holder's aggregate) by the rule: whole shares and,
 * when rounding down with a fair market value, the cash in lieu of the fraction.
 * Cash in lieu is fraction x fair market value exactly (not rounded to the cent: the caller pays it
 * in cents and decides the rounding of the payment).
 */
export function settleFraction(exact: Decimal, rounding: ConversionRoundingRule, fairMarketValue?: Decimal | null): ConversionResult {
  const fraction = exact.minus(exact.toDecimalPlaces(0, Decimal.ROUND_DOWN));
  const commonShares = roundCommonShares(exact, rounding);
  // Juniper 6(g)(i), MagiNet 3(l), JT Storage 4(c)(i) (cash at the company's election): cash for the
  // fraction not delivered. Rounding up delivers the fraction as a whole share, so no cash is due.
  const cashInLieu = rounding === "down" && fairMarketValue != null ? fraction.times(fairMarketValue) : null;
  return { commonShares, exact, fraction, cashInLieu };
}

/**
 * Common shares on conversion of `preferredShares`: shares x issuePrice / conversionPrice, rounded by
 * `rounding`. With rounding "down" and a fair market value, the fraction is paid in cash.
 * Errors (ChartError, #VALUE!): negative shares, an issue price or conversion price of zero or less,
 * a negative fair market value; each names the argument and the value.
 */
export function conversionShares(
  preferredShares: Decimal,
  issuePrice: Decimal,
  conversionPrice: Decimal,
  rounding: ConversionRoundingRule,
  fairMarketValue?: Decimal | null,
): ConversionResult {
  requireNonNegative(preferredShares, { argument: "preferredShares" });
  requirePositive(issuePrice, { argument: "issuePrice" });
  requirePositive(conversionPrice, { argument: "conversionPrice" });
  if (fairMarketValue != null) requireNonNegative(fairMarketValue, { argument: "fairMarketValue" });
  const rule = conversionRoundingRule(String(rounding));
  const exact = preferredShares.times(issuePrice).div(conversionPrice);
  return settleFraction(exact, rule, fairMarketValue);
}
