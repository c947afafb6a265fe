// Shortfall inside one tier on the "issue-price" basis (Juniper 4(b)): in proportion to Issue Price x
// shares held, no class above its full preference, the excess to the others on the same basis.
import { dec } from "../decimal";
import { compileWaterfall } from "./compile";
import { charterTerms } from "../../../test/fixtures/classes";
import { expectAmounts, expectDec } from "../../../test/helpers/expect-decimal";

// X: 100 shares at $1.00 with $1.00 declared unpaid (4(a)(ii)) -> preference $2.00, 200 in all.
// Y: 100 shares at $1.00, nothing declared -> 100. Equal weights (1.00 x 100 each). Total 300.
const w = compileWaterfall(
  charterTerms(
    { name: "X", shares: 100, issuePrice: "1.00", declaredUnpaid: "1.00", shortfallBasis: "issue-price" },
    { name: "Y", shares: 100, issuePrice: "1.00", shortfallBasis: "issue-price" },
    { name: "Common", shares: 100 },
  ),
  null,
);

test("below Y's preference both share equally", () => {
  // 150 / 2 = 75 each.
  expectAmounts(w.payouts(dec(150)).amounts, [75, 75, 0]);
});

test("Y is whole at 200 and the excess goes to X", () => {
  // 240 would be 120 each; Y is capped at 100, the other 20 go to X: X 140, Y 100.
  expectAmounts(w.payouts(dec(240)).amounts, [140, 100, 0]);
});

test("breakpoints: Y whole at 200, X at 300", () => {
  expect(
    w
      .breakpoints()
      .slice(0, 2)
      .map((b) => [b.exitValue.toString(), b.className, b.event]),
  ).toEqual([
    ["200", "Y", "preference paid in full"],
    ["300", "X", "preference paid in full"],
  ]);
});

test("the same classes on the preference basis share in proportion to the full preference", () => {
  // 240 x 200/300 = 160 for X, 240 x 100/300 = 80 for Y.
  const pref = compileWaterfall(
    charterTerms({ name: "X", shares: 100, issuePrice: "1.00", declaredUnpaid: "1.00" }, { name: "Y", shares: 100, issuePrice: "1.00" }),
    null,
  );
  expectAmounts(pref.payouts(dec(240)).amounts, [160, 80]);
});

test("a class with no preference takes no part in the tiers and shares as Common", () => {
  // Z: preferred, multiple 0, no dividends, non-participating, r = 1: Common-like.
  // Exit 150, short: X and Y pari passu pro rata to 200 : 100 -> X 100, Y 50; Z and Common nothing.
  // Exit 500: X 200 + Y 100 = 300 preferences; 200 over Common 100 + Z 100: p = 1.
  const wz = compileWaterfall(
    charterTerms(
      { name: "X", shares: 100, issuePrice: "1.00", declaredUnpaid: "1.00" },
      { name: "Y", shares: 100, issuePrice: "1.00" },
      { name: "Z", shares: 100, issuePrice: "1.00", preferenceMultiple: 0 },
      { name: "Common", shares: 100 },
    ),
    null,
  );
  expectDec(wz.totalPreferences, 300);
  expectAmounts(wz.payouts(dec(150)).amounts, [100, 50, 0, 0]);
  expectAmounts(wz.payouts(dec(500)).amounts, [200, 100, 100, 100]);
});
