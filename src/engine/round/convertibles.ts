// The SAFEs and notes that convert in a priced round, as a range or CSV holds them: the columns Holder,
// Kind, Amount, Cap, Discount, Interest Rate, Issue Date (headers match ignoring case, spaces, dashes).
// Kind: post-money-safe, pre-money-safe or note. Discount and Interest Rate as 0.2 or 20%.
// Every bad cell is an error naming the argument, the row (counted from 1 under the header), the column
// and the value.
import { ZERO, type Decimal } from "../decimal";
import { invalid } from "../errors";
import { columnKey } from "../terms/columns";
import { isBlank, readChoice, readDate, readNumber, readText } from "../terms/cells";
import type { IsoDate } from "../terms/model";
import type { Cell } from "../terms/table";

export const CONVERTIBLE_KINDS = ["post-money-safe", "pre-money-safe", "note"] as const;
export type ConvertibleKind = (typeof CONVERTIBLE_KINDS)[number];

export interface Convertible {
  holder: string;
  kind: ConvertibleKind;
  /** The Purchase Amount (a SAFE) or the principal (a note). */
  amount: Decimal;
  /** The valuation cap: post-money for a post-money SAFE, pre-money otherwise; null when none. */
  cap: Decimal | null;
  /** The discount off the round price, as a fraction (0.2 for 20%); 0 when none. */
  discount: Decimal;
  /** A note's simple interest rate per annum, as a fraction; 0 for a SAFE. */
  interestRate: Decimal;
  /** A note's issue date (interest runs from it); null when none. */
  issueDate: IsoDate | null;
}

export const CONVERTIBLE_COLUMNS = ["Holder", "Kind", "Amount", "Cap", "Discount", "Interest Rate", "Issue Date"] as const;
const REQUIRED = ["Holder", "Kind", "Amount"];

/** The convertibles of a range with a header row; a blank range or header only gives none. */
export function convertiblesFromTable(matrix: readonly (readonly Cell[])[], argument = "convertibles"): Convertible[] {
  const rows = matrix.filter((r) => !r.every((c) => isBlank(c)));
  if (rows.length === 0) return [];
  const header = rows[0].map((c) => (isBlank(c) ? "" : readText(c as Cell)));
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === "" || /^note/i.test(h)) return;
    const known = CONVERTIBLE_COLUMNS.find((c) => columnKey(c) === columnKey(h));
    if (!known) throw invalid({ argument, column: h }, `is not a column of the convertibles; the columns are ${CONVERTIBLE_COLUMNS.join(", ")}`);
    at.set(known, i);
  });
  for (const r of REQUIRED)
    if (!at.has(r)) throw invalid({ argument, column: r }, `is missing; the convertibles need the columns ${CONVERTIBLE_COLUMNS.join(", ")}`);
  return rows.slice(1).map((cells, i) => {
    const row = i + 1;
    const cell = (col: string): Cell => (at.has(col) ? ((cells[at.get(col)!] ?? null) as Cell) : null);
    const place = (column: string) => ({ argument: `${argument} row ${row}`, column });
    const holder = isBlank(cell("Holder")) ? `Holder ${row}` : readText(cell("Holder"));
    const kindCell = cell("Kind");
    const kind = readChoice(typeof kindCell === "string" ? kindCell.trim().toLowerCase().replace(/\s+/g, "-") : kindCell, place("Kind"), CONVERTIBLE_KINDS);
    const positive = (column: string): Decimal => {
      const x = readNumber(cell(column), place(column));
      if (!x.greaterThan(0)) throw invalid({ ...place(column), value: cell(column) }, "must be more than zero");
      return x;
    };
    const fraction = (column: string): Decimal => {
      if (isBlank(cell(column))) return ZERO;
      const x = readNumber(cell(column), place(column), "ratio");
      if (x.isNegative() || !x.lessThan(1)) throw invalid({ ...place(column), value: cell(column) }, "must be at least 0 and under 1 (e.g. 0.2 or 20%)");
      return x;
    };
    const amount = positive("Amount");
    const cap = isBlank(cell("Cap")) ? null : positive("Cap");
    const discount = fraction("Discount");
    const interestRate = isBlank(cell("Interest Rate")) ? ZERO : readNumber(cell("Interest Rate"), place("Interest Rate"), "ratio");
    if (interestRate.isNegative()) throw invalid({ ...place("Interest Rate"), value: cell("Interest Rate") }, "must not be negative");
    if (kind !== "note" && !interestRate.isZero())
      throw invalid({ ...place("Interest Rate"), value: cell("Interest Rate") }, "a SAFE bears no interest; leave it blank or make the Kind note");
    const issueDate = isBlank(cell("Issue Date")) ? null : readDate(cell("Issue Date"), place("Issue Date"));
    if (kind === "note" && !interestRate.isZero() && issueDate === null)
      throw invalid(place("Issue Date"), "a note with interest needs its Issue Date (interest runs from it)");
    return { holder, kind, amount, cap, discount, interestRate, issueDate };
  });
}
