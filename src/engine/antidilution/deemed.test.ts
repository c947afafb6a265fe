import { d } from "../testing";
import { deemedIssue, deemedIssueAfterExpiry } from "./deemed";

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

  test("after 300,000 expire: 200,000 deemed issued, the whole $50,000 still counts (Juniper 6(d)(iii)(C)(1))", () => {
    // 50,000 + 200,000 x 5.00 = 1,050,000; / 200,000 = 5.25
    const deemed = deemedIssueAfterExpiry(warrant, d(300_000));
    expect(deemed.shares.toString()).toBe("200000");
    expect(deemed.consideration.toString()).toBe("1050000");
    expect(deemed.pricePerShare!.toString()).toBe("5.25");
  });

  test("all expired: no shares deemed issued", () => {
    const deemed = deemedIssueAfterExpiry(warrant, d(500_000));
    expect(deemed.shares.isZero()).toBe(true);
    expect(deemed.pricePerShare).toBeNull();
  });

  test("errors name the field and value", () => {
    expect(() => deemedIssueAfterExpiry(warrant, d(600_000))).toThrow('argument option, column expired, value "600000": is more than the 500000 shares granted');
    expect(() => deemedIssue({ ...warrant, maxShares: d(0) })).toThrow('argument option, column maxShares, value "0": must be more than zero');
    expect(() => deemedIssue({ ...warrant, minExercisePrice: d(-1) })).toThrow('argument option, column minExercisePrice, value "-1": must not be negative');
  });
});
