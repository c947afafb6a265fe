// A charter preset: the terms table of one charter, with where each number comes from. Data only; the
// table reaches the engine through parseTerms like any other table.
import type { IsoDate } from "../engine/terms/model";
import type { TermsTable } from "../engine/terms/table";

export interface Preset {
  /** The id hosts use: "jt-storage", "juniper", "maginet". */
  id: string;
  /** The company as the charter names it. */
  company: string;
  /** The company's names over time; `from` is null where the charter gives no date. */
  names: { name: string; from: IsoDate | null; clause: string }[];
  /** The document the terms come from. */
  document: string;
  /** The date the document was executed; null where the text gives none (not guessed). */
  charterDate: IsoDate | null;
  /** The charter text's file name in shared/charters. */
  source: string;
  /** The main terms at a glance, one line. */
  summary: string;
  /** The terms table; every rule cites its clause in the Clauses column. */
  table: TermsTable;
  /** Numbers the charter does not state, by cell (CLASS.COLUMN, as `setCell` takes them). */
  inputs: { cell: string; value: string; why: string }[];
  /** How an unclear or silent clause was read. */
  readings: { clause: string; question: string; reading: string; why: string }[];
  /** Authorized shares over time; `date` is null where the text gives none. */
  authorized: { date: IsoDate | null; common: string; preferred: string; clause: string }[];
}
