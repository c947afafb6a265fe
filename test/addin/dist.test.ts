// What `npm run build` writes into dist/ (npm test builds before jest; alone, run `npm run build` first).
import { existsSync, readdirSync, readFileSync } from "fs";
import { resolve } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE } from "../../src/catalogue";
import { FUNCTIONS_FILE } from "../../scripts/gen-functions";

const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, "dist");
const read = (file: string) => readFileSync(resolve(DIST, file), "utf8");

beforeAll(() => {
  if (!existsSync(resolve(DIST, "functions.js"))) throw new Error("dist/ has not been built: run `npm run build` (npm test does it first)");
});

describe("dist/ after npm run build", () => {
  it("holds the add-in's files", () => {
    for (const file of ["functions.js", "functions.json", "taskpane.html", "taskpane.js", "taskpane.css", "commands.js", "manifest.xml", "office.js"]) {
      expect([file, existsSync(resolve(DIST, file))]).toEqual([file, true]);
    }
    expect(readdirSync(resolve(DIST, "assets")).sort()).toEqual(readdirSync(resolve(ROOT, "assets")).sort());
  });

  it("functions.json is the metadata of src/functions/functions.ts", async () => {
    const expected = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, false);
    expect(JSON.parse(read("functions.json"))).toEqual(JSON.parse(expected.metadataJson));
  }, 60_000);

  it("functions.js associates every catalogue function with its id", () => {
    const bundle = read("functions.js");
    for (const f of CATALOGUE) expect(bundle).toContain(`CustomFunctions.associate("${f.name}"`);
  });

  it("taskpane.html keeps the CDN office.js for Excel and loads the three bundles (one shared runtime)", () => {
    const html = read("taskpane.html");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    for (const bundle of ["functions.js", "taskpane.js", "commands.js"]) expect(html).toMatch(new RegExp(`<script[^>]*src=["']?${bundle.replace(".", "\\.")}`));
  });

  it("copies manifest.xml as it is and office.js from @microsoft/office-js unchanged", () => {
    expect(read("manifest.xml")).toBe(readFileSync(resolve(ROOT, "manifest.xml"), "utf8"));
    expect(read("office.js")).toBe(readFileSync(require.resolve("@microsoft/office-js/dist/office.js"), "utf8"));
  });

  it("keeps the command's file readers (exceljs, csv-parse: dependencies of `charter` only) out of the add-in's bundles", () => {
    // Strings each library's code holds, minified or not: exceljs's zip paths, csv-parse's error codes.
    const signature = /xl\/workbook\.xml|CSV_QUOTE_NOT_CLOSED/;
    expect(signature.test(readFileSync(resolve(DIST, "workbench", "exceljs.chunk.js"), "utf8"))).toBe(true); // the workbench loads exceljs on purpose
    for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
      expect([file, signature.test(read(file))]).toEqual([file, false]);
    }
  });

  it("keeps HyperFormula (GPL-3.0, tests only) out of every bundle", () => {
    for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js") || f.endsWith(".js.map"))) {
      expect([file, /hyperformula/i.test(read(file))]).toEqual([file, false]);
    }
  });
});
