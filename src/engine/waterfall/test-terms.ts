// A small builder of CharterTerms for tests and benches, until (and beside) the terms parser: every field
// takes the terms-table column default (../terms/columns.ts) unless given. Numbers may be written as
// strings ("4.50") so a test reads like the charter.
import { Decimal, dec, type DecimalInput } from "../decimal";
import type { CharterTerms, ShareClass } from "../terms/model";

type DecimalKeys = {
  [K in keyof ShareClass]: ShareClass[K] extends Decimal ? K : ShareClass[K] extends Decimal | null ? K : never;
}[keyof ShareClass];

/** ShareClass fields, with every amount writable as a string or number. */
export type ClassSpec = Partial<Omit<ShareClass, DecimalKeys>> & {
  [K in DecimalKeys]?: ShareClass[K] extends Decimal ? DecimalInput : DecimalInput | null;
} & { name: string };

/**
 * One class with the column defaults: Kind common for "Common", else preferred; Issue Price 0; Preference
 * Multiple 1 for preferred (0 otherwise); Seniority 0; Participation none; Conversion Price = Issue Price
 * (1 when that is 0); Shortfall Basis preference; Strike 0; Exercise net; dividends declared, none unpaid.
 */
export function shareClass(spec: ClassSpec): ShareClass {
  const kind = spec.kind ?? (spec.name.toLowerCase() === "common" ? "common" : "preferred");
  const issuePrice = dec(spec.issuePrice ?? 0);
  const opt = (x: DecimalInput | null | undefined): Decimal | null => (x === null || x === undefined ? null : dec(x));
  return {
    name: spec.name,
    kind,
    shares: dec(spec.shares ?? 0),
    issuePrice,
    preferenceMultiple: dec(spec.preferenceMultiple ?? (kind === "preferred" ? 1 : 0)),
    seniority: spec.seniority ?? 0,
    participation: spec.participation ?? "none",
    capMultiple: opt(spec.capMultiple),
    conversionPrice: dec(spec.conversionPrice ?? (issuePrice.isZero() ? 1 : issuePrice)),
    shortfallBasis: spec.shortfallBasis ?? "preference",
    waiverPrice: opt(spec.waiverPrice),
    strike: dec(spec.strike ?? 0),
    strikeConvention: spec.strikeConvention ?? "net",
    dividendRate: dec(spec.dividendRate ?? 0),
    dividendAccrual: spec.dividendAccrual ?? "declared",
    dayCount: spec.dayCount ?? "actual/365",
    issueDate: spec.issueDate ?? null,
    declaredUnpaid: dec(spec.declaredUnpaid ?? 0),
    declaredOnConversion: spec.declaredOnConversion ?? "cancelled",
    dividendsPaid: dec(spec.dividendsPaid ?? 0),
    dividendPriority: spec.dividendPriority ?? 0,
    dividendParticipation: spec.dividendParticipation ?? false,
    conversionRounding: spec.conversionRounding ?? "down",
    antiDilution: spec.antiDilution ?? "none",
    adjustmentRounding: spec.adjustmentRounding ?? "none",
    optionChanges: spec.optionChanges ?? "either",
    dilutionFrom: spec.dilutionFrom ?? null,
    shortOptionDays: spec.shortOptionDays ?? null,
    seriesSplitAdjusts: spec.seriesSplitAdjusts ?? [],
    identicalSplit: spec.identicalSplit ?? "adjusts",
    autoConvertPrice: spec.autoConvertPrice ?? null,
    autoConvertProceeds: spec.autoConvertProceeds ?? null,
    ipoReset: spec.ipoReset ?? null,
    redemption: spec.redemption ?? null,
    redemptionPrice: opt(spec.redemptionPrice),
    voteRounding: spec.voteRounding ?? "nearest",
    deemedLiquidation: spec.deemedLiquidation ?? null,
    clauses: spec.clauses ?? {},
  };
}

/** Terms from class specs, in the order given. */
export function charterTerms(...specs: ClassSpec[]): CharterTerms {
  return { classes: specs.map(shareClass) };
}
