// Bytes of a file as text, the way users have their files: UTF-8 with or without a byte order mark,
// UTF-16 LE or BE with one (Excel's "Unicode Text"), and Windows-1252 (Excel's "CSV" on Windows in
// western locales) when the bytes are not UTF-8. Every file the command reads comes through here.

export interface Decoded {
  text: string;
  /** How the bytes were read when that is a guess the user should know about, else null. */
  note: string | null;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Windows-1252's characters for 0x80-0x9F (the rest is Latin-1). Written out because Node's TextDecoder
 * reads the label "windows-1252" as Latin-1 in some builds (0x80 a control character, not the euro sign).
 * 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and kept as their code points, as browsers decode them.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function windows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

/** UTF-16 BE as LE: swap each pair of bytes (a copy; the input is left as it is). */
function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

/**
 * The text of `bytes`. A byte order mark decides (and is dropped); without one the bytes are UTF-8 when
 * they are valid UTF-8, else Windows-1252, which every byte sequence is, so the note says so. Decision:
 * no guess at other code pages; a UTF-16 text without its mark decodes with NULs between the letters,
 * which the reader refuses (looksLikeBomlessUtf16).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: UTF8.decode(bytes.subarray(3)), note: null };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), note: null };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16le").decode(swapped(bytes.subarray(2))), note: null };
  try {
    return { text: UTF8.decode(bytes), note: null };
  } catch {
    return { text: windows1252(bytes), note: "the bytes are not UTF-8; read them as Windows-1252 (save as CSV UTF-8 to be sure of accented names)" };
  }
}

/** Whether the text looks like UTF-16 without its byte order mark (a NUL next to every ASCII letter). */
export function looksLikeBomlessUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return head.length > 0 && nuls * 4 >= head.length;
}
