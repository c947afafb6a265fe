// The events of a conversion-price ledger as a caller writes them, and their checked, normalised form.
// Every bad event is a ChartError naming the event's row (its 1-based place in the list as given, which
// is the row under the header in an events range), the column as the user wrote its header (else the
// events table's own header for the field, e.g. Max Shares) and the value.
import { Decimal, type DecimalInput } from "../decimal";
import { readDateValue, readNumberValue } from "../read";
import { NUMBER_PROBLEMS, requireNonNegative, requirePositive } from "../checks";
import { invalid, type ErrorPlace } from "../errors";
import type { IsoDate } from "../terms/model";

export type EventType =
  "issue" | "option-grant" | "option-exercise" | "option-expiry" | "option-change" | "split" | "stock-dividend" | "reclassification" | "distribution" | "ipo";
export const EVENT_TYPES: readonly EventType[] = [
  "issue",
  "option-grant",
  "option-exercise",
  "option-expiry",
  "option-change",
  "split",
  "stock-dividend",
  "reclassification",
  "distribution",
  "ipo",
];

/** A date as ISO text "YYYY-MM-DD", or an Excel serial number. */
export type DateInput = IsoDate | number;

/** The events table's header for each field of an event: how messages name a field the user gave. */
export const FIELD_COLUMNS: Readonly<Record<string, string>> = {
  date: "Date",
  type: "Event",
  shares: "Shares",
  pricePerShare: "Price",
  price: "Price",
  consideration: "Consideration",
  security: "Security",
  id: "Option",
  maxShares: "Max Shares",
  minExercisePrice: "Exercise Price",
  ratio: "Ratio",
  exempt: "Exempt",
  fromPool: "From Pool",
  issueDate: "Issue Date",
  expiryDate: "Expiry Date",
  clause: "Clause",
  note: "Note",
};

/** The header each field was read from, as the user wrote it (set by eventsFromTable). */
export type EventColumns = Readonly<Partial<Record<string, string>>>;

interface EventBase {
  date: DateInput;
  columns?: EventColumns;
  /** Free text shown in the ledger and the certificate, e.g. "Series E financing". */
  note?: string;
  /** The clause to cite for this event, overriding the one the terms give. */
  clause?: string;
}

/**
 * An issue of Additional Shares: `shares` of `security` for `pricePerShare` each or `consideration` in total.
 * security: "Common" (default); a class of Preferred in the terms (more shares of that series); or
 * "convertible" (a convertible security outside the terms: `shares` is the maximum Common issuable on its
 * conversion, `consideration` what was paid plus the minimum paid on conversion).
 * exempt: true, or the category (e.g. "employee plan", "equipment lease"): never adjusts a price.
 */
export interface IssueEventInput extends EventBase {
  type: "issue";
  shares: DecimalInput;
  pricePerShare?: DecimalInput;
  consideration?: DecimalInput;
  security?: string;
  exempt?: boolean | string;
}

/**
 * A grant of options, warrants or rights over Common, deemed issued at `maxShares` (see antidilution/deemed).
 * A convertible security may be written as a grant too (`consideration` what was paid for it,
 * `minExercisePrice` the additional consideration per share on conversion), so that its conversion
 * (option-exercise), change (option-change) and termination (option-expiry) are tracked by its id.
 */
export interface OptionGrantEventInput extends EventBase {
  type: "option-grant";
  id: string;
  maxShares: DecimalInput;
  /** Paid to the company for the grant (default 0). */
  consideration?: DecimalInput;
  /** The minimum exercise price per share. */
  minExercisePrice: DecimalInput;
  exempt?: boolean | string;
  /** Granted out of the unallocated pool (reduces it). */
  fromPool?: boolean;
  /** The date the options expire by their terms (Juniper 6(d)(iii)(E): within 30 days of issue, no adjustment until all are exercised or expired). */
  expiryDate?: DateInput;
}

export interface OptionExerciseEventInput extends EventBase {
  type: "option-exercise";
  id: string;
  shares: DecimalInput;
}

export interface OptionExpiryEventInput extends EventBase {
  type: "option-expiry";
  id: string;
  shares: DecimalInput;
}

/**
 * A change in the terms of options (or convertibles) granted earlier, for the options still outstanding:
 * `maxShares` the number of Common now issuable under them, and/or `minExercisePrice` the new minimum
 * exercise price per share (Juniper 6(d)(iii)(B); MagiNet 3(f)(i)(E)(3)). At least one is required.
 */
export interface OptionChangeEventInput extends EventBase {
  type: "option-change";
  id: string;
  maxShares?: DecimalInput;
  minExercisePrice?: DecimalInput;
}

/**
 * A dividend or distribution payable in Common to the holders of Common (a subdivision by another name:
 * Juniper 6(e)(i) "by stock split, stock dividend, or otherwise"; MagiNet 3(c); JT Storage Art. IV(B)4(d)(i)).
 * `ratio`: shares paid per share held, as a number (0.1 for 10%), a percentage ("10%") or "paid:held"
 * text ("1:10"). `date`: the date the charter keys on (MagiNet 3(c): the record date when one is fixed;
 * Juniper 6(e)(i), JT Storage 4(d)(i): the effectiveness).
 * `security`: blank or "Common"; or a series of Preferred in the terms, for a dividend payable in shares of
 * that series to its holders (see onSeriesSplit in apply.ts).
 */
export interface StockDividendEventInput extends EventBase {
  type: "stock-dividend";
  ratio: DecimalInput;
  security?: string;
}

/**
 * The Common issuable on conversion changed into shares of another class (reorganization,
 * reclassification, or a merger into another company's stock): `ratio` shares of `security` per share of
 * Common (Juniper 6(e)(iii); MagiNet 3(e); JT Storage Art. IV(B)4(d)(iii), (iv)).
 */
export interface ReclassificationEventInput extends EventBase {
  type: "reclassification";
  ratio: DecimalInput;
  security: string;
}

/**
 * A distribution to the holders of Common payable in securities of the corporation other than Common:
 * `ratio` units of `security` per share of Common. No price changes; the Preferred receive on conversion
 * what they would have received had they converted before (Juniper 6(e)(ii); MagiNet 3(d); JT Storage
 * Art. IV(B)4(d)(ii)).
 */
export interface DistributionEventInput extends EventBase {
  type: "distribution";
  ratio: DecimalInput;
  security: string;
}

/**
 * A split or combination of Common: `ratio` new shares per old share, as a number (2 for a 2-for-1 split,
 * 0.25 for a 1-for-4 combination) or as "new:old" text ("2:1", "1:3"), which keeps a 1-for-3 exact.
 * `security`: blank or "Common"; or a series of Preferred in the terms, for a split or combination of
 * that series (see onSeriesSplit in apply.ts).
 */
export interface SplitEventInput extends EventBase {
  type: "split";
  ratio: DecimalInput;
  security?: string;
}

/**
 * An initial public offering at `price` per share; `date` is the date the charter keys on (Juniper 6(c):
 * the filing of the registration statement; MagiNet 3(f)(iv): the offering). `issueDate` replaces the
 * class's Issue Date for a filing rule.
 */
export interface IpoEventInput extends EventBase {
  type: "ipo";
  price: DecimalInput;
  issueDate?: DateInput;
}

export type LedgerEventInput =
  | IssueEventInput
  | OptionGrantEventInput
  | OptionExerciseEventInput
  | OptionExpiryEventInput
  | OptionChangeEventInput
  | SplitEventInput
  | StockDividendEventInput
  | ReclassificationEventInput
  | DistributionEventInput
  | IpoEventInput;

interface Normal {
  /** 1-based place in the list as given. */
  row: number;
  date: IsoDate;
  note: string;
  clause: string | null;
  columns?: EventColumns;
}
export interface IssueEvent extends Normal {
  type: "issue";
  shares: Decimal;
  consideration: Decimal;
  security: string;
  exempt: string | null;
}
export interface OptionGrantEvent extends Normal {
  type: "option-grant";
  id: string;
  maxShares: Decimal;
  consideration: Decimal;
  minExercisePrice: Decimal;
  exempt: string | null;
  fromPool: boolean;
  expiryDate: IsoDate | null;
}
export interface OptionExerciseEvent extends Normal {
  type: "option-exercise";
  id: string;
  shares: Decimal;
}
export interface OptionExpiryEvent extends Normal {
  type: "option-expiry";
  id: string;
  shares: Decimal;
}
export interface OptionChangeEvent extends Normal {
  type: "option-change";
  id: string;
  /** Common now issuable under the options outstanding; null when unchanged. */
  maxShares: Decimal | null;
  /** The new minimum exercise price; null when unchanged. */
  minExercisePrice: Decimal | null;
}
/** What a split or stock dividend divides: null for Common, else the series named (checked against the terms by the ledger). */
interface SplitOf {
  security: string | null;
  /**
   * For a split of Common: the series (lower case) split at the same ratio on the same date (set by the
   * ledger before it runs; JT Storage Art. IV(B)4(d)(i) "not identically subdivided").
   */
  identicallySplit?: readonly string[];
}
export interface StockDividendEvent extends Normal, SplitOf {
  type: "stock-dividend";
  /** `paid` shares of the security for every `held`. */
  paid: Decimal;
  held: Decimal;
}
export interface ReclassificationEvent extends Normal {
  type: "reclassification";
  /** `newShares` of `security` for `oldShares` of Common. */
  newShares: Decimal;
  oldShares: Decimal;
  security: string;
}
export interface DistributionEvent extends Normal {
  type: "distribution";
  /** `units` of `security` for every `perShares` shares of Common. */
  units: Decimal;
  perShares: Decimal;
  security: string;
}
export interface SplitEvent extends Normal, SplitOf {
  type: "split";
  /** New shares for `oldShares` old shares. */
  newShares: Decimal;
  oldShares: Decimal;
}
export interface IpoEvent extends Normal {
  type: "ipo";
  price: Decimal;
  issueDate: IsoDate | null;
}
export type LedgerEvent =
  | IssueEvent
  | OptionGrantEvent
  | OptionExerciseEvent
  | OptionExpiryEvent
  | OptionChangeEvent
  | SplitEvent
  | StockDividendEvent
  | ReclassificationEvent
  | DistributionEvent
  | IpoEvent;

/** The place of an event's field for messages: "events row 3, column Price". */
export function eventPlace(row: number, field: string, columns?: EventColumns): ErrorPlace {
  return { argument: `events row ${row}`, column: columns?.[field] ?? FIELD_COLUMNS[field] ?? field };
}

/**
 * A number from a host: a Decimal, or a cell read by the one reading rule (../read): "1,000,000" or
 * "$4.50" as the terms table reads them; a share count ("shares", "maxShares") must be whole.
 */
export function numberField(value: unknown, row: number, column: string, columns?: EventColumns): Decimal {
  const at = eventPlace(row, column, columns);
  if (value instanceof Decimal) {
    if (value.isFinite()) return value;
    throw invalid({ ...at, value: String(value) }, NUMBER_PROBLEMS.notANumber);
  }
  if (value === undefined || value === null || value === "") throw invalid(at, "is required");
  return readNumberValue(value, at, SHARE_FIELDS.has(column) ? "shares" : "amount");
}

/** The fields that count shares, read as whole numbers. */
const SHARE_FIELDS = new Set(["shares", "maxShares"]);

function nonNegative(value: unknown, row: number, column: string, columns?: EventColumns): Decimal {
  return requireNonNegative(numberField(value, row, column, columns), eventPlace(row, column, columns));
}

function positive(value: unknown, row: number, column: string, columns?: EventColumns): Decimal {
  return requirePositive(numberField(value, row, column, columns), eventPlace(row, column, columns));
}

export function dateField(value: unknown, row: number, column: string, columns?: EventColumns): IsoDate {
  const at = eventPlace(row, column, columns);
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) throw invalid(at, "is required");
  return readDateValue(value, at);
}

function idField(value: unknown, row: number, columns?: EventColumns): string {
  const id = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!id)
    throw invalid({ ...eventPlace(row, "id", columns), value: value === undefined ? undefined : String(value) }, 'name the options (an id such as "W1")');
  return id;
}

function exemptField(value: unknown, row: number, columns?: EventColumns): string | null {
  if (value === undefined || value === null || value === false || value === "") return null;
  if (value === true) return "exempt";
  if (typeof value === "string") {
    const text = value.trim();
    const lower = text.toLowerCase();
    if (lower === "no" || lower === "false") return null;
    if (lower === "yes" || lower === "true") return "exempt";
    return text;
  }
  throw invalid({ ...eventPlace(row, "exempt", columns), value: String(value) }, "write yes, no, or the exempt category (e.g. employee plan)");
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

/**
 * A ratio as `a:b` text or one number (`b` = 1); `percent` also reads "10%" as 0.1. Both parts more than
 * zero: a ratio of zero names the column and the value.
 */
function ratioField(value: unknown, row: number, columns: EventColumns | undefined, how: string, percent = false): [Decimal, Decimal] {
  const at = eventPlace(row, "ratio", columns);
  if (typeof value === "string" && value.includes(":")) {
    const parts = value.split(":");
    if (parts.length !== 2) throw invalid({ ...at, value }, `write the ratio as ${how}`);
    return [positive(parts[0], row, "ratio", columns), positive(parts[1], row, "ratio", columns)];
  }
  if (percent && typeof value === "string" && value.trim().endsWith("%")) {
    return [positive(value.trim().slice(0, -1), row, "ratio", columns).div(100), new Decimal(1)];
  }
  return [positive(value, row, "ratio", columns), new Decimal(1)];
}

function securityField(value: unknown, row: number, columns: EventColumns | undefined, what: string): string {
  const text = typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  if (!text)
    throw invalid({ ...eventPlace(row, "security", columns), value: value === undefined || value === null ? undefined : String(value) }, `name ${what}`);
  return text;
}

/** A split's or stock dividend's Security: null for blank or Common (the class is checked by the ledger, which knows the terms). */
function splitSecurity(value: unknown, row: number, columns: EventColumns | undefined): string | null {
  if (!given(value)) return null;
  const text = securityField(value, row, columns, "Common or a series of Preferred in the terms");
  return text.toLowerCase() === "common" ? null : text;
}

/** A grant's Expiry Date: none, or a date not before the grant's own. */
function expiryOf(e: OptionGrantEventInput, granted: IsoDate, row: number, cols?: EventColumns): IsoDate | null {
  if (!given(e.expiryDate)) return null;
  const expiry = dateField(e.expiryDate, row, "expiryDate", cols);
  if (expiry < granted) throw invalid({ ...eventPlace(row, "expiryDate", cols), value: expiry }, `is before the grant's date ${granted}`);
  return expiry;
}

/** Checks one event and returns its normal form; `row` is its 1-based place in the list. */
export function normaliseEvent(input: LedgerEventInput, row: number): LedgerEvent {
  if (input === null || typeof input !== "object") throw invalid({ argument: `events row ${row}`, value: String(input) }, "is not an event");
  const cols = input.columns;
  const type = String((input as { type?: unknown }).type ?? "")
    .trim()
    .toLowerCase();
  if (!(EVENT_TYPES as readonly string[]).includes(type)) {
    throw invalid(
      { ...eventPlace(row, "type", cols), value: (input as { type?: unknown }).type as string },
      `is not an event type; use one of ${EVENT_TYPES.join(", ")}`,
    );
  }
  const base: Normal = {
    row,
    date: dateField(input.date, row, "date", cols),
    note: typeof input.note === "string" ? input.note.trim() : "",
    clause: typeof input.clause === "string" && input.clause.trim() !== "" ? input.clause.trim() : null,
    ...(cols ? { columns: cols } : {}),
  };
  switch (type as EventType) {
    case "issue": {
      const e = input as IssueEventInput;
      const shares = positive(e.shares, row, "shares", cols);
      const hasPrice = e.pricePerShare !== undefined && e.pricePerShare !== null && e.pricePerShare !== "";
      const hasTotal = e.consideration !== undefined && e.consideration !== null && e.consideration !== "";
      if (hasPrice && hasTotal) {
        throw invalid(eventPlace(row, "pricePerShare", cols), "give the price per share or the total consideration, not both");
      }
      if (!hasPrice && !hasTotal) throw invalid(eventPlace(row, "pricePerShare", cols), "give the price per share or the total consideration");
      // A price of zero is refused: an issue for nothing would be a stock dividend (a split) or an error.
      const consideration = hasPrice
        ? positive(e.pricePerShare, row, "pricePerShare", cols).times(shares)
        : positive(e.consideration, row, "consideration", cols);
      const security = typeof e.security === "string" && e.security.trim() !== "" ? e.security.trim() : "Common";
      return { ...base, type: "issue", shares, consideration, security, exempt: exemptField(e.exempt, row, cols) };
    }
    case "option-grant": {
      const e = input as OptionGrantEventInput;
      return {
        ...base,
        type: "option-grant",
        id: idField(e.id, row, cols),
        maxShares: positive(e.maxShares, row, "maxShares", cols),
        consideration:
          e.consideration === undefined || e.consideration === null || e.consideration === ""
            ? new Decimal(0)
            : nonNegative(e.consideration, row, "consideration", cols),
        minExercisePrice: nonNegative(e.minExercisePrice, row, "minExercisePrice", cols),
        exempt: exemptField(e.exempt, row, cols),
        fromPool: e.fromPool === true,
        expiryDate: expiryOf(e, base.date, row, cols),
      };
    }
    case "option-exercise":
    case "option-expiry": {
      const e = input as OptionExerciseEventInput | OptionExpiryEventInput;
      return { ...base, type: type as "option-exercise" | "option-expiry", id: idField(e.id, row, cols), shares: positive(e.shares, row, "shares", cols) };
    }
    case "option-change": {
      const e = input as OptionChangeEventInput;
      const id = idField(e.id, row, cols);
      if (!given(e.maxShares) && !given(e.minExercisePrice)) {
        throw invalid(eventPlace(row, "maxShares", cols), "give the shares now issuable under the options, the new exercise price, or both");
      }
      // Zero shares is the options' expiry: an option-expiry event says so and readjusts under its own clause.
      const maxShares = given(e.maxShares) ? positive(e.maxShares, row, "maxShares", cols) : null;
      const minExercisePrice = given(e.minExercisePrice) ? nonNegative(e.minExercisePrice, row, "minExercisePrice", cols) : null;
      return { ...base, type: "option-change", id, maxShares, minExercisePrice };
    }
    case "stock-dividend": {
      const e = input as StockDividendEventInput;
      const [paid, held] = ratioField(e.ratio, row, cols, "paid:held, e.g. 1:10 for one share for every ten held", true);
      return { ...base, type: "stock-dividend", paid, held, security: splitSecurity(e.security, row, cols) };
    }
    case "reclassification": {
      const e = input as ReclassificationEventInput;
      const [newShares, oldShares] = ratioField(e.ratio, row, cols, "new:old, e.g. 1:2 for one new share for every two of Common");
      const security = securityField(e.security, row, cols, "the class the Common was changed into");
      if (security.toLowerCase() === "common") {
        throw invalid(
          { ...eventPlace(row, "security", cols), value: security },
          'a change of Common into more or fewer shares of Common is a split (Juniper 6(e)(iii): "other than a subdivision or combination"); write a split event',
        );
      }
      return { ...base, type: "reclassification", newShares, oldShares, security };
    }
    case "distribution": {
      const e = input as DistributionEventInput;
      const [units, perShares] = ratioField(e.ratio, row, cols, "units:shares, e.g. 1:10 for one unit for every ten shares of Common");
      const security = securityField(e.security, row, cols, "the securities distributed");
      if (security.toLowerCase() === "common") {
        throw invalid(
          { ...eventPlace(row, "security", cols), value: security },
          'a distribution payable in Common is a stock dividend (Juniper 6(e)(ii): "other than shares of Common Stock"); write a stock-dividend event',
        );
      }
      return { ...base, type: "distribution", units, perShares, security };
    }
    case "split": {
      const e = input as SplitEventInput;
      const security = splitSecurity(e.security, row, cols);
      if (typeof e.ratio === "string" && e.ratio.includes(":")) {
        const parts = e.ratio.split(":");
        if (parts.length !== 2) throw invalid({ ...eventPlace(row, "ratio", cols), value: e.ratio }, "write the ratio as new:old, e.g. 2:1 or 1:4");
        return { ...base, type: "split", newShares: positive(parts[0], row, "ratio", cols), oldShares: positive(parts[1], row, "ratio", cols), security };
      }
      return { ...base, type: "split", newShares: positive(e.ratio, row, "ratio", cols), oldShares: new Decimal(1), security };
    }
    case "ipo": {
      const e = input as IpoEventInput;
      const issueDate = e.issueDate === undefined || e.issueDate === null || e.issueDate === "" ? null : dateField(e.issueDate, row, "issueDate", cols);
      return { ...base, type: "ipo", price: positive(e.price, row, "price", cols), issueDate };
    }
  }
}

/** Every event checked, then put in date order; events on the same date keep their given order. */
export function normaliseEvents(inputs: readonly LedgerEventInput[]): LedgerEvent[] {
  if (!Array.isArray(inputs)) throw invalid({ argument: "events", value: String(inputs) }, "give a list of events");
  const events = inputs.map((e, i) => normaliseEvent(e, i + 1));
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => (x.e.date < y.e.date ? -1 : x.e.date > y.e.date ? 1 : x.i - y.i))
    .map(({ e }) => e);
}
