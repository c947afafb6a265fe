// The `charter` command: `charter waterfall|breakpoints|round|presets|call|value ...`. `main` takes the arguments and
// an Io and returns the exit code, so tests run it in-process; bin/charter.js runs it on the process.
import { CATALOGUE } from "../catalogue";
import { breakpointsCommand } from "./commands/breakpoints";
import { callCommand } from "./commands/call";
import { presetsCommand } from "./commands/presets";
import { valueCommand } from "./commands/value";
import { roundCommand } from "./commands/round";
import { waterfallCommand } from "./commands/waterfall";
import { EXIT_OK, EXIT_USAGE, UsageError, reportError } from "./errors";
import { functionHelp, MAIN_HELP, SUBCOMMAND_HELP } from "./help";
import { processIo, type Io } from "./io";
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { preloadWorkbooks } from "./input/workbook";

export { processIo } from "./io";
export type { Io } from "./io";

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number> = {
  waterfall: waterfallCommand,
  breakpoints: breakpointsCommand,
  round: roundCommand,
  presets: presetsCommand,
  call: callCommand,
  value: valueCommand,
};

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/** The package's version, from the package.json above this file (src/cli or build/cli/cli). */
export function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "charter-functions" && pkg.version) return pkg.version;
  }
  return "unknown";
}

export function main(argv: readonly string[], io: Io = processIo()): number {
  try {
    const [command, ...rest] = argv;
    if (command === "--version" || command === "-V" || command === "version") {
      io.out(`charter ${version()}\n`);
      return EXIT_OK;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const topic = command === "help" ? rest[0] : undefined;
      io.out(topic && SUBCOMMAND_HELP[topic] ? SUBCOMMAND_HELP[topic] : MAIN_HELP);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"; the commands are ${Object.keys(COMMANDS).join(", ")}`);
    if (wantsHelp(rest)) {
      // charter call FUNCTION --help: that function's parameters.
      const fn = command === "call" ? rest.find((a) => !a.startsWith("-")) : undefined;
      const spec = fn
        ? CATALOGUE.find(
            (f) =>
              f.name ===
              fn
                .trim()
                .toUpperCase()
                .replace(/^CHARTER\./, ""),
          )
        : undefined;
      if (fn && !spec) throw new UsageError(`"${fn}" is not a function; the functions are ${CATALOGUE.map((f) => f.name).join(", ")}`, "call");
      io.out(spec ? functionHelp(spec) : SUBCOMMAND_HELP[command]);
      return EXIT_OK;
    }
    return run(rest, io);
  } catch (e) {
    return reportError(e, io.err);
  }
}

/**
 * `main` after loading the workbooks the command line names (exceljs reads them asynchronously; the
 * command itself is synchronous). bin/charter.js runs this.
 */
export async function mainAsync(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const workbooks = io.workbooks ?? new Map();
  try {
    await preloadWorkbooks(argv, io.readFile, workbooks);
  } catch (e) {
    return reportError(e, io.err);
  }
  return main(argv, { ...io, workbooks });
}

if (require.main === module) {
  void mainAsync(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
