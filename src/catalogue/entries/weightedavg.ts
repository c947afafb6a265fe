// CHARTER.WEIGHTEDAVG(conversionPrice, sharesOutstanding, newShares, pricePerNewShare, [decimals]):
// the weighted-average conversion price CP2 = CP1 x (A + B) / (A + C) (Juniper 6(d)(iv);
// MagiNet 3(f)(i)(A)); broad or narrow is the caller's choice of sharesOutstanding (A).
import { weightedAverageAtPrice } from "../../engine/antidilution";
import { defineFunction } from "../define";
import { optional, param } from "../params";

export const WEIGHTEDAVG = defineFunction({
  name: "WEIGHTEDAVG",
  description: "Weighted-average anti-dilution: the new conversion price CP1 x (A + B) / (A + C) after an issue below the conversion price.",
  params: [
    param.number("conversionPrice", "Conversion price in effect before the issue (CP1)."),
    param.shares("sharesOutstanding", "Common deemed outstanding before the issue (A): broad or narrow base, as the charter defines it."),
    param.shares("newShares", "Shares issued in the dilutive issue (C)."),
    param.number("pricePerNewShare", "Price (consideration) per new share; B = newShares x price / CP1."),
    optional(param.integer("decimals", "Round the new price half up to this many decimal places (2: nearest cent); omitted: unrounded.")),
  ],
  result: "number",
  returns: "The adjusted conversion price; the price in effect when the issue is not below it.",
  // Juniper 6(d)(ii), MagiNet 3(f)(i)(A): no adjustment unless the price is below CP1 (the engine's rule).
  run: (cp1, a, newShares, price, decimals) => weightedAverageAtPrice(cp1, a, newShares, price, decimals),
});
