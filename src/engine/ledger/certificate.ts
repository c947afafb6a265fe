// The officer's certificate as to adjustments (Juniper 6(g)(ii): "setting forth such adjustment or
// readjustment and showing in detail the facts upon which such adjustment or readjustment is based",
// with "the Conversion Price at the time in effect" and "the number of shares of Common Stock ... which
// at the time would be received upon the conversion"; MagiNet 3(h), signed by an officer; JT Storage
// Art. IV(B)4(f)). Plain text. A split of a series itself is stated on it: its shares and the per-share
// amounts that follow (the price does not change).
import type { Decimal } from "../decimal";
import { formatCut, formatCutMoney } from "../format";
import type { ConversionPriceHistory } from "./history";

function commonPerShare(issuePrice: Decimal, price: Decimal, into = "Common"): string {
  if (!issuePrice.greaterThan(0)) return "no Issue Price to convert";
  const shares = issuePrice.div(price);
  return `${formatCutMoney(issuePrice)} / ${formatCutMoney(price)} = ${formatCut(shares, 0, 6)} ${shares.equals(1) ? "share" : "shares"} of ${into}`;
}

/** Juniper 6(g)(ii)(C): "the amount, if any, of other property which at the time would be received". */
function otherProperty(items: readonly { security: string; amount: Decimal }[]): string {
  return items.length ? `; and ${items.map((x) => `${formatCut(x.amount, 0, 6)} ${x.security}`).join(", ")}` : "";
}

const KIND: Partial<Record<string, string>> = {
  ipo: "Adjustment on the IPO",
  "option-expiry": "Readjustment on expiry of options",
  "option-change": "Readjustment on a change in the terms of options",
  "stock-dividend": "Adjustment for a stock dividend",
  reclassification: "Adjustment for a reclassification",
  distribution: "Provision for a distribution",
};

/**
 * The certificate for `history`: each adjustment or readjustment (and each adjustment carried forward
 * under one cent) with its facts, arithmetic and clause, the conversion price in effect after it and the
 * Common issuable on conversion of one share; then the prices in effect after the last event.
 */
export function certificateText(history: ConversionPriceHistory, charterName: string): string {
  const issuePrice: Record<string, Decimal> = {};
  for (const s of history.series) issuePrice[s.name] = s.issuePrice;
  const lines: string[] = [];
  lines.push("CERTIFICATE AS TO ADJUSTMENTS OF THE CONVERSION PRICE");
  lines.push(charterName.trim() || "(charter not named)");
  const last = history.points.length ? history.points[history.points.length - 1].date : null;
  lines.push(last ? `As of ${last}` : "No events");
  lines.push("");
  // Every change of the price, every adjustment carried forward, and every change in what a share
  // converts into (reclassifications, distributions) even at the same price.
  // A split of a series is stated on that series (its shares and per-share amounts change, its price not).
  const shown = history.steps.filter(
    (s) =>
      s.changed ||
      s.carried ||
      s.type === "reclassification" ||
      (s.type === "distribution" && s.arithmetic !== "") ||
      (s.splitOf !== undefined && s.splitOf === s.className) ||
      s.identical === true,
  );
  if (shown.length === 0) {
    lines.push("No adjustment or readjustment of the Conversion Price has been made.");
  } else {
    lines.push("Adjustments and readjustments of the Conversion Price:");
    shown.forEach((s, i) => {
      lines.push("");
      const kind = s.identical
        ? "No adjustment: Common and the series identically subdivided or combined"
        : s.splitOf === s.className
          ? `Adjustment for a ${s.type === "stock-dividend" ? "stock dividend" : "split or combination"} of the ${s.className}`
          : s.carried && !s.changed
            ? "Adjustment under one cent, not made (carried forward)"
            : (KIND[s.type] ?? (s.after.greaterThan(s.before) ? "Readjustment" : "Adjustment"));
      lines.push(`${i + 1}. ${s.date}, ${s.className}: ${kind}`);
      lines.push(`   Event: ${s.event}`);
      if (s.facts) lines.push(`   Facts: ${s.facts}`);
      lines.push(`   Basis: ${s.reason}`);
      if (s.arithmetic) lines.push(`   Computation: ${s.arithmetic}`);
      lines.push(`   Conversion Price: ${formatCutMoney(s.before)} before; ${formatCutMoney(s.after)} in effect after`);
      lines.push(`   ${s.into ?? "Common"} issuable on conversion of one share of ${s.className}: ${commonPerShare(issuePrice[s.className], s.after, s.into)}`);
      if (s.clause) lines.push(`   Clause: ${s.clause}`);
    });
  }
  lines.push("");
  const into = history.convertsInto ?? "Common";
  const other = history.series.some((s) => s.otherProperty?.length) ? " and other property" : "";
  lines.push(`Conversion Prices in effect and ${into}${other} issuable on conversion of one share:`);
  for (const s of history.series) {
    const pending = s.finalTheoretical.equals(s.final)
      ? ""
      : ` (an adjustment under one cent carried forward: ${formatCutMoney(s.finalTheoretical)} as if made)`;
    const split = s.split && !s.split.newShares.equals(s.split.oldShares) ? `; ${formatCut(s.shares)} shares outstanding after its splits` : "";
    lines.push(
      `   ${s.name}: ${formatCutMoney(s.final)}${pending}; ${commonPerShare(s.issuePrice, s.final, into)}${otherProperty(s.otherProperty ?? [])}${split}`,
    );
  }
  lines.push("");
  lines.push("Signed: ______________________________, an officer of the Corporation");
  return lines.join("\n");
}
