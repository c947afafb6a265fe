// The exit values where the waterfall changes course. Every change happens at a segment start: a class
// whose state (preference whole, sharing, capped, converted, exercised, waived) is on just above a start
// and was off just below it has its event there.
import { Decimal } from "../decimal";
import { hasPreference, type Claim } from "./claims";
import { firstClause } from "./clauses";
import type { Compiled } from "./evaluate";
import { formatCount, formatMoney, formatPrice } from "../format";
import { capPoint, pieceAfter } from "./payoff";
import type { Segment } from "./segment";
import type { Breakpoint, BreakpointEvent } from "./types";

/** Events in the order they are listed at one exit value for one class. */
const EVENTS: readonly BreakpointEvent[] = ["preference waived", "preference paid in full", "starts to share", "reaches its cap", "converts", "exercises"];

type State = Record<BreakpointEvent, boolean>;

/** Each class's state for exits just above the segment's start. */
export function statesInside(w: Compiled, seg: Segment): State[] {
  const stage = w.stages[seg.stage];
  const converting = new Set(seg.convertsInside);
  return stage.claims.map((c, i) => {
    const waived = stage.waived.includes(i);
    const conv = converting.has(i);
    let full: boolean;
    let shares = false;
    let capped = false;
    if (seg.tier !== null) {
      full = hasPreference(c) && (c.seniority > seg.tier || (c.seniority === seg.tier && seg.rates[i].isZero()));
    } else {
      full = hasPreference(c) && !conv;
      shares = c.kind !== "option" && !waived && !conv && pieceAfter(c, seg.p).b.gt(0);
      const cap = capPoint(c);
      capped = !conv && cap !== null && cap.lte(seg.p);
    }
    return {
      "preference waived": waived,
      "preference paid in full": full,
      "starts to share": shares,
      "reaches its cap": capped,
      converts: conv && c.kind !== "option",
      exercises: conv && c.kind === "option",
    };
  });
}

function describeEvent(c: Claim, event: BreakpointEvent, p: Decimal): { clause: string; text: string } {
  const cls = c.cls;
  switch (event) {
    case "preference waived":
      return {
        clause: firstClause(cls, "Waiver Price"),
        text: `${c.name} would receive at least its Waiver Price of ${formatPrice(c.waiverPrice!)} per share as converted, so its preference has no force and it is paid as converted with everyone`,
      };
    case "preference paid in full":
      return {
        clause: firstClause(cls, "Preference Multiple", "Seniority"),
        text: `${c.name} preference of ${formatPrice(c.preference)} per share (${formatMoney(c.shares.times(c.preference))}) is paid in full`,
      };
    case "starts to share":
      return {
        clause: firstClause(cls, "Participation"),
        text:
          c.kind === "common"
            ? `${c.name} starts to share what remains after the preferences`
            : `${c.name} starts to share what remains as converted (${formatCount(c.ratio)} Common per share)`,
      };
    case "reaches its cap":
      return {
        clause: firstClause(cls, "Cap Multiple", "Participation"),
        text: `${c.name} reaches its cap of ${formatPrice(c.cap!)} per share (${formatMoney(c.shares.times(c.cap!))}) at a Common price of ${formatPrice(p)}`,
      };
    case "converts": {
      const kept = c.keptDeclared.isZero() ? "" : `, with the declared unpaid dividends of ${formatPrice(c.keptDeclared)} per share it keeps,`;
      return {
        clause: firstClause(cls, "Conversion Price", "Participation"),
        text: `${c.name} converts: as converted (${formatCount(c.ratio)} Common per share)${kept} it receives more than its ${c.participation === "capped" ? "cap" : "preference"} of ${formatPrice(c.participation === "capped" ? c.cap! : c.preference)} per share once the Common price passes ${formatPrice(p)}`,
      };
    }
    case "exercises":
      return {
        clause: firstClause(cls, "Strike", "Exercise"),
        text: `${c.name} exercise: the Common price passes the strike of ${formatPrice(c.strike)} (${cls.strikeConvention === "cash" ? "strike paid in cash, added to the proceeds" : "paid net of strike"})`,
      };
  }
}

export function breakpointsOf(w: Compiled): Breakpoint[] {
  const out: Breakpoint[] = [];
  let before: State[] | null = null;
  const segs = w.segments;
  segs.forEach((seg, j) => {
    const hasInside = !seg.flat && (j === segs.length - 1 || segs[j + 1].start.gt(seg.start));
    if (!hasInside) return;
    const now = statesInside(w, seg);
    // At one exit value: events in the order of EVENTS (a preference is whole before anyone shares),
    // then classes in terms order.
    for (const event of EVENTS) {
      w.claims.forEach((c, i) => {
        if (c.shares.isZero()) return; // Decision: a class with no shares outstanding has no breakpoints.
        if (now[i][event] && !(before && before[i][event])) {
          out.push({ exitValue: seg.start, className: c.name, event, commonPrice: seg.p, ...describeEvent(c, event, seg.p) });
        }
      });
    }
    before = now;
  });
  return out;
}
