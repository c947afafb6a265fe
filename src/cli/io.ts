// What the command touches outside itself: its output streams and the files it reads. Tests pass their
// own, so `main` runs in-process with captured output.
import { readFileSync, statSync } from "fs";
import type { FileRead } from "./input/read";
import type { WorkbookFile } from "./input/workbook";

export interface Io {
  /** Writes to standard output (the text as given; callers end lines themselves). */
  out(text: string): void;
  /** Writes bytes to standard output, where the Io can (large outputs written as they are made). */
  outBytes?(bytes: Uint8Array): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The bytes of a file, or why there are none (no such file, a folder, a device). */
  readFile(path: string): FileRead;
  /** The workbooks the command line names, loaded before the command runs (see preloadWorkbooks). */
  workbooks?: Map<string, WorkbookFile>;
}

/** Reads a path from the disk: only a regular file gives bytes. */
export function readDiskFile(path: string): FileRead {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { problem: "no such file", missing: true };
    return { problem: `cannot be read (${code ?? String(e)})`, missing: false };
  }
  if (stat.isDirectory()) return { problem: "is a folder, not a file", missing: false };
  if (!stat.isFile()) return { problem: "is not a regular file (a device, pipe or socket)", missing: false };
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    return { problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, missing: false };
  }
}

let pipeGuarded = false;

/**
 * The process's streams and files. A reader that stops early (`charter presets maginet | head`) closes
 * the pipe: the command then stops quietly, as Unix tools do, instead of dying with a stack trace.
 */
export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    out: (text) => void process.stdout.write(text),
    outBytes: (bytes) => void process.stdout.write(bytes),
    err: (text) => void process.stderr.write(text),
    readFile: readDiskFile,
    workbooks: new Map(),
  };
}
