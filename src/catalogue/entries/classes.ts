// CHARTER.CLASSES(terms): the class names in terms order, the header row for LIQPREF's columns. A charter
// without a class named Common gets one (src/engine/terms/parse.ts), so Common is always listed.
import { defineFunction } from "../define";
import { TERMS } from "../shared-params";

export const CLASSES = defineFunction({
  name: "CLASSES",
  description: "The class names in terms order, Common included: the header row for LIQPREF's columns.",
  params: [TERMS],
  result: "matrix",
  returns: "One row of class names.",
  run: (terms) => [terms.classes.map((c) => c.name)],
});
