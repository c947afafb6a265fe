// A change in the terms of options granted: Juniper 6(d)(iii)(B) (raise-only: an increase in the
// consideration payable or a decrease in the number issuable, recomputed "to reflect such increase or
// decrease"), MagiNet 3(f)(i)(E)(3) (either: "any change in the number of shares", readjusted to what would
// have obtained had the adjustment on the issue of the options "not converted prior to such change" been
// made on the basis of the change).
import { charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";
import { certificateText } from "./certificate";
import { conversionPriceHistory } from "./history";
import type { LedgerEventInput } from "./events";
import type { LedgerRules } from "./rules";

// Common 8,000,000; Series A 2,000,000 at $2.50, converting one for one, broad, unrounded: A = 10,000,000.
const terms = (rounding: "none" | "cent" = "none") =>
  charterTerms(
    { name: "Common", shares: 8_000_000 },
    { name: "Series A", shares: 2_000_000, issuePrice: "2.50", antiDilution: "broad", adjustmentRounding: rounding, clauses: { "Deemed Issues": "6(d)(iii)" } },
  );
// W1: 2,000,000 Common at no less than $1.00, nothing paid for the grant: deemed issued for $2,000,000:
// (2.50 x 10,000,000 + 2,000,000) / (10,000,000 + 2,000,000) = 27,000,000 / 12,000,000 = 2.25.
const grant: LedgerEventInput = { type: "option-grant", date: "2001-01-01", id: "W1", maxShares: 2_000_000, minExercisePrice: 1 };
const change = (date: string, fields: { maxShares?: number | string; minExercisePrice?: number | string }): LedgerEventInput => ({
  type: "option-change",
  date,
  id: "W1",
  ...fields,
});
const run = (events: LedgerEventInput[], rules: Partial<LedgerRules> = {}, rounding: "none" | "cent" = "none") =>
  conversionPriceHistory(terms(rounding), events, undefined, rules);
const last = (events: LedgerEventInput[], rules: Partial<LedgerRules> = {}) => run(events, rules).final["Series A"];

describe("option-change, either rule (MagiNet 3(f)(i)(E)(3), the default)", () => {
  test("the grant alone: 2.25", () => {
    expect(last([grant]).toString()).toBe("2.25");
  });

  test("fewer shares: readjusted up as if granted for 1,000,000 (3(f)(i)(B) lets (E)(3) raise the price)", () => {
    // (25,000,000 + 1,000,000 x 1.00) / (10,000,000 + 1,000,000) = 26,000,000 / 11,000,000 = 2.363636...
    const h = run([grant, change("2001-06-01", { maxShares: 1_000_000 })]);
    expect(h.final["Series A"].toFixed(9)).toBe("2.363636364");
    const s = h.steps[1];
    expect(s.type).toBe("option-change");
    expect(s.reason).toBe("readjustment on a change in the terms of options");
    expect(s.arithmetic).toBe(
      "as if the grant had been for 1,000,000 shares (0 exercised, 1,000,000 outstanding) for $1,000,000.00: 2.50 x (10,000,000 + 400,000) / (10,000,000 + 1,000,000) = 2.363636...",
    );
    expect(s.clause).toBe("6(d)(iii)");
    expect(s.event).toBe("change in the terms of options W1: now for up to 1,000,000 Common");
  });

  test("a higher exercise price alone: as if granted at $2.00", () => {
    // (25,000,000 + 2,000,000 x 2.00) / 12,000,000 = 29,000,000 / 12,000,000 = 2.416666...
    expect(last([grant, change("2001-06-01", { minExercisePrice: 2 })]).toFixed(9)).toBe("2.416666667");
  });

  test("more shares: readjusted down", () => {
    // (25,000,000 + 3,000,000 x 1.00) / 13,000,000 = 28,000,000 / 13,000,000 = 2.153846...
    expect(last([grant, change("2001-06-01", { maxShares: 3_000_000 })]).toFixed(9)).toBe("2.153846154");
  });

  test("only the options not exercised before the change take the new terms", () => {
    // 500,000 exercised at $1.00 ($500,000); the 1,500,000 outstanding become 1,000,000 at $1.50:
    // as if 1,500,000 for 500,000 + 1,500,000 = $2,000,000:
    // (25,000,000 + 2,000,000) / (10,000,000 + 1,500,000) = 27,000,000 / 11,500,000 = 2.347826...
    // (all 1,500,000 at $1.50 would have been $2,250,000: 27,250,000 / 11,500,000 = 2.369565...)
    const h = run([
      grant,
      { type: "option-exercise", date: "2001-03-01", id: "W1", shares: 500_000 },
      change("2001-06-01", { maxShares: 1_000_000, minExercisePrice: "1.50" }),
    ]);
    expect(h.final["Series A"].toFixed(9)).toBe("2.347826087");
    const s = h.steps[2];
    expect(s.arithmetic).toContain("as if the grant had been for 1,500,000 shares (500,000 exercised, 1,000,000 outstanding) for $2,000,000.00");
    expect(s.facts).toBe(
      "options W1: outstanding 1,500,000 at no less than $1.00 a share before, 1,000,000 at no less than $1.50 a share after; 500,000 exercised ($500,000.00 received), 0 expired; $0.00 paid for the grant",
    );
  });

  test("the adjustments after the grant are recomputed too (Juniper: 'and any subsequent adjustments based thereon')", () => {
    // Before the change: after the grant, 2.25; A = 8,000,000 + 2,000,000 x 2.50 / 2.25 (2,222,222.22...)
    // + 2,000,000 options = 12,222,222.22...; 1,000,000 Common at $2.00:
    // (2.25 x 12,222,222.22... + 2,000,000) / 13,222,222.22... = (27,500,000 + 2,000,000) / 13,222,222.22...
    // = 265,500,000 / 119,000,000 = 2.231092...
    // After the change to 1,000,000 options: the grant gives 26 / 11; A = 8,000,000 + 2,000,000 x 2.50 x 11 / 26
    // (55,000,000 / 26) + 1,000,000 = 315,000,000 / 26; the issue: (26/11 x 9,000,000 + 5,000,000 + 2,000,000)
    // / (315,000,000 / 26) = (311,000,000 / 11) x (26 / 315,000,000) = 8,086 / 3,465 = 2.333621...
    const events: LedgerEventInput[] = [grant, { type: "issue", date: "2001-02-01", shares: 1_000_000, pricePerShare: 2 }];
    expect(last(events).toFixed(9)).toBe("2.231092437");
    const h = run([...events, change("2001-06-01", { maxShares: 1_000_000 })]);
    expect(h.final["Series A"].toFixed(9)).toBe("2.333621934");
    expect(h.steps[2].arithmetic).toContain("; with the later adjustments recomputed on that basis: 2.333621...");
  });

  test("a grant not below the price that a change brings below it is readjusted, and back", () => {
    // At $3.00 the deemed price, (0 + 2,000,000 x 3.00) / 2,000,000 = $3.00, is not below $2.50: no adjustment.
    // Changed to $1.00: as if granted at $1.00, 2.25. Changed back to $3.00: 2.50 again.
    const atThree: LedgerEventInput = { ...grant, minExercisePrice: 3 };
    const h = run([atThree, change("2001-06-01", { minExercisePrice: 1 }), change("2001-09-01", { minExercisePrice: 3 })]);
    expect(h.points.map((p) => p.prices["Series A"].toString())).toEqual(["2.5", "2.25", "2.5"]);
  });

  test("an exempt grant's change readjusts nothing, but the options it now covers count in the next broad base", () => {
    // Exempt 1,000,000 changed to 2,000,000: A = 8,000,000 + 2,000,000 + 2,000,000 = 12,000,000; then
    // 1,000,000 Common at $1.25: (2.50 x 12,000,000 + 1,250,000) / 13,000,000 = 31,250,000 / 13,000,000 = 2.403846...
    const h = run([
      { ...grant, maxShares: 1_000_000, exempt: "employee plan" } as LedgerEventInput,
      change("2001-06-01", { maxShares: 2_000_000 }),
      { type: "issue", date: "2001-07-01", shares: 1_000_000, pricePerShare: "1.25" },
    ]);
    expect(h.steps[1].reason).toBe("no readjustment: the options were not Additional Stock (employee plan)");
    expect(h.steps[1].after.toString()).toBe("2.5");
    expect(h.final["Series A"].toFixed(9)).toBe("2.403846154");
  });

  test("after a 2-for-1 split the change is in today's shares and prices", () => {
    // Grant: 2.25; split: 2.25 / 2 = 1.125, W1 now 4,000,000 at $0.50.
    // Changed to 2,000,000 (1,000,000 of the grant's shares): 26 / 11 = 2.363636..., / 2 = 1.181818...
    // Changed instead to $1.00 ($2.00 a share at the grant): 29 / 12 = 2.416666..., / 2 = 1.208333...
    const split: LedgerEventInput = { type: "split", date: "2001-03-01", ratio: 2 };
    expect(last([grant, split]).toString()).toBe("1.125");
    expect(last([grant, split, change("2001-06-01", { maxShares: 2_000_000 })]).toFixed(9)).toBe("1.181818182");
    expect(last([grant, split, change("2001-06-01", { minExercisePrice: 1 })]).toFixed(9)).toBe("1.208333333");
  });

  test("a later expiry readjusts from the changed terms", () => {
    // Changed to 1,000,000 (2.363636...), then all 1,000,000 expire: as if no shares deemed issued: 2.50.
    expect(
      last([grant, change("2001-06-01", { maxShares: 1_000_000 }), { type: "option-expiry", date: "2002-01-01", id: "W1", shares: 1_000_000 }]).toString(),
    ).toBe("2.5");
  });
});

describe("option-change, raise-only rule (Juniper 6(d)(iii)(B), (D))", () => {
  const rules = { optionChanges: "raise-only" } as const;

  test("more shares or a lower price: no recomputation", () => {
    const h = run([grant, change("2001-06-01", { maxShares: 3_000_000, minExercisePrice: "0.50" })], rules);
    expect(h.final["Series A"].toString()).toBe("2.25");
    expect(h.steps[1].reason).toBe("no readjustment: only an increase in the consideration payable or a decrease in the shares issuable is recomputed");
  });

  test("fewer shares at a lower price: only the decrease in number counts", () => {
    // The deemed issue keeps $1.00 and takes 1,000,000: (25,000,000 + 1,000,000) / 11,000,000 = 2.363636...
    const h = run([grant, change("2001-06-01", { maxShares: 1_000_000, minExercisePrice: "0.50" })], rules);
    expect(h.final["Series A"].toFixed(9)).toBe("2.363636364");
    expect(h.steps[1].arithmetic).toContain(
      "; not counted, as only an increase in the consideration or a decrease in the shares is recomputed: the deemed issue keeps 1,000,000 at no less than $1.00 a share",
    );
  });

  test("to the nearest cent, as 6(d)(iv) computes the recomputed adjustment", () => {
    // The grant: 27,000,000 / 12,000,000 = 2.25 exactly. The price raised to $2.00 (an increase in the
    // consideration payable):
    const h = run([grant, change("2001-06-01", { minExercisePrice: 2 })], rules, "cent");
    // (25,000,000 + 4,000,000) / 12,000,000 = 2.416666... -> 2.42
    expect(h.final["Series A"].toString()).toBe("2.42");
    const text = certificateText(h, "Test");
    expect(text).toContain("2. 2001-06-01, Series A: Readjustment on a change in the terms of options");
    expect(text).toContain("   Conversion Price: $2.25 before; $2.42 in effect after");
  });

  test("a rule that is not either or raise-only is an error naming it", () => {
    expect(thrown(() => run([grant], { optionChanges: "sometimes" as LedgerRules["optionChanges"] })).message).toBe(
      'argument optionChanges, value "sometimes": is not a rule for option changes; use either or raise-only',
    );
  });
});

describe("option-change errors name the row, column and value", () => {
  test("options never granted (#N/A)", () => {
    const e = thrown(() => run([grant, { type: "option-change", date: "2001-06-01", id: "W9", maxShares: 5 }]));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe('argument events row 2, column Option, value "W9": no options with this id were granted before this date; the grants are W1');
  });

  test("a change dated before the grant", () => {
    expect(thrown(() => run([grant, change("2000-06-01", { maxShares: 5 })])).message).toContain(
      'argument events row 2, column Option, value "W1": no options with this id were granted before this date',
    );
  });

  test("neither new shares nor a new price", () => {
    expect(thrown(() => run([grant, change("2001-06-01", {})])).message).toBe(
      "argument events row 2, column Max Shares: give the shares now issuable under the options, the new exercise price, or both",
    );
  });

  test("zero shares (an expiry) and a negative price", () => {
    expect(thrown(() => run([grant, change("2001-06-01", { maxShares: 0 })])).message).toBe(
      'argument events row 2, column Max Shares, value "0": must be more than zero',
    );
    expect(thrown(() => run([grant, change("2001-06-01", { minExercisePrice: "-1" })])).message).toBe(
      'argument events row 2, column Exercise Price, value "-1": must not be negative',
    );
  });

  test("nothing left outstanding to change", () => {
    const e = thrown(() => run([grant, { type: "option-exercise", date: "2001-03-01", id: "W1", shares: 2_000_000 }, change("2001-06-01", { maxShares: 5 })]));
    expect(e.message).toBe(
      'argument events row 3, column Option, value "W1": no options W1 are outstanding to change: all 2,000,000 were exercised or expired',
    );
  });
});
