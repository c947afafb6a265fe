// One holder's conversion of several lots (certificates, or classes) at once: the fractions are
// aggregated before the one rounding ("after aggregating all fractional shares held by each
// stockholder", JT Storage Art. IV(B)4(c)(i); Juniper 6(g)(i): the fractional interest "deliverable upon
// conversion of the Preferred Stock then being converted by a stockholder"; MagiNet 3(l): "if the
// conversion would result in the issuance of a fraction").
import { Decimal, ZERO } from "../decimal";
import { invalid } from "../errors";
import { requireNonNegative, requirePositive } from "../checks";
import { conversionRoundingRule, settleFraction, type ConversionResult, type ConversionRoundingRule } from "./shares";

export interface ConversionLot {
  preferredShares: Decimal;
  issuePrice: Decimal;
  conversionPrice: Decimal;
}

export interface HolderConversion extends ConversionResult {
  /** Each lot's exact Common shares, in the order given. */
  lots: Decimal[];
}

/** A holder's Common shares: the exact shares of every lot summed, then rounded once by `rounding`. */
export function holderConversion(lots: readonly ConversionLot[], rounding: ConversionRoundingRule, fairMarketValue?: Decimal | null): HolderConversion {
  if (lots.length === 0) throw invalid({ argument: "lots", value: "[]" }, "give at least one lot of Preferred to convert");
  const rule = conversionRoundingRule(String(rounding));
  if (fairMarketValue != null) requireNonNegative(fairMarketValue, { argument: "fairMarketValue" });
  const exacts = lots.map((lot, i) => {
    const argument = `lots row ${i + 1}`;
    requireNonNegative(lot.preferredShares, { argument, column: "preferredShares" });
    requirePositive(lot.issuePrice, { argument, column: "issuePrice" });
    requirePositive(lot.conversionPrice, { argument, column: "conversionPrice" });
    return lot.preferredShares.times(lot.issuePrice).div(lot.conversionPrice);
  });
  const exact = exacts.reduce((s: Decimal, x) => s.plus(x), ZERO);
  return { ...settleFraction(exact, rule, fairMarketValue), lots: exacts };
}
