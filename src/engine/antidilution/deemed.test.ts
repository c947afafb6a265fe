import { d } from "../../../test/fixtures/classes";
import { deemedIssue } from "./deemed";

describe("deemed issue of options and convertibles (Juniper 6(d)(iii), 6(d)(v)(B); MagiNet 3(f)(i)(E)(1)-(2))", () => {
  // A warrant for up to 500,000 Common, $50,000 paid for it, exercisable at no less than $5.00.
  const warrant = { maxShares: d(500_000), consideration: d(50_000), minExercisePrice: d(5) };

  test("deemed issued at the maximum shares for (paid + minimum exercise consideration) / maximum shares", () => {
    // 50,000 + 500,000 x 5.00 = 2,550,000; / 500,000 = 5.10 per share
    const deemed = deemedIssue(warrant);
    expect(deemed.shares.toString()).toBe("500000");
    expect(deemed.consideration.toString()).toBe("2550000");
    expect(deemed.pricePerShare!.toString()).toBe("5.1");
  });

  test("errors name the field and value", () => {
    expect(() => deemedIssue({ ...warrant, maxShares: d(0) })).toThrow('argument option, column maxShares, value "0": must be more than zero');
    expect(() => deemedIssue({ ...warrant, minExercisePrice: d(-1) })).toThrow('argument option, column minExercisePrice, value "-1": must not be negative');
  });
});
