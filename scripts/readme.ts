// Keeps the README's reference sections in step with the code they describe: the worksheet functions
// (from the catalogue), the terms table's columns (from the engine), and each preset's inputs and
// readings of unclear clauses (from the preset data). Each section sits between markers
//   <!-- generated:NAME -->  ...  <!-- /generated:NAME -->
// and test/readme.test.ts fails when the README differs from what this writes.
//   npx tsx scripts/readme.ts          rewrite the sections in README.md
//   npx tsx scripts/readme.ts --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from "fs";
import { resolve } from "path";
import { CATALOGUE, NAMESPACE } from "../src/catalogue";
import { COLUMNS } from "../src/engine/terms/columns";
import { PRESETS } from "../src/presets";

export const README_FILE = resolve(__dirname, "../README.md");

/** A Markdown table cell: pipes escaped, line breaks folded. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

function functionsSection(): string {
  return table(
    ["Function", "What it returns"],
    CATALOGUE.map((f) => {
      const params = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      return [`\`${NAMESPACE}.${f.name}(${params})\``, `${f.description} Returns: ${f.returns}`];
    }),
  );
}

function columnsSection(): string {
  return table(
    ["Column", "Required", "Blank means", "Meaning"],
    COLUMNS.map((c) => [c.header, c.required ? "yes" : "", c.required ? "" : c.default === "" ? "(none)" : `\`${c.default}\``, c.help]),
  );
}

function presetsSection(): string {
  return PRESETS.map((p) => {
    const lines = [
      `#### ${p.company} (\`${p.id}\`)`,
      "",
      `${p.document}; text: \`../shared/charters/${p.source}\`. ${p.summary}`,
      "",
      "Numbers the charter does not state (inputs; change them with `--set` or in the table):",
      "",
      table(
        ["Cell", "Value", "Why"],
        p.inputs.map((i) => [`\`${i.cell}\``, i.value, i.why]),
      ),
      "",
      "Readings of unclear or silent clauses:",
      "",
      table(
        ["Clause", "Question", "Reading taken", "Why"],
        p.readings.map((r) => [r.clause, r.question, r.reading, r.why]),
      ),
    ];
    return lines.join("\n");
  }).join("\n\n");
}

export const SECTIONS: Record<string, () => string> = {
  functions: functionsSection,
  columns: columnsSection,
  presets: presetsSection,
};

/** `text` with every generated section rewritten; throws when a section's markers are missing. */
export function renderReadme(text: string): string {
  let out = text;
  for (const [name, make] of Object.entries(SECTIONS)) {
    const open = `<!-- generated:${name} -->`;
    const close = `<!-- /generated:${name} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new Error(`README.md: the markers ${open} ... ${close} are missing`);
    out = `${out.slice(0, a + open.length)}\n${make()}\n${out.slice(b)}`;
  }
  return out;
}

if (require.main === module) {
  const current = readFileSync(README_FILE, "utf8");
  const wanted = renderReadme(current);
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("README.md is out of date: run `npx tsx scripts/readme.ts`");
      process.exit(1);
    }
  } else if (current !== wanted) {
    writeFileSync(README_FILE, wanted);
    console.log("README.md: generated sections rewritten");
  } else {
    console.log("README.md: up to date");
  }
}
