// An event in words, for the ledger's rows and the certificate.
import { formatCut, formatCutMoney, formatCutShares } from "../format";
import type { LedgerEvent } from "./events";

function ratioText(e: LedgerEvent & { type: "split" }): string {
  const kind = e.newShares.greaterThanOrEqualTo(e.oldShares) ? "split" : "combination";
  const of = `of the ${e.security ?? "Common"}`;
  if (!e.oldShares.equals(1) || e.newShares.greaterThanOrEqualTo(1)) return `${formatCut(e.newShares)}-for-${formatCut(e.oldShares)} ${kind} ${of}`;
  const inverse = e.newShares.pow(-1);
  return inverse.isInteger() ? `1-for-${formatCut(inverse)} ${kind} ${of}` : `${kind} ${of}, ${formatCut(e.newShares)} new share for each old`;
}

export function describeEvent(e: LedgerEvent): string {
  const note = e.note ? ` (${e.note})` : "";
  switch (e.type) {
    case "issue": {
      const what =
        e.security.toLowerCase() === "convertible"
          ? `issue of convertible securities for up to ${formatCutShares(e.shares)} Common`
          : `issue of ${formatCutShares(e.shares)} ${e.security}`;
      const exempt = e.exempt ? `; exempt: ${e.exempt}` : "";
      return `${what} for ${formatCutMoney(e.consideration)} (${formatCutMoney(e.consideration.div(e.shares))} per share)${exempt}${note}`;
    }
    case "option-grant": {
      const exempt = e.exempt ? `; exempt: ${e.exempt}` : "";
      return `grant of options ${e.id} for up to ${formatCutShares(e.maxShares)} Common at no less than ${formatCutMoney(e.minExercisePrice)} a share, ${formatCutMoney(e.consideration)} paid for the grant${exempt}${note}`;
    }
    case "option-exercise":
      return `exercise of options ${e.id} for ${formatCutShares(e.shares)} Common${note}`;
    case "option-expiry":
      return `expiry of options ${e.id} for ${formatCutShares(e.shares)} Common, unexercised${note}`;
    case "option-change": {
      const parts = [
        e.maxShares ? `now for up to ${formatCutShares(e.maxShares)} Common` : "",
        e.minExercisePrice ? `at no less than ${formatCutMoney(e.minExercisePrice)} a share` : "",
      ].filter(Boolean);
      return `change in the terms of options ${e.id}: ${parts.join(", ")}${note}`;
    }
    case "split":
      return `${ratioText(e)}${note}`;
    case "stock-dividend": {
      const percent = e.held.equals(1) ? ` (${formatCut(e.paid.times(100))}%)` : "";
      return `stock dividend of ${formatCut(e.paid)} ${e.paid.lessThanOrEqualTo(1) ? "share" : "shares"} of ${e.security ?? "Common"} for every ${e.held.equals(1) ? "share" : `${formatCut(e.held)} shares`} held${percent}${note}`;
    }
    case "reclassification":
      return `reclassification of the Common into ${e.security}: ${formatCut(e.newShares)} for every ${formatCut(e.oldShares)}${note}`;
    case "distribution":
      return `distribution to the holders of Common of ${formatCut(e.units)} ${e.security} for every ${e.perShares.equals(1) ? "share" : `${formatCut(e.perShares)} shares`}${note}`;
    case "ipo":
      return `initial public offering at ${formatCutMoney(e.price)} a share${note}`;
  }
}
