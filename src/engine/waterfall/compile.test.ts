import { dec } from "../decimal";
import { presetTerms, JT_STORAGE_WORKED, MAGINET_BY_SENIORITY } from "../../../test/fixtures/charters";
import { compileWaterfall, solveWaterfall } from "./compile";
import { expectDec } from "../../../test/helpers/expect-decimal";

test("compiled once per terms object and date", () => {
  const terms = presetTerms("maginet", {}, MAGINET_BY_SENIORITY);
  expect(compileWaterfall(terms, null)).toBe(compileWaterfall(terms, null));
  expect(solveWaterfall(terms, null)).not.toBe(compileWaterfall(terms, null));
  // Another terms object with the same numbers is compiled afresh.
  expect(compileWaterfall(presetTerms("maginet", {}, MAGINET_BY_SENIORITY), null)).not.toBe(compileWaterfall(terms, null));
});

test("the date is part of the key: JT Storage accrues to each date", () => {
  const terms = presetTerms("jt-storage", JT_STORAGE_WORKED);
  // 1997-01-10 to 1998-01-10: 365 days, $0.09: 10,000,000 x 1.09; to 1999-01-10: 730 days, $0.18.
  expectDec(compileWaterfall(terms, "1998-01-10").totalPreferences, "10900000");
  expectDec(compileWaterfall(terms, "1999-01-10").totalPreferences, "11800000");
});

test("payouts hand back fresh amounts: editing them leaves the solver as it was", () => {
  const w = compileWaterfall(presetTerms("maginet", {}, MAGINET_BY_SENIORITY), null);
  const first = w.payouts(dec("11000003"));
  first.amounts[0] = dec(0);
  expectDec(w.payouts(dec("11000003")).amounts[0], "11000003");
  expect(Object.isFrozen(first.classes)).toBe(true);
});
