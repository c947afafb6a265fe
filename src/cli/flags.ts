// Options as each subcommand declares them, parsed by Node's util.parseArgs: `--name VALUE` or
// `--name=VALUE` for a value, `--name` alone for a switch, a value option marked `repeat` may be given
// several times (--set). Every other token is a positional argument, including "-" (an omitted optional)
// and negative numbers such as "-5" (parseArgs would take "-5" for a short option: such tokens are held
// aside while it parses); after "--" everything is positional. An unknown option, a missing value or a
// repeated single option is a UsageError naming the option as the user typed it. Values are kept as
// typed: each command reads its own with the one reading rule (src/engine/read), naming the option.
import { parseArgs } from "node:util";
import { UsageError } from "./errors";

export interface OptionSpec {
  name: string;
  kind: "value" | "switch";
  repeat?: boolean;
  /** For the help: what the value is, e.g. "AMOUNT". */
  placeholder?: string;
  help: string;
}

export interface Parsed {
  values: Map<string, string[]>;
  switches: Set<string>;
  positionals: string[];
}

/** The placeholder of an amount option. */
export const AMOUNT = "AMOUNT";

export const HELP_OPTION: OptionSpec = { name: "help", kind: "switch", help: "Show this help." };

/** A token starting with "-" and a digit, a point or "$": a negative number ("-5", "-.5", "-$5"), never an option. */
const NEGATIVE = /^-[\d.$]/;

export function parseFlags(argv: readonly string[], options: readonly OptionSpec[], command: string): Parsed {
  // Negative numbers are held aside under a token parseArgs leaves alone, and put back after.
  const held: string[] = [];
  const args = argv.map((a) => (NEGATIVE.test(a) ? `\u0000${held.push(a) - 1}` : a));
  const back = (a: string) => (a.startsWith("\u0000") ? held[Number(a.slice(1))] : a);
  const config = Object.fromEntries(
    options.map((o) => [
      o.name,
      { type: o.kind === "value" ? ("string" as const) : ("boolean" as const), multiple: true, ...(o.name === "help" ? { short: "h" } : {}) },
    ]),
  );
  const { tokens } = parseArgs({ args, options: config, strict: false, allowPositionals: true, tokens: true });
  const byName = new Map(options.map((o) => [o.name, o]));
  const parsed: Parsed = { values: new Map(), switches: new Set(), positionals: [] };
  for (const token of tokens) {
    if (token.kind === "positional") {
      parsed.positionals.push(back(token.value));
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const spec = byName.get(token.name);
    if (!spec) {
      const known = options.map((o) => `--${o.name}`).join(", ");
      throw new UsageError(`unknown option ${token.rawName} for ${command}; its options are ${known}`, command);
    }
    if (spec.kind === "switch") {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`, command);
      parsed.switches.add(spec.name);
      continue;
    }
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value${spec.placeholder ? ` (${spec.placeholder})` : ""}`, command);
    const list = parsed.values.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeat) throw new UsageError(`${token.rawName} is given twice; give it once`, command);
    list.push(back(token.value));
    parsed.values.set(spec.name, list);
  }
  return parsed;
}

/** The one value of a single option, or null when absent. */
export function single(parsed: Parsed, name: string): string | null {
  return parsed.values.get(name)?.[0] ?? null;
}

/** Lines describing the options, for a help text. */
export function optionLines(options: readonly OptionSpec[]): string[] {
  const rows = options.map((o) => [`--${o.name}${o.kind === "value" ? ` ${o.placeholder ?? "VALUE"}` : ""}`, o.help + (o.repeat ? " May be repeated." : "")]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`);
}
