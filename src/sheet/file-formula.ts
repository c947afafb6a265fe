// A formula as an .xlsx file stores it and as a user types it. Excel saves a JavaScript custom function
// as _xldudf_CHARTER_LIQPREF( (the dots of the namespaced name become underscores) and a newer built-in
// function with an _xlfn. (or _xlfn._xlws.) prefix; the templates write the first form
// (src/templates/xlsx.ts), the tests and the workbench read both back.

/** The prefix Excel writes before a JavaScript custom function's name in a saved file. */
export const UDF_PREFIX = "_xldudf_";

/** CHARTER.LIQPREF( -> _xldudf_CHARTER_LIQPREF(. */
export function toFileFormula(formula: string): string {
  return formula.replace(/\bCHARTER\.([A-Z][A-Z0-9.]*)\(/g, (_, name: string) => `${UDF_PREFIX}CHARTER_${name.replace(/\./g, "_")}(`);
}

/** The inverse, for reading a file back: _xldudf_CHARTER_LIQPREF( -> CHARTER.LIQPREF(; _xlfn. / _xlws. prefixes dropped. */
export function fromFileFormula(formula: string): string {
  return formula
    .replace(new RegExp(`${UDF_PREFIX}CHARTER_([A-Z][A-Z0-9_]*)\\(`, "g"), (_, name: string) => `CHARTER.${name.replace(/_/g, ".")}(`)
    .replace(/_xlfn\._xlws\.|_xlfn\.|_xlws\./g, "");
}
