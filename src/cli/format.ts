// Output layout: a cell as text, aligned text tables, wrapped lines, and JSON in which every exact amount
// keeps its digits (a Decimal is written as a JSON number with its exact decimal text, or as a string
// where the output promises decimal strings). Numbers are written by the engine's one formatter
// (src/engine/format.ts).
import { Decimal, formatNumber } from "../engine";
import { isHostError, type ResultCell, type ResultValue } from "../catalogue";

/**
 * A cell as text for reading: a number with at most two decimals (cents, share counts) as it is, a longer
 * one to 6 significant digits (at least 2 decimals) marked "~" (the formatter's "reading" mode; --json
 * keeps every digit); TRUE/FALSE, the code for an error, "" for empty.
 */
export function cellText(cell: ResultCell): string {
  if (cell === null) return "";
  if (cell instanceof Decimal) return formatNumber(cell, "reading", { group: false });
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (isHostError(cell)) return cell.code;
  return cell;
}

/**
 * Rows as an aligned text table: columns padded to their widest cell, two spaces apart; columns listed in
 * `right` are right-aligned (amounts). The last column is not padded, so long texts do not trail spaces.
 */
export function textTable(rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  if (rows.length === 0) return "";
  // Loops, not Math.max(...rows): a spread passes every row as an argument and overflows the stack
  // past about 100,000 rows (HOLDERPAYOUTS over a large cap table).
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const widths = new Array<number>(width).fill(0);
  for (const r of rows) for (let c = 0; c < r.length; c++) widths[c] = Math.max(widths[c], (r[c] ?? "").length);
  return (
    rows
      .map((r) =>
        Array.from({ length: width }, (_, c) => {
          const text = r[c] ?? "";
          if (c === width - 1) return right.has(c) ? text.padStart(widths[c]) : text;
          return right.has(c) ? text.padStart(widths[c]) : text.padEnd(widths[c]);
        })
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

/**
 * `text` broken at spaces into lines of at most `width` characters (a longer word stands on its own line),
 * the first line led by `first`, the others by `rest`; each line ends with a newline.
 */
export function wrap(text: string, width: number, first = "", rest = first): string {
  return wrapUnits(text.split(/\s+/), width, first, rest);
}

/** As wrap, breaking only between `units` (e.g. "Seniority=FOURTH 2(a);" kept whole), joined by a space. */
export function wrapUnits(units: readonly string[], width: number, first = "", rest = first): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of units.map((u) => u.trim()).filter((w) => w !== "")) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join("\n") + "\n";
}

/**
 * JSON in which a Decimal is a number written with its exact digits (JSON numbers have no precision
 * limit; JSON.stringify would go through a double). Other values as JSON.stringify writes them, with
 * two-space indentation.
 */
export function exactJson(value: unknown, indent = 2): string {
  const marks: string[] = [];
  const text = JSON.stringify(
    value,
    function (this: unknown, key: string, v: unknown) {
      const raw = (this as Record<string, unknown>)[key];
      if (raw instanceof Decimal) {
        marks.push(raw.toFixed());
        return `\u0000${marks.length - 1}\u0000`;
      }
      return v;
    },
    indent,
  );
  return text.replace(/"\\u0000(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)]);
}

/** A catalogue result as JSON-ready data: an error cell as {"error": code, "message": text}. */
export function resultData(value: ResultValue | ResultCell): unknown {
  if (Array.isArray(value)) return value.map((row) => row.map((cell) => resultData(cell)));
  if (isHostError(value)) return { error: value.code, message: value.message };
  return value;
}
