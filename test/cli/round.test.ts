// `charter round`: the JSON shape the issue asks for, the summary, the files it reads, and one-line errors.
// Numbers by hand (the arithmetic of the prices is in src/presets/round.test.ts).
import { json, oneLine, run, tempFile } from "./run";

const MAGINET = ["round", "--preset", "maginet", "--investment", "15,000,000", "--pre-money", "$51,365,364", "--date", "2026-12-01"];

describe("charter round --json", () => {
  const out = json(...MAGINET, "--json");
  test("price, series, shares, pool", () => {
    // 51,365,364 / 17,121,788 = 3.00; 15,000,000 / 3 = 5,000,000
    expect(out.price).toBe("3");
    expect(out.series).toBe("Series E");
    expect(out.newShares).toBe(5000000);
    expect(out.poolShares).toBe(0);
    expect(out.conversions).toEqual([]);
  });
  test("conversion prices before and after: B narrow (54,548,046 + 15,000,000) / 17,121,788 = 4.0619616...", () => {
    expect(out.conversionPrices["Series A"]).toEqual({ before: "2", after: "2" });
    expect(out.conversionPrices["Series B"].before).toBe("4.5");
    expect(out.conversionPrices["Series B"].after.startsWith("4.0619616362496720552783389")).toBe(true);
  });
  test("the pro forma terms and the ownership", () => {
    expect(out.terms[0][0]).toBe("Class");
    expect(out.terms.map((r: unknown[]) => r[0])).toContain("Series E");
    // Before: Common 5,000,000 of 17,121,788 = 29.202557...%, to six decimals 29.202558
    expect(out.ownership.before.Common.percent).toBe("29.202558");
    expect(out.ownership.after["Series E"].shares).toBe("5000000");
  });
});

test("the summary names the price, the shares and each series' clause", () => {
  const r = run(...MAGINET);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Price per share  $3.00");
  expect(r.out).toContain("5,000,000 Series E");
  expect(r.out).toContain("FOURTH 3(f)(i)(A)(2)");
});

test("convertibles, a cap table with the unissued pool, and a pool target", () => {
  // Common 9,000,000 and a pool of 1,000,000: F = 10,000,000. Pre-money SAFE $500,000 on a $5,000,000
  // cap: 5,000,000 / (F + top-up). The pool target then decides the top-up; without one, the price is
  // 20,000,000 / 11,000,000 = 1.81818... -> 1.8181 and the SAFE converts at 0.50 into 1,000,000 shares.
  const terms = tempFile(
    "terms.csv",
    "Class,Shares,Issue Price,Preference Multiple,Seniority,Participation,Cap Multiple,Conversion Price\nCommon,1,0,0,0,full,,\n",
  );
  const cap = tempFile("cap.csv", "Class,Shares\nCommon,9000000\nUnissued Pool,1000000\n");
  const conv = tempFile("conv.csv", 'Holder,Kind,Amount,Cap\nAngel,pre-money-safe,"$500,000","$5,000,000"\n');
  const out = json("round", "--terms", terms, "--cap-table", cap, "--convertibles", conv, "--investment", "5000000", "--pre-money", "20000000", "--json");
  expect(out.price).toBe("1.8181");
  expect(out.series).toBe("Series A");
  expect(out.conversions).toEqual([{ holder: "Angel", kind: "pre-money-safe", amount: "500000", shares: 1000000, price: "0.5" }]);
  const pooled = json("round", "--terms", terms, "--cap-table", cap, "--investment", "5000000", "--pre-money", "20000000", "--pool", "10%", "--json");
  // Target 10% of the post-money shares with 1,000,000 unissued before: k =
  // 0.1 x 25/20 = 0.125; P = (k F - U) / (1 - k) = (1,250,000 - 1,000,000) / 0.875 = 285,714.28... -> 285,715
  expect(pooled.poolShares).toBe(285715);
});

describe("bad input is one line naming the flag", () => {
  test.each([
    [["--investment", "x"], "--investment"],
    [["--pool", "120"], "--pool"],
    [["--seniority", "top"], "--seniority"],
    [["--convertibles", "/no/such/file.csv"], "--convertibles"],
    [["--series", "Series A"], "already a class"],
  ])("%j", (extra, needle) => {
    const args = [...MAGINET];
    const i = args.indexOf(extra[0]);
    if (i >= 0) args.splice(i, 2);
    const r = run(...args, ...extra);
    expect(r.code).toBe(1);
    expect(oneLine(r)).toContain(needle);
  });
  test("a missing --pre-money is a usage error", () => {
    const r = run("round", "--preset", "maginet", "--investment", "1");
    expect(r.code).toBe(2);
    expect(oneLine(r)).toContain("--pre-money");
  });
});
