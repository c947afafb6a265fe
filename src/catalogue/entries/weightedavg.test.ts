import type { Decimal } from "../../engine/decimal";
import { call } from "../index";
import { asHostError } from "../../../test/helpers/catalogue";

const wa = (...args: (number | string | null)[]) => (call("WEIGHTEDAVG", args) as Decimal).toString();
const failure = (...args: (number | string | null)[]) => asHostError(call("WEIGHTEDAVG", args));

describe("WEIGHTEDAVG: CP2 = CP1 x (A + B) / (A + C) (Juniper 6(d)(iv); MagiNet 3(f)(i)(A))", () => {
  // domain.md down round: CP1 $2.50; 4,000,000 new shares for $5,000,000 ($1.25 each), so B = 2,000,000.
  it("broad base A = 8,000,000 common + 2,000,000 preferred + 2,000,000 options = 12,000,000: 2.1875", () => {
    // 2.50 x (12,000,000 + 2,000,000) / (12,000,000 + 4,000,000) = 2.50 x 14 / 16 = 2.1875
    expect(wa(2.5, 12000000, 4000000, 1.25)).toBe("2.1875");
  });
  it("narrow base A = 10,000,000 (common and preferred): 2.50 x 12 / 14 = 2.142857..., 2 places 2.14", () => {
    const x = call("WEIGHTEDAVG", [2.5, 10000000, 4000000, 1.25]) as Decimal;
    expect(x.toDecimalPlaces(12).toString()).toBe("2.142857142857");
    expect(wa(2.5, 10000000, 4000000, 1.25, 2)).toBe("2.14");
  });
  it("counting the pool, A = 13,000,000: 2.50 x 15 / 17 = 37.5 / 17 = 2.205882352..., 6 places 2.205882", () => {
    expect(wa(2.5, 13000000, 4000000, 1.25, 6)).toBe("2.205882");
  });
  it("Juniper Series C to the nearest cent: CP1 3.97, A 10,000,000, 1,000,000 new at 2.00 gives 3.79", () => {
    // (3.97 x 10,000,000 + 2,000,000) / 11,000,000 = 41,700,000 / 11,000,000 = 3.790909..., nearest cent 3.79
    expect(wa(3.97, 10000000, 1000000, 2, 2)).toBe("3.79");
  });
  it("no adjustment for an issue at or above the price in effect (Juniper 6(d)(ii))", () => {
    expect(wa(2.5, 12000000, 1000000, 3)).toBe("2.5");
    expect(wa(2.5, 12000000, 1000000, 2.5)).toBe("2.5");
  });
  it("refuses a conversion price of zero and no new shares, naming the argument", () => {
    expect(failure(0, 12000000, 4000000, 1.25).message).toBe('argument conversionPrice, value "0": must be more than zero');
    expect(failure(2.5, 12000000, 0, 1.25).message).toBe('argument newShares, value "0": must be more than zero');
    expect(failure(2.5, 12000000, 4000000, -1).message).toBe('argument pricePerNewShare, value "-1": must not be negative');
  });
  it("refuses decimals that are not a whole number from 0 to 20", () => {
    expect(failure(2.5, 12000000, 4000000, 1.25, 2.5).message).toBe("argument decimals, value 2.5: must be a whole number");
    expect(failure(2.5, 12000000, 4000000, 1.25, 25).message).toBe("argument decimals, value 25: must be a whole number of decimal places from 0 to 20");
  });
});
