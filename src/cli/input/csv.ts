// A delimited text file as rows of cells. Parsing is csv-parse's (RFC 4180 quoting, fields over several
// lines, CR / LF / CRLF records); the delimiter is sniffed from the header line here.
import { parse } from "csv-parse/sync";
import { invalid, type Cell } from "../../engine";

export type Delimiter = "," | ";" | "\t";

/**
 * The delimiter of the header line: the one of comma, semicolon and tab that occurs most often in it
 * outside double quotes; a comma when none does (a one-column file) or on a tie. Decision: sniffed from
 * the header only, since a header's names hold no delimiter, while data cells may ("1,000" in a
 * semicolon file written in a German locale).
 */
export function sniffDelimiter(text: string): Delimiter {
  const count = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) count[ch]++;
  }
  if (count[";"] > count[","] && count[";"] >= count["\t"]) return ";";
  if (count["\t"] > count[","] && count["\t"] > count[";"]) return "\t";
  return ",";
}

const NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

/** csv-parse's error codes as our one-line problems (the line is added by the caller). */
const PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed; end it with a double quote",
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing double quote; a quote inside a quoted field is written twice ("")',
  INVALID_OPENING_QUOTE: 'a double quote inside an unquoted field; enclose the field in double quotes and write the quote twice ("")',
};

/**
 * The rows of a delimited text: an empty field is a blank cell (null); every other field is text, read by the parsers of the values. Rows may differ in length (the
 * table reader pads them). A quoting fault is bad input naming `argument` and the line.
 */
export function parseDelimited(text: string, argument: string): Cell[][] {
  const delimiter = sniffDelimiter(text);
  let rows: Cell[][];
  try {
    rows = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false }) as Cell[][];
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    const problem = (err.code && PROBLEMS[err.code]) ?? `cannot be read as ${NAMES[delimiter]}-separated text (${String(err.message ?? e).slice(0, 200)})`;
    throw invalid({ argument }, `CSV line ${err.lines ?? "?"}: ${problem}`);
  }
  // An empty field is a blank cell. Decision: a quoted empty field ("") too, as Excel reads it; telling
  // them apart would cost csv-parse's per-field context (five times the parse on a large file).
  for (const row of rows) for (let c = 0; c < row.length; c++) if (row[c] === "") row[c] = null;
  return rows;
}
