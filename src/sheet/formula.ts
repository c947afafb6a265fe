// The one reader of a formula's text as Excel gives it (English names, comma separators). `tokenize`
// splits it into texts ("..."), quoted sheet names ('...'), words (names, numbers, cell references),
// structured references (Name[...], [...]) and single characters; everything else here reads tokens:
// the first call of a function and its arguments split at the top level, the functions called, what an
// argument is (a number, a text, a table reference, a cell or range reference, or something else), a
// table reference's part and column, and (./structured.ts) tables rewritten as plain ranges.
import { parseRange } from "./a1";

export type TokenKind =
  /** "text", doubled quotes inside. */
  | "string"
  /** 'Sheet Name', doubled quotes inside (always followed by "!" in a valid formula). */
  | "quoted"
  /** A run of name characters: a name, a function, a number, a cell reference ("$A$1", "B9", "1.5"). */
  | "word"
  /** Name[...] or [...]: the table (`name`, "" for none) and the text inside the outer brackets (`inner`). */
  | "structured"
  | "space"
  /** One other character: ( ) { } , ! : + - * / & = < > % ^ @ ; ... */
  | "char";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Index of the first character in the formula. */
  start: number;
  /** For "structured": the table's name as written ("" when the brackets stand alone). */
  name?: string;
  /** For "structured": the text between the outer brackets. */
  inner?: string;
}

const WORD_CHAR = /[A-Za-z0-9_.\\$]/;

/** The index after the "]" closing the "[" at `start` (an apostrophe escapes the next character), or the end. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i += 1;
      continue;
    }
    if (ch === "[") depth += 1;
    else if (ch === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** The end of a quoted run opened at `start` by `quote`, past the closing quote (a doubled quote is the quote itself). */
function closingQuote(text: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return text.length;
}

/** `formula` (with or without its "=") as tokens; joining their texts gives the formula back. */
export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    let end: number;
    let token: Token;
    if (ch === '"' || ch === "'") {
      end = closingQuote(formula, i, ch);
      token = { kind: ch === '"' ? "string" : "quoted", text: formula.slice(i, end), start: i };
    } else if (WORD_CHAR.test(ch)) {
      end = i + 1;
      while (end < formula.length && WORD_CHAR.test(formula[end])) end += 1;
      if (formula[end] === "[") {
        const close = closingBracket(formula, end);
        token = { kind: "structured", text: formula.slice(i, close), start: i, name: formula.slice(i, end), inner: formula.slice(end + 1, close - 1) };
        end = close;
      } else token = { kind: "word", text: formula.slice(i, end), start: i };
    } else if (ch === "[") {
      end = closingBracket(formula, i);
      token = { kind: "structured", text: formula.slice(i, end), start: i, name: "", inner: formula.slice(i + 1, end - 1) };
    } else if (/\s/.test(ch)) {
      end = i + 1;
      while (end < formula.length && /\s/.test(formula[end])) end += 1;
      token = { kind: "space", text: formula.slice(i, end), start: i };
    } else {
      end = i + 1;
      token = { kind: "char", text: ch, start: i };
    }
    out.push(token);
    i = end;
  }
  return out;
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** The next token after `i` that is not a space, or undefined. */
function nextSolid(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== "space") return tokens[j];
  return undefined;
}

/** A word token that names a function: a name followed (spaces allowed) by "(". */
function isCall(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t.kind === "word" && NAME.test(t.text) && nextSolid(tokens, i)?.text === "(";
}

export interface FunctionCall {
  /** The name as written, e.g. "CHARTER.LIQPREF". */
  name: string;
  /** Each argument's text, trimmed ("" for an omitted one). */
  args: string[];
}

/**
 * Splits `tokens[from..]` at the top-level commas until the ")" or "}" that closes the level it starts
 * in (or the end); returns each part's text, trimmed, and the index of the closing token.
 */
function splitTokens(text: string, tokens: readonly Token[], from: number): { parts: string[]; close: number } {
  const parts: string[] = [];
  let depth = 0;
  let start = tokens[from]?.start ?? text.length;
  let j = from;
  for (; j < tokens.length; j++) {
    const t = tokens[j].text;
    if (tokens[j].kind !== "char") continue;
    if (t === "(" || t === "{") depth += 1;
    else if (t === ")" || t === "}") {
      depth -= 1;
      if (depth < 0) break;
    } else if (t === "," && depth === 0) {
      parts.push(text.slice(start, tokens[j].start).trim());
      start = tokens[j].start + 1;
    }
  }
  const end = j < tokens.length ? tokens[j].start : text.length;
  parts.push(text.slice(start, end).trim());
  return { parts, close: j };
}

/** The first call of `name` (any case, an "@" before it allowed) in `formula`, or null. */
export function findCall(formula: string, name: string): FunctionCall | null {
  const wanted = name.toUpperCase();
  const tokens = tokenize(formula);
  const at = tokens.findIndex((t, i) => t.text.toUpperCase() === wanted && isCall(tokens, i));
  if (at < 0) return null;
  const open = tokens.findIndex((t, i) => i > at && t.text === "(");
  const { parts } = splitTokens(formula, tokens, open + 1);
  const args = parts.length === 1 && parts[0] === "" ? [] : parts;
  return { name: tokens[at].text, args };
}

/** The names of every function called in `formula` ("CHARTER.EXPLAIN", "SUM"), in order, upper case. */
export function calledFunctions(formula: string): string[] {
  const tokens = tokenize(formula);
  return tokens.flatMap((t, i) => (isCall(tokens, i) ? [t.text.toUpperCase()] : []));
}

/** A formula's argument text split on its top-level commas ("a,(b,c),T[[#All],[X]],\"d,e\"" -> 4 parts, trimmed). */
export function splitArgs(text: string): string[] {
  return splitTokens(text, tokenize(text), 0).parts;
}

/** Which part of a table a structured reference takes. */
export type TablePart = "#All" | "#Data" | "#Headers";

/** A structured reference's inside read: its part and, when it names one, a column (Excel's ' escapes undone). */
export interface TableSpecifier {
  part: TablePart;
  column: string | null;
}

const PARTS: Record<string, TablePart> = { "#all": "#All", "#data": "#Data", "#headers": "#Headers" };

/**
 * What `Name[inner]` takes: "" or "#Data" -> the data rows, "#All", "#Headers", "[#Headers],[#Data]" -> all,
 * "Column" or "[Column]" -> that column's data, "[#All],[Column]" -> that column's part. Null for the forms
 * not read (#Totals, #This Row, @, column spans, two columns).
 */
export function readSpecifier(inner: string): TableSpecifier | null {
  const s = inner.trim();
  const items: string[] = [];
  if (s.startsWith("[")) {
    let i = 0;
    while (i < s.length) {
      if (s[i] !== "[") return null;
      const end = closingBracket(s, i);
      items.push(s.slice(i + 1, end - 1));
      const rest = /^\s*(,\s*)?/.exec(s.slice(end))![0];
      if (end < s.length && !rest.includes(",")) return null; // a span such as [A]:[B]
      i = end + rest.length;
    }
  } else if (s !== "") items.push(s);
  const parts = new Set<TablePart>();
  const columns: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item.startsWith("#")) {
      const part = PARTS[item.toLowerCase()];
      if (!part) return null;
      parts.add(part);
    } else if (item.startsWith("@") || item === "") return null;
    else columns.push(item.replace(/'(.)/g, "$1"));
  }
  if (columns.length > 1) return null;
  const column = columns[0] ?? null;
  let part: TablePart;
  if (parts.size === 0) part = "#Data";
  else if (parts.size === 1) part = [...parts][0];
  else if (parts.size === 2 && parts.has("#Headers") && parts.has("#Data")) part = "#All";
  else return null;
  return { part, column };
}

export type ArgumentForm =
  | { kind: "omitted" }
  | { kind: "number"; value: number; text: string }
  | { kind: "string"; value: string; text: string }
  | { kind: "boolean"; value: boolean; text: string }
  /** Terms[#All], Terms[#Data], Terms[[#Headers],[#Data]]: a whole part of a table. */
  | { kind: "table"; table: string; part: "all" | "data" | "headers"; text: string }
  /** A bare name: a table (its data rows, as Excel reads it) or a defined name. */
  | { kind: "name"; name: string; text: string }
  /** B9, $B$9, A2:A20, 'MagiNet Terms'!B11. `sheet` is null for the formula's own sheet. */
  | { kind: "range"; sheet: string | null; address: string; text: string }
  | { kind: "other"; text: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
const TABLE_PART = { "#All": "all", "#Data": "data", "#Headers": "headers" } as const;

/** What an argument's text is. */
export function classifyArgument(raw: string): ArgumentForm {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  if (NUMBER.test(text)) {
    const percent = text.endsWith("%");
    const value = Number(percent ? text.slice(0, -1) : text);
    return { kind: "number", value: percent ? value / 100 : value, text };
  }
  const tokens = tokenize(text);
  const only = tokens.length === 1 ? tokens[0] : null;
  if (only?.kind === "string" && only.text.length >= 2 && only.text.endsWith('"')) {
    return { kind: "string", value: only.text.slice(1, -1).replace(/""/g, '"'), text };
  }
  if (/^(true|false)$/i.test(text)) return { kind: "boolean", value: text.toLowerCase() === "true", text };
  if (only?.kind === "structured" && only.name) {
    const spec = readSpecifier(only.inner ?? "");
    return spec && spec.column === null ? { kind: "table", table: only.name, part: TABLE_PART[spec.part], text } : { kind: "other", text };
  }
  // [sheet "!"] address, the sheet quoted or a word.
  let sheet: string | null = null;
  let rest = tokens;
  if (tokens.length >= 3 && tokens[1].text === "!" && (tokens[0].kind === "quoted" || tokens[0].kind === "word")) {
    const t = tokens[0].text;
    sheet = tokens[0].kind === "quoted" ? t.slice(1, -1).replace(/''/g, "'") : t;
    rest = tokens.slice(2);
  }
  if (rest.every((t) => t.kind === "word" || t.text === ":")) {
    const address = rest.map((t) => t.text).join("");
    if (parseRange(address)) return { kind: "range", sheet, address: address.replace(/\$/g, "").toUpperCase(), text };
  }
  if (sheet === null && only?.kind === "word" && NAME.test(text)) return { kind: "name", name: text, text };
  return { kind: "other", text };
}
