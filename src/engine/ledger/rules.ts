// The ledger's rules that a terms column gives per class, and that an argument may override for all.
//   optionChanges: which changes in the terms of options (or convertibles) deemed issued readjust the price
//   (the terms' Option Changes column, engine/terms/model.ts: OptionChanges).
//     either: any change in the number of shares or the exercise price, up or down, for the options not
//       exercised before the change (MagiNet 3(f)(i)(E)(3): "any change in the number of shares ...
//       readjusted to such Conversion Price as would have obtained had the adjustment ... upon the issuance
//       of such options ... not converted prior to such change ... been made upon the basis of such change";
//       3(f)(i)(B) lets it raise the price). Reading: a change in the exercise price alone is read the same
//       way, the clause's "basis of such change" being the options' changed terms.
//     raise-only: only an increase in the consideration payable or a decrease in the number of shares
//       issuable is recomputed (Juniper 6(d)(iii)(B)); a decrease in the price or an increase in the number
//       is not (6(d)(iii) and 6(d)(v)(B) take the maximum shares and minimum consideration "without regard
//       to any provision ... for a subsequent adjustment").
//     In both, a readjustment never goes above the price before the grant's original adjustment (Juniper
//     6(d)(iii)(D); the ledger applies the same cap on expiry).
import { invalid } from "../errors";
import { OPTION_CHANGES, type CharterTerms, type OptionChanges } from "../terms/model";

export const OPTION_CHANGE_RULES = OPTION_CHANGES;
export type OptionChangeRule = OptionChanges;

export interface LedgerRules {
  optionChanges: OptionChangeRule;
  /**
   * Options that expire by their terms not more than this many days after issue adjust nothing until all
   * are exercised or expired (Juniper 6(d)(iii)(E): 30); null: no such rule (MagiNet has none). From the
   * terms' Short Options column.
   */
  shortOptionDays?: number | null;
}

/** The rules with their defaults (either: MagiNet's, the wider rule), each checked. */
export function ledgerRules(given: Partial<LedgerRules> | null | undefined): LedgerRules {
  const raw = given?.optionChanges;
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === ""))
    return { optionChanges: "either", shortOptionDays: given?.shortOptionDays ?? null };
  const key = String(raw)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (!(OPTION_CHANGE_RULES as readonly string[]).includes(key)) {
    throw invalid({ argument: "optionChanges", value: String(raw) }, `is not a rule for option changes; use ${OPTION_CHANGE_RULES.join(" or ")}`);
  }
  return { optionChanges: key as OptionChangeRule, shortOptionDays: given?.shortOptionDays ?? null };
}

/**
 * The rules for a ledger over `terms`: `given` (an argument) when it names a rule, for every series;
 * otherwise each series' Option Changes. Decision: the ledger recomputes a grant's deemed issue once for
 * all series, so the series that adjust (Anti-Dilution other than none) must share one rule; a table whose
 * series differ is an error naming them, rather than one series' rule silently applied to another.
 */
export function ledgerRulesFor(terms: CharterTerms, given: Partial<LedgerRules> | null | undefined): LedgerRules {
  const raw = given?.optionChanges;
  const blank = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
  const adjusting = (terms?.classes ?? []).filter((c) => c.kind === "preferred" && c.antiDilution !== "none");
  // Short Options: one rule for the ledger, as for Option Changes (a grant is deemed issued once for all series).
  const days = [...new Set(adjusting.map((c) => c.shortOptionDays ?? null))];
  if (days.length > 1) {
    const each = adjusting.map((c) => `${c.name} ${c.shortOptionDays ?? "blank"}`).join(", ");
    throw invalid(
      { argument: "terms", column: "Short Options" },
      `differs between the series (${each}); the ledger applies one rule to every series: give them the same number of days`,
    );
  }
  const shortOptionDays = given?.shortOptionDays ?? days[0] ?? null;
  if (!blank) return { ...ledgerRules(given), shortOptionDays };
  const rules = [...new Set(adjusting.map((c) => c.optionChanges))];
  if (rules.length > 1) {
    const each = adjusting.map((c) => `${c.name} ${c.optionChanges}`).join(", ");
    throw invalid(
      { argument: "terms", column: "Option Changes" },
      `differs between the series (${each}); the ledger applies one rule to every series: give them the same rule, or give the rule as the optionChanges argument`,
    );
  }
  return { optionChanges: rules[0] ?? "either", shortOptionDays };
}
