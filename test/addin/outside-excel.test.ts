// taskpane.html opened outside Excel: outside-excel.js runs before functions.js and gives it a no-op
// CustomFunctions, so the page loads without "CustomFunctions is not defined"; where a CustomFunctions
// exists (Excel's runtime) it is left alone and functions.js associates every function with it.
// Runs the built files (npm test builds before jest; alone, run `npm run build` first).
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { createContext, runInContext } from "vm";
import { CATALOGUE } from "../../src/catalogue";

const DIST = resolve(__dirname, "../../dist");
const read = (file: string) => readFileSync(resolve(DIST, file), "utf8");

beforeAll(() => {
  if (!existsSync(resolve(DIST, "outside-excel.js"))) throw new Error("dist/ has not been built: run `npm run build` (npm test does it first)");
});

/** A page's globals: window is the global object, as in a browser. */
function page(globals: Record<string, unknown> = {}): Record<string, unknown> {
  const context = createContext({ ...globals });
  runInContext("var window = this;", context);
  return context;
}

describe("functions.js outside Excel", () => {
  it("taskpane.html loads outside-excel.js deferred, before functions.js", () => {
    const html = read("taskpane.html");
    const guard = /<script[^>]*\bdefer\b[^>]*src=["']?outside-excel\.js/.exec(html);
    const functions = /<script[^>]*\bdefer\b[^>]*src=["']?functions\.js/.exec(html);
    expect([guard !== null, functions !== null]).toEqual([true, true]);
    expect(guard!.index).toBeLessThan(functions!.index);
  });

  it("without CustomFunctions, functions.js throws alone and runs quietly after outside-excel.js", () => {
    expect(() => runInContext(read("functions.js"), page())).toThrow(/CustomFunctions is not defined/);
    const context = page();
    runInContext(read("outside-excel.js"), context);
    expect(() => runInContext(read("functions.js"), context)).not.toThrow();
    expect(context.CustomFunctions).toMatchObject({ outsideExcel: true });
  });

  it("with Excel's CustomFunctions, it is kept and every function is associated with it", () => {
    const associated: string[] = [];
    const runtime = { associate: (id: string) => associated.push(id) };
    const context = page({ CustomFunctions: runtime });
    runInContext(read("outside-excel.js"), context);
    runInContext(read("functions.js"), context);
    expect(context.CustomFunctions).toBe(runtime);
    expect(associated).toEqual(CATALOGUE.map((f) => f.name));
  });
});
