// The charter's ledger rules that the terms table has no column for, given to the ledger as an argument.
//   optionChanges: which changes in the terms of options (or convertibles) deemed issued readjust the price.
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

export const OPTION_CHANGE_RULES = ["either", "raise-only"] as const;
export type OptionChangeRule = (typeof OPTION_CHANGE_RULES)[number];

export interface LedgerRules {
  optionChanges: OptionChangeRule;
}

/** The rules with their defaults (either: MagiNet's, the wider rule), each checked. */
export function ledgerRules(given: Partial<LedgerRules> | null | undefined): LedgerRules {
  const raw = given?.optionChanges;
  if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) return { optionChanges: "either" };
  const key = String(raw).trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (!(OPTION_CHANGE_RULES as readonly string[]).includes(key)) {
    throw invalid({ argument: "optionChanges", value: String(raw) }, `is not a rule for option changes; use ${OPTION_CHANGE_RULES.join(" or ")}`);
  }
  return { optionChanges: key as OptionChangeRule };
}
