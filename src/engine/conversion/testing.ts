// Test support only (not exported from index.ts): a ShareClass with the table's defaults, so tests of
// conversion, anti-dilution and the ledger can state a class in a line. Defaults follow columns.ts.
import { Decimal, ZERO, ONE } from "../decimal";
import type { CharterTerms, ShareClass } from "../terms/model";

export type ClassSpec = Partial<Omit<ShareClass, "shares" | "issuePrice" | "conversionPrice">> & {
  name: string;
  shares?: Decimal | string | number;
  issuePrice?: Decimal | string | number;
  conversionPrice?: Decimal | string | number;
};

export function d(x: Decimal | string | number): Decimal {
  return x instanceof Decimal ? x : new Decimal(typeof x === "number" ? String(x) : x);
}

export function testClass(spec: ClassSpec): ShareClass {
  const kind = spec.kind ?? (spec.name.toLowerCase() === "common" ? "common" : "preferred");
  const issuePrice = d(spec.issuePrice ?? 0);
  return {
    kind,
    seniority: 0,
    preferenceMultiple: kind === "preferred" ? ONE : ZERO,
    participation: "none",
    capMultiple: null,
    shortfallBasis: "preference",
    waiverPrice: null,
    strike: ZERO,
    strikeConvention: "net",
    dividendRate: ZERO,
    dividendAccrual: "declared",
    dayCount: "actual/365",
    issueDate: null,
    declaredUnpaid: ZERO,
    dividendsPaid: ZERO,
    dividendPriority: 0,
    dividendParticipation: false,
    conversionRounding: "down",
    antiDilution: "none",
    adjustmentRounding: "none",
    autoConvertPrice: null,
    autoConvertProceeds: null,
    ipoReset: null,
    redemption: null,
    redemptionPrice: null,
    voteRounding: "nearest",
    clauses: {},
    ...spec,
    shares: d(spec.shares ?? 0),
    issuePrice,
    conversionPrice: d(spec.conversionPrice ?? (issuePrice.isZero() ? 1 : issuePrice)),
  };
}

export function testTerms(...specs: ClassSpec[]): CharterTerms {
  return { classes: specs.map(testClass) };
}
