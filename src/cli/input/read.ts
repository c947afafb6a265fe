// The one way the command reads a file it is given (terms, cap tables, holdings, events, exits, funds):
// the bytes decoded (./decode.ts), a workbook's table or sheet (./workbook.ts) or a delimited text
// (./csv.ts), as rows of cells. A path may name a workbook's table or sheet after "#":
// model.xlsx#Cap_Table.
import { invalid, type Cell } from "../../engine";
import type { Io } from "../io";
import { parseDelimited } from "./csv";
import { decodeText, looksLikeBomlessUtf16 } from "./decode";
import { isOle, isZip, pickRange } from "./workbook";

/** What reading a path gave: its bytes, or why there are none ("no such file", "is a folder"). */
export type FileRead = { bytes: Uint8Array; problem?: undefined } | { bytes?: undefined; problem: string; missing: boolean };

/** A path as given, split into the file and the table or sheet after its last "#" (when the whole path is no file). */
export function splitSelector(io: Io, spec: string): { path: string; selector: string | null; read: FileRead } {
  const whole = io.readFile(spec);
  const hash = spec.lastIndexOf("#");
  if (whole.bytes !== undefined || !whole.missing || hash <= 0) return { path: spec, selector: null, read: whole };
  const path = spec.slice(0, hash);
  return { path, selector: spec.slice(hash + 1), read: io.readFile(path) };
}

/** Whether the text names a file there is (or a workbook's table in one). */
export function isFileArgument(io: Io, spec: string): boolean {
  return splitSelector(io, spec).read.bytes !== undefined;
}

/**
 * The rows of the file `spec` names, for `argument` (the flag or parameter as the user knows it) and
 * `param` (the catalogue parameter, which picks a workbook's default table). Any problem is one line
 * naming the argument and the path.
 */
export function readRows(io: Io, spec: string, argument: string, param: string): Cell[][] {
  const { path, selector, read } = splitSelector(io, spec);
  const at = { argument, value: spec };
  if (read.bytes === undefined) throw invalid(at, `${read.problem}; give the path of a CSV or .xlsx file`);
  const bytes = read.bytes;
  if (isZip(bytes)) {
    const loaded = io.workbooks?.get(path);
    if (!loaded) throw new Error(`workbook ${path} was not loaded before the command ran`);
    if (loaded.book === null) throw invalid(at, loaded.problem ?? "cannot be read as a workbook");
    return pickRange(loaded.book, selector, { argument, param, path });
  }
  if (isOle(bytes)) throw invalid(at, "is an Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as CSV UTF-8");
  if (selector !== null) throw invalid(at, `"#${selector}" names a table or sheet, but ${path} is not a workbook (.xlsx)`);
  if (bytes.length === 0) throw invalid(at, "the file is empty; give the table with its header row");
  const { text, note } = decodeText(bytes);
  if (looksLikeBomlessUtf16(text))
    throw invalid(at, "looks like UTF-16 text without a byte order mark; save it as CSV UTF-8 (or Unicode Text, which writes the mark)");
  if (note) io.err(`charter: ${argument} ${path}: ${note}\n`);
  return parseDelimited(text, argument);
}
