// The waiver (JT Storage Art. IV(B)2(b) proviso): "if each holder of Series A Preferred would receive a
// distribution of at least an aggregate of $5.00 per share ... solely pursuant to this Section 2(b) and
// without any distribution pursuant to Section 2(a), then Section 2(a) shall be of no force and effect".
// A class with a Waiver Price W loses its preference from the exit value T at which, its preference
// waived, it would receive W per share as converted: r x p(T) = W in the solve of the waived terms, i.e.
// T = V_waived(W / r). With one preferred class (JT Storage) that is exit x r / (all as-converted shares)
// >= W. Decision (several classes with preferences): the other classes keep theirs in the waived solve,
// so that once waived the class does receive at least W per share, as the proviso promises.
// The waived terms are a second solver (a stage) that takes over from T; the class's payout drops there
// (a charter quirk, not a bug: Series A gets less just above T than just below).
import { Decimal, ZERO } from "../decimal";
import { hasPreference, waive, type Claim } from "./claims";
import { curveSegments, convertingAt, type ExtraKink } from "./curve";
import type { Segment, Stage } from "./segment";
import { tierSegments } from "./tiers";

/** The segments of one stage over all exits: its tiers, then its curve. */
export function stageSegments(claims: readonly Claim[], extra: readonly ExtraKink[] = []): Segment[] {
  return [...tierSegments(claims), ...curveSegments(claims, extra)];
}

function withWaived(claims: readonly Claim[], waived: ReadonlySet<number>): Claim[] {
  return claims.map((c) => (waived.has(c.index) ? waive(c) : c));
}

/** The exit value from which class `d` would get its Waiver Price as converted, with `waived` and d waived. */
function threshold(claims: readonly Claim[], waived: ReadonlySet<number>, d: Claim): Decimal {
  const world = withWaived(claims, new Set([...waived, d.index]));
  // p* = W / r = W x Conversion Price / Issue Price; there the class receives exactly W per share.
  const pStar = d.waiverPrice!.times(d.cls.conversionPrice).div(d.cls.issuePrice);
  const seg = curveSegments(world, [{ p: pStar, index: d.index, value: d.waiverPrice! }]).find((s) => s.p.eq(pStar))!;
  return seg.start;
}

interface RawStage {
  waived: Set<number>;
  from: Decimal;
}

/** The stages in exit order: the terms as written, then each set of waived classes with its threshold. */
export function stagesOf(claims: readonly Claim[]): { stages: Stage[]; tables: Segment[][] } {
  const waivable = claims.filter((c) => c.waiverPrice !== null && hasPreference(c) && c.ratio.gt(0));
  const raw: RawStage[] = [{ waived: new Set(), from: ZERO }];
  for (;;) {
    const current = raw[raw.length - 1];
    const rest = waivable.filter((c) => !current.waived.has(c.index));
    if (rest.length === 0) break;
    const found = rest.map((c) => ({ c, at: threshold(claims, current.waived, c) }));
    const lowest = found.reduce((m, f) => (f.at.lt(m) ? f.at : m), found[0].at);
    if (lowest.lte(current.from)) {
      // Already met where the current stage begins: the class is waived from there too.
      for (const f of found) if (f.at.lte(current.from)) current.waived.add(f.c.index);
      continue;
    }
    const next = new Set(current.waived);
    for (const f of found) if (f.at.eq(lowest)) next.add(f.c.index);
    raw.push({ waived: next, from: lowest });
  }
  const stages: Stage[] = [];
  const tables: Segment[][] = [];
  raw.forEach((r, s) => {
    const world = withWaived(claims, r.waived);
    const extra: ExtraKink[] = [];
    // Cut the waived curve at each newly waived class's p* so the threshold is a segment start.
    for (const i of r.waived) {
      if (s > 0 && !raw[s - 1].waived.has(i)) {
        const c = claims[i];
        extra.push({ p: c.waiverPrice!.times(c.cls.conversionPrice).div(c.cls.issuePrice), index: i, value: c.waiverPrice! });
      }
    }
    stages.push({ claims: world, waived: [...r.waived].sort((a, b) => a - b), from: r.from });
    tables.push(stageSegments(world, extra).map((seg) => ({ ...seg, stage: s })));
  });
  return { stages, tables };
}

/** The largest index whose start is <= exit, moved back to the first of a run of equal starts (the lowest p). */
export function locate(segments: readonly Segment[], exit: Decimal): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start.lte(exit)) lo = mid;
    else hi = mid - 1;
  }
  if (segments[lo].start.eq(exit)) {
    while (lo > 0 && segments[lo - 1].start.eq(exit) && segments[lo - 1].stage === segments[lo].stage) lo--;
  }
  return lo;
}

/** The segment re-based to begin at `from` (inside it). */
function startAt(seg: Segment, from: Decimal, claims: readonly Claim[]): Segment {
  const d = from.minus(seg.start);
  if (d.isZero()) return seg;
  const t = d.div(seg.scale);
  const base = seg.base.map((b, i) => (seg.rates[i].isZero() ? b : b.plus(seg.rates[i].times(t))));
  const p = seg.tier === null ? seg.p.plus(t) : seg.p;
  return { ...seg, start: from, base, p, convertsAtStart: seg.tier === null ? convertingAt(claims, p, false) : [] };
}

/** The stages' tables joined into one over all exits: each stage from its threshold to the next one's. */
export function joinStages(stages: readonly Stage[], tables: readonly Segment[][]): Segment[] {
  const out: Segment[] = [];
  stages.forEach((stage, s) => {
    const table = tables[s];
    const to = s + 1 < stages.length ? stages[s + 1].from : null;
    const first = locate(table, stage.from);
    out.push(startAt(table[first], stage.from, stage.claims));
    for (let j = first + 1; j < table.length; j++) {
      if (to && table[j].start.gte(to)) break;
      out.push(table[j]);
    }
  });
  return out;
}
