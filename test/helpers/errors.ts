// Test support only (left out of the CLI build by tsconfig.cli.json): a ShareClass with the terms-table
// column defaults (./terms/columns.ts) so a test can state a class in a line, and the ChartError a call
// throws. The three charters as their texts state them are in ./test-charters.ts.
import { Decimal, ZERO, ONE } from "../../src/engine/decimal";
import { ChartError } from "../../src/engine/errors";
import type { CharterTerms, ShareClass, Threshold } from "../../src/engine/terms/model";

export type ClassSpec = Partial<Omit<ShareClass, "shares" | "issuePrice" | "conversionPrice">> & {
  name: string;
  shares?: Decimal | string | number;
  issuePrice?: Decimal | string | number;
  conversionPrice?: Decimal | string | number;
};

export function d(x: Decimal | string | number): Decimal {
  return x instanceof Decimal ? x : new Decimal(typeof x === "number" ? String(x) : x);
}

/** A class with the column defaults; Conversion Price defaults to the Issue Price (1 when that is 0). */
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
    declaredOnConversion: "cancelled",
    dividendsPaid: ZERO,
    dividendPriority: 0,
    dividendParticipation: false,
    conversionRounding: "down",
    antiDilution: "none",
    adjustmentRounding: "none",
    optionChanges: "either",
    dilutionFrom: null,
    shortOptionDays: null,
    autoConvertPrice: null,
    autoConvertProceeds: null,
    ipoReset: null,
    redemption: null,
    redemptionPrice: null,
    voteRounding: "nearest",
    deemedLiquidation: null,
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

/** A threshold cell's reading, e.g. threshold(">=", "5.00") for "at least $5.00". */
export function threshold(op: ">=" | ">", value: string, ofConversionPrice = false): Threshold {
  return { op, value: d(value), ofConversionPrice };
}

/** The ChartError that `f` throws; fails the test when it returns or throws something else. */
export function thrown(f: () => unknown): ChartError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChartError) return e;
    throw e;
  }
  throw new Error("expected a ChartError");
}
