// Ledger events from a range with a header row, as a worksheet or CSV holds them (CHARTER.CPHISTORY).
// Headers match case-insensitively, ignoring spaces, dashes and underscores; a column whose header starts
// with "Note" is free text. Each row's cells are checked by the ledger itself (events.ts), which names the
// row (counted from 1 after the header), the column by its header as written here, and the value.
import { invalid } from "../errors";
import { columnKey } from "../terms/columns";
import { EVENT_TYPES, type EventType, type LedgerEventInput } from "./events";

/** For each event type, the event's fields and the range's fields each is read from (the first given wins). */
const READS: Record<EventType, Record<string, readonly string[]>> = {
  issue: { shares: ["shares"], pricePerShare: ["price"], consideration: ["consideration"], security: ["security"], exempt: ["exempt"] },
  "option-grant": {
    id: ["id"],
    maxShares: ["maxShares", "shares"],
    consideration: ["consideration"],
    minExercisePrice: ["minExercisePrice", "price"],
    exempt: ["exempt"],
    fromPool: ["fromPool"],
    expiryDate: ["expiryDate"],
  },
  "option-exercise": { id: ["id"], shares: ["shares"] },
  "option-expiry": { id: ["id"], shares: ["shares"] },
  "option-change": { id: ["id"], maxShares: ["maxShares", "shares"], minExercisePrice: ["minExercisePrice", "price"] },
  split: { ratio: ["ratio"], security: ["security"] },
  "stock-dividend": { ratio: ["ratio"], security: ["security"] },
  reclassification: { ratio: ["ratio"], security: ["security"] },
  distribution: { ratio: ["ratio"], security: ["security"] },
  ipo: { price: ["price"], issueDate: ["issueDate"] },
};

export type EventCell = string | number | boolean | null;

/** The columns an events range may have, and the event field each fills. */
export const EVENT_COLUMNS: readonly { header: string; field: string; help: string }[] = [
  { header: "Date", field: "date", help: "YYYY-MM-DD or an Excel date." },
  {
    header: "Event",
    field: "type",
    help: "issue, option-grant, option-exercise, option-expiry, option-change, split, stock-dividend, reclassification, distribution or ipo (grant, exercise, expiry, change, dividend also read).",
  },
  { header: "Shares", field: "shares", help: "issue: shares issued; exercise, expiry: shares; grant, change: maximum shares when Max Shares is blank." },
  {
    header: "Price",
    field: "price",
    help: "issue: price per share; ipo: the IPO price per share; grant, change: the exercise price when Exercise Price is blank.",
  },
  { header: "Consideration", field: "consideration", help: "issue: total consideration (instead of Price); grant: paid for the options." },
  {
    header: "Security",
    field: "security",
    help: "issue: Common (default), a series of Preferred in the terms, or convertible; split, stock-dividend: Common (default) or a series of Preferred in the terms, whose shares are split, combined or paid the dividend; reclassification: the class the Common became; distribution: what was distributed.",
  },
  { header: "Option", field: "id", help: "grant, exercise, expiry, change: the id of the options (or of a convertible written as a grant), e.g. W1." },
  {
    header: "Max Shares",
    field: "maxShares",
    help: "grant: maximum Common shares under the options; change: the shares now issuable under those outstanding.",
  },
  { header: "Exercise Price", field: "minExercisePrice", help: "grant: the minimum exercise price per share; change: the new one." },
  {
    header: "Ratio",
    field: "ratio",
    help: "split: new shares per old, e.g. 2, 0.25 or 1:4; stock-dividend: shares paid per share held, e.g. 0.1, 10% or 1:10; reclassification: new per Common, e.g. 1:2; distribution: units per Common share.",
  },
  { header: "Exempt", field: "exempt", help: "issue, grant: yes, or the exempt category (employee plan, equipment lease...)." },
  { header: "From Pool", field: "fromPool", help: "grant: yes when granted out of the unallocated pool." },
  {
    header: "Expiry Date",
    field: "expiryDate",
    help: "grant: the date the options expire by their terms; those still outstanding then expire on it (an option-expiry is added after that date's events). Options expiring within the terms' Short Options days of issue adjust nothing until all are exercised or expired (Juniper 6(d)(iii)(E)).",
  },
  { header: "Issue Date", field: "issueDate", help: "ipo: the Original Issue Date for a filing-window reset." },
  { header: "Clause", field: "clause", help: "The clause to cite for this event." },
];

const ALIASES: Record<string, string> = {
  class: "security",
  id: "id",
  optionid: "id",
  minexerciseprice: "minExercisePrice",
  type: "type",
  description: "note",
};
const TYPE_ALIASES: Record<string, EventType> = {
  grant: "option-grant",
  exercise: "option-exercise",
  expiry: "option-expiry",
  expire: "option-expiry",
  change: "option-change",
  dividend: "stock-dividend",
  reclassify: "reclassification",
};

function blank(c: EventCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

function fieldOf(header: EventCell, index: number, argument: string): string | null {
  const text = typeof header === "string" ? header : header === null ? "" : String(header);
  const key = columnKey(text);
  if (key === "") throw invalid({ argument, column: `column ${index + 1}`, value: text }, "has no header");
  if (key.startsWith("note")) return null;
  const found = EVENT_COLUMNS.find((c) => columnKey(c.header) === key);
  if (found) return found.field;
  if (ALIASES[key]) return ALIASES[key];
  throw invalid({ argument, column: text }, `is not an events column; the columns are ${EVENT_COLUMNS.map((c) => c.header).join(", ")} (and Note...)`);
}

function eventType(cell: EventCell): string {
  const key = String(cell ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return TYPE_ALIASES[key] ?? key;
}

function yes(cell: EventCell): boolean {
  return cell === true || (typeof cell === "string" && ["yes", "true", "y"].includes(cell.trim().toLowerCase()));
}

/**
 * The events of a range whose first row is the header. Trailing blank rows are ignored (an Excel range
 * often holds some); a blank row between events is an error, so row numbers in messages match the sheet.
 */
export function eventsFromTable(matrix: readonly (readonly EventCell[])[], argument = "events"): LedgerEventInput[] {
  if (!matrix || matrix.length === 0 || !matrix[0]) throw invalid({ argument }, "give a range with a header row (Date, Event, ...)");
  const header = matrix[0];
  let width = header.length;
  while (width > 0 && blank(header[width - 1])) width -= 1;
  const fields = header.slice(0, width).map((h, i) => fieldOf(h, i, argument));
  // The header of each field as the user wrote it, for messages ("events row 3, column Price").
  const written: Record<string, string> = {};
  fields.forEach((f, i) => {
    if (f !== null && written[f] === undefined) written[f] = String(header[i]).trim();
  });
  for (const required of ["date", "type"]) {
    if (!fields.includes(required)) throw invalid({ argument, column: required === "date" ? "Date" : "Event" }, "is missing from the header row");
  }
  let rows = matrix.slice(1);
  while (rows.length > 0 && rows[rows.length - 1].every(blank)) rows = rows.slice(0, -1);
  return rows.map((cells, i) => {
    const row = i + 1;
    if (cells.every(blank)) throw invalid({ argument: `${argument} row ${row}` }, "is blank; remove it or fill it in");
    const raw: Record<string, EventCell> = {};
    fields.forEach((f, c) => {
      if (f !== null && !blank(cells[c])) raw[f] = cells[c];
    });
    const type = eventType(raw.type);
    const known = (EVENT_TYPES as readonly string[]).includes(type);
    const e: Record<string, unknown> = { type: known ? type : raw.type, date: raw.date };
    const columns: Record<string, string> = { type: written.type, date: written.date };
    if (raw.note !== undefined) e.note = String(raw.note);
    if (raw.clause !== undefined) e.clause = String(raw.clause);
    for (const [field, from] of Object.entries(known ? READS[type as EventType] : {})) {
      // The column read from: the first holding a value, else the first the range has (to name in "is required").
      const source = from.find((f) => raw[f] !== undefined) ?? from.find((f) => written[f] !== undefined);
      if (source !== undefined) columns[field] = written[source];
      e[field] = field === "fromPool" ? yes(raw.fromPool ?? null) : source === undefined ? undefined : raw[source];
    }
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    e.columns = columns;
    return e as unknown as LedgerEventInput;
  });
}
