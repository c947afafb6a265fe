// The offline manifest check (office-addin-manifest validate needs Microsoft's online service): XML
// well-formed, ids unique, every resid defined, one page resid for the shared runtime, https URLs,
// icon files present at the sizes the manifest names, and the namespace the catalogue uses.
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import { NAMESPACE } from "../../src/catalogue";
import { allElements, parseXml, path, type XmlElement } from "./xml";

const ROOT = resolve(__dirname, "../..");
const SERVER = "https://localhost:3000/";
const manifest = parseXml(readFileSync(resolve(ROOT, "manifest.xml"), "utf8"));
const elements = allElements(manifest);
const workbook = path(manifest, "VersionOverrides", "Hosts", "Host");
const resources = path(manifest, "VersionOverrides", "Resources");

/** Resource id -> its DefaultValue (images, URLs and strings). */
const RESOURCES = new Map(
  allElements(resources)
    .filter((e) => e.attributes.id !== undefined)
    .map((e) => [e.attributes.id, e.attributes.DefaultValue] as const),
);

const byType = (type: string): XmlElement => {
  const found = elements.find((e) => e.attributes["xsi:type"] === type);
  if (!found) throw new Error(`no element of xsi:type ${type}`);
  return found;
};
const resid = (el: XmlElement) => el.attributes.resid;

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The file in the repository that an add-in URL serves (assets/ are copied into dist/ as they are). */
function localFile(url: string): string {
  expect(url.startsWith(SERVER)).toBe(true);
  return resolve(ROOT, url.slice(SERVER.length));
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel (Workbook) with a GUID id", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(path(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(path(manifest, "Hosts", "Host").attributes.Name).toBe("Workbook");
    expect(workbook.attributes["xsi:type"]).toBe("Workbook");
  });

  it("asks for the least permission the add-in needs: ReadWriteDocument (the task pane writes tables)", () => {
    expect(path(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("gives every id once", () => {
    const ids = elements.map((e) => e.attributes.id).filter((id): id is string => id !== undefined);
    const twice = ids.filter((id, k) => ids.indexOf(id) !== k);
    expect(twice).toEqual([]);
    expect(ids.length).toBeGreaterThan(10);
  });

  it("defines every resid it uses", () => {
    const used = elements.map(resid).filter((r): r is string => r !== undefined);
    expect(used.filter((r) => !RESOURCES.has(r))).toEqual([]);
  });

  it("runs one shared runtime: SharedRuntime 1.1 and the same page resid in the Runtime, the functions' Page, FunctionFile and the button", () => {
    const sets = path(manifest, "Requirements", "Sets").children;
    expect(sets.find((s) => s.attributes.Name === "SharedRuntime")?.attributes.MinVersion).toBe("1.1");
    const runtime = path(workbook, "Runtimes", "Runtime");
    expect(runtime.attributes.lifetime).toBe("long");
    const page = resid(runtime);
    const functions = byType("CustomFunctions");
    expect(resid(path(functions, "Page", "SourceLocation"))).toBe(page);
    expect(resid(path(workbook, "DesktopFormFactor", "FunctionFile"))).toBe(page);
    expect(resid(path(byType("ShowTaskpane"), "SourceLocation"))).toBe(page);
    // The page is the task pane, which DefaultSettings names too.
    expect(RESOURCES.get(page)).toBe(`${SERVER}taskpane.html`);
    expect(path(manifest, "DefaultSettings", "SourceLocation").attributes.DefaultValue).toBe(`${SERVER}taskpane.html`);
  });

  it("declares the requirement sets the code uses: CustomFunctionsRuntime 1.2 (an error with a message), ExcelApi 1.7 (getActiveCell)", () => {
    const sets = Object.fromEntries(path(manifest, "Requirements", "Sets").children.map((s) => [s.attributes.Name, s.attributes.MinVersion]));
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.7" });
    // The code does use them: a message on CustomFunctions.Error, and the active cell.
    expect(readFileSync(resolve(ROOT, "src/functions/excel.ts"), "utf8")).toMatch(/new CustomFunctions\.Error\([^)]*,/);
    expect(readFileSync(resolve(ROOT, "src/taskpane/excel-port.ts"), "utf8")).toContain("getActiveCell()");
  });

  it("points SupportUrl and Learn more at the help page the build serves, not at the task pane", () => {
    const help = `${SERVER}help.html`;
    expect(path(manifest, "SupportUrl").attributes.DefaultValue).toBe(help);
    expect(RESOURCES.get("GetStarted.LearnMoreUrl")).toBe(help);
    // webpack.config.js copies src/taskpane/help.html to dist/help.html; the page exists and says what it is.
    expect(readFileSync(resolve(ROOT, "webpack.config.js"), "utf8")).toContain('{ from: "src/taskpane/help.html", to: "help.html" }');
    const page = readFileSync(resolve(ROOT, "src/taskpane/help.html"), "utf8");
    expect(page).toContain("<title>Charter Functions: help</title>");
    expect(page).toContain("=CHARTER.LIQPREF(");
  });

  it("declares the custom functions: functions.js, functions.json and the catalogue's namespace", () => {
    const functions = byType("CustomFunctions");
    expect(RESOURCES.get(resid(path(functions, "Script", "SourceLocation")))).toBe(`${SERVER}functions.js`);
    expect(RESOURCES.get(resid(path(functions, "Metadata", "SourceLocation")))).toBe(`${SERVER}functions.json`);
    expect(RESOURCES.get(resid(path(functions, "Namespace")))).toBe(NAMESPACE);
  });

  it("uses https for every URL", () => {
    const urls = [
      ...elements.map((e) => e.attributes.DefaultValue).filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v)),
      ...elements.filter((e) => e.name === "AppDomain").map((e) => e.text),
    ];
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("has every icon file at the size named: IconUrl 32, HighResolutionIconUrl 64, each bt:Image at its size", () => {
    const named: [string, number][] = [
      [path(manifest, "IconUrl").attributes.DefaultValue, 32],
      [path(manifest, "HighResolutionIconUrl").attributes.DefaultValue, 64],
      ...elements
        .filter((e) => e.name === "bt:Image" && e.attributes.size !== undefined)
        .map((e) => [RESOURCES.get(resid(e))!, Number(e.attributes.size)] as [string, number]),
    ];
    expect(new Set(named.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of named) {
      const file = localFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual([size, size]);
    }
  });
});
