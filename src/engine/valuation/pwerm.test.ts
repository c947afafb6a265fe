import { dec } from "../decimal";
import { compileWaterfall } from "../waterfall";
import { charterTerms } from "../../../test/fixtures/classes";
import { pwerm } from "./pwerm";

// Series A 1,000,000 shares at $1.00, 1x non-participating, one for one; Common 1,000,000.
const w = compileWaterfall(charterTerms({ name: "Series A", shares: 1_000_000, issuePrice: 1 }, { name: "Common", shares: 1_000_000 }), null);
const scenario = (exit: string, p: string, t: string) => ({ exitValue: dec(exit), probability: dec(p), years: dec(t) });

describe("PWERM", () => {
  it("two exits worked by hand: $1.5M at 25% in 1 year, $4M at 75% in 2 years, discounted at 20%", () => {
    // $1.5M: A its $1M preference, Common $0.5M. $4M: p = $2 > $1, A converts, $2M each.
    // A = 0.25 x 1,000,000 / 1.2 + 0.75 x 2,000,000 / 1.44 = 208,333.33... + 1,041,666.66... = 1,250,000 -> $1.25 a share.
    // Common = 0.25 x 500,000 / 1.2 + 0.75 x 2,000,000 / 1.44 = 104,166.66... + 1,041,666.66... = 1,145,833.33...
    const r = pwerm(w, [scenario("1500000", "0.25", "1"), scenario("4000000", "0.75", "2")], dec("0.2"));
    expect(r.perShare[0]!.toDecimalPlaces(20).toString()).toBe("1.25");
    expect(r.values[1].toDecimalPlaces(6).toString()).toBe("1145833.333333");
  });

  it("probabilities must add up to 1; each is between 0 and 1; the rate above -100%", () => {
    expect(() => pwerm(w, [scenario("1", "0.5", "1"), scenario("2", "0.4", "1")], dec("0.2"))).toThrow(
      'argument probabilities, value "0.9": add up to 0.9, not 1',
    );
    expect(() => pwerm(w, [scenario("1", "1.5", "1"), scenario("2", "-0.5", "1")], dec("0.2"))).toThrow("row 1: a probability must be between 0 and 1");
    expect(() => pwerm(w, [scenario("1", "1", "1")], dec("-1"))).toThrow('argument discountRate, value "-1": must be more than -100% (-1)');
    expect(() => pwerm(w, [scenario("-5", "1", "1")], dec("0.1"))).toThrow('argument exitValues, value "-5": row 1: an exit value must be 0 or more');
  });

  it("thirds typed as doubles (0.333..., three times) are accepted", () => {
    const third = String(1 / 3);
    expect(() => pwerm(w, [scenario("1", third, "1"), scenario("2", third, "1"), scenario("3", third, "1")], dec("0.1"))).not.toThrow();
  });
});
