// The Deemed Liquidation rule of a charter, as its terms table writes it (the Deemed Liquidation column):
// which transactions are a liquidation (JT Storage Art. IV(B)2(c)(i), Juniper FOURTH 4(d)-(d)(i), MagiNet
// FOURTH 2(c)) and how securities received are valued (JT Storage 2(c)(ii), Juniper 4(d)(ii), MagiNet 2(d)).
//
// Parts separated by ";", each with an optional clause in brackets at its end:
//   merger, asset-sale if owned <= 50% [FOURTH 4(d)(i)]   kinds that are a liquidation, when the holders
//                                                          before own (after) less than / at most the share
//   except subsidiary-merger, ipo-precursor [...]          kinds that never are
//   elected by Series A [...]                              only on the election of a majority of the class
//   securities average 30 days ending 3 days before closing [...]   listed securities: the average price
//   securities board [...]                                 no market formula: the Board's good-faith value
//   otc bid | otc bid or sale [...]                        over-the-counter: the average of those prices
//   restricted discount [...]                              a restricted security: a discount from that value
import { Decimal } from "../decimal";
import { invalid, type ErrorPlace } from "../errors";
import { clauseOf } from "../terms/clauses";
import type { CharterTerms, ShareClass } from "../terms/model";

/**
 * The transactions the function tells apart:
 * - merger: a consolidation or merger of the Corporation with or into another entity
 * - subsidiary-merger: a merger with a wholly-owned subsidiary of the Corporation (a merger, unless excepted)
 * - ipo-precursor: a merger made simultaneously with or immediately before, and as a precursor to, the
 *   IPO, e.g. a reincorporation (a merger, unless excepted)
 * - exchange: an exchange of the outstanding shares for securities or other property of another entity
 * - reorganization: a reorganization, recapitalization or reclassification in which stock of the
 *   Corporation is acquired by a person, entity or group
 * - asset-sale: a sale, transfer or conveyance of all or substantially all of the assets
 */
export const TRANSACTIONS = ["merger", "subsidiary-merger", "ipo-precursor", "exchange", "reorganization", "asset-sale"] as const;
export type Transaction = (typeof TRANSACTIONS)[number];

/** Kinds that are mergers: a rule naming merger covers them unless it names or excepts them itself. */
export const MERGER_KINDS: readonly Transaction[] = ["subsidiary-merger", "ipo-precursor"];

/** An ownership test: a liquidation when the holders before own `op` `share` (a fraction) of the survivor after. */
export interface OwnershipTest {
  op: "<" | "<=";
  share: Decimal;
  /** As written, e.g. "< 50%". */
  text: string;
}

export interface KindsPart {
  kinds: Transaction[];
  test: OwnershipTest | null;
  clause: string;
}

export interface SecuritiesMarket {
  /** The listed formula: the average over `days` calendar days ending `before` days before the closing. */
  days: number;
  before: number;
  clause: string;
}

export interface DeemedLiquidationRule {
  /** The rule as written, and the class whose row holds it. */
  text: string;
  className: string;
  liquidations: KindsPart[];
  except: { kinds: Transaction[]; clause: string } | null;
  electedBy: { className: string; clause: string } | null;
  /** securities average ...; null with `board` when the Board values securities; both null when the rule is silent. */
  market: SecuritiesMarket | null;
  board: { clause: string } | null;
  /** otc bid | otc bid or sale: which prices the over-the-counter average takes. */
  otc: { prices: "bid" | "bid or sale"; clause: string } | null;
  restricted: { clause: string } | null;
}

const COLUMN = "Deemed Liquidation";

function readKinds(text: string, place: ErrorPlace): Transaction[] {
  return text.split(",").map((word) => {
    const w = word.trim().toLowerCase();
    const found = TRANSACTIONS.find((t) => t === w);
    if (!found) throw invalid({ ...place, value: word.trim() }, `is not a transaction; the transactions are ${TRANSACTIONS.join(", ")}`);
    return found;
  });
}

/** The rule written in `text` (the Deemed Liquidation cell of class `className`). */
export function parseDeemedLiquidation(text: string, cls: ShareClass, argument = "terms"): DeemedLiquidationRule {
  const place: ErrorPlace = { argument, className: cls.name, column: COLUMN };
  const fallback = clauseOf(cls, COLUMN, "the terms' Deemed Liquidation rule");
  const rule: DeemedLiquidationRule = {
    text,
    className: cls.name,
    liquidations: [],
    except: null,
    electedBy: null,
    market: null,
    board: null,
    otc: null,
    restricted: null,
  };
  const seen = new Set<Transaction>();
  for (const raw of text.split(";")) {
    const written = raw.trim();
    if (written === "") continue;
    const cited = /^(.*?)\s*\[([^\]]*)\]$/.exec(written);
    const body = (cited ? cited[1] : written).trim();
    const clause = cited && cited[2].trim() !== "" ? cited[2].trim() : fallback;
    const at = { ...place, value: written };
    const lower = body.toLowerCase().replace(/\s+/g, " ");
    let m: RegExpExecArray | null;
    if ((m = /^except (.+)$/.exec(lower))) {
      if (rule.except) throw invalid(at, "is a second except part; list every excepted transaction in one");
      rule.except = { kinds: readKinds(m[1], place), clause };
    } else if ((m = /^elected by (.+)$/i.exec(body.replace(/\s+/g, " ")))) {
      const name = m[1].trim();
      if (rule.electedBy) throw invalid(at, "is a second elected by part; give one");
      rule.electedBy = { className: name, clause };
    } else if ((m = /^securities average (\d+) days ending (\d+) days before closing$/.exec(lower))) {
      if (rule.market || rule.board) throw invalid(at, "is a second securities part; give one");
      const days = Number(m[1]);
      if (days < 1) throw invalid(at, "the period must be at least 1 day");
      rule.market = { days, before: Number(m[2]), clause };
    } else if (lower === "securities board") {
      if (rule.market || rule.board) throw invalid(at, "is a second securities part; give one");
      rule.board = { clause };
    } else if (lower === "otc bid" || lower === "otc bid or sale") {
      if (rule.otc) throw invalid(at, "is a second otc part; give one");
      rule.otc = { prices: lower === "otc bid" ? "bid" : "bid or sale", clause };
    } else if (lower === "restricted discount") {
      rule.restricted = { clause };
    } else if (/^(securities|otc|restricted)\b/.test(lower)) {
      throw invalid(
        at,
        "is not a securities part; write securities average 30 days ending 3 days before closing, securities board, otc bid, otc bid or sale or restricted discount",
      );
    } else {
      m = /^(.*?)(?:\s+if owned\s*(<=|<)\s*(\d+(?:\.\d+)?)\s*%)?$/.exec(lower)!;
      if (/\bif\b/.test(m[1])) throw invalid(at, "has a test that is not if owned < N% or if owned <= N%");
      const kinds = readKinds(m[1], place);
      for (const k of kinds) {
        if (seen.has(k)) throw invalid({ ...place, value: k }, "is named in two parts; name each transaction once");
        seen.add(k);
      }
      const share = m[3] === undefined ? null : new Decimal(m[3]).div(100);
      if (share && share.greaterThan(1)) throw invalid(at, "an ownership share is at most 100%");
      const test = share ? { op: m[2] as "<" | "<=", share, text: `${m[2]} ${m[3]}%` } : null;
      rule.liquidations.push({ kinds, test, clause });
    }
  }
  if (rule.liquidations.length === 0 && !rule.market && !rule.board) {
    throw invalid({ ...place, value: text }, "names no transaction and no securities valuation; e.g. merger, asset-sale if owned <= 50%");
  }
  return rule;
}

/**
 * The charter's one Deemed Liquidation rule: the column is charter-wide, written in one row (the presets
 * use the first preferred class) or repeated; two different texts are an error naming both classes.
 */
export function deemedLiquidationRule(terms: CharterTerms, argument = "terms"): DeemedLiquidationRule {
  let holder: ShareClass | null = null;
  for (const cls of terms.classes) {
    if (cls.deemedLiquidation === null) continue;
    if (holder === null) holder = cls;
    else if (holder.deemedLiquidation!.trim() !== cls.deemedLiquidation.trim()) {
      throw invalid(
        { argument, className: cls.name, column: COLUMN, value: cls.deemedLiquidation },
        `differs from ${holder.name}'s ("${holder.deemedLiquidation}"); the rule is the charter's, so write it once (or the same in every row)`,
      );
    }
  }
  if (holder === null) {
    throw invalid({ argument, column: COLUMN }, "is blank in every row; write the charter's rule in one row, e.g. merger, asset-sale if owned <= 50%");
  }
  const rule = parseDeemedLiquidation(holder.deemedLiquidation!, holder, argument);
  if (rule.electedBy) {
    const key = rule.electedBy.className.toLowerCase();
    const cls = terms.classes.find((c) => c.name.toLowerCase() === key);
    if (!cls) {
      throw invalid(
        { argument, className: holder.name, column: COLUMN, value: rule.electedBy.className },
        `elected by names no class in the terms; the classes are ${terms.classes.map((c) => c.name).join(", ")}`,
      );
    }
    rule.electedBy.className = cls.name;
  }
  return rule;
}
