// The three charters' liquidation terms as CharterTerms, with the charters' own numbers, written out by
// hand for tests and the bench (the presets hold the same terms as tables); share counts not in a charter
// are inputs, named as such.
import type { DecimalInput } from "../decimal";
import type { CharterTerms } from "../terms/model";
import { charterTerms } from "../../../test/fixtures/classes";

const maginetClauses = (series: string) => ({
  "Preference Multiple": "2(a)",
  Seniority: "2(a)",
  "Shortfall Basis": "2(b)",
  Participation: "2(a)",
  "Conversion Price": `3(a)(${series})`,
});

/**
 * MagiNet (002): D $7.00, C $4.50, B $4.50, A $2.00 (2(a)); paid D, C, B, A in turn; shortfall pro rata to
 * the full preference (2(b)); D, C, B and Common share the rest as converted, A does not; conversion
 * prices equal the issue prices (3(a)(i)-(iv)). Shares: FOURTH (authorized = outstanding, as the brief takes).
 */
export function maginetTerms(common: DecimalInput = "5000000"): CharterTerms {
  return charterTerms(
    { name: "Series D", shares: "3142858", issuePrice: "7.00", seniority: 4, participation: "full", clauses: maginetClauses("iv") },
    { name: "Series C", shares: "7500000", issuePrice: "4.50", seniority: 3, participation: "full", clauses: maginetClauses("iii") },
    { name: "Series B", shares: "1328930", issuePrice: "4.50", seniority: 2, participation: "full", clauses: maginetClauses("ii") },
    { name: "Series A", shares: "150000", issuePrice: "2.00", seniority: 1, participation: "none", clauses: maginetClauses("i") },
    { name: "Common", shares: common },
  );
}

const juniperClauses = { "Preference Multiple": "4(a)(i)", Seniority: "4(a)", "Shortfall Basis": "4(b)", Participation: "4(c)", "Conversion Price": "6(a)(i)" };

/**
 * Juniper (001): one tier, non-participating (4(a), 4(c)); shortfall pro rata to the Original Issue Price
 * of the shares held (4(b)); shares from FOURTH 2; conversion prices 0.44 / 1.07 / 3.97 / 11.03 / 11.03.
 */
export function juniperTerms(common: DecimalInput = "20000000"): CharterTerms {
  const series = (name: string, shares: string, issuePrice: string, conversionPrice: string) => ({
    name,
    shares,
    issuePrice,
    conversionPrice,
    seniority: 1,
    participation: "none" as const,
    shortfallBasis: "issue-price" as const,
    clauses: juniperClauses,
  });
  return charterTerms(
    series("Series A", "1743751", "1.00", "0.44"),
    series("Series B", "3915308", "2.40", "1.07"),
    series("Series C", "5200000", "8.93", "3.97"),
    series("Series D", "600000", "11.03", "11.03"),
    series("Series D1", "2580000", "11.03", "11.03"),
    { name: "Common", shares: common },
  );
}

/**
 * JT Storage (000): Series A $1.00 plus the greater of $0.09 a year accrued and declared unpaid
 * (Art. IV(B)2(a)), participating as converted (2(b)), the preference of no force once A would receive
 * $5.00 a share as converted (2(b) proviso); Conversion Price $1.00 (4(a)). Share counts and the
 * original issue date are inputs (the charter gives neither).
 */
export function jtStorageTerms(seriesA: DecimalInput = "10000000", common: DecimalInput = "6000000", issueDate = "1997-01-10"): CharterTerms {
  return charterTerms(
    {
      name: "Series A",
      shares: seriesA,
      issuePrice: "1.00",
      conversionPrice: "1.00",
      participation: "full",
      dividendRate: "0.09",
      dividendAccrual: "greater-of",
      dayCount: "actual/365",
      issueDate,
      waiverPrice: "5.00",
      clauses: {
        "Preference Multiple": "Art. IV(B)2(a)",
        "Dividend Rate": "Art. IV(B)2(a)(i)",
        Participation: "Art. IV(B)2(b)",
        "Waiver Price": "Art. IV(B)2(b) proviso",
        "Conversion Price": "Art. IV(B)4(a)",
      },
    },
    { name: "Common", shares: common },
  );
}
