import { d } from "../../../test/fixtures/classes";
import { baseFor, broadBase, narrowBase, type CapPosition } from "./base";

describe("the base A of a weighted average", () => {
  // The public example: Common 8,000,000; Series A 2,000,000 as converted; options 2,000,000; an
  // unallocated pool of 1,000,000.
  const example: CapPosition = {
    common: d(8_000_000),
    preferredAsConverted: d(2_000_000),
    options: d(2_000_000),
    convertibles: d(0),
    unallocatedPool: d(1_000_000),
  };

  test("broad: Common + Preferred as converted + options (Juniper 6(d)(iv) proviso) = 12,000,000, the pool left out", () => {
    // 8,000,000 + 2,000,000 + 2,000,000 = 12,000,000
    const base = broadBase(example);
    expect(base.shares.toString()).toBe("12000000");
    expect(base.facts).toBe(
      "A (broad) = 8,000,000 Common outstanding + 2,000,000 issuable on conversion of the Preferred + 2,000,000 on exercise of options and warrants = 12,000,000",
    );
  });

  test("broad with the pool counted: 13,000,000", () => {
    // 12,000,000 + 1,000,000 = 13,000,000
    expect(broadBase({ ...example, poolInBase: true }).shares.toString()).toBe("13000000");
  });

  test("broad counts other convertible securities (MagiNet 3(f)(i)(A)(1): 'or otherwise under Section 3(f)(i)(E)')", () => {
    // 12,000,000 + 500,000 = 12,500,000
    expect(broadBase({ ...example, convertibles: d(500_000) }).shares.toString()).toBe("12500000");
  });

  test("narrow (MagiNet Series B 3(f)(i)(A)(2)): only Common issued or issuable on conversion of the Preferred", () => {
    // 2,000,000 issuable; Common otherwise outstanding and options are not counted
    const base = narrowBase(example);
    expect(base.shares.toString()).toBe("2000000");
    expect(base.facts).toBe("A (narrow) = 2,000,000 issuable on conversion of the outstanding Preferred = 2,000,000");
    // with 300,000 Common already issued on earlier conversions: 2,000,000 + 300,000 = 2,300,000
    expect(narrowBase({ ...example, commonFromConversion: d(300_000) }).shares.toString()).toBe("2300000");
  });

  test("baseFor follows the Anti-Dilution column", () => {
    expect(baseFor("broad", example)!.shares.toString()).toBe("12000000");
    expect(baseFor("narrow", example)!.shares.toString()).toBe("2000000");
    expect(baseFor("full-ratchet", example)).toBeNull();
    expect(baseFor("none", example)).toBeNull();
  });

  test("a negative count is an error naming the field", () => {
    expect(() => broadBase({ ...example, options: d(-1) })).toThrow('argument position, column options, value "-1": must not be negative');
  });
});
