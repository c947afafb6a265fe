// The template files: the committed templates/*.xlsx are what the generator writes now (cell for cell),
// every sheet is there, CHARTER formulas are stored as an add-in's functions and as dynamic arrays,
// the chart parts are in the zip, the illustrative cap tables add up to the terms tables, the formulas
// read the tables by structured reference, and the web extension parts bring the add-in with the file.
import { readFileSync } from "fs";
import { join } from "path";
import { MANIFEST } from "../../scripts/templates";
import { addinOfManifest } from "../../src/templates/webextension";
import { allElements, child, parseXml, path } from "../addin/xml";
import { presetTable } from "../../src/presets";
import { cellAddress } from "../../src/sheet/a1";
import { TEMPLATE_IDS } from "../../src/templates";
import { fromFileFormula, toFileFormula } from "../../src/sheet/file-formula";
import { COMMITTED_DIR, generatedDir, readTemplate, type ReadBook } from "./read";
import { termsAddress } from "../helpers/table-address";

const books = new Map<string, { fresh: ReadBook; committed: ReadBook }>();

beforeAll(async () => {
  const dir = await generatedDir();
  for (const id of TEMPLATE_IDS) {
    books.set(id, { fresh: await readTemplate(join(dir, `${id}.xlsx`)), committed: await readTemplate(join(COMMITTED_DIR, `${id}.xlsx`)) });
  }
}, 60_000);

const fresh = (id: string) => books.get(id)!.fresh;
const xml = (book: ReadBook, path: string) => book.zip.file(path)!.async("string");

describe("the committed templates are the generator's output", () => {
  it.each(TEMPLATE_IDS)("%s: same sheets, same formulas, values and cached results in every cell", (id) => {
    const { fresh: a, committed: b } = books.get(id)!;
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    for (const sheet of a.sheets) {
      const other = b.sheet(sheet.name);
      expect([...other.cells.keys()].sort()).toEqual([...sheet.cells.keys()].sort());
      for (const [address, cell] of sheet.cells) expect({ at: `${sheet.name}!${address}`, ...other.cells.get(address) }).toEqual({ at: `${sheet.name}!${address}`, ...cell });
    }
  });
});

describe("sheets", () => {
  it("each preset template has Terms, Cap Table, Waterfall, Conversion, Valuation, Next Round and Notes; MagiNet also By Hand; blank the same seven", () => {
    const seven = ["Terms", "Cap Table", "Waterfall", "Conversion", "Valuation", "Next Round", "Notes"];
    expect(fresh("juniper").sheets.map((s) => s.name)).toEqual(seven);
    expect(fresh("jt-storage").sheets.map((s) => s.name)).toEqual(seven);
    expect(fresh("blank").sheets.map((s) => s.name)).toEqual(seven);
    expect(fresh("maginet").sheets.map((s) => s.name)).toEqual(["Terms", "Cap Table", "Waterfall", "Conversion", "By Hand", "Valuation", "Next Round", "Notes"]);
  });

  it("the Terms sheet starts with the preset's table, cell for cell, and the blank one with every column's header", () => {
    for (const id of ["maginet", "juniper", "jt-storage"]) {
      const t = presetTable(id);
      const cells = fresh(id).sheet("Terms").cells;
      t.header.forEach((h, c) => expect(cells.get(cellAddress(0, c))?.value).toBe(h));
      t.rows.forEach((row, r) => row.forEach((v, c) => expect(cells.get(cellAddress(r + 1, c))?.value ?? null).toBe(v)));
    }
    const blank = fresh("blank").sheet("Terms").cells;
    expect(blank.get("A1")?.value).toBe("Class");
    expect(blank.get("A2")).toBeUndefined(); // no class
  });

  it("the illustrative cap table adds up to each class's Shares in the terms table (read from the file)", () => {
    for (const id of ["maginet", "juniper", "jt-storage"]) {
      const t = presetTable(id);
      const classCol = t.header.indexOf("Class");
      const sharesCol = t.header.indexOf("Shares");
      const cap = fresh(id).sheet("Cap Table").cells;
      const totals = new Map<string, number>();
      for (let r = 4; cap.has(`A${r}`); r++) {
        const cls = String(cap.get(`B${r}`)!.value);
        totals.set(cls, (totals.get(cls) ?? 0) + Number(cap.get(`C${r}`)!.value));
      }
      for (const row of t.rows) expect([row[classCol], totals.get(String(row[classCol]))]).toEqual([row[classCol], row[sharesCol]]);
    }
  });

  it("cells are formulas: LIQPREF, CLASSES, HOLDERPAYOUTS and BREAKPOINTS read the tables by their structured references", () => {
    const w = fresh("maginet").sheet("Waterfall").cells;
    expect(w.get("B4")?.formula).toBe("CHARTER.CLASSES(MagiNet_Terms[#All])");
    expect(w.get("B5")?.formula).toMatch(/^CHARTER\.LIQPREF\(MagiNet_Terms\[#All\],\$A\$5:\$A\$[0-9]+\)$/);
    const formulas = [...w.values()].map((c) => c.formula).filter(Boolean);
    expect(formulas.some((f) => /^CHARTER\.HOLDERPAYOUTS\(MagiNet_Terms\[#All\],Cap_Table\[#All\],\$[A-Z]+\$4\)$/.test(f!))).toBe(true);
    expect(formulas.some((f) => f === "CHARTER.BREAKPOINTS(MagiNet_Terms[#All])")).toBe(true);
    // JT Storage accrues dividends: the formulas read the As of cell of the Terms sheet.
    expect(fresh("jt-storage").sheet("Waterfall").cells.get("B5")?.formula).toMatch(/^CHARTER\.LIQPREF\(JT_Storage_Terms\[#All\],\$A\$5:\$A\$[0-9]+,,Terms!\$B\$[0-9]+\)$/);
    // The cap table's check sums its columns by name.
    expect(fresh("maginet").sheet("Cap Table").cells.get("G4")?.formula).toBe("SUMIF(Cap_Table[Class],$F$4,Cap_Table[Shares])");
  });

  it.each(TEMPLATE_IDS)("%s: no formula reads a table's cells by an absolute range; every CHARTER formula that reads terms names a table that the file declares", (id) => {
    const book = fresh(id);
    const names = book.tables.map((t) => t.name);
    let checked = 0;
    for (const s of book.sheets) {
      for (const [address, c] of s.cells) {
        if (!c.formula?.includes("CHARTER.")) continue;
        checked += 1;
        expect([`${s.name}!${address}`, /Terms!\$A\$1:/.test(c.formula)]).toEqual([`${s.name}!${address}`, false]);
        const used = [...c.formula.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\[/g)].map((m) => m[1]);
        // The Next Round sheet's CLASSES and LIQPREF after the round read the CHARTER.ROUND spill (a spill is no table).
        const readsRound = s.name === "Next Round" && /^CHARTER\.(CLASSES|LIQPREF)\(\$A\$\d+:/.test(c.formula);
        if (!readsRound && !/^CHARTER\.(CONVSHARES|WEIGHTEDAVG|FULLRATCHET|ACCRUEDDIV|DLOM)\(/.test(c.formula)) expect(used.length).toBeGreaterThan(0);
        for (const n of used) expect(names).toContain(n);
      }
    }
    // Every template has CHARTER formulas on its Terms, Waterfall and Conversion sheets: the loop checked some.
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("the file stores a structured reference as typed (MS-XLSX 2.2.2 structure-reference: table-name, then [#All]), the table part its displayName and ref", async () => {
    const book = fresh("maginet");
    const waterfall = await xml(book, `xl/worksheets/sheet${book.sheets.findIndex((s) => s.name === "Waterfall") + 1}.xml`);
    expect(waterfall).toMatch(/<f t="array" ref="B5:F[0-9]+">_xldudf_CHARTER_LIQPREF\(MagiNet_Terms\[#All\],\$A\$5:\$A\$[0-9]+\)<\/f>/);
    // Terms!A1: the header and MagiNet's five classes, one column per header (Class .. Note); the cap table A3:C13,
    // two holders for each of the five classes.
    expect(book.tables).toEqual([
      expect.objectContaining({ name: "MagiNet_Terms", sheet: "Terms", address: termsAddress("maginet") }),
      expect.objectContaining({ name: "Cap_Table", sheet: "Cap Table", address: "A3:C13" }),
    ]);
  });
});

describe("custom functions stored as Excel stores an add-in's functions", () => {
  it("CHARTER.LIQPREF( <-> _xldudf_CHARTER_LIQPREF(, inside a formula and back", () => {
    expect(toFileFormula("SUM(CHARTER.LIQPREF(A1:B2,C1),1)")).toBe("SUM(_xldudf_CHARTER_LIQPREF(A1:B2,C1),1)");
    expect(fromFileFormula("_xldudf_CHARTER_HOLDERPAYOUTS(T,C,E)")).toBe("CHARTER.HOLDERPAYOUTS(T,C,E)");
    expect(toFileFormula('MIN(A1,"CHARTER.X")')).toBe('MIN(A1,"CHARTER.X")');
  });
  it.each(TEMPLATE_IDS)("%s: every CHARTER formula in the file has the _xldudf_ form, none the typed form", (id) => {
    let stored = 0;
    for (const s of fresh(id).sheets) {
      for (const c of s.cells.values()) {
        if (!c.fileFormula) continue;
        expect(c.fileFormula).not.toMatch(/CHARTER\./);
        if (c.formula!.includes("CHARTER.")) {
          expect(c.fileFormula).toMatch(/_xldudf_CHARTER_[A-Z]+\(/);
          stored += 1;
        }
      }
    }
    expect(stored).toBeGreaterThanOrEqual(10);
  });
});

describe("dynamic arrays", () => {
  it.each(TEMPLATE_IDS)("%s: each CHARTER formula's <c> has cm=\"1\" and its <f> t=\"array\" with the spill's ref; xl/metadata.xml is declared", async (id) => {
    const book = fresh(id);
    let anchors = 0;
    const files = Object.keys(book.zip.files).filter((f) => /^xl\/worksheets\/sheet[0-9]+\.xml$/.test(f));
    for (const f of files) {
      const text = await xml(book, f);
      for (const m of text.matchAll(/<c r="([A-Z]+[0-9]+)"([^>]*)><f([^>]*)>([^<]*)<\/f>/g)) {
        const [, , cAttrs, fAttrs, formula] = m;
        if (formula.includes("_xldudf_CHARTER_")) {
          anchors++;
          expect(cAttrs).toContain('cm="1"');
          expect(fAttrs).toMatch(/^ t="array" ref="[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?"$/);
        } else {
          expect(cAttrs).not.toContain("cm=");
        }
      }
    }
    expect(anchors).toBeGreaterThan(5);
    const metadata = await xml(book, "xl/metadata.xml");
    expect(metadata).toContain('<metadataType name="XLDAPR"');
    expect(metadata).toContain('<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>');
    expect(metadata).toContain('<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>');
    expect(await xml(book, "[Content_Types].xml")).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
    expect(await xml(book, "xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"/);
  });

  it("the LIQPREF spill's ref covers one row per exit and one column per class (MagiNet: 5 classes)", () => {
    const w = fresh("maginet").sheet("Waterfall").cells;
    const exits = [...w.keys()].filter((k) => /^A[0-9]+$/.test(k) && Number(k.slice(1)) >= 5).length;
    expect(w.get("B5")?.ref).toBe(`B5:F${4 + exits}`);
    expect(w.get("B4")?.ref).toBe("B4:F4");
  });
});

describe("the chart", () => {
  it.each(["maginet", "juniper", "jt-storage", "blank"])("%s: a scatter chart on the Waterfall sheet, one series per class over the LIQPREF spill", async (id) => {
    const book = fresh(id);
    const sheetIndex = book.sheets.findIndex((s) => s.name === "Waterfall") + 1;
    const sheetXml = await xml(book, `xl/worksheets/sheet${sheetIndex}.xml`);
    const drawingId = /<drawing r:id="(rId[0-9]+)"\/>/.exec(sheetXml)?.[1];
    expect(drawingId).toBeDefined();
    const rels = await xml(book, `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`);
    const drawing = new RegExp(`Id="${drawingId}" Type="[^"]*/drawing" Target="../drawings/(drawing[0-9]+.xml)"`).exec(rels)?.[1];
    expect(drawing).toBeDefined();
    const drawingXml = await xml(book, `xl/drawings/${drawing}`);
    expect(drawingXml).toContain('<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/>');
    const chartPath = /Target="..\/charts\/(chart[0-9]+.xml)"/.exec(await xml(book, `xl/drawings/_rels/${drawing}.rels`))?.[1];
    const chart = await xml(book, `xl/charts/${chartPath}`);
    const types = await xml(book, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/xl/charts/${chartPath}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(types).toContain(`<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(chart).toContain("<c:scatterChart>");
    const w = book.sheet("Waterfall").cells;
    let last = 5;
    while (w.has(`A${last + 1}`)) last++;
    const series = [...chart.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0]);
    const classes = id === "juniper" ? 6 : id === "maginet" ? 5 : id === "jt-storage" ? 2 : 8;
    expect(series).toHaveLength(classes);
    series.forEach((s, j) => {
      const col = String.fromCharCode(66 + j);
      expect(s).toContain(`<c:tx><c:strRef><c:f>Waterfall!$${col}$4</c:f>`);
      expect(s).toContain(`<c:xVal><c:numRef><c:f>Waterfall!$A$5:$A$${last}</c:f>`);
      expect(s).toContain(`<c:yVal><c:numRef><c:f>Waterfall!$${col}$5:$${col}$${last}</c:f>`);
    });
  });
});

describe("the add-in comes with the file (Office's \"automatically open a task pane with a document\")", () => {
  const manifest = parseXml(readFileSync(MANIFEST, "utf8"));
  const manifestId = path(manifest, "Id").text;
  const manifestVersion = path(manifest, "Version").text;

  it("manifest.xml opts in: its task pane button's ShowTaskpane action has the TaskpaneId Office.AutoShowTaskpaneWithDocument", () => {
    const actions = allElements(manifest).filter((e) => e.name === "Action" && e.attributes["xsi:type"] === "ShowTaskpane");
    expect(actions.map((a) => child(a, "TaskpaneId").text)).toEqual(["Office.AutoShowTaskpaneWithDocument"]);
  });

  it("the manifest's Id and Version are read as the manifest states them, and a wrong one is named", () => {
    expect(addinOfManifest(readFileSync(MANIFEST, "utf8"))).toEqual({ id: manifestId, version: manifestVersion });
    expect(() => addinOfManifest("<OfficeApp><Id>not-a-guid</Id><Version>1.0.0.0</Version></OfficeApp>")).toThrow('<Id> should be a GUID, found "not-a-guid"');
    expect(() => addinOfManifest("<OfficeApp><Id>65b800f7-1d6a-44a3-b0b8-73a8b97457fb</Id></OfficeApp>")).toThrow("<Version> should be n.n.n.n, found none");
  });

  it.each(TEMPLATE_IDS)("%s: webextension1.xml names the add-in by the manifest's Id and Version (developer store, Registry) and auto-shows its pane", async (id) => {
    const book = fresh(id);
    const we = parseXml(await xml(book, "xl/webextensions/webextension1.xml"));
    expect(we.name).toBe("we:webextension");
    expect(we.attributes["xmlns:we"]).toBe("http://schemas.microsoft.com/office/webextensions/webextension/2010/11");
    expect(we.attributes.id).toBe(`{${manifestId.toUpperCase()}}`);
    expect(child(we, "we:reference").attributes).toEqual({ id: manifestId, version: manifestVersion, store: "developer", storeType: "Registry" });
    expect(child(child(we, "we:properties"), "we:property").attributes).toEqual({ name: "Office.AutoShowTaskpaneWithDocument", value: "true" });
    expect(we.children.map((c) => c.name)).toEqual(["we:reference", "we:alternateReferences", "we:properties", "we:bindings", "we:snapshot"]);
  });

  it.each(TEMPLATE_IDS)("%s: taskpanes.xml (visible, docked right) points at webextension1.xml; the package's rels and the content types name both parts", async (id) => {
    const book = fresh(id);
    const panes = parseXml(await xml(book, "xl/webextensions/taskpanes.xml"));
    expect(panes.name).toBe("wetp:taskpanes");
    const pane = child(panes, "wetp:taskpane");
    expect(pane.attributes).toMatchObject({ dockstate: "right", visibility: "1" });
    const ref = child(pane, "wetp:webextensionref").attributes["r:id"];
    const paneRels = parseXml(await xml(book, "xl/webextensions/_rels/taskpanes.xml.rels"));
    expect(paneRels.children.find((r) => r.attributes.Id === ref)?.attributes).toEqual({
      Id: ref, Type: "http://schemas.microsoft.com/office/2011/relationships/webextension", Target: "webextension1.xml",
    });
    const root = parseXml(await xml(book, "_rels/.rels"));
    const toPanes = root.children.filter((r) => r.attributes.Type === "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes");
    expect(toPanes.map((r) => r.attributes.Target)).toEqual(["xl/webextensions/taskpanes.xml"]);
    // Relationship ids stay unique in the package's rels (the officeDocument and properties ones are exceljs's).
    const ids = root.children.map((r) => r.attributes.Id);
    expect(new Set(ids).size).toBe(ids.length);
    const types = parseXml(await xml(book, "[Content_Types].xml"));
    const override = (part: string) => types.children.find((o) => o.attributes.PartName === part)?.attributes.ContentType;
    expect(override("/xl/webextensions/webextension1.xml")).toBe("application/vnd.ms-office.webextension+xml");
    expect(override("/xl/webextensions/taskpanes.xml")).toBe("application/vnd.ms-office.webextensiontaskpanes+xml");
  });
});
