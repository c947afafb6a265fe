// Votes as converted: Common one vote a share; a preferred share the votes of the Common it converts into
// (shares x Issue Price / Conversion Price), rounded by the class's Vote Rounding after aggregating all of
// a holder's preferred (Juniper 7(a), MagiNet 4(a)), or per share (down-per-share, JT Storage Art. IV(B)5).
import { Decimal, ZERO, roundTo, sum } from "../decimal";
import { invalid } from "../errors";
import type { CharterTerms, VoteRounding } from "../terms/model";
import { grouped } from "../format";
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
function shown(x: Decimal): string {
  return x.decimalPlaces() <= 6 ? grouped(x) : `~${grouped(x.toDecimalPlaces(6))}`;
}

/** Votes per holder, in the order holders first appear in `holdings`. */
export function votes(terms: CharterTerms, holdings: readonly Holding[]): HolderVotes[] {
  const byHolder = new Map<string, {
    classes: Map<string, ClassVotes>;
    /** Per Vote Rounding: the exact Common the holder's preferred converts into. */
    rounding: Map<VoteRounding, Decimal>;
    /** The whole votes of the down-per-share holdings, counted share by share. */
    perShare: Decimal;
    common: Decimal;
    clauses: Set<string>;
    notes: string[];
  }>();

  holdings.forEach((h, i) => {
    const row = `row ${i + 1}`;
    const holder = String(h.holder ?? "").trim();
    if (!holder) throw invalid({ argument: "holdings", value: h.holder ?? "" }, `${row}: the holder's name is blank`);
    const cls = findClass(terms, h.className, "holdings");
    const shares = h.shares;
    if (!(shares instanceof Decimal) || !shares.isFinite() || shares.isNegative() || !shares.isInteger()) {
      throw invalid({ argument: "holdings", className: cls.name, value: String(shares) }, `${row} (${holder}): shares held must be a whole number, zero or more`);
    }
    let entry = byHolder.get(holder);
    if (!entry) {
      entry = { classes: new Map(), rounding: new Map(), perShare: ZERO, common: ZERO, clauses: new Set(), notes: [] };
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
      entry.rounding.set(cls.voteRounding, (entry.rounding.get(cls.voteRounding) ?? ZERO).plus(asConverted));
      if (cls.voteRounding === "down-per-share") {
        entry.perShare = entry.perShare.plus(perShareVotes(shares, cls.issuePrice, cls.conversionPrice));
      }
      entry.clauses.add(clauseOf(cls, "Vote Rounding", "Vote Rounding"));
    } else if (!entry.notes.includes(cls.name)) {
      // Options and warrants carry no vote until exercised.
      entry.notes.push(cls.name);
    }
    const prev = entry.classes.get(cls.name);
    entry.classes.set(cls.name, {
      className: cls.name,
      shares: (prev?.shares ?? ZERO).plus(shares),
      asConverted: (prev?.asConverted ?? ZERO).plus(asConverted),
    });
  });

  return [...byHolder.entries()].map(([holder, e]) => {
    // Rounding after aggregating all of the holder's preferred: Juniper 7(a) "after aggregating all shares
    // into which shares of Preferred Stock held by each holder could be converted ... rounded to the
    // nearest whole number" (one-half up: Juniper is silent on the half; MagiNet 4(a) says "one-half being
    // rounded upward"); "down" likewise rounds the aggregate down. JT Storage Art. IV(B)5, "The holder of
    // each share ... one vote for each full share of Common Stock into which each such share ... could then
    // be converted", counts per share: down-per-share gives each share floor(Issue Price / Conversion
    // Price) votes, fewer than the aggregate whenever a share converts into a fraction. Classes with
    // different Vote Rounding are aggregated and rounded separately, each by its rule.
    const parts: string[] = [];
    let preferredVotes = ZERO;
    for (const [mode, exact] of e.rounding) {
      const rounded = mode === "down-per-share" ? e.perShare : roundTo(exact, 0, mode);
      preferredVotes = preferredVotes.plus(rounded);
      parts.push(`preferred as converted ${shown(exact)}, ${RULE[mode]}: ${grouped(rounded)}`);
    }
    const asConverted = sum([...e.rounding.values()]);
    const total = e.common.plus(preferredVotes);
    const classes = [...e.classes.values()];
    const detail = classes
      .filter((c) => !c.asConverted.isZero() || !c.shares.isZero())
      .map((c) => `${c.className} ${grouped(c.shares)} ${c.asConverted.eq(c.shares) ? "" : `= ${shown(c.asConverted)} as converted `}`.trimEnd())
      .join("; ");
    const notes = e.notes.length ? `; ${e.notes.join(", ")}: no vote until exercised` : "";
    return {
      holder,
      common: e.common,
      asConverted,
      votes: total,
      classes,
      text: `${holder}: ${detail}${parts.length ? "; " + parts.join("; ") : ""}; Common ${grouped(e.common)}; total ${grouped(total)} votes${notes}`,
      clauses: [...e.clauses],
    };
  });
}
