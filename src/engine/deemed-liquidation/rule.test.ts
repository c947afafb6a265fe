// The Deemed Liquidation column's syntax: each part read, each fault one message naming class, column, value.
import { shareClass, charterTerms } from "../../../test/fixtures/classes";
import { thrown } from "../../../test/helpers/errors";
import { deemedLiquidationRule, parseDeemedLiquidation } from "./rule";

const A = shareClass({ name: "Series A", issuePrice: 1, clauses: { "Deemed Liquidation": "Art. 9" } });

describe("parseDeemedLiquidation", () => {
  it("reads kinds with a test, exceptions, an election and the securities parts, with clauses (the column's as fallback)", () => {
    const r = parseDeemedLiquidation(
      "merger, asset-sale if owned <= 50.5% [s. 1]; except ipo-precursor; elected by Series A; securities average 20 days ending 2 days before closing [s. 2]; otc bid or sale",
      A,
    );
    expect(r.liquidations).toHaveLength(1);
    expect(r.liquidations[0].kinds).toEqual(["merger", "asset-sale"]);
    expect(r.liquidations[0].test!.op).toBe("<=");
    expect(r.liquidations[0].test!.share.toString()).toBe("0.505");
    expect(r.liquidations[0].clause).toBe("s. 1");
    expect(r.except).toEqual({ kinds: ["ipo-precursor"], clause: "Art. 9" });
    expect(r.electedBy).toEqual({ className: "Series A", clause: "Art. 9" });
    expect(r.market).toEqual({ days: 20, before: 2, clause: "s. 2" });
    expect(r.otc!.prices).toBe("bid or sale");
  });

  it("names the fault: an unknown transaction, a transaction twice, a test it cannot read", () => {
    expect(thrown(() => parseDeemedLiquidation("merger, spinoff", A)).message).toBe(
      'argument terms, class Series A, column Deemed Liquidation, value "spinoff": is not a transaction; the transactions are merger, subsidiary-merger, ipo-precursor, exchange, reorganization, asset-sale',
    );
    expect(thrown(() => parseDeemedLiquidation("merger; merger if owned < 50%", A)).message).toBe(
      'argument terms, class Series A, column Deemed Liquidation, value "merger": is named in two parts; name each transaction once',
    );
    expect(thrown(() => parseDeemedLiquidation("merger if owned > 50%", A)).message).toMatch(/has a test that is not if owned < N% or if owned <= N%/);
    expect(thrown(() => parseDeemedLiquidation("securities median 30 days", A)).message).toMatch(/is not a securities part/);
  });
});

describe("deemedLiquidationRule: the rule is the charter's", () => {
  it("two rows with different rules are an error naming both classes", () => {
    const terms = charterTerms(
      { name: "Series A", issuePrice: 1, deemedLiquidation: "merger" },
      { name: "Series B", issuePrice: 1, deemedLiquidation: "merger, asset-sale" },
    );
    expect(thrown(() => deemedLiquidationRule(terms)).message).toBe(
      'argument terms, class Series B, column Deemed Liquidation, value "merger, asset-sale": differs from Series A\'s ("merger"); the rule is the charter\'s, so write it once (or the same in every row)',
    );
  });
  it("elected by a class the terms do not have", () => {
    const terms = charterTerms({ name: "Series A", issuePrice: 1, deemedLiquidation: "merger; elected by Series Z" });
    expect(thrown(() => deemedLiquidationRule(terms)).message).toBe(
      'argument terms, class Series A, column Deemed Liquidation, value "Series Z": elected by names no class in the terms; the classes are Series A',
    );
  });
});
