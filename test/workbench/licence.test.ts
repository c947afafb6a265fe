// Licences said plainly: the workbench bundles HyperFormula (GPL-3.0) and is a development tool outside the
// MIT add-in; the page and the README say so, and the add-in's build keeps refusing HyperFormula.
import { readFileSync } from "fs";
import { resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const read = (f: string) => readFileSync(resolve(ROOT, f), "utf8");

describe("licences", () => {
  it("the add-in is MIT and HyperFormula a devDependency pinned exactly, GPL-3.0 by its own package", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.license).toBe("MIT");
    expect(pkg.dependencies.hyperformula).toBeUndefined();
    expect(pkg.devDependencies.hyperformula).toMatch(/^\d+\.\d+\.\d+$/);
    expect(JSON.parse(read("node_modules/hyperformula/package.json")).license).toMatch(/GPL-3\.0/);
  });

  it("the workbench page says it bundles HyperFormula under GPL-3.0 and is not part of the MIT add-in", () => {
    const page = read("src/workbench/index.html").replace(/\s+/g, " ");
    expect(page).toContain("A development tool, not part of the add-in");
    expect(page).toContain("GNU GPL v3.0");
    expect(page).toContain("MIT-licensed");
  });

  it("the README says the same", () => {
    const readme = read("README.md").replace(/\s+/g, " ");
    expect(readme).toContain("The add-in (everything Excel loads: `dist/` without `dist/workbench/`) is MIT");
    expect(readme).toContain("HyperFormula, which is licensed under GPL-3.0");
  });

  it("the add-in's build still refuses HyperFormula", () => {
    const config = read("webpack.config.js");
    expect(config).toContain("HyperFormula must not enter the add-in bundle (GPL-3.0)");
    expect(config).toMatch(/plugins: \[[\s\S]*new NoHyperFormulaPlugin\(\)/);
  });
});
