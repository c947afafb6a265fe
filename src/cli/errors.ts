// The command's two kinds of failure and their exit codes: a usage error (an unknown subcommand or
// option, a missing or repeated option, a missing argument) exits 2; bad input (a ChartError from the
// engine or the catalogue: an unknown class, negative shares, a cap below the preference, an unreadable
// file) exits 1. Either prints ONE line to stderr; never a stack trace.
import { ChartError } from "../engine";

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  constructor(
    message: string,
    /** The subcommand whose help to point to, e.g. "waterfall"; null for the command itself. */
    readonly command: string | null = null,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** One line: no line breaks inside a message (a CSV error quoting a cell could hold one). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** Prints `e` as one line on stderr and returns the exit code. */
export function reportError(e: unknown, err: (text: string) => void): number {
  if (e instanceof UsageError) {
    const help = e.command ? `charter ${e.command} --help` : "charter --help";
    err(`charter: ${oneLine(e.message)} (see ${help})\n`);
    return EXIT_USAGE;
  }
  if (e instanceof ChartError) {
    err(`charter: ${oneLine(e.message)}\n`);
    return EXIT_INPUT;
  }
  // Not the user's input: still one line, and it says so.
  const detail = e instanceof Error ? e.message : String(e);
  err(`charter: internal error: ${oneLine(detail)}; please report it\n`);
  return EXIT_INPUT;
}
