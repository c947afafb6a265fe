// Layering: arrows point down only, over every folder of src.
//   engine  <  presets  <  catalogue, sheet  <  hosts (taskpane, templates, hyperformula, workbench, cli,
//   functions, commands)
// - a file imports only its own layer or a lower one (the catalogue and the sheet layer are side by side
//   and do not import each other);
// - no host imports another host, except the workbench page, whose job is to embed the task pane and the
//   HyperFormula host;
// - the sheet layer and the hosts enter the engine through its entry points (src/engine/index.ts and the
//   index.ts of its folders), never a file inside;
// - the engine imports no package but decimal.js outside its tests (fast-check, fs, path there).
// Tests (*.test.ts) may cross the host lines (a test of one host may build its input with another).
// And test support lives under test/ (test/fixtures, test/helpers): no file under src is imported by tests
// alone, so a test helper cannot creep back into src.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const SRC = path.join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

/** The module specifiers a file imports or re-exports (static `from "..."`, `import("...")`, `require("...")`). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const re = /\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)/gm;
  for (const m of source.matchAll(re)) found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return found;
}

const RANK: Record<string, number> = { engine: 0, presets: 1, catalogue: 2, sheet: 2 };
const HOSTS = ["taskpane", "templates", "hyperformula", "workbench", "cli", "functions", "commands"];
const EMBEDS: Record<string, string[]> = { workbench: ["taskpane", "hyperformula"] };
const ENGINE_TEST_PACKAGES = ["fast-check", "fs", "path"];

const isTest = (f: string) => /\.test\.ts$/.test(f);
const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];
const rank = (folder: string) => RANK[folder] ?? (HOSTS.includes(folder) ? 3 : 99);

/** "file: specifier (why)" for every import in `files` that breaks a rule above. */
export function violations(files: string[], read = (f: string) => fs.readFileSync(f, "utf8")): string[] {
  const bad: string[] = [];
  for (const file of files) {
    const from = folderOf(file);
    for (const spec of importsOf(read(file))) {
      const where = `${path.relative(SRC, file)}: ${spec}`;
      if (!spec.startsWith(".")) {
        if (from === "engine" && spec !== "decimal.js" && !(isTest(file) && ENGINE_TEST_PACKAGES.includes(spec))) {
          bad.push(`${where} (the engine uses no package but decimal.js)`);
        }
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (path.relative(SRC, target).startsWith("..")) {
        if (!isTest(file)) bad.push(`${where} (outside src)`);
        continue;
      }
      const to = folderOf(target);
      if (to === from) continue;
      if (rank(to) > rank(from) || (rank(to) === rank(from) && rank(from) !== 3)) {
        if (!(isTest(file) && from !== "engine")) bad.push(`${where} (${from} may not import ${to})`);
        continue;
      }
      if (rank(to) === 3 && rank(from) === 3 && !(EMBEDS[from] ?? []).includes(to) && !isTest(file)) {
        bad.push(`${where} (no host imports another host)`);
        continue;
      }
      if (to === "engine" && rank(from) >= 2 && from !== "catalogue" && !isTest(file)) {
        const inside = path.relative(path.join(SRC, "engine"), target).split(path.sep);
        const entry =
          inside[0] === "" ||
          inside[inside.length - 1] === "index" ||
          (inside.length === 1 && inside[0] !== "" && fs.existsSync(path.join(target, "index.ts")));
        if (!entry) bad.push(`${where} (enter the engine through an index.ts)`);
      }
    }
  }
  return bad;
}

/** A test file: *.test.ts anywhere, or any file under test/. */
const isTestSupport = (f: string) => isTest(f) || !path.relative(path.join(ROOT, "test"), f).startsWith("..");

/**
 * The files under src that only tests import (directly, or through other such files): test support that
 * belongs under test/. `files` is every file that may import (src, test, bench, scripts); `entries` are
 * files a tool names rather than imports (webpack entries, the command's), not counted.
 */
export function testOnly(files: string[], entries: ReadonlySet<string>, read = (f: string) => fs.readFileSync(f, "utf8")): string[] {
  const known = new Set(files);
  const resolve = (from: string, spec: string) => {
    const target = path.resolve(path.dirname(from), spec);
    return [target, `${target}.ts`, `${target}.js`, path.join(target, "index.ts")].find((f) => known.has(f));
  };
  const importers = new Map<string, string[]>();
  for (const file of files)
    for (const spec of importsOf(read(file))) {
      const target = spec.startsWith(".") ? resolve(file, spec) : undefined;
      if (target && target !== file) importers.set(target, [...(importers.get(target) ?? []), file]);
    }
  const candidates = files.filter((f) => !path.relative(SRC, f).startsWith("..") && !isTest(f) && !entries.has(f) && importers.has(f));
  const only = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const f of candidates)
      if (!only.has(f) && importers.get(f)!.every((i) => isTestSupport(i) || only.has(i))) {
        only.add(f);
        grew = true;
      }
  }
  return [...only].map((f) => path.relative(ROOT, f)).sort();
}

/** The webpack configs' entries ("./src/....ts") and the command's entry (bin/charter.js runs its build). */
function entryFiles(): Set<string> {
  const entries = new Set([path.join(SRC, "cli", "main.ts")]);
  for (const config of ["webpack.config.js", "webpack.workbench.config.js"])
    for (const m of fs.readFileSync(path.join(ROOT, config), "utf8").matchAll(/["']\.\/(src\/[^"']+\.ts)["']/g)) entries.add(path.join(ROOT, m[1]));
  return entries;
}

describe("layering of src", () => {
  // This file lives outside src, so its examples of forbidden imports are never checked.
  const files = sourceFiles(SRC);

  test("reads every folder of src (the check has something to check)", () => {
    const folders = new Set(files.map(folderOf));
    expect([...folders].sort()).toEqual(Object.keys(RANK).concat(HOSTS).sort());
    expect(files.length).toBeGreaterThan(200);
  });

  test("every import points down, no host imports another, hosts enter the engine through its entries", () => {
    expect(violations(files)).toEqual([]);
  });

  test("the check catches each kind of wrong import", () => {
    expect(importsOf("import { presetTable } from \"../../presets\";\nimport type { X } from './x';")).toEqual(["../../presets", "./x"]);
    expect(importsOf('export { a } from "../catalogue";\nconst m = import("../cli/main");\nimport "office-js";\nrequire("./y")')).toEqual([
      "../catalogue",
      "../cli/main",
      "office-js",
      "./y",
    ]);
    const at = (...p: string[]) => path.join(SRC, ...p);
    const cases: [string, string, string][] = [
      [at("engine", "ipo", "bad.ts"), 'import { PRESETS } from "../../presets";', "engine may not import presets"],
      [at("engine", "ipo", "bad.ts"), 'import fc from "fast-check";', "the engine uses no package but decimal.js"],
      [at("presets", "bad.ts"), 'import { call } from "../catalogue";', "presets may not import catalogue"],
      [at("catalogue", "bad.ts"), 'import { a } from "../sheet/a1";', "catalogue may not import sheet"],
      [at("sheet", "bad.ts"), 'import { a } from "../taskpane/pane";', "sheet may not import taskpane"],
      [at("templates", "bad.ts"), 'import { a } from "../taskpane/pane";', "no host imports another host"],
      [at("templates", "bad.ts"), 'import { a } from "../hyperformula";', "no host imports another host"],
      [at("cli", "bad.ts"), 'import { a } from "../engine/terms/parse";', "enter the engine through an index.ts"],
      [at("sheet", "bad.ts"), 'import { a } from "../engine/decimal";', "enter the engine through an index.ts"],
    ];
    for (const [file, source, why] of cases)
      expect(violations([file], () => source)).toEqual([`${path.relative(SRC, file)}: ${source.match(/"([^"]+)"/)![1]} (${why})`]);
    // Allowed: the workbench embeds the task pane and the HyperFormula host; hosts use the engine's entries;
    // an engine test uses fast-check.
    const fine: [string, string][] = [
      [at("workbench", "ok.ts"), 'import { a } from "../taskpane/pane";\nimport { b } from "../hyperformula";'],
      [at("cli", "ok.ts"), 'import { a } from "../engine";\nimport { b } from "../engine/waterfall";\nimport { c } from "../sheet/a1";'],
      [at("engine", "ipo", "ok.test.ts"), 'import fc from "fast-check";\nimport { d } from "../decimal";'],
    ];
    for (const [file, source] of fine) expect(violations([file], () => source)).toEqual([]);
  });

  test("no file under src is imported only by tests (test helpers live in test/fixtures and test/helpers)", () => {
    const everything = ["src", "test", "bench", "scripts"].flatMap((d) => sourceFiles(path.join(ROOT, d)));
    const entries = entryFiles();
    expect([...entries].filter((f) => !fs.existsSync(f))).toEqual([]);
    expect(entries.size).toBeGreaterThanOrEqual(5);
    expect(testOnly(everything, entries)).toEqual([]);
  });

  test("the test-only check catches a helper in src, directly or through another helper", () => {
    const at = (...p: string[]) => path.join(ROOT, ...p);
    const sources: Record<string, string> = {
      [at("src", "engine", "a.ts")]: "export const a = 1;",
      [at("src", "engine", "helper.ts")]: 'import { a } from "./a";',
      [at("src", "engine", "deeper.ts")]: "export const d = 1;",
      [at("src", "engine", "used.ts")]: 'import { d } from "./deeper";',
      [at("src", "engine", "index.ts")]: "export {};",
      [at("src", "engine", "a.test.ts")]: 'import { a } from "./a";\nimport { h } from "./helper";\nimport "./used";\nimport "./index";',
      [at("src", "engine", "product.ts")]: 'import { a } from "./a";\nimport "./index";',
      [at("src", "cli", "main.ts")]: 'import "../engine/product";',
      [at("test", "x.test.ts")]: 'import "../src/engine/deeper";\nimport "../src/engine/index";',
    };
    const only = testOnly(Object.keys(sources), new Set([at("src", "cli", "main.ts")]), (f) => sources[f]);
    // a.ts and index.ts have a product importer; helper, used and (through used) deeper are tests' alone.
    expect(only).toEqual(["src/engine/deeper.ts", "src/engine/helper.ts", "src/engine/used.ts"].map((f) => path.join(...f.split("/"))));
  });
});
