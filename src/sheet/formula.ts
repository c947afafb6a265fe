// Reading a formula's text as Excel gives it (English names, comma separators): the first call of a
// function, its arguments split at the top level, and what each argument is (a number, a text, a table
// reference, a cell or range reference, or something the pane does not evaluate).
import { parseRange } from "./a1";

export interface FunctionCall {
  /** The name as written, e.g. "CHARTER.LIQPREF". */
  name: string;
  /** Each argument's text, trimmed ("" for an omitted one). */
  args: string[];
}

/** Which part of a table a structured reference takes. */
export type TablePart = "all" | "data" | "headers";

export type ArgumentForm =
  | { kind: "omitted" }
  | { kind: "number"; value: number; text: string }
  | { kind: "string"; value: string; text: string }
  | { kind: "boolean"; value: boolean; text: string }
  /** Terms[#All], Terms[#Data], Terms[[#Headers],[#Data]]. */
  | { kind: "table"; table: string; part: TablePart; text: string }
  /** A bare name: a table (its data rows, as Excel reads it) or a defined name. */
  | { kind: "name"; name: string; text: string }
  /** B9, $B$9, A2:A20, 'MagiNet Terms'!B11. `sheet` is null for the formula's own sheet. */
  | { kind: "range"; sheet: string | null; address: string; text: string }
  | { kind: "other"; text: string };

/**
 * Walks `text` from `start`, calling `visit(i, depth)` for each character outside text literals ("..."),
 * quoted sheet names ('...') and structured-reference brackets; depth counts open parentheses and braces.
 * Returns the index where depth falls below zero (the closing parenthesis of a call), or text.length.
 */
function walk(text: string, start: number, visit: (i: number, depth: number) => boolean | void): number {
  let depth = 0;
  let brackets = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (brackets === 0 && (ch === '"' || ch === "'")) {
      // A literal or a quoted sheet name; a doubled quote inside is the quote itself.
      i++;
      while (i < text.length && !(text[i] === ch && text[i + 1] !== ch)) i += text[i] === ch ? 2 : 1;
      continue;
    }
    if (ch === "[") {
      brackets++;
      continue;
    }
    if (ch === "]") {
      brackets = Math.max(0, brackets - 1);
      continue;
    }
    if (brackets > 0) continue;
    if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      depth--;
      if (depth < 0) return i;
    }
    if (visit(i, depth) === true) return i;
  }
  return text.length;
}

const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/** The first call of `name` (any case, an "@" before it allowed) in `formula`, or null. */
export function findCall(formula: string, name: string): FunctionCall | null {
  const wanted = name.toUpperCase();
  let found = -1;
  walk(formula, 0, (i) => {
    if (i > 0 && NAME_CHAR.test(formula[i - 1])) return false;
    if (formula.slice(i, i + wanted.length).toUpperCase() !== wanted) return false;
    const after = /^\s*\(/.exec(formula.slice(i + wanted.length));
    if (!after) return false;
    found = i;
    return true;
  });
  if (found < 0) return null;
  const open = formula.indexOf("(", found + wanted.length);
  const args: string[] = [];
  let from = open + 1;
  const close = walk(formula, open + 1, (i, depth) => {
    if (depth === 0 && formula[i] === ",") {
      args.push(formula.slice(from, i).trim());
      from = i + 1;
    }
  });
  const last = formula.slice(from, close).trim();
  if (args.length > 0 || last !== "") args.push(last);
  return { name: formula.slice(found, found + wanted.length), args };
}

/** The names of every function called in `formula` ("CHARTER.EXPLAIN", "SUM"), in order, upper case. */
export function calledFunctions(formula: string): string[] {
  const out: string[] = [];
  walk(formula, 0, (i) => {
    if (i > 0 && NAME_CHAR.test(formula[i - 1])) return;
    const m = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(formula.slice(i));
    if (m) out.push(m[1].toUpperCase());
  });
  return out;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
const IDENTIFIER = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function tablePart(inside: string): TablePart | null {
  // "#All", "[#All]", "[#Headers],[#Data]", "" (the data rows).
  const items = inside.split(",").map((s) => s.trim().replace(/^\[|\]$/g, "").trim().toLowerCase()).filter((s) => s !== "");
  if (items.length === 0) return "data";
  if (items.some((s) => !s.startsWith("#"))) return null; // a column of the table: not a terms table
  const set = new Set(items);
  if (set.has("#all") || (set.has("#headers") && set.has("#data") && set.size === 2)) return "all";
  if (set.size === 1 && set.has("#data")) return "data";
  if (set.size === 1 && set.has("#headers")) return "headers";
  return null;
}

/** What an argument's text is. */
export function classifyArgument(raw: string): ArgumentForm {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  if (NUMBER.test(text)) {
    const percent = text.endsWith("%");
    const value = Number(percent ? text.slice(0, -1) : text);
    return { kind: "number", value: percent ? value / 100 : value, text };
  }
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    if (!/(^|[^"])"([^"]|$)/.test(inner.replace(/""/g, ""))) return { kind: "string", value: inner.replace(/""/g, '"'), text };
  }
  if (/^(true|false)$/i.test(text)) return { kind: "boolean", value: text.toLowerCase() === "true", text };
  const structured = /^([A-Za-z_\\][A-Za-z0-9_.\\]*)\[(.*)\]$/.exec(text);
  if (structured) {
    const part = tablePart(structured[2]);
    return part ? { kind: "table", table: structured[1], part, text } : { kind: "other", text };
  }
  const sheetRef = /^(?:'((?:[^']|'')+)'|([^\s!'"(),:;]+))!(.+)$/.exec(text);
  const sheet = sheetRef ? (sheetRef[1] !== undefined ? sheetRef[1].replace(/''/g, "'") : sheetRef[2]) : null;
  const address = sheetRef ? sheetRef[3] : text;
  if (parseRange(address)) return { kind: "range", sheet, address: address.replace(/\$/g, "").toUpperCase(), text };
  if (!sheetRef && IDENTIFIER.test(text)) return { kind: "name", name: text, text };
  return { kind: "other", text };
}
