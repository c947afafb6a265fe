// `npm run templates`: writes templates/<id>.xlsx for each preset and templates/blank.xlsx from the
// layouts in src/templates. `npm run templates -- <dir>` writes them to another directory (the tests do).
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { TEMPLATE_IDS, buildTemplate } from "../src/templates";
import { writeXlsx } from "../src/templates/xlsx";
import { addinOfManifest } from "../src/templates/webextension";

/** The add-in each template names (src/templates/webextension.ts): manifest.xml's Id and Version. */
export const MANIFEST = join(__dirname, "..", "manifest.xml");

/** Writes every template into `dir`; returns the files written. */
export async function writeTemplates(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const addin = addinOfManifest(readFileSync(MANIFEST, "utf8"));
  for (const id of TEMPLATE_IDS) {
    const file = join(dir, `${id}.xlsx`);
    writeFileSync(file, await writeXlsx(buildTemplate(id), addin));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? join(__dirname, "..", "templates"));
  writeTemplates(dir).then(
    (files) => files.forEach((f) => console.log(`wrote ${f}`)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
