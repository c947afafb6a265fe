import { requireFinite, requireNonNegative, requirePositive, requireWhole } from "./checks";
import { d } from "../../test/fixtures/classes";
import { thrown } from "../../test/helpers/errors";

describe("the checks of numbers, one wording everywhere", () => {
  const place = { argument: "terms", className: "Series C", column: "Issue Price" };

  test("each names the place and the value, by default the number itself", () => {
    expect(thrown(() => requireNonNegative(d("-1"), place)).message).toBe(
      'argument terms, class Series C, column Issue Price, value "-1": must not be negative',
    );
    expect(thrown(() => requirePositive(d(0), { argument: "newShares" })).message).toBe('argument newShares, value "0": must be more than zero');
    expect(thrown(() => requireWhole(d("2.5"), { argument: "decimals" })).message).toBe('argument decimals, value "2.5": must be a whole number');
    expect(thrown(() => requireFinite(d(NaN), { argument: "rate" })).message).toBe('argument rate, value "NaN": is not a number');
  });

  test("the value as the user wrote it, where given (a cell's text)", () => {
    expect(thrown(() => requireNonNegative(d("-8.93"), place, "-$8.93")).message).toBe(
      'argument terms, class Series C, column Issue Price, value "-$8.93": must not be negative',
    );
    expect(thrown(() => requirePositive(d(0), place, 0)).message).toBe("argument terms, class Series C, column Issue Price, value 0: must be more than zero");
  });

  test("a good number passes through; zero is not negative, and -0 is zero", () => {
    expect(requireNonNegative(d(0), place).toString()).toBe("0");
    expect(requireNonNegative(d("-0"), place).isZero()).toBe(true);
    expect(requirePositive(d("0.01"), place).toString()).toBe("0.01");
    expect(requireWhole(d("3.0"), place).toString()).toBe("3");
    expect(thrown(() => requirePositive(d("-0"), place)).message).toBe('argument terms, class Series C, column Issue Price, value "0": must be more than zero');
  });
});
