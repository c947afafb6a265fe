// The tranche schedule of the option pricing method, read off the engine's own compiled waterfall: every
// exit where the split of the next dollar changes (a breakpoint), each class's share of a dollar between
// two breakpoints, and the jumps where a class's payout changes discontinuously (JT Storage Art. IV(B)2(b):
// the waiver). On each compiled segment a class receives base + rate x (exit - start) / scale, so its share
// of the next dollar is rate / scale; the seniority, pari passu shortfalls, caps, conversions and options
// exercising are the charter's because the segments are. Built once per compiled waterfall (cached with it,
// and so with the parsed terms), in doubles.
import { Decimal } from "../decimal";
import { invalid } from "../errors";
import { formatFixed } from "../format";
import { compiledOf } from "../waterfall/compile";
import type { Waterfall } from "../waterfall";

export interface Tranche {
  /** The breakpoint where the tranche begins (exit value, dollars). */
  from: number;
  /** Where the next tranche begins (Infinity for the last). */
  to: number;
  /** Each class's share of a dollar of exit inside the tranche, terms order; they add up to 1. */
  shares: Float64Array;
  /** The engine's breakpoint events at `from` ("Series A: converts", ...), for the audit table. */
  events: string[];
}

export interface Jump {
  /** The exit value at which the payouts jump (the payout there is the one above). */
  at: number;
  /** Per class, payout at `at` less the payout just below it (dollars); they add up to 0. */
  amounts: Float64Array;
  events: string[];
}

export interface Schedule {
  classes: readonly string[];
  /** Shares (options and warrants: their count) outstanding per class, terms order. */
  outstanding: Float64Array;
  tranches: Tranche[];
  jumps: Jump[];
  /** Tranche starts as one array (tranches[k].from), for the pricing loop. */
  strikes: Float64Array;
  /** shares of tranche k, class i at [k x classes + i]. */
  shareMatrix: Float64Array;
}

const cache = new WeakMap<Waterfall, Schedule>();

/** The schedule of a compiled waterfall, built on first use and kept with it. */
export function scheduleOf(w: Waterfall): Schedule {
  let s = cache.get(w);
  if (!s) {
    s = buildSchedule(w);
    cache.set(w, s);
  }
  return s;
}

/** Below this (in dollars, relative to the exit) a difference in payouts is the arithmetic's noise, not a jump. */
const JUMP_NOISE = new Decimal("1e-20");

function buildSchedule(w: Waterfall): Schedule {
  const c = compiledOf(w);
  const n = c.names.length;
  const segs = c.segments;
  const eventsAt = new Map<string, string[]>();
  for (const b of w.breakpoints()) {
    const key = b.exitValue.toString();
    const list = eventsAt.get(key) ?? [];
    list.push(`${b.className}: ${b.event}`);
    eventsAt.set(key, list);
  }
  const raw: { from: Decimal; shares: number[] }[] = [];
  const jumps: Jump[] = [];
  // Exits strictly inside a run of equal starts and the next start are located in the last segment of the
  // run (./../waterfall/stages.ts `locate`); the others in the run have no width (a flat piece of V, a
  // conversion point).
  let below: (typeof segs)[number] | null = null;
  for (let j = 0; j < segs.length; j++) {
    if (j + 1 < segs.length && segs[j + 1].start.eq(segs[j].start)) continue;
    const seg = segs[j];
    // The jump at this start: the payout just above it less the limit from below on the previous piece.
    if (below !== null) {
      const t = seg.start.minus(below.start).div(below.scale);
      const amounts = new Float64Array(n);
      let any = false;
      for (let i = 0; i < n; i++) {
        const left = below.rates[i].isZero() ? below.base[i] : below.base[i].plus(below.rates[i].times(t));
        const d = seg.base[i].minus(left);
        if (d.abs().gt(JUMP_NOISE.times(Decimal.max(seg.start, 1)))) {
          amounts[i] = d.toNumber();
          any = true;
        }
      }
      if (any) jumps.push({ at: seg.start.toNumber(), amounts, events: eventsAt.get(seg.start.toString()) ?? [] });
    }
    if (seg.flat) {
      throw invalid(
        { argument: "terms" },
        `no class takes an exit above ${formatFixed(seg.start, 2)} (no Common, participating, convertible or option shares), so an equity value that may exceed it has no owner; the option pricing method needs a class that takes the top of the waterfall`,
      );
    }
    const shares = seg.rates.map((r) => (r.isZero() ? 0 : r.div(seg.scale).toNumber()));
    raw.push({ from: seg.start, shares });
    below = seg;
  }
  // One tranche per run of equal shares with no jump between: the breakpoints where the split changes.
  const jumpAt = new Set(jumps.map((j) => j.at));
  const tranches: Tranche[] = [];
  for (const r of raw) {
    const from = r.from.toNumber();
    const prev = tranches[tranches.length - 1];
    const same = prev && !jumpAt.has(from) && prev.shares.every((x, i) => x === r.shares[i]);
    const events = eventsAt.get(r.from.toString()) ?? [];
    if (same) {
      prev.events.push(...events);
      continue;
    }
    if (prev) prev.to = from;
    tranches.push({ from, to: Infinity, shares: Float64Array.from(r.shares), events: [...events] });
  }
  if (tranches.length === 0 || tranches[0].from !== 0) {
    // Cannot happen for compiled terms (the first segment starts at 0); kept as a guard, not a guess.
    throw invalid({ argument: "terms" }, "the waterfall has no tranche from an exit of 0");
  }
  const strikes = Float64Array.from(tranches.map((t) => t.from));
  const shareMatrix = new Float64Array(tranches.length * n);
  tranches.forEach((t, k) => shareMatrix.set(t.shares, k * n));
  return {
    classes: c.names,
    outstanding: Float64Array.from(c.claims.map((cl) => cl.shares.toNumber())),
    tranches,
    jumps,
    strikes,
    shareMatrix,
  };
}
