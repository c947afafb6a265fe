// The HyperFormula host of the catalogue: CHARTER.* in HyperFormula formulas (tests, templates, the
// workbench page). Never bundled into the add-in (webpack.config.js refuses it).
export { CharterPlugin, CHARTER_CONFIG, CHARTER_TRANSLATIONS, createCharterEngine, hfName, refitSpills, registerCharterFunctions } from "./plugin";
export { hfError, hfResult, hfValue, hostScalar, hostValue, resultSize } from "./convert";
export type { HfScalar, HfValue } from "./convert";
