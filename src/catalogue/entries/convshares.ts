// CHARTER.CONVSHARES(preferredShares, originalIssuePrice, conversionPrice, [rounding]): Common issued on
// conversion, shares x Original Issue Price / Conversion Price (JT Storage Art. IV(B)4(a); Juniper
// 6(a)(i); MagiNet 3(a)), with the fraction rounded per the charter (Juniper 6(g)(i) and MagiNet 3(l):
// down, cash in lieu; JT Storage 4(c)(i): up after aggregating, at the company's election).
import { conversionShares } from "../../engine/conversion";
import { requirePositive } from "../../engine/checks";
import { defineFunction } from "../define";
import { optional, param } from "../params";

const ROUNDINGS = ["down", "up", "nearest", "none"] as const;

export const CONVSHARES = defineFunction({
  name: "CONVSHARES",
  description: "Common shares on conversion of preferred: shares x Original Issue Price / Conversion Price, with the fraction rounded.",
  params: [
    param.shares("preferredShares", "Preferred shares converted (one holder's aggregate, when the charter rounds after aggregating)."),
    param.number("originalIssuePrice", "Original Issue Price per preferred share."),
    param.number("conversionPrice", "Conversion price in effect."),
    optional(param.choice("rounding", "Fractional share: down (default; cash in lieu), up, nearest or none.", ROUNDINGS)),
  ],
  result: "number",
  returns: "The Common shares issued on conversion.",
  run: (shares, issuePrice, conversionPrice, rounding) => {
    // Checked here so the message names this function's argument (the engine calls it issuePrice).
    requirePositive(issuePrice, { argument: "originalIssuePrice" });
    // Decision: default "down", the Juniper and MagiNet rule and the Conversion Rounding column's default.
    return conversionShares(shares, issuePrice, conversionPrice, rounding ?? "down").commonShares;
  },
});
