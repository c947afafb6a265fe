// The one way from a terms table to the model: every header matched to its column, every cell checked
// and converted, and every fault a ChartError naming the argument, class, column and value.
import { Decimal } from "../decimal";
import { invalid, notFound, type ErrorPlace } from "../errors";
import { COLUMNS } from "./columns";
import { columnSpec, isNoteHeader, unknownColumn } from "./headers";
import type {
  AdjustmentRounding,
  AntiDilution,
  CharterTerms,
  ClassKind,
  ConversionRounding,
  DividendAccrual,
  Participation,
  ShareClass,
  ShortfallBasis,
  StrikeConvention,
  VoteRounding,
} from "./model";
import { DAY_COUNTS, DECLARED_ON_CONVERSION, IDENTICAL_SPLITS, OPTION_CHANGES, SERIES_SPLIT_AMOUNTS, type SeriesSplitAmount } from "./model";
import type { Cell, TermsTable } from "./table";
import {
  isBlank,
  readBoolean,
  readChoice,
  readClauses,
  readDate,
  readInteger,
  readMultiple,
  readNumber,
  readText,
  requireNonNegative,
  requirePositive,
} from "./cells";
import { readThreshold } from "./thresholds";

const KINDS: readonly ClassKind[] = ["common", "preferred", "option"];
const PARTICIPATIONS: readonly Participation[] = ["none", "full", "capped"];
const SHORTFALL_BASES: readonly ShortfallBasis[] = ["preference", "issue-price"];
const EXERCISES: readonly StrikeConvention[] = ["net", "cash"];
const ACCRUALS: readonly DividendAccrual[] = ["declared", "cumulative", "greater-of"];
const CONVERSION_ROUNDINGS: readonly ConversionRounding[] = ["down", "up", "none"];
const ANTI_DILUTIONS: readonly AntiDilution[] = ["broad", "narrow", "full-ratchet", "none"];
const ADJUSTMENT_ROUNDINGS: readonly AdjustmentRounding[] = ["cent", "carry-forward", "none"];
const VOTE_ROUNDINGS: readonly VoteRounding[] = ["nearest", "down", "down-per-share", "none"];

/** Columns that only a preferred class can use: on a common class or an option they would be ignored. */
const PREFERRED_ONLY = [
  "Declared On Conversion",
  "Option Changes",
  "Dilution From",
  "Short Options",
  "Series Split Adjusts",
  "Identical Split",
  "Waiver Price",
  "Auto Convert Price",
  "Auto Convert Proceeds",
  "IPO Reset",
  "Redemption",
  "Redemption Price",
];

/** Each column's header (as COLUMNS spells it) to its index in the table. Unknown headers are errors. */
function mapColumns(table: TermsTable, argument: string): Map<string, number> {
  const found = new Map<string, number>();
  table.header.forEach((header, c) => {
    if (header.trim() === "") {
      if (table.rows.some((row) => !isBlank(row[c]))) {
        throw invalid(
          { argument },
          `column ${c + 1} has values but no header; give it a header (a terms column, or one starting with "Note" for free notes) or clear it`,
        );
      }
      return;
    }
    if (isNoteHeader(header)) return;
    const spec = columnSpec(header);
    if (!spec) throw unknownColumn({ argument }, header);
    if (found.has(spec.header))
      throw invalid({ argument, column: spec.header }, `appears twice in the header (as "${table.header[found.get(spec.header)!]}" and "${header}"); keep one`);
    found.set(spec.header, c);
  });
  for (const spec of COLUMNS) {
    if (spec.required && !found.has(spec.header)) {
      const required = COLUMNS.filter((s) => s.required)
        .map((s) => s.header)
        .join(", ");
      throw invalid({ argument, column: spec.header }, `is missing from the header; a terms table needs the columns ${required}`);
    }
  }
  return found;
}

/** The cells of one row by column header: blank and absent cells are null. */
class RowCells {
  constructor(
    private readonly cells: readonly Cell[],
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  /** The cell as written, or null when blank or the column is absent. */
  given(header: string): Cell {
    const c = this.columns.get(header);
    const cell = c === undefined ? null : this.cells[c];
    return isBlank(cell) ? null : cell;
  }

  /** The cell, or the column's default (./columns.ts) when blank; null when both are blank. */
  orDefault(header: string): Cell {
    const cell = this.given(header);
    if (cell !== null) return cell;
    const spec = COLUMNS.find((s) => s.header === header)!;
    return spec.default === "" ? null : spec.default;
  }
}

function nonNegative(cell: Cell, at: ErrorPlace): Decimal {
  return requireNonNegative(readNumber(cell, at), cell, at);
}

/**
 * Dividend Rate is dollars a share a year (JT Storage Art. IV(B)1(a): "$0.09 per share per annum"), not a
 * percentage: "8%" is refused with the conversion spelled out rather than read as $0.08.
 */
function dividendRate(cell: Cell, at: ErrorPlace): Decimal {
  if (typeof cell === "string" && cell.trim().endsWith("%")) {
    throw invalid(
      { ...at, value: cell },
      "is a percentage, but the Dividend Rate is the dividend in dollars per share per annum; write 8% of a $1.00 Issue Price as 0.08",
    );
  }
  return nonNegative(cell, at);
}

/**
 * Series Split Adjusts: "none", or amounts from SERIES_SPLIT_AMOUNTS separated by commas (or semicolons),
 * each at most once, e.g. "preference, dividend-rate".
 */
function seriesSplitAdjusts(cell: Cell, at: ErrorPlace): SeriesSplitAmount[] {
  const text = readText(cell);
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 1 && parts[0].toLowerCase() === "none") return [];
  const out: SeriesSplitAmount[] = [];
  for (const part of parts) {
    const key = part.toLowerCase().replace(/[\s_]+/g, "-");
    if (!(SERIES_SPLIT_AMOUNTS as readonly string[]).includes(key)) {
      throw invalid({ ...at, value: cell }, `"${part}" is not an amount; list any of ${SERIES_SPLIT_AMOUNTS.join(", ")} (separated by commas), or write none`);
    }
    if (out.includes(key as SeriesSplitAmount)) throw invalid({ ...at, value: cell }, `names ${key} twice; name each amount once`);
    out.push(key as SeriesSplitAmount);
  }
  if (out.length === 0) throw invalid({ ...at, value: cell }, `list any of ${SERIES_SPLIT_AMOUNTS.join(", ")}, or write none`);
  return out;
}

function optional<T>(cell: Cell, read: (cell: Cell) => T): T | null {
  return cell === null ? null : read(cell);
}

/** One class from its row. `rowNumber` counts the header as row 1, as the user sees the table. */
function parseRow(row: RowCells, argument: string, rowNumber: number): ShareClass {
  const nameCell = row.given("Class");
  if (nameCell === null) {
    throw invalid({ argument, column: "Class" }, `row ${rowNumber} (the header is row 1) has values but no class name; name the class or clear the row`);
  }
  const name = readText(nameCell);
  const at = (column: string): ErrorPlace => ({ argument, className: name, column });
  const blankIn = (column: string, what: string) => invalid(at(column), `is blank; ${what}`);

  // Kind: blank is common for the class named Common, preferred otherwise.
  const isCommonName = name.toLowerCase() === "common";
  const kindCell = row.given("Kind");
  const kind: ClassKind = kindCell === null ? (isCommonName ? "common" : "preferred") : readChoice(kindCell, at("Kind"), KINDS);
  if (isCommonName && kind !== "common") throw invalid({ ...at("Kind"), value: kindCell }, "the class named Common must be of kind common");
  const preferred = kind === "preferred";
  const notForKind = (column: string, cell: Cell, problem: string) => invalid({ ...at(column), value: cell }, `a ${kind} class ${problem}`);

  const sharesCell = row.given("Shares");
  if (sharesCell === null) throw blankIn("Shares", "give the shares outstanding (0 if none)");
  const shares = requireNonNegative(readNumber(sharesCell, at("Shares"), "shares"), sharesCell, at("Shares"));

  // Issue Price, Preference Multiple, Seniority, Participation and Conversion Price are a preferred
  // class's terms; a common class or an option takes neutral values when they are blank.
  const issuePriceCell = row.given("Issue Price");
  if (issuePriceCell === null && preferred) throw blankIn("Issue Price", "give the Original Issue Price per share");
  const issuePrice = issuePriceCell === null ? new Decimal(0) : nonNegative(issuePriceCell, at("Issue Price"));

  const multipleCell = row.given("Preference Multiple");
  if (multipleCell === null && preferred) throw blankIn("Preference Multiple", "give the preference as a multiple of the Issue Price (1 for 1x)");
  const preferenceMultiple =
    multipleCell === null ? new Decimal(0) : requireNonNegative(readMultiple(multipleCell, at("Preference Multiple")), multipleCell, at("Preference Multiple"));
  if (!preferred && !preferenceMultiple.isZero()) {
    throw notForKind("Preference Multiple", multipleCell, "takes no liquidation preference; leave it blank or 0");
  }

  const seniorityCell = row.given("Seniority");
  if (seniorityCell === null && preferred) throw blankIn("Seniority", "give a whole number (a higher number is paid first; equal numbers are pari passu)");
  const seniority = seniorityCell === null ? 0 : readInteger(seniorityCell, at("Seniority"));

  const participationCell = row.given("Participation");
  if (participationCell === null && preferred) throw blankIn("Participation", "give none, full or capped");
  // Decision: a common class (and an option) shares what is left; blank reads as full, and anything but
  // full is an error rather than a term the waterfall would silently not apply.
  const participation = participationCell === null ? "full" : readChoice(participationCell, at("Participation"), PARTICIPATIONS);
  if (!preferred && participation !== "full") {
    throw notForKind("Participation", participationCell, "shares what is left after the preferences; leave it blank or write full");
  }

  const capCell = row.given("Cap Multiple");
  let capMultiple: Decimal | null = null;
  if (participation === "capped") {
    if (capCell === null) throw blankIn("Cap Multiple", "capped participation needs the cap, as a multiple of the Issue Price");
    capMultiple = requirePositive(readMultiple(capCell, at("Cap Multiple")), capCell, at("Cap Multiple"));
    if (capMultiple.lessThan(preferenceMultiple)) {
      throw invalid(
        { ...at("Cap Multiple"), value: capCell },
        `is below the Preference Multiple (${preferenceMultiple.toFixed()}); a cap on the total return must be at least the preference`,
      );
    }
  } else if (capCell !== null) {
    throw invalid(
      { ...at("Cap Multiple"), value: capCell },
      `applies only to capped participation (this class is ${participation}); set Participation to capped or clear the cap`,
    );
  }

  const cpCell = row.given("Conversion Price");
  if (cpCell === null && preferred) throw blankIn("Conversion Price", "give the conversion price per share of Common");
  const conversionPrice = cpCell === null ? new Decimal(1) : requirePositive(readNumber(cpCell, at("Conversion Price")), cpCell, at("Conversion Price"));

  if (!preferred) {
    for (const column of PREFERRED_ONLY) {
      const cell = row.given(column);
      if (cell !== null) throw notForKind(column, cell, "does not take this term; it applies to preferred classes only, so leave it blank");
    }
  }

  const strikeCell = row.given("Strike");
  if (kind === "option" && strikeCell === null) throw blankIn("Strike", "an option needs its exercise price per share (0 if none)");
  const strike = nonNegative(row.orDefault("Strike"), at("Strike"));
  const dividendAccrual = readChoice(row.orDefault("Dividend Accrual"), at("Dividend Accrual"), ACCRUALS);
  const declaredOnConversion = readChoice(row.orDefault("Declared On Conversion"), at("Declared On Conversion"), DECLARED_ON_CONVERSION);
  // kept: a converting series keeps what it gives up of its preference's dividend part, so that part must
  // hold the declared unpaid dividends (declared, greater-of); a cumulative accrual does not.
  if (declaredOnConversion === "kept" && dividendAccrual === "cumulative") {
    throw invalid(
      { ...at("Declared On Conversion"), value: "kept" },
      "kept needs Dividend Accrual declared or greater-of (a preference that holds the declared unpaid dividends); this class's is cumulative",
    );
  }
  if (kind !== "option" && !strike.isZero())
    throw notForKind("Strike", strikeCell, "has no exercise price; Strike applies to options only, so leave it blank or 0");

  return {
    name,
    kind,
    shares,
    issuePrice,
    preferenceMultiple,
    seniority,
    participation,
    capMultiple,
    conversionPrice,
    shortfallBasis: readChoice(row.orDefault("Shortfall Basis"), at("Shortfall Basis"), SHORTFALL_BASES),
    waiverPrice: optional(row.given("Waiver Price"), (c) => requirePositive(readNumber(c, at("Waiver Price")), c, at("Waiver Price"))),
    strike,
    strikeConvention: readChoice(row.orDefault("Exercise"), at("Exercise"), EXERCISES),
    dividendRate: dividendRate(row.orDefault("Dividend Rate"), at("Dividend Rate")),
    dividendAccrual,
    dayCount: readChoice(row.orDefault("Day Count"), at("Day Count"), DAY_COUNTS),
    issueDate: optional(row.given("Issue Date"), (c) => readDate(c, at("Issue Date"))),
    declaredUnpaid: nonNegative(row.orDefault("Declared Unpaid"), at("Declared Unpaid")),
    declaredOnConversion,
    dividendsPaid: nonNegative(row.orDefault("Dividends Paid"), at("Dividends Paid")),
    dividendPriority: readInteger(row.orDefault("Dividend Priority"), at("Dividend Priority")),
    dividendParticipation: readBoolean(row.orDefault("Dividend Participation"), at("Dividend Participation")),
    conversionRounding: readChoice(row.orDefault("Conversion Rounding"), at("Conversion Rounding"), CONVERSION_ROUNDINGS),
    antiDilution: readChoice(row.orDefault("Anti-Dilution"), at("Anti-Dilution"), ANTI_DILUTIONS),
    adjustmentRounding: readChoice(row.orDefault("Adjustment Rounding"), at("Adjustment Rounding"), ADJUSTMENT_ROUNDINGS),
    optionChanges: readChoice(row.orDefault("Option Changes"), at("Option Changes"), OPTION_CHANGES),
    dilutionFrom: optional(row.given("Dilution From"), (c) => readDate(c, at("Dilution From"))),
    shortOptionDays: optional(row.given("Short Options"), (c) => {
      const days = readInteger(c, at("Short Options"));
      if (days < 0) throw invalid({ ...at("Short Options"), value: c }, "must be a number of days, 0 or more");
      return days;
    }),
    seriesSplitAdjusts: seriesSplitAdjusts(row.orDefault("Series Split Adjusts"), at("Series Split Adjusts")),
    identicalSplit: readChoice(row.orDefault("Identical Split"), at("Identical Split"), IDENTICAL_SPLITS),
    autoConvertPrice: optional(row.given("Auto Convert Price"), (c) => readThreshold(c, at("Auto Convert Price"))),
    autoConvertProceeds: optional(row.given("Auto Convert Proceeds"), (c) => readThreshold(c, at("Auto Convert Proceeds"), true)),
    // The IPO Reset and Redemption rules are kept as written; their own parsers (engine/ipo/rule.ts,
    // engine/redemption/rule.ts) check them, naming class, column and text, when they are applied.
    ipoReset: optional(row.given("IPO Reset"), readText),
    redemption: optional(row.given("Redemption"), readText),
    redemptionPrice: optional(row.given("Redemption Price"), (c) => nonNegative(c, at("Redemption Price"))),
    voteRounding: readChoice(row.orDefault("Vote Rounding"), at("Vote Rounding"), VOTE_ROUNDINGS),
    // Kept as written, like IPO Reset; engine/deemed-liquidation/rule.ts checks it when it is applied.
    deemedLiquidation: optional(row.given("Deemed Liquidation"), readText),
    clauses: optional(row.given("Clauses"), (c) => readClauses(c, at("Clauses"))) ?? {},
  };
}

/**
 * The most classes a terms table may hold. Decision: 1,000, far above any charter (the three here have 3
 * to 6 classes; a late-stage company a few dozen), and where the waterfall still compiles in about a
 * second: its breakpoints grow with the classes and each holds every class's amount, so compiling is
 * quadratic in the classes. A larger table is refused, naming the limit, before any row is read.
 */
export const MAX_CLASSES = 1000;

/**
 * The charter terms a table states. Fully blank rows are skipped (a spacer row in a worksheet); a
 * table needs a class named Common with shares outstanding when it has preferred classes.
 */
export function parseTerms(table: TermsTable, argument = "terms"): CharterTerms {
  const columns = mapColumns(table, argument);
  const filled = table.rows.reduce((n, cells) => (cells.every(isBlank) ? n : n + 1), 0);
  if (filled > MAX_CLASSES) {
    throw invalid(
      { argument },
      `has ${filled.toLocaleString("en-US")} class rows; a terms table holds at most ${MAX_CLASSES.toLocaleString("en-US")} classes (one row per class of stock or option pool)`,
    );
  }
  const classes: ShareClass[] = [];
  const byName = new Map<string, ShareClass>();
  table.rows.forEach((cells, r) => {
    if (cells.every(isBlank)) return;
    const cls = parseRow(new RowCells(cells, columns), argument, r + 2);
    const twin = byName.get(cls.name.toLowerCase());
    if (twin) {
      throw invalid(
        { argument, className: cls.name, column: "Class", value: cls.name },
        `names a class twice (class names are matched without regard to case; see "${twin.name}")`,
      );
    }
    byName.set(cls.name.toLowerCase(), cls);
    classes.push(cls);
  });
  if (classes.length === 0) throw invalid({ argument }, "has no classes; add one row per class under the header");
  // Preferred converts "into fully paid and non-assessable shares of Common Stock" (JT Storage Art.
  // IV(B)4(a); Juniper 6(a)(i); MagiNet 3(a)): every charter has Common outstanding, and a table
  // without it (or with none) would pay Common nothing and convert preferred into nothing, silently.
  const commons = classes.filter((c) => c.kind === "common");
  if (commons.length === 0) {
    throw invalid(
      { argument, column: "Class" },
      `has no row for Common; add a row "Common" with the Common shares outstanding (the classes are ${classes.map((c) => c.name).join(", ")})`,
    );
  }
  if (classes.some((c) => c.kind === "preferred") && commons.every((c) => c.shares.isZero())) {
    const named = commons[0];
    throw invalid(
      { argument, className: named.name, column: "Shares", value: named.shares.toFixed() },
      "there must be Common outstanding for preferred to convert into; give the Common shares outstanding",
    );
  }
  // A common class of another name (Class B Common): the class named Common the model names, with 0 shares.
  if (!classes.some((c) => c.name.toLowerCase() === "common")) {
    classes.push(
      parseRow(
        new RowCells(
          ["Common", 0],
          new Map([
            ["Class", 0],
            ["Shares", 1],
          ]),
        ),
        argument,
        0,
      ),
    );
  }
  return { classes };
}

/** The class named `name` (case-insensitive, surrounding spaces ignored), or a not-found error listing the classes. */
export function findClass(terms: CharterTerms, name: string, argument: string | ErrorPlace = "className"): ShareClass {
  const key = String(name ?? "")
    .trim()
    .toLowerCase();
  const found = terms.classes.find((c) => c.name.toLowerCase() === key);
  if (found) return found;
  const names = terms.classes.map((c) => c.name).join(", ");
  // `argument` is the argument's name, or a whole place (e.g. a row and column of a holdings range).
  const place = typeof argument === "string" ? { argument } : argument;
  throw notFound({ ...place, value: name }, `no such class in the terms; the classes are ${names || "(none)"}`);
}
