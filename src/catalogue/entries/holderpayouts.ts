// CHARTER.HOLDERPAYOUTS(terms, capTable, exitValue, [asOf]): each holder's payout at an exit, in cents.
// Inside a class every share is paid alike (JT Storage Art. IV(B)2(a): "a fraction, the numerator of
// which shall be the number of shares ... held by such holder"; Juniper 4(b) and MagiNet 2(b) ratably),
// so the engine apportions each class's cents by shares held, and holders add up to their class.
import { readShares, readString } from "../args";
import { defineFunction } from "../define";
import { param } from "../params";
import { invalid } from "../../engine/errors";
import { findClass } from "../../engine/terms/parse";
import { readRecords, recordPlace } from "../records";
import { AS_OF, EXIT_VALUE, TERMS } from "../shared-params";
import type { EntryCell } from "../types";
import { checkExit, waterfallOf } from "../waterfall";

export const HOLDER_PAYOUTS_HEADER = ["Holder", "Class", "Shares", "Payout"] as const;
/** The holder column of the rows for shares of a class that no row of the cap table holds. */
export const UNALLOCATED_HOLDER = "(not in the cap table)";

export const HOLDERPAYOUTS = defineFunction({
  name: "HOLDERPAYOUTS",
  description: "Each holder's payout at an exit, in cents that add up per class and in total (a header row, then one row per holder).",
  params: [TERMS, param.matrix("capTable", "Cap table with a header row Holder, Class, Shares (other columns are ignored)."), EXIT_VALUE, AS_OF],
  result: "matrix",
  returns: "Rows of holder, class, shares and payout, then any shares no holder holds.",
  run: (terms, capTable, exitValue, asOf) => {
    const exit = checkExit(exitValue, { argument: "exitValue" });
    const rows = readRecords(
      capTable,
      {
        holder: { header: "Holder", read: readString },
        className: { header: "Class", read: readString },
        shares: { header: "Shares", read: readShares },
      },
      "capTable",
    );
    // Checked here as well as in the engine so the message counts rows as the sheet does (blank rows included).
    for (const r of rows) {
      findClass(terms, r.className, recordPlace("capTable", r.row, "Class"));
      if (r.shares.isNegative()) {
        throw invalid(
          recordPlace("capTable", r.row, "Shares", { className: r.className, value: r.shares.toString() }),
          `holder ${r.holder}: shares must be 0 or more`,
        );
      }
    }
    const result = waterfallOf(terms, asOf).holderPayouts(exit, rows);
    const out: EntryCell[][] = [[...HOLDER_PAYOUTS_HEADER]];
    for (const h of result.holders) out.push([h.holder, h.className, h.shares, h.amount]);
    // Decision: shares of a class that no holder in the cap table holds are shown on their own rows, so
    // the payouts still add up to the exit and nothing is silently left out.
    for (const u of result.unallocated) out.push([UNALLOCATED_HOLDER, u.className, u.shares, u.amount]);
    return out;
  },
});
