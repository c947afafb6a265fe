// Bytes of a file as text, the way users have their files: UTF-8 with or without a byte order mark,
// UTF-16 LE or BE with one (Excel's "Unicode Text"), and Windows-1252 (Excel's "CSV" on Windows in
// western locales) when the bytes are not UTF-8. Every file the command reads comes through here.

export interface Decoded {
  text: string;
  /** How the bytes were read when that is a guess the user should know about, else null. */
  note: string | null;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

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
 * no guess at ISO-8859-1 or a BOM-less UTF-16 (it would read as text with NULs between the letters);
 * the NULs are refused by the caller's parser as unknown headers would be, so `decodeText` reports them.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: UTF8.decode(bytes.subarray(3)), note: null };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), note: null };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16le").decode(swapped(bytes.subarray(2))), note: null };
  try {
    return { text: UTF8.decode(bytes), note: null };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), note: "the bytes are not UTF-8; read them as Windows-1252 (save as CSV UTF-8 to be sure of accented names)" };
  }
}

/** Whether the text looks like UTF-16 without its byte order mark (a NUL next to every ASCII letter). */
export function looksLikeBomlessUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return head.length > 0 && nuls * 4 >= head.length;
}
