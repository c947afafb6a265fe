// The base "A" of a weighted average: the Common deemed outstanding immediately before the issue.
//   broad: Common outstanding + Common issuable on conversion of all outstanding Preferred + on exercise
//     of outstanding options and warrants + on conversion of other convertible securities (Juniper 6(d)(iv)
//     proviso: all such shares "shall be deemed to be outstanding"; MagiNet 3(f)(i)(A)(1), (3): "including
//     shares ... issued or issuable upon conversion of the outstanding Preferred Stock, upon exercise of
//     outstanding stock options and warrants or otherwise under Section 3(f)(i)(E)").
//   narrow (MagiNet Series B, 3(f)(i)(A)(2)): "the number of shares of Common Stock issued or issuable upon
//     conversion of the outstanding Preferred Stock" only. Reading: "issuable" is the Common the Preferred
//     outstanding immediately before the issue converts into at the prices then in effect; "issued" adds
//     the Common already issued upon earlier conversions of Preferred (so a conversion does not shrink the
//     base). Common otherwise outstanding, options and warrants are not counted.
// The unallocated option pool (reserved, not granted) is in neither charter's base; `poolInBase` counts it
// for a charter whose base does (the public worked example's "pool in A" case).
import { Decimal, ZERO, sum } from "../decimal";
import type { AntiDilution } from "../terms/model";
import { requireNonNegative } from "../checks";
import { formatCutShares } from "../format";

export interface CapPosition {
  /** Common Stock outstanding. */
  common: Decimal;
  /** Common issuable upon conversion of the outstanding Preferred, at the conversion prices in effect. */
  preferredAsConverted: Decimal;
  /** Common issuable upon exercise of outstanding options and warrants (those deemed issued included). */
  options: Decimal;
  /** Common issuable upon conversion of other outstanding convertible securities. */
  convertibles: Decimal;
  /** The part of `common` issued upon earlier conversions of Preferred (counted by the narrow base). */
  commonFromConversion?: Decimal;
  /** Shares reserved for the option plan but not granted. */
  unallocatedPool?: Decimal;
  /** Count the unallocated pool in the broad base (no charter here does; default false). */
  poolInBase?: boolean;
}

export interface Base {
  /** A: the Common deemed outstanding immediately before the issue. */
  shares: Decimal;
  /** Its parts in words, for the certificate: "8,000,000 Common outstanding + ... = 12,000,000". */
  facts: string;
}

function checkPosition(p: CapPosition): void {
  requireNonNegative(p.common, { argument: "position", column: "common" });
  requireNonNegative(p.preferredAsConverted, { argument: "position", column: "preferredAsConverted" });
  requireNonNegative(p.options, { argument: "position", column: "options" });
  requireNonNegative(p.convertibles, { argument: "position", column: "convertibles" });
  if (p.commonFromConversion) requireNonNegative(p.commonFromConversion, { argument: "position", column: "commonFromConversion" });
  if (p.unallocatedPool) requireNonNegative(p.unallocatedPool, { argument: "position", column: "unallocatedPool" });
}

function describeBase(label: string, parts: [Decimal, string][]): Base {
  const shown = parts.filter(([n], i) => i === 0 || !n.isZero());
  const shares = sum(parts.map(([n]) => n));
  const words = shown.map(([n, what]) => `${formatCutShares(n)} ${what}`).join(" + ");
  return { shares, facts: `A (${label}) = ${words} = ${formatCutShares(shares)}` };
}

/** Broad base: all Common outstanding or issuable (Juniper 6(d)(iv) proviso; MagiNet 3(f)(i)(A)(1), (3)). */
export function broadBase(p: CapPosition): Base {
  checkPosition(p);
  const parts: [Decimal, string][] = [
    [p.common, "Common outstanding"],
    [p.preferredAsConverted, "issuable on conversion of the Preferred"],
    [p.options, "on exercise of options and warrants"],
    [p.convertibles, "on conversion of other convertible securities"],
  ];
  if (p.poolInBase) parts.push([p.unallocatedPool ?? ZERO, "reserved in the unallocated option pool"]);
  return describeBase("broad", parts);
}

/** Narrow base: Common issued or issuable upon conversion of the outstanding Preferred (MagiNet 3(f)(i)(A)(2)). */
export function narrowBase(p: CapPosition): Base {
  checkPosition(p);
  return describeBase("narrow", [
    [p.preferredAsConverted, "issuable on conversion of the outstanding Preferred"],
    [p.commonFromConversion ?? ZERO, "issued on earlier conversions of Preferred"],
  ]);
}

/** The base a class's Anti-Dilution column calls for; null when it uses none (full ratchet, none). */
export function baseFor(kind: AntiDilution, p: CapPosition): Base | null {
  if (kind === "broad") return broadBase(p);
  if (kind === "narrow") return narrowBase(p);
  return null;
}
