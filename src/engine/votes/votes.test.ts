import { Decimal } from "../decimal";
import { votes, type Holding } from "./votes";
import { presetTerms } from "../../../test/fixtures/charters";
import { shareClass, charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";

const d = (x: string | number) => new Decimal(x);
const h = (holder: string, className: string, shares: number | string): Holding => ({ holder, className, shares: d(shares) });

describe("votes: Juniper 7(a), nearest whole number after aggregating the holder's preferred", () => {
  const terms = presetTerms("juniper");

  it("aggregates before rounding: 1 Series A + 1 Series B = 2.2727 + 2.2430 = 4.5157, rounded to 5", () => {
    // 1 x 1.00 / 0.44 = 2.2727272727...; 1 x 2.40 / 1.07 = 2.2429906542...; sum 4.5157179269... -> 5
    // (rounding each share first would give 2 + 2 = 4)
    const [v] = votes(terms, [h("Fund I", "Series A", 1), h("Fund I", "Series B", 1)]);
    expect(v.votes.toString()).toBe("5");
    expect(v.asConverted.toDecimalPlaces(6).toString()).toBe("4.515718");
    expect(v.clauses).toEqual(["FOURTH 7(a)"]);
  });

  it("Common votes one a share and is added after the preferred is rounded", () => {
    // 1,000 Series A: 1,000 / 0.44 = 2,272.7272... -> 2,273; + 500 Common = 2,773
    const [v] = votes(terms, [h("Founder", "Common", 500), h("Founder", "Series A", 1000)]);
    expect(v.common.toString()).toBe("500");
    expect(v.votes.toString()).toBe("2773");
    expect(v.text).toBe(
      "Founder: Common 500; Series A 1,000 = ~2,272.727273 as converted; preferred as converted ~2,272.727273, " +
        "to the nearest whole vote (one-half up): 2,273; Common 500; total 2,773 votes",
    );
  });

  it("a half vote rounds up: D1 at a reset price of $8.824, 2 shares x 11.03 / 8.824 = 2.5 -> 3", () => {
    // 11.03 / 8.824 = 1.25 a share; 2 x 1.25 = 2.5
    const [v] = votes(presetTerms("juniper", { "Series D1": { conversionPrice: d("8.824") } }), [h("Fund II", "Series D1", 2)]);
    expect(v.asConverted.toString()).toBe("2.5");
    expect(v.votes.toString()).toBe("3");
  });
});

describe("votes: MagiNet 4(a), nearest with one-half rounded upward", () => {
  it("Series D at a conversion price of $5.60: 3 x 7.00 / 5.60 = 3.75 -> 4, with 100 Common: 104", () => {
    const terms = presetTerms("maginet", { "Series D": { conversionPrice: d("5.60") } });
    const [v] = votes(terms, [h("Fund", "Common", 100), h("Fund", "Series D", 3)]);
    expect(v.votes.toString()).toBe("104");
  });

  it("2 x 1.25 = 2.5 -> 3; 1 x 1.25 = 1.25 -> 1", () => {
    const terms = presetTerms("maginet", { "Series D": { conversionPrice: d("5.60") } });
    const out = votes(terms, [h("Two", "Series D", 2), h("One", "Series D", 1)]);
    expect(out.map((v) => [v.holder, v.votes.toString()])).toEqual([
      ["Two", "3"],
      ["One", "1"],
    ]);
  });

  it("at the original prices every series is one vote a share: 150 A + 200 B + 300 C + 400 D = 1,050", () => {
    const [v] = votes(presetTerms("maginet"), [h("All", "Series A", 150), h("All", "Series B", 200), h("All", "Series C", 300), h("All", "Series D", 400)]);
    expect(v.votes.toString()).toBe("1050");
    expect(v.clauses).toEqual(["FOURTH 4(a)"]);
  });
});

describe("votes: JT Storage Art. IV(B)5, one vote for each full share of Common each share converts into", () => {
  it("per share (down-per-share): 7 Series A at $0.80: each share 1.00 / 0.80 = 1.25 Common, 1 full share, 7 votes", () => {
    // floor(1.25) = 1 vote a share; 7 x 1 = 7; + 10 Common = 17 (the holder's aggregate 8.75 would give 8)
    const [v] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: d("0.80") } }), [h("Holder", "Series A", 7), h("Holder", "Common", 10)]);
    expect(v.votes.toString()).toBe("17");
    expect(v.asConverted.toString()).toBe("8.75");
    expect(v.clauses).toEqual(["Art. IV(B)5"]);
    expect(v.text).toContain("one vote per full share of Common each share converts into: 7");
  });

  it("after a combination, CP $1.00 -> $1.50: each share converts into 0.666... Common, 0 full shares, no vote", () => {
    // 1.00 / 1.50 = 0.666...; floor = 0; 300 x 0 = 0 (per holder: 300 x 0.666... = 200 votes)
    const [v] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: d("1.50") } }), [h("Holder", "Series A", 300)]);
    expect(v.votes.toString()).toBe("0");
    const [perHolder] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: d("1.50"), voteRounding: "down" } }), [h("Holder", "Series A", 300)]);
    expect(perHolder.votes.toString()).toBe("200");
  });

  it("after a 3-for-2 split, CP $1.00 -> $0.666...: 1.5 Common a share, 1 vote a share", () => {
    // CP = 1.00 x 2 / 3 = 0.666...; 1.00 / 0.666... = 1.5 (to 60 digits, just below or at 1.5: floor 1 either way);
    // 3 shares: 3 x 1 = 3 votes (per holder: 3 x 1.5 = 4.5 -> 4)
    const cp = d(2).div(3);
    const [v] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: cp } }), [h("Holder", "Series A", 3)]);
    expect(v.votes.toString()).toBe("3");
    const [perHolder] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: cp, voteRounding: "down" } }), [h("Holder", "Series A", 3)]);
    expect(perHolder.votes.toString()).toBe("4");
  });

  it("rows of the same class count share by share as well: 1 + 1 + 1 shares at 1.25 = 3 x 1 = 3 votes", () => {
    const [v] = votes(presetTerms("jt-storage", { "Series A": { conversionPrice: d("0.80") } }), [
      h("H", "Series A", 1),
      h("H", "Series A", 1),
      h("H", "series a", 1),
    ]);
    expect(v.votes.toString()).toBe("3");
    expect(v.classes).toHaveLength(1);
    expect(v.classes[0].shares.toString()).toBe("3");
  });
});

describe("votes: down, whole votes after aggregating the holder's shares (the per-holder reading)", () => {
  it("7 shares at $0.80 = 8.75 -> 8; a half, 2 x 1.25 = 2.5 -> 2", () => {
    const terms = presetTerms("jt-storage", { "Series A": { conversionPrice: d("0.80"), voteRounding: "down" } });
    expect(votes(terms, [h("Holder", "Series A", 7), h("Holder", "Common", 10)])[0].votes.toString()).toBe("18");
    expect(votes(terms, [h("Holder", "Series A", 2)])[0].votes.toString()).toBe("2");
  });
});

describe("votes: other cases and errors", () => {
  it("classes with different Vote Rounding are rounded separately; options do not vote", () => {
    // Series N (nearest) 1 x 1.00 / 0.40 = 2.5 -> 3; Series W (down) 1 x 1.00 / 0.40 = 2.5 -> 2; total 5
    const terms = charterTerms(
      shareClass({ name: "Common", shares: d(0) }),
      shareClass({ name: "Series N", issuePrice: d("1"), conversionPrice: d("0.40"), voteRounding: "nearest" }),
      shareClass({ name: "Series W", issuePrice: d("1"), conversionPrice: d("0.40"), voteRounding: "down" }),
      shareClass({ name: "Options", kind: "option", strike: d("0.10") }),
    );
    const [v] = votes(terms, [h("X", "Series N", 1), h("X", "Series W", 1), h("X", "Options", 50)]);
    expect(v.votes.toString()).toBe("5");
    expect(v.text).toContain("Options: no vote until exercised");
  });

  it("vote rounding none keeps the fraction", () => {
    const terms = charterTerms(shareClass({ name: "Series A", issuePrice: d("1"), conversionPrice: d("0.8"), voteRounding: "none" }));
    expect(votes(terms, [h("X", "Series A", 2)])[0].votes.toString()).toBe("2.5");
  });

  it("rejects an unknown class, negative or fractional shares and a blank holder, naming the row", () => {
    const terms = presetTerms("maginet");
    const unknown = thrown(() => votes(terms, [h("X", "Series Z", 1)]));
    expect(unknown.kind).toBe("not-found");
    // (The engine names no row here; the VOTES function checks the class first, naming row and column.)
    expect(unknown.message).toBe(
      'argument holdings, value "Series Z": no such class in the terms; the classes are Series A, Series B, Series C, Series D, Common',
    );
    expect(thrown(() => votes(terms, [h("X", "Series A", 1), h("X", "Series A", -1)])).message).toBe(
      'argument holdings, class Series A, value "-1": row 2 (X): shares held must be a whole number, zero or more',
    );
    expect(thrown(() => votes(terms, [h("X", "Series A", "1.5")])).message).toBe(
      'argument holdings, class Series A, value "1.5": row 1 (X): shares held must be a whole number, zero or more',
    );
    expect(thrown(() => votes(terms, [h("  ", "Series A", 1)])).message).toBe('argument holdings, value "  ": row 1: the holder\'s name is blank');
  });

  it("no holdings, no holders", () => {
    expect(votes(presetTerms("maginet"), [])).toEqual([]);
  });
});
