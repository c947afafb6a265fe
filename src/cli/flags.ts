// Options as each subcommand declares them: `--name VALUE` or `--name=VALUE` for a value, `--name` alone
// for a switch, a value option marked `repeat` may be given several times (--set). Every other token is a
// positional argument, including "-" (an omitted optional) and negative numbers such as "-5"; after "--"
// everything is positional. An unknown option, a missing value or a repeated single option is a
// UsageError naming it. A value whose placeholder is AMOUNT (--exit) is a number, read as the terms table
// reads one (1,743,751 or $8.93 too) and kept as plain digits; a bad one is a ChartError naming the option.
import { UsageError } from "./errors";
import { commandNumber } from "./numbers";

export interface OptionSpec {
  name: string;
  kind: "value" | "switch";
  repeat?: boolean;
  /** For the help: what the value is, e.g. "AMOUNT" (which also makes the value a number: see above). */
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

export function parseFlags(argv: readonly string[], options: readonly OptionSpec[], command: string): Parsed {
  const byName = new Map(options.map((o) => [o.name, o]));
  const parsed: Parsed = { values: new Map(), switches: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--") {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === "-h") {
      parsed.switches.add("help");
      continue;
    }
    if (!token.startsWith("--")) {
      parsed.positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const name = token.slice(2, eq < 0 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) {
      const known = options.map((o) => `--${o.name}`).join(", ");
      throw new UsageError(`unknown option --${name} for ${command}; its options are ${known}`, command);
    }
    if (spec.kind === "switch") {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`, command);
      parsed.switches.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) value = token.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value${spec.placeholder ? ` (${spec.placeholder})` : ""}`, command);
      value = argv[++i];
    }
    const list = parsed.values.get(name) ?? [];
    if (list.length > 0 && !spec.repeat) throw new UsageError(`--${name} is given twice; give it once`, command);
    list.push(spec.placeholder === AMOUNT ? commandNumber(value, `--${name}`) : value);
    parsed.values.set(name, list);
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
