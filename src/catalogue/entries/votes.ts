// CHARTER.VOTES(terms, holdings): each holder's votes as converted: one vote a share of Common, and for
// preferred the Common it converts into, rounded per the charter: after aggregating the holder's shares
// (Juniper 7(a) and MagiNet 4(a): nearest, one-half up) or share by share (JT Storage Art. IV(B)5: each
// share's full shares of Common).
import { votes } from "../../engine/votes";
import { readShares, readString } from "../args";
import { defineFunction } from "../define";
import { param } from "../params";
import { invalid } from "../../engine/errors";
import { findClass } from "../../engine/terms/parse";
import { readRecords, recordPlace } from "../records";
import { TERMS } from "../shared-params";
import type { ResultCell } from "../types";

export const VOTES_HEADER = ["Holder", "Votes"] as const;

export const VOTES = defineFunction({
  name: "VOTES",
  description: "Each holder's votes as converted, rounded per each class's Vote Rounding, per holder or per share (a header row, then one row per holder).",
  params: [TERMS, param.matrix("holdings", "Holdings with a header row Holder, Class, Shares (a holder may have several rows).")],
  result: "matrix",
  returns: "Rows of holder and votes, holders in the order first listed.",
  run: (terms, holdings) => {
    const rows = readRecords(
      holdings,
      { holder: { header: "Holder", read: readString }, className: { header: "Class", read: readString }, shares: { header: "Shares", read: readShares } },
      "holdings",
    );
    // Checked here as well as in the engine so the message counts rows as the sheet does (blank rows included).
    for (const r of rows) {
      findClass(terms, r.className, recordPlace("holdings", r.row, "Class"));
      if (r.shares.isNegative() || !r.shares.isInteger()) {
        throw invalid(
          recordPlace("holdings", r.row, "Shares", { className: r.className, value: r.shares.toString() }),
          "shares held must be a whole number, zero or more",
        );
      }
    }
    const out: ResultCell[][] = [[...VOTES_HEADER]];
    for (const h of votes(terms, rows)) out.push([h.holder, h.votes]);
    return out;
  },
});
