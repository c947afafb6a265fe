// CHARTER.FULLRATCHET(conversionPrice, pricePerNewShare): the full-ratchet conversion price, the standard
// alternative to the weighted average (none of the three charters uses it; see engine/antidilution/ratchet.ts).
import { fullRatchet } from "../../engine/antidilution";
import { defineFunction } from "../define";
import { param } from "../params";

export const FULLRATCHET = defineFunction({
  name: "FULLRATCHET",
  description: "Full-ratchet anti-dilution: the conversion price falls to the price per share of a lower-priced issue.",
  params: [
    param.number("conversionPrice", "Conversion price in effect before the issue."),
    param.number("pricePerNewShare", "Price per share of the new issue (more than zero)."),
  ],
  result: "number",
  returns: "The lower of the conversion price and the new price per share.",
  run: (cp1, price) => fullRatchet(cp1, price),
});
