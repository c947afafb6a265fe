// Votes as converted: Common one vote a share; a preferred share the votes of the Common it converts into
// (shares x Issue Price / Conversion Price), rounded by the class's Vote Rounding after aggregating all of
// a holder's preferred (Juniper 7(a), MagiNet 4(a)), or per share (down-per-share, JT Storage Art. IV(B)5).
import { Decimal, ZERO, roundTo } from "../decimal";
import { invalid } from "../errors";
import type { CharterTerms, VoteRounding } from "../terms/model";
import { formatApproxCount, formatExact } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";

export interface Holding {
  holder: string;
  className: string;
  shares: Decimal;
}

export interface ClassVotes {
  className: string;
  shares: Decimal;
  /** Votes before rounding: shares for Common, Common as converted for preferred, 0 for options. */
  asConverted: Decimal;
}

export interface HolderVotes {
  holder: string;
  /** Votes of the Common held (one a share). */
  common: Decimal;
  /** The Common the holder's preferred converts into, exact, before rounding. */
  asConverted: Decimal;
  /** Total votes: Common plus the preferred's votes after rounding. */
  votes: Decimal;
  /** Per class, in the order first held. */
  classes: ClassVotes[];
  text: string;
  /** The clauses applied (each preferred class's Vote Rounding clause), without repeats. */
  clauses: string[];
}

const RULE: Record<VoteRounding, string> = {
  nearest: "to the nearest whole vote (one-half up)",
  down: "down to whole votes (one vote per full share)",
  "down-per-share": "one vote per full share of Common each share converts into",
  none: "not rounded",
};

/** A preferred holding's votes under down-per-share: shares x floor(Issue Price / Conversion Price). */
function perShareVotes(shares: Decimal, issuePrice: Decimal, conversionPrice: Decimal): Decimal {
  return shares.times(issuePrice.div(conversionPrice).floor());
}

/** A number for the explanation: exact when short, else to six decimals with "~". */
const shown = formatApproxCount;

/** One holder's holdings as they add up. Small arrays, not Maps: a holder holds a few classes, and a
 * cap table may list a million holders (a Map each was most of VOTES's time and memory). */
interface Tally {
  classes: ClassVotes[];
  /** Per Vote Rounding: the exact Common the holder's preferred converts into. */
  rounding: { mode: VoteRounding; exact: Decimal }[] | null;
  /** The whole votes of the down-per-share holdings, counted share by share. */
  perShare: Decimal;
  common: Decimal;
  clauses: string[] | null;
  notes: string[] | null;
}

/**
 * One holder's result. A class, so the explanation is written only when read (VOTES shows only the
 * totals; a million holders' texts were most of its time) by a getter all results share.
 */
class Votes implements HolderVotes {
  readonly common: Decimal;
  readonly classes: ClassVotes[];
  readonly clauses: string[];
  constructor(
    readonly holder: string,
    private readonly tally: Tally,
    readonly asConverted: Decimal,
    readonly votes: Decimal,
    private readonly rounded: readonly Decimal[],
  ) {
    this.common = tally.common;
    this.classes = tally.classes;
    this.clauses = tally.clauses ?? [];
  }

  get text(): string {
    const e = this.tally;
    const parts = (e.rounding ?? []).map(({ mode, exact }, k) => `preferred as converted ${shown(exact)}, ${RULE[mode]}: ${formatExact(this.rounded[k])}`);
    const detail = this.classes
      .filter((c) => !c.asConverted.isZero() || !c.shares.isZero())
      .map((c) => `${c.className} ${formatExact(c.shares)} ${c.asConverted.eq(c.shares) ? "" : `= ${shown(c.asConverted)} as converted `}`.trimEnd())
      .join("; ");
    const notes = e.notes ? `; ${e.notes.join(", ")}: no vote until exercised` : "";
    return `${this.holder}: ${detail}${parts.length ? "; " + parts.join("; ") : ""}; Common ${formatExact(e.common)}; total ${formatExact(this.votes)} votes${notes}`;
  }
}

/** Votes per holder, in the order holders first appear in `holdings`. */
export function votes(terms: CharterTerms, holdings: readonly Holding[]): HolderVotes[] {
  const byHolder = new Map<string, Tally>();

  holdings.forEach((h, i) => {
    const holder = String(h.holder ?? "").trim();
    if (!holder) throw invalid({ argument: "holdings", value: h.holder ?? "" }, `row ${i + 1}: the holder's name is blank`);
    const cls = findClass(terms, h.className, "holdings");
    const shares = h.shares;
    if (!(shares instanceof Decimal) || !shares.isFinite() || shares.isNegative() || !shares.isInteger()) {
      throw invalid(
        { argument: "holdings", className: cls.name, value: String(shares) },
        `row ${i + 1} (${holder}): shares held must be a whole number, zero or more`,
      );
    }
    let entry = byHolder.get(holder);
    if (!entry) {
      // Arrays made when first needed, as literals (exact length): an empty array pushed to reserves 17 slots.
      entry = { classes: [], rounding: null, perShare: ZERO, common: ZERO, clauses: null, notes: null };
      byHolder.set(holder, entry);
    }
    let asConverted = ZERO;
    if (cls.kind === "common") {
      // One vote for each share of Common (Juniper 7(a); MagiNet and JT Storage likewise).
      asConverted = shares;
      entry.common = entry.common.plus(shares);
    } else if (cls.kind === "preferred") {
      // Juniper 7(a), MagiNet 4(a), JT Storage Art. IV(B)5: the votes of the Common into which the shares
      // could be converted: shares x Issue Price / Conversion Price.
      asConverted = shares.times(cls.issuePrice).div(cls.conversionPrice);
      const r = entry.rounding?.find((x) => x.mode === cls.voteRounding);
      if (r) r.exact = r.exact.plus(asConverted);
      else if (entry.rounding) entry.rounding.push({ mode: cls.voteRounding, exact: asConverted });
      else entry.rounding = [{ mode: cls.voteRounding, exact: asConverted }];
      if (cls.voteRounding === "down-per-share") {
        entry.perShare = entry.perShare.plus(perShareVotes(shares, cls.issuePrice, cls.conversionPrice));
      }
      const clause = clauseOf(cls, "Vote Rounding", "Vote Rounding");
      if (!entry.clauses) entry.clauses = [clause];
      else if (!entry.clauses.includes(clause)) entry.clauses.push(clause);
    } else if (!entry.notes) {
      // Options and warrants carry no vote until exercised.
      entry.notes = [cls.name];
    } else if (!entry.notes.includes(cls.name)) {
      entry.notes.push(cls.name);
    }
    const prev = entry.classes.find((c) => c.className === cls.name);
    if (prev) {
      prev.shares = prev.shares.plus(shares);
      prev.asConverted = prev.asConverted.plus(asConverted);
    } else if (entry.classes.length === 0) {
      entry.classes = [{ className: cls.name, shares, asConverted }];
    } else {
      entry.classes.push({ className: cls.name, shares, asConverted });
    }
  });

  const out: HolderVotes[] = [];
  for (const [holder, e] of byHolder) {
    // Rounding after aggregating all of the holder's preferred: Juniper 7(a) "after aggregating all shares
    // into which shares of Preferred Stock held by each holder could be converted ... rounded to the
    // nearest whole number" (one-half up: Juniper is silent on the half; MagiNet 4(a) says "one-half being
    // rounded upward"); "down" likewise rounds the aggregate down. JT Storage Art. IV(B)5, "The holder of
    // each share ... one vote for each full share of Common Stock into which each such share ... could then
    // be converted", counts per share: down-per-share gives each share floor(Issue Price / Conversion
    // Price) votes, fewer than the aggregate whenever a share converts into a fraction. Classes with
    // different Vote Rounding are aggregated and rounded separately, each by its rule.
    let preferredVotes = ZERO;
    let asConverted = ZERO;
    const rounded: Decimal[] = [];
    for (const { mode, exact } of e.rounding ?? []) {
      const r = mode === "down-per-share" ? e.perShare : roundTo(exact, 0, mode);
      rounded.push(r);
      preferredVotes = preferredVotes.plus(r);
      asConverted = asConverted.plus(exact);
    }
    const total = e.common.plus(preferredVotes);
    out.push(new Votes(holder, e, asConverted, total, rounded));
  }
  return out;
}
