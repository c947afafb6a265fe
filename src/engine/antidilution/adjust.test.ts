import { d } from "../../../test/fixtures/classes";
import { adjustForIssue } from "./adjust";
import { broadBase, narrowBase, type CapPosition } from "./base";

const at = (x: string) => ({ effective: d(x), theoretical: d(x) });

describe("adjustForIssue", () => {
  // An illustrative MagiNet position: Common 5,000,000; options 1,000,000; Series A, B, C and D
  // 1,000,000 shares each, converting one for one at their original prices ($2.00/$2.00, $4.50/$4.50,
  // $4.50/$4.50, $7.00/$7.00, 3(a)(i)-(iv)), so 4,000,000 Common issuable on conversion.
  const maginet: CapPosition = { common: d(5_000_000), preferredAsConverted: d(4_000_000), options: d(1_000_000), convertibles: d(0) };
  const issue = { shares: d(1_000_000), consideration: d(3_000_000) }; // 1,000,000 Common at $3.00

  test("MagiNet Series B, narrow base (3(f)(i)(A)(2)): A = 4,000,000 gives $4.20", () => {
    // (4.50 x 4,000,000 + 3,000,000) / (4,000,000 + 1,000,000) = 21,000,000 / 5,000,000 = 4.20
    const r = adjustForIssue("narrow", "carry-forward", at("4.50"), narrowBase(maginet), issue);
    expect(r.effective.toString()).toBe("4.2");
    expect(r.changed).toBe(true);
    expect(r.reason).toBe("weighted average (narrow base)");
    expect(r.arithmetic).toBe("4.50 x (4,000,000 + 666,666.666666...) / (4,000,000 + 1,000,000) = 4.20");
  });

  test("MagiNet Series C, broad base (3(f)(i)(A)(3)), same issue: A = 10,000,000 gives $4.363636...", () => {
    // (4.50 x 10,000,000 + 3,000,000) / (10,000,000 + 1,000,000) = 48,000,000 / 11,000,000 = 4.363636...
    const r = adjustForIssue("broad", "carry-forward", at("4.50"), broadBase(maginet), issue);
    expect(r.effective.toFixed(9)).toBe("4.363636364");
  });

  test("MagiNet Series A at $2.00: an issue at $3.00 is not below it, no adjustment", () => {
    const r = adjustForIssue("broad", "carry-forward", at("2.00"), broadBase(maginet), issue);
    expect(r.effective.toString()).toBe("2");
    expect(r.changed).toBe(false);
    expect(r.reason).toBe("no adjustment: $3.00 per share is not less than the conversion price $2.00");
  });

  test("MagiNet one-cent carry-forward over two issues (3(f)(i)(B))", () => {
    // Series C alone (broad A = 10,000,000). First: 50,000 Common at $3.00 = $150,000:
    // (4.50 x 10,000,000 + 150,000) / 10,050,000 = 45,150,000 / 10,050,000 = 4.492537...; the change,
    // 0.007462..., is under one cent: 4.50 stays, 4.492537... is carried.
    const first = adjustForIssue("broad", "carry-forward", at("4.50"), { shares: d(10_000_000), facts: "" }, { shares: d(50_000), consideration: d(150_000) });
    expect(first.effective.toString()).toBe("4.5");
    expect(first.changed).toBe(false);
    expect(first.theoretical.toFixed(9)).toBe("4.492537313");
    // Second: 50,000 more at $3.00 on A = 10,050,000: from the carried price,
    // (4.492537... x 10,050,000 + 150,000) / 10,100,000 = (45,150,000 + 150,000) / 10,100,000
    // = 45,300,000 / 10,100,000 = 4.485148...; change from 4.50 is 0.014851... >= one cent: made.
    // (Alone, from 4.50: 45,375,000 / 10,100,000 = 4.492574..., under a cent, would not have been made.)
    const second = adjustForIssue("broad", "carry-forward", first, { shares: d(10_050_000), facts: "" }, { shares: d(50_000), consideration: d(150_000) });
    expect(second.changed).toBe(true);
    expect(second.effective.toFixed(9)).toBe("4.485148515");
    expect(second.effective.equals(second.theoretical)).toBe(true);
  });

  test("Juniper Series D, broad to the nearest cent (6(d)(iv))", () => {
    // A = 10,000,000; 1,000,000 at $8.00: (11.03 x 10,000,000 + 8,000,000) / 11,000,000 = 10.754545... -> 10.75
    const r = adjustForIssue("broad", "cent", at("11.03"), { shares: d(10_000_000), facts: "" }, { shares: d(1_000_000), consideration: d(8_000_000) });
    expect(r.effective.toString()).toBe("10.75");
    expect(r.arithmetic).toBe("11.03 x (10,000,000 + 725,294.650951...) / (10,000,000 + 1,000,000) = 10.754545...; to the nearest cent: 10.75");
  });

  test("full ratchet: the price per share of the issue", () => {
    // 5,000,000 / 4,000,000 = 1.25
    const r = adjustForIssue("full-ratchet", "none", at("2.50"), null, { shares: d(4_000_000), consideration: d(5_000_000) });
    expect(r.effective.toString()).toBe("1.25");
    expect(r.arithmetic).toBe("$5,000,000.00 / 4,000,000 = 1.25");
  });

  test("no protection: no change", () => {
    const r = adjustForIssue("none", "none", at("1.00"), null, issue);
    expect(r.changed).toBe(false);
    expect(r.effective.toString()).toBe("1");
  });
});
