// The steps that produce a waterfall: preferences tier by tier (higher Seniority first; a shortfall shared
// on the tier's basis), conversions and waivers noted in their tier, then what remains shared as
// converted. A class's steps add up to its payout.
import { Decimal, ZERO } from "../decimal";
import { hasPreference } from "./claims";
import { firstClause } from "./clauses";
import type { Compiled, Point } from "./evaluate";
import { formatCount, formatMoney, formatPrice } from "../format";
import { capPoint } from "./payoff";
import { tiersOf } from "./tiers";
import type { Step } from "./types";

export function explainPoint(w: Compiled, pt: Point): Step[] {
  const steps: Omit<Step, "order">[] = [];
  const stage = w.stages[pt.segment.stage];
  const waived = new Set(stage.waived);
  const converts = new Set(pt.converts);
  const belowPreferences = pt.segment.tier !== null;
  const preferencePart: Decimal[] = w.claims.map(() => ZERO);
  const p = pt.p;

  for (const tier of tiersOf(w.claims)) {
    for (const c of w.claims) {
      if (!hasPreference(c) || c.seniority !== tier) continue;
      const i = c.index;
      const full = c.shares.times(c.preference);
      if (waived.has(i)) {
        steps.push({
          tier,
          className: c.name,
          amount: ZERO,
          clause: firstClause(c.cls, "Waiver Price"),
          text: `${c.name} preference (${formatMoney(full)}) has no force: as converted it receives ${formatPrice(c.ratio.times(p))} per share, at least its Waiver Price of ${formatPrice(c.waiverPrice!)}`,
        });
      } else if (converts.has(i)) {
        const limit = c.participation === "capped" ? c.cap! : c.preference;
        const kind = c.participation === "capped" ? "capped return" : "preference";
        if (c.keptDeclared.isZero()) {
          steps.push({
            tier,
            className: c.name,
            amount: ZERO,
            clause: firstClause(c.cls, "Conversion Price", "Participation"),
            text: `${c.name} converts rather than take its ${kind} of ${formatPrice(limit)} per share: as converted it receives ${formatPrice(c.ratio.times(p))} per share`,
          });
        } else {
          // Declared On Conversion kept: the declared unpaid dividends stay owed and are paid ahead of Common.
          const kept = c.shares.times(c.keptDeclared);
          preferencePart[i] = kept;
          steps.push({
            tier,
            className: c.name,
            amount: kept,
            clause: firstClause(c.cls, "Declared On Conversion", "Declared Unpaid"),
            text: `${c.name} converts rather than take its ${kind} of ${formatPrice(limit)} per share: as converted it receives ${formatPrice(c.ratio.times(p))} per share and keeps its declared unpaid dividends, ${formatCount(c.shares)} x ${formatPrice(c.keptDeclared)} = ${formatMoney(kept)}`,
          });
        }
      } else if (belowPreferences) {
        const amount = pt.amounts[i];
        preferencePart[i] = amount;
        if (amount.eq(full)) {
          steps.push({
            tier,
            className: c.name,
            amount,
            clause: firstClause(c.cls, "Preference Multiple", "Seniority"),
            text: `${c.name} preference paid in full: ${formatCount(c.shares)} x ${formatPrice(c.preference)} = ${formatMoney(full)}`,
          });
        } else if (amount.isZero()) {
          steps.push({
            tier,
            className: c.name,
            amount,
            clause: firstClause(c.cls, "Seniority"),
            text: `Nothing is left for the ${c.name} preference of ${formatMoney(full)}`,
          });
        } else {
          const basis = c.basis === "preference" ? "the full preference" : "Issue Price x shares held";
          steps.push({
            tier,
            className: c.name,
            amount,
            clause: firstClause(c.cls, "Shortfall Basis", "Seniority"),
            text: `${c.name} preference of ${formatMoney(full)} is short: it takes ${formatMoney(amount)}, the tier's shortfall being shared pari passu in proportion to ${basis}`,
          });
        }
      } else {
        preferencePart[i] = full;
        steps.push({
          tier,
          className: c.name,
          amount: full,
          clause: firstClause(c.cls, "Preference Multiple", "Seniority"),
          text: `${c.name} preference paid in full: ${formatCount(c.shares)} x ${formatPrice(c.preference)} = ${formatMoney(full)}`,
        });
      }
    }
  }

  if (!belowPreferences) {
    for (const c of w.claims) {
      const i = c.index;
      const amount = pt.amounts[i].minus(preferencePart[i]);
      if (amount.isZero()) continue;
      const asConverted = `${formatCount(c.shares.times(c.ratio))} Common as converted x ${formatPrice(p)}`;
      let clause = "";
      let text: string;
      if (c.kind === "common") {
        clause = firstClause(c.cls, "Participation");
        text = `${c.name} shares what remains: ${formatCount(c.shares)} x ${formatPrice(p)} = ${formatMoney(amount)}`;
      } else if (c.kind === "option") {
        clause = firstClause(c.cls, "Strike", "Exercise");
        text = c.cash
          ? `${c.name} exercise, paying ${formatMoney(c.shares.times(c.strike))} in strike, and take ${formatCount(c.shares)} x ${formatPrice(p)} = ${formatMoney(amount)}`
          : `${c.name} exercise net of strike: ${formatCount(c.shares)} x (${formatPrice(p)} - ${formatPrice(c.strike)}) = ${formatMoney(amount)}`;
      } else if (waived.has(i)) {
        clause = firstClause(c.cls, "Waiver Price");
        text = `${c.name} is paid purely as converted: ${asConverted} = ${formatMoney(amount)}`;
      } else if (converts.has(i)) {
        clause = firstClause(c.cls, "Conversion Price");
        text = `${c.name} takes its share as converted: ${asConverted} = ${formatMoney(amount)}`;
      } else if (c.participation === "capped" && capPoint(c)!.lte(p)) {
        clause = firstClause(c.cls, "Cap Multiple", "Participation");
        text = `${c.name} participates up to its cap of ${formatPrice(c.cap!)} per share: ${formatMoney(amount)} beyond its preference`;
      } else {
        clause = firstClause(c.cls, "Participation");
        text = `${c.name} participates as converted: ${asConverted} = ${formatMoney(amount)}`;
      }
      steps.push({ tier: null, className: c.name, amount, clause, text });
    }
  }
  return steps.map((s, k) => ({ order: k + 1, ...s }));
}
