// `charter call LIQPREF TERMS EXITS.csv [CLASS] [AS-OF] --json` over a long column of exits: the same
// cents as the catalogue's LIQPREF, from the same compiled waterfall (its cents kernel), but each exit
// read from the file's bytes and each row written straight from the kernel's bigint cents to text, in
// chunks, with no cell objects, Decimals or one JSON string of the whole result in between. The general
// path (catalogue call, then format.ts) made a Decimal, a Money, a JSON replacer call and a regex
// replacement per cell: about 12 µs an exit, a third of it garbage collection.
//
// It takes only what it can answer exactly as the general path would, and hands back (null) otherwise:
// an exits file of plain amounts, one to a line (digits, at most two decimals, no sign, no grouping, no
// leading zeros, ASCII with an optional UTF-8 byte order mark, LF or CRLF), at least two of them, none
// above the engine's largest exit. Anything else (a header, a blank line, "1,000", "$5", a fraction of a
// cent, several columns, another encoding) goes the general way, with its messages and error cells.
// test/cli/fast-liqpref.test.ts checks the two paths print the same bytes.
import type { FunctionSpec, HostArg } from "../catalogue";
import type { CharterTerms, IsoDate } from "../engine";
import { MAX_EXIT_CENTS } from "../engine/waterfall";
import { classIndex, waterfallOf } from "../catalogue/waterfall";
import { callCatalogue } from "./catalogue-call";
import { EXIT_OK } from "./errors";
import type { Io } from "./io";
import { splitSelector } from "./input/read";

/** Bytes written to the output at a time. */
const CHUNK = 1 << 16;

/**
 * The exits in whole cents, or null when the bytes are not a plain column of amounts (see above).
 * Decision: amounts with one decimal (12.5) are taken: every reader of the command reads 12.5 as 1250 cents.
 */
export function plainExits(bytes: Uint8Array): bigint[] | null {
  const exits: bigint[] = [];
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const n = bytes.length;
  while (i < n) {
    // One line: digits [. d [d]] then LF, CRLF or the end.
    const start = i;
    let whole = 0;
    let digits = 0;
    while (i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39) {
      whole = whole * 10 + (bytes[i] - 0x30);
      i++;
      digits++;
    }
    if (digits === 0 || (digits > 1 && bytes[start] === 0x30)) return null;
    let cents = 0;
    let places = 0;
    if (i < n && bytes[i] === 0x2e) {
      i++;
      while (i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 && places < 3) {
        cents = cents * 10 + (bytes[i] - 0x30);
        i++;
        places++;
      }
      if (places === 0 || places > 2) return null;
      if (places === 1) cents *= 10;
    }
    if (i < n && bytes[i] === 0x0d) i++;
    if (i < n) {
      if (bytes[i] !== 0x0a) return null;
      i++;
    }
    // Past 2^53 cents a double is no longer exact: read the digits as a bigint (still bounded by MAX_EXIT_CENTS).
    let x: bigint;
    if (digits <= 13) x = BigInt(whole * 100 + cents);
    else {
      if (digits > 18) return null;
      x = BigInt(Buffer.from(bytes.subarray(start, start + digits)).toString("latin1")) * 100n + BigInt(cents);
    }
    if (x > MAX_EXIT_CENTS) return null;
    exits.push(x);
  }
  return exits;
}

/** Whole cents as JSON, as the general path writes them (Decimal.toFixed of the dollars: 12, 12.5, 12.05). */
export function centsJson(c: bigint): string {
  if (c < 0n) return "-" + centsJson(-c);
  if (c < 9007199254740992n) {
    const x = Number(c);
    const r = x % 100;
    const d = (x - r) / 100;
    if (r === 0) return String(d);
    if (r % 10 === 0) return `${d}.${r / 10}`;
    return `${d}.${r < 10 ? "0" : ""}${r}`;
  }
  const s = c.toString().padStart(3, "0");
  const head = s.slice(0, -2);
  const tail = s.slice(-2);
  return tail === "00" ? head : tail[1] === "0" ? `${head}.${tail[0]}` : `${head}.${tail}`;
}

/** Writes the digits of `d` (0 <= d < 2^31) at `at`, at least `width` of them (zeros in front); returns the position after. */
function putDigits(buf: Buffer, at: number, d: number, width: number): number {
  const start = at;
  do {
    const q = (d / 10) | 0;
    buf[at++] = 0x30 + d - q * 10;
    d = q;
  } while (d > 0 || at - start < width);
  for (let lo = start, hi = at - 1; lo < hi; lo++, hi--) {
    const t = buf[lo];
    buf[lo] = buf[hi];
    buf[hi] = t;
  }
  return at;
}

/** Writes `c` cents as centsJson does into `buf` at `at`; returns the position after it. */
function putCents(buf: Buffer, at: number, c: bigint): number {
  if (c < 0n || c >= 9007199254740992n) return at + buf.write(centsJson(c), at, "latin1");
  // Below 2^53 cents a double is exact; the dollars in two small-integer halves of nine digits.
  const x = Number(c);
  const r = x % 100;
  const d = (x - r) / 100;
  if (d < 1e9) at = putDigits(buf, at, d, 1);
  else {
    const hi = Math.floor(d / 1e9);
    at = putDigits(buf, at, hi, 1);
    at = putDigits(buf, at, d - hi * 1e9, 9);
  }
  if (r !== 0) {
    const tens = (r / 10) | 0;
    buf[at++] = 0x2e;
    buf[at++] = 0x30 + tens;
    if (r !== tens * 10) buf[at++] = 0x30 + r - tens * 10;
  }
  return at;
}

/** Bytes to the output: as bytes where the Io takes them, else as text (ASCII, so latin1 is exact). */
function write(io: Io, bytes: Buffer): void {
  if (io.outBytes) io.outBytes(bytes);
  else io.out(bytes.toString("latin1"));
}

/**
 * Runs the call when this path can take it, returning the exit code; null hands it to the general path.
 * `hostArgs` makes the host arguments the general path makes of the texts (terms, className, asOf; the exits'
 * place is not read); the exits are at `exitsText`, and `exitArg` makes one exit's host argument as the
 * general path would.
 */
export function liqprefJson(
  spec: FunctionSpec,
  io: Io,
  hostArgs: () => readonly HostArg[],
  exitsText: string,
  exitArg: (text: string) => HostArg,
): number | null {
  if (spec.name !== "LIQPREF") return null;
  const { path, selector, read } = splitSelector(io, exitsText);
  if (read.bytes === undefined || selector !== null || path !== exitsText) return null;
  const exits = plainExits(read.bytes);
  if (exits === null || exits.length < 2) return null;
  const [termsArg, , classArg = null, asOfArg = null] = hostArgs();
  if (termsArg === null || termsArg === undefined) return null;
  // The arguments checked as the general path checks them, by the catalogue itself on the first exit:
  // a bad terms table, class or date fails here with the same message.
  callCatalogue("LIQPREF", [termsArg, exitArg(centsJson(exits[0])), classArg, asOfArg]);
  const place = (i: number) => ({ argument: spec.params[i].name });
  const terms = spec.params[0].read(termsArg, place(0)) as CharterTerms;
  const asOf = asOfArg === null ? null : (spec.params[3].read(asOfArg, place(3)) as IsoDate);
  const w = waterfallOf(terms, asOf);
  const column = classArg === null ? null : classIndex(terms, w, spec.params[2].read(classArg, place(2)) as string);

  // Rows written as bytes into chunks: the cents' digits straight from the kernel's bigints, no string
  // per cell or row (a string per cell was most of the time left beside the kernel).
  const n = w.classes.length;
  const from = column ?? 0;
  const to = column === null ? n : column + 1;
  let buf = Buffer.allocUnsafe(CHUNK + 64 * n);
  let at = 0;
  const flush = () => {
    write(io, buf.subarray(0, at));
    // A fresh buffer: a pipe may still be writing the last one.
    buf = Buffer.allocUnsafe(CHUNK + 64 * n);
    at = 0;
  };
  buf[at++] = 0x5b; // [
  buf[at++] = 0x0a;
  for (let k = 0; k < exits.length; k++) {
    const cents = w.centsAt(exits[k]).cents;
    buf[at++] = 0x20;
    buf[at++] = 0x20;
    buf[at++] = 0x5b;
    for (let i = from; i < to; i++) {
      if (i > from) buf[at++] = 0x2c;
      at = putCents(buf, at, cents[i]);
    }
    buf[at++] = 0x5d; // ]
    if (k + 1 < exits.length) buf[at++] = 0x2c;
    buf[at++] = 0x0a;
    if (at >= CHUNK) flush();
  }
  buf[at++] = 0x5d;
  buf[at++] = 0x0a;
  flush();
  return EXIT_OK;
}
