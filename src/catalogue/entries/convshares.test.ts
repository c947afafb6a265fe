import type { Decimal } from "../../engine/decimal";
import { call } from "../index";
import { asHostError } from "../../../test/helpers/catalogue";

const conv = (...args: (number | string | null)[]) => (call("CONVSHARES", args) as Decimal).toString();
const failure = (...args: (number | string | null)[]) => asHostError(call("CONVSHARES", args));

describe("CONVSHARES: preferred shares x Original Issue Price / Conversion Price", () => {
  // Juniper 4(a)(i): Series A Original Issue Price $1.00; 6(a)(i): Series A Conversion Price $0.44.
  it("Juniper Series A, 100 shares: 100 x 1.00 / 0.44 = 227.27..., rounded down (6(g)(i)) = 227", () => {
    expect(conv(100, 1, 0.44)).toBe("227");
    expect(conv(100, 1, 0.44, "down")).toBe("227");
  });
  it("the same fraction up (JT Storage 4(c)(i): a whole share per fraction) = 228, nearest = 227", () => {
    expect(conv(100, 1, 0.44, "up")).toBe("228");
    expect(conv(100, 1, 0.44, "nearest")).toBe("227");
  });
  it("unrounded: 100 / 0.44 = 2500 / 11 = 227.272727...", () => {
    const x = call("CONVSHARES", [100, 1, 0.44, "none"]) as Decimal;
    expect(x.toDecimalPlaces(6).toString()).toBe("227.272727");
  });
  it("Juniper Series B, 1,000 shares: 1,000 x 2.40 / 1.07 = 2,242.99..., down 2,242, nearest 2,243", () => {
    expect(conv(1000, 2.4, 1.07)).toBe("2242");
    expect(conv(1000, 2.4, 1.07, "NEAREST")).toBe("2243");
  });
  it("JT Storage Art. IV(B)4(a): $1.00 / the initial $1.00 Conversion Price is one for one: 1,000 shares give 1,000", () => {
    expect(conv(1000, 1, 1)).toBe("1000");
  });
  it("refuses an Original Issue Price of zero, naming this function's argument", () => {
    expect(failure(100, 0, 0.44).message).toBe('argument originalIssuePrice, value "0": must be more than zero');
  });
  it("refuses negative shares and a zero conversion price", () => {
    expect(failure(-1, 1, 0.44).message).toBe('argument preferredShares, value "-1": must not be negative');
    expect(failure(100, 1, 0).message).toBe('argument conversionPrice, value "0": must be more than zero');
  });
  it("refuses an unknown rounding rule, listing the rules", () => {
    expect(failure(100, 1, 0.44, "ceiling").message).toBe('argument rounding, value "ceiling": must be one of down, up, nearest, none');
  });
});
