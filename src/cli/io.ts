// What the command touches outside itself: its output streams and the files it reads. Tests pass their
// own, so `main` runs in-process with captured output.
import { existsSync, readFileSync, statSync } from "fs";

export interface Io {
  /** Writes to standard output (the text as given; callers end lines themselves). */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** The text of a file, or null when there is no such file. */
  readText(path: string): string | null;
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
    err: (text) => void process.stderr.write(text),
    readText: (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, "utf8") : null),
  };
}
