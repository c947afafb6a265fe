import type { Decimal } from "../../engine/decimal";
import { call } from "../index";
import { asHostError } from "../../../test/helpers/catalogue";

const ratchet = (...args: (number | string | null)[]) => (call("FULLRATCHET", args) as Decimal).toString();

describe("FULLRATCHET: the conversion price falls to the new price per share", () => {
  it("domain.md down round: CP1 $2.50, new shares at $5,000,000 / 4,000,000 = $1.25, so CP2 = 1.25", () => {
    expect(ratchet(2.5, 1.25)).toBe("1.25");
  });
  it("an issue above the price in effect leaves it: CP1 2.50, new price 3.00 gives 2.50", () => {
    expect(ratchet(2.5, 3)).toBe("2.5");
  });
  it("refuses a new price of zero (the price would fall to nothing)", () => {
    const e = asHostError(call("FULLRATCHET", [2.5, 0]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('argument pricePerNewShare, value "0": must be more than zero');
  });
  it("refuses a missing conversion price", () => {
    expect(asHostError(call("FULLRATCHET", [null, 1.25])).message).toBe("argument conversionPrice: is required");
  });
});
