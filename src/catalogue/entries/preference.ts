// CHARTER.PREFERENCE(terms, className, [asOf]): the liquidation preference per share: Preference
// Multiple x Issue Price plus the dividend part (JT Storage Art. IV(B)2(a)(i)-(ii): $1.00 plus the greater
// of the accrual and declared but unpaid; Juniper 4(a)(i)-(ii) and MagiNet 2(a): the stated amount plus
// declared but unpaid dividends).
import { ZERO } from "../../engine/decimal";
import { preferenceDividend } from "../../engine/dividends/accrued";
import { findClass } from "../../engine/terms/parse";
import { defineFunction } from "../define";
import { AS_OF, CLASS_NAME, TERMS } from "../shared-params";

export const PREFERENCE = defineFunction({
  name: "PREFERENCE",
  description: "Liquidation preference per share of a class: Preference Multiple x Issue Price plus the dividends the charter adds.",
  params: [TERMS, CLASS_NAME, AS_OF],
  result: "number",
  returns: "The preference per share in dollars, unrounded (0 for Common and options).",
  run: (terms, className, asOf) => {
    const cls = findClass(terms, className);
    // Common and options carry no preference; they share what is left (the waterfall's claims).
    if (cls.kind !== "preferred") return ZERO;
    return cls.preferenceMultiple.times(cls.issuePrice).plus(preferenceDividend(cls, asOf));
  },
});
