// Free names for what the insert creates: a worksheet ("MagiNet Terms") and a table ("MagiNet_Terms").
// Never one that is taken: Excel compares both kinds of name without regard to case, and a table name
// shares one namespace with the workbook's defined names.
import { invalid } from "../engine";

/** Excel's limit on a worksheet name's length. */
export const SHEET_NAME_MAX = 31;
/** Excel's limit on a table name's length. */
export const TABLE_NAME_MAX = 255;

/** "JT Storage, Inc." -> "JT Storage", "MagiNet Corporation" -> "MagiNet": the company as people say it. */
export function shortCompanyName(company: string): string {
  const short = company
    .trim()
    .replace(/[,.]?\s*\b(inc|incorporated|corp|corporation|co|company|ltd|llc)\b\.?\s*$/i, "")
    .trim();
  return short === "" ? company.trim() : short;
}

/** Why `name` cannot be a worksheet name, or null when it can (Excel's rules). */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > SHEET_NAME_MAX) return `is longer than ${SHEET_NAME_MAX} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "holds one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  return null;
}

/** Why `name` cannot be a table name, or null when it can (Excel's rules). */
export function tableNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > TABLE_NAME_MAX) return `is longer than ${TABLE_NAME_MAX} characters`;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return "must begin with a letter or underscore and hold only letters, digits, periods and underscores";
  if (/^[rc]$/i.test(name)) return "is reserved by Excel (R and C)";
  // A name that reads as a cell (A1 or R1C1 style) would be taken for one.
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[rR][0-9]*[cC][0-9]*$/.test(name)) return "reads as a cell reference";
  return null;
}

function takenSet(taken: readonly string[]): Set<string> {
  return new Set(taken.map((n) => n.toLowerCase()));
}

/** A worksheet name from any text: the characters Excel refuses replaced, shortened to the limit. */
export function cleanSheetName(text: string): string {
  const cleaned = text
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const cut = cleaned.slice(0, SHEET_NAME_MAX).trim();
  return cut === "" ? "Terms" : cut;
}

/** A table name from any text: other characters become underscores; a leading digit gets one too. */
export function cleanTableName(text: string): string {
  let name = text
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (name === "") name = "Terms";
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  if (tableNameProblem(name)) name = `${name}_`;
  return name.slice(0, TABLE_NAME_MAX - 6);
}

/**
 * `base` if it is free, else "base (2)", "base (3)", ... (Excel's own pattern for a copied sheet), the
 * base shortened so the whole stays within 31 characters.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const problem = sheetNameProblem(base);
  if (problem) throw invalid({ argument: "sheet name", value: base }, problem);
  const used = takenSet(taken);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** `base` if it is free (among tables and defined names), else "base2", "base3", ... (Excel's own pattern: Table1, Table2). */
export function freeTableName(base: string, taken: readonly string[]): string {
  const problem = tableNameProblem(base);
  if (problem) throw invalid({ argument: "table name", value: base }, problem);
  const used = takenSet(taken);
  if (!used.has(base.toLowerCase())) return base;
  // "AB" + 2 would read as the cell AB2: such a base takes "_2" instead.
  const sep = tableNameProblem(`${base}2`) ? "_" : "";
  for (let n = 2; ; n++) {
    const candidate = `${base}${sep}${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
