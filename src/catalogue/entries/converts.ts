// CHARTER.CONVERTS(terms, className, exitValue, [asOf]): whether a class takes conversion at an exit,
// i.e. its holders do better as Common than with the preference (JT Storage Art. IV(B)4(a), Juniper
// 6(a)(i), MagiNet 3(a)), or, for options, whether they exercise.
import { defineFunction } from "../define";
import { AS_OF, CLASS_NAME, EXIT_VALUE, TERMS } from "../shared-params";
import { checkExit, classIndex, waterfallOf } from "../waterfall";

export const CONVERTS = defineFunction({
  name: "CONVERTS",
  description: "TRUE when a class does better converting to Common at this exit (options: when they exercise).",
  params: [TERMS, CLASS_NAME, EXIT_VALUE, AS_OF],
  result: "boolean",
  returns: "TRUE or FALSE (always FALSE for Common and for a participating class, which never needs to convert).",
  run: (terms, className, exitValue, asOf) => {
    const w = waterfallOf(terms, asOf);
    const name = w.classes[classIndex(terms, w, className)];
    // Decision: at an exit where converting and not converting pay the same, the class does not convert
    // (the engine keeps the preference at equality), so TRUE always means strictly better as Common.
    return w.payouts(checkExit(exitValue, { argument: "exitValue" })).converts.includes(name);
  },
});
