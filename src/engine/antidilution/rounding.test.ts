import { d } from "../../../test/fixtures/classes";
import { roundAdjustment } from "./rounding";

const at = (x: string) => ({ effective: d(x), theoretical: d(x) });

describe("roundAdjustment", () => {
  test("cent (Juniper 6(d)(iv)): half up to the nearest cent", () => {
    // 10.754545... -> 10.75; 10.755 -> 10.76
    expect(roundAdjustment("cent", at("11.03"), d("10.754545")).effective.toString()).toBe("10.75");
    const r = roundAdjustment("cent", at("11.03"), d("10.755"));
    expect(r.effective.toString()).toBe("10.76");
    expect(r.theoretical.toString()).toBe("10.76");
    expect(r.note).toBe("to the nearest cent: 10.76");
  });

  test("cent never lifts the price above the one in effect", () => {
    // in effect 0.146666... (after a split); computed 0.1466 -> 0.15 would raise it: stays
    const cp = d("0.44").div(3);
    expect(roundAdjustment("cent", { effective: cp, theoretical: cp }, d("0.1466")).effective.equals(cp)).toBe(true);
  });

  test("carry-forward (MagiNet 3(f)(i)(B)): under one cent not made, but remembered", () => {
    // 4.50 -> 4.492537...: a change of 0.007462..., under one cent: 4.50 stays, 4.492537... carried
    const r = roundAdjustment("carry-forward", at("4.50"), d("4.4925373134"));
    expect(r.effective.toString()).toBe("4.5");
    expect(r.theoretical.toString()).toBe("4.4925373134");
    expect(r.carried).toBe(true);
    expect(r.note).toBe("a change of $0.007462..., under one cent: not made, carried forward; 4.50 stays in effect");
  });

  test("carry-forward: exactly one cent is made ('less than one cent' is not)", () => {
    // 4.50 -> 4.49: a change of 0.01
    const r = roundAdjustment("carry-forward", at("4.50"), d("4.49"));
    expect(r.effective.toString()).toBe("4.49");
    expect(r.note).toBe("");
  });

  test("carry-forward: once the change from the price in effect reaches a cent, the whole of it is made", () => {
    // in effect 4.50, theoretical 4.492537... before; now computed 4.485148...: change 0.014851... >= 0.01
    const r = roundAdjustment("carry-forward", { effective: d("4.50"), theoretical: d("4.4925373134") }, d("4.4851485149"));
    expect(r.effective.toString()).toBe("4.4851485149");
    expect(r.theoretical.toString()).toBe("4.4851485149");
  });

  test("none: unrounded", () => {
    expect(roundAdjustment("none", at("2.50"), d("2.142857142857")).effective.toString()).toBe("2.142857142857");
  });
});
