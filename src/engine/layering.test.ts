// Layering: hosts -> catalogue -> engine/presets, arrows pointing down only. The engine imports nothing
// above it (presets, catalogue, hosts) and, outside its tests, no package but decimal.js.
import * as fs from "fs";
import * as path from "path";

const ENGINE = __dirname;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

/** The module specifiers a file imports or re-exports (static `from "..."` and `import("...")`). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

/** Packages the engine's tests and test helpers may use besides decimal.js. */
const TEST_PACKAGES = ["fast-check", "fs", "path"];
const isTestFile = (f: string) => /\.test\.ts$|[/\\](testing|test-[^/\\]*|[^/\\]*fixtures)\.ts$/.test(f);

/** "file: specifier" for every import of an engine file that leaves src/engine or names a package it may not use. */
function violations(files: string[], read = (f: string) => fs.readFileSync(f, "utf8")): string[] {
  const bad: string[] = [];
  for (const file of files) {
    for (const spec of importsOf(read(file))) {
      const where = `${path.relative(ENGINE, file)}: ${spec}`;
      if (spec.startsWith(".")) {
        const target = path.resolve(path.dirname(file), spec);
        if (path.relative(ENGINE, target).startsWith("..")) bad.push(where);
      } else if (spec !== "decimal.js" && !(isTestFile(file) && TEST_PACKAGES.includes(spec))) {
        bad.push(where);
      }
    }
  }
  return bad;
}

describe("layering of src/engine", () => {
  // This file is left out: its examples name forbidden imports on purpose.
  const files = tsFiles(ENGINE).filter((f) => f !== __filename);

  test("reads the engine's files (the check has something to check)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join("terms", "parse.ts")))).toBe(true);
  });

  test("no engine file imports from above the engine; code outside tests imports only decimal.js", () => {
    expect(violations(files)).toEqual([]);
  });

  test("the check catches an import of the presets, the catalogue, a host or a package", () => {
    expect(importsOf('import { presetTable } from "../../presets";\nimport type { X } from \'./x\';')).toEqual(["../../presets", "./x"]);
    expect(importsOf('export { a } from "../catalogue";\nconst m = import("../cli/main");\nimport "office-js";')).toEqual([
      "../catalogue",
      "../cli/main",
      "office-js",
    ]);
    const file = path.join(ENGINE, "ipo", "bad.ts");
    const source = 'import { PRESETS } from "../../presets";\nimport { ok } from "../decimal";\nimport fc from "fast-check";\n';
    expect(violations([file], () => source)).toEqual([`${path.join("ipo", "bad.ts")}: ../../presets`, `${path.join("ipo", "bad.ts")}: fast-check`]);
    // The same imports in a test file: fast-check is allowed there, the presets are not.
    const test = path.join(ENGINE, "ipo", "bad.test.ts");
    expect(violations([test], () => source)).toEqual([`${path.join("ipo", "bad.test.ts")}: ../../presets`]);
  });
});
