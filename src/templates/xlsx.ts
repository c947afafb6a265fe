// A template workbook to the bytes of an .xlsx file: exceljs writes the cells, tables, styles and notes;
// the parts exceljs cannot write are added to its zip with jszip:
// - each CHARTER formula as a dynamic array: `cm="1"` on its <c>, <f t="array" ref="B5:F44">, and
//   xl/metadata.xml with the XLDAPR cell-metadata type (fDynamic="1") that cm="1" points at, so Excel 365
//   spills it instead of opening it as an implicit-intersection @ formula;
// - charts: xl/charts/chartN.xml (a scatter chart with lines), xl/drawings/drawingN.xml and their rels,
//   the sheet's <drawing r:id>, and the [Content_Types].xml overrides;
// - the add-in: a web extension part naming the Charter Functions add-in and a task pane part that opens
//   it with the file (./webextension.ts).
// A custom function is stored the way Excel saves an add-in's function: CHARTER.LIQPREF( is written
// _xldudf_CHARTER_LIQPREF( (see `toFileFormula`); Excel shows it as CHARTER.LIQPREF once the add-in loads.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress } from "../sheet/a1";
import { INPUT_FILL } from "../sheet/plan";
import { toFileFormula } from "../sheet/file-formula";
import type { Chart, Scalar, Sheet, Style, Workbook } from "./model";
import {
  CT_TASKPANES, CT_WEBEXTENSION, REL_TASKPANES, TASKPANES_PART, TASKPANES_RELS_PART, WEBEXTENSION_PART,
  taskpanesRelsXml, taskpanesXml, webextensionXml, type AddinReference,
} from "./webextension";


/** Zip entries' date, so regenerating an unchanged template changes no byte of its parts' headers. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const REL_METADATA = `${NS_REL}/sheetMetadata`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_METADATA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: Style | undefined): void {
  if (!style) return;
  if (style.input) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(INPUT_FILL) } };
  if (style.bold || style.italic) cell.font = { bold: style.bold, italic: style.italic };
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.wrap) cell.alignment = { wrapText: true, vertical: "top" };
}

const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"];

function cellValue(v: Scalar): ExcelJS.CellValue {
  if (typeof v === "string" && ERRORS.includes(v)) return { error: v as ExcelJS.CellErrorValue["error"] } as ExcelJS.CellErrorValue;
  return v;
}

function formulaResult(v: Scalar | undefined): ExcelJS.CellFormulaValue["result"] {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string" && ERRORS.includes(v)) return { error: v as ExcelJS.CellErrorValue["error"] } as ExcelJS.CellErrorValue;
  return v;
}

/** A spill's rectangle, "B5:F44" (or "B5" for one cell). */
function spillRef(anchor: string, values: Scalar[][]): string {
  const m = /^([A-Z]+)([0-9]+)$/.exec(anchor)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const rows = values.length;
  const cols = Math.max(...values.map((r) => r.length));
  return rows === 1 && cols === 1 ? anchor : `${anchor}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  for (const [col, width] of sheet.widths) ws.getColumn(col + 1).width = width;
  for (const t of sheet.tables) {
    ws.addTable({
      name: t.name,
      ref: cellAddress(t.row, t.col),
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.header.map((name) => ({ name, filterButton: true })),
      rows: t.rows.map((r) => r.map((v) => (v === null ? null : v))) as unknown[][],
    });
  }
  // Spilled values first, so an anchor's own cell and any style on a spilled cell are written over them.
  for (const [address, cell] of sheet.cells) {
    if (!cell.spill) continue;
    const m = /^([A-Z]+)([0-9]+)$/.exec(address)!;
    const anchor = ws.getCell(address);
    cell.spill.forEach((r, i) =>
      r.forEach((v, j) => {
        if (i === 0 && j === 0) return;
        const target = ws.getCell(Number(m[2]) + i, anchor.col + j);
        if (v !== null) target.value = cellValue(v);
      }),
    );
  }
  for (const [address, cell] of sheet.cells) {
    const c = ws.getCell(address);
    if (cell.formula !== undefined) {
      c.value = { formula: toFileFormula(cell.formula), result: formulaResult(cell.result) } as ExcelJS.CellFormulaValue;
    } else if (cell.value !== undefined && cell.value !== null) {
      c.value = cellValue(cell.value);
    }
    applyStyle(c, cell.style);
    if (cell.note) c.note = cell.note;
  }
}

/** The sheet files of the zip by sheet name, from xl/workbook.xml and its rels. */
async function sheetFiles(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id)) out.set(unescapeXml(name), `xl/${targets.get(id)}`);
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** xl/metadata.xml: one cell-metadata record, the dynamic-array property (XLDAPR, fDynamic) that cm="1" refers to. */
export const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

/** Marks each spill anchor of `sheet` in its XML as a dynamic-array formula over its spill's rectangle. */
function markDynamicArrays(xml: string, sheet: Sheet): { xml: string; count: number } {
  let count = 0;
  for (const [address, cell] of sheet.cells) {
    if (!cell.spill || cell.formula === undefined) continue;
    const ref = spillRef(address, cell.spill);
    const pattern = new RegExp(`<c r="${address}"([^>]*)><f>`);
    if (!pattern.test(xml)) throw new Error(`template ${sheet.name}!${address}: no formula cell in the sheet XML`);
    xml = xml.replace(pattern, (_, attrs: string) => `<c r="${address}"${attrs} cm="1"><f t="array" ref="${ref}">`);
    count++;
  }
  return { xml, count };
}

/** exceljs leaves out a cached result of 0: written here, so a viewer that does not recalculate shows 0. */
function addZeroResults(xml: string, sheet: Sheet): string {
  for (const [address, cell] of sheet.cells) {
    if (cell.formula === undefined || cell.result !== 0) continue;
    xml = xml.replace(new RegExp(`(<c r="${address}"[^>]*><f[^>]*>[^<]*</f>)(</c>)`), "$1<v>0</v>$2");
  }
  return xml;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : "";
}

function numCache(values: number[], format: string): string {
  const pts = values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richTitle(text: string, size: number): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** A scatter chart with straight lines and no markers, one series per class. */
export function chartXml(chart: Chart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        `<c:spPr><a:ln w="22225"/></c:spPr><c:marker><c:symbol val="none"/></c:marker>` +
        `<c:xVal><c:numRef><c:f>${escapeXml(s.xRef)}</c:f>${numCache(s.x, "#,##0.00")}</c:numRef></c:xVal>` +
        `<c:yVal><c:numRef><c:f>${escapeXml(s.yRef)}</c:f>${numCache(s.y, "#,##0.00")}</c:numRef></c:yVal>` +
        `<c:smooth val="0"/></c:ser>`,
    )
    .join("");
  const axis = (id: number, cross: number, pos: "b" | "l", title: string, gridlines: boolean) =>
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (gridlines ? "<c:majorGridlines/>" : "") +
    richTitle(title, 1000) +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    richTitle(chart.title, 1400) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="500100"/><c:axId val="500200"/></c:scatterChart>` +
    axis(500100, 500200, "b", chart.xTitle, false) +
    axis(500200, 500100, "l", chart.yTitle, true) +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing that places charts (relationship ids rId1..rIdN) on the sheet. */
export function drawingXml(charts: Chart[]): string {
  const anchors = charts
    .map(
      (c, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${c.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${c.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors}</xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** Adds a relationship to a .rels part (created when absent); returns its id. */
async function addRelationship(zip: JSZip, path: string, type: string, target: string): Promise<string> {
  const existing = zip.file(path) ? await zip.file(path)!.async("string") : relsXml([]);
  const ids = [...existing.matchAll(/Id="rId([0-9]+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  const xml = existing.includes("</Relationships>") ? existing.replace("</Relationships>", `${rel}</Relationships>`) : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
  zip.file(path, xml);
  return id;
}

async function addOverride(zip: JSZip, partName: string, contentType: string): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await zip.file(path)!.async("string");
  if (xml.includes(`PartName="${partName}"`)) return;
  zip.file(path, xml.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`));
}

/** The worksheet's <drawing> goes after the page setup and before legacyDrawing/tableParts/extLst (schema order). */
function insertDrawing(xml: string, id: string): string {
  const tag = `<drawing r:id="${id}"/>`;
  for (const before of ["<legacyDrawing ", "<legacyDrawingHF", "<picture ", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"]) {
    const at = xml.indexOf(before);
    if (at >= 0) return xml.slice(0, at) + tag + xml.slice(at);
  }
  throw new Error("sheet XML without </worksheet>");
}

function freeIndex(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** The .xlsx bytes of a template; with `addin`, the file opens the add-in's task pane when it opens. */
export async function writeXlsx(book: Workbook, addin?: AddinReference): Promise<Buffer> {
  const x = new ExcelJS.Workbook();
  x.creator = "Charter Functions (npm run templates)";
  x.created = FIXED_DATE;
  x.modified = FIXED_DATE;
  x.title = book.title;
  // No fullCalcOnLoad: Excel recalculates a file saved by an older calculation engine (calcId) on open
  // anyway, and a viewer without the add-in (LibreOffice honours the flag) keeps the cached results
  // instead of showing #NAME? everywhere.
  x.calcProperties.fullCalcOnLoad = false;
  for (const sheet of book.sheets) writeSheet(x.addWorksheet(sheet.name), sheet);
  const bytes = await x.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(bytes);
  const files = await sheetFiles(zip);
  let dynamic = 0;
  for (const sheet of book.sheets) {
    const path = files.get(sheet.name);
    if (!path) throw new Error(`template: no part for sheet ${sheet.name}`);
    let xml = await zip.file(path)!.async("string");
    const marked = markDynamicArrays(addZeroResults(xml, sheet), sheet);
    xml = marked.xml;
    dynamic += marked.count;
    if (sheet.charts.length > 0) {
      const d = freeIndex(zip, (n) => `xl/drawings/drawing${n}.xml`);
      const chartIds: string[] = [];
      for (const chart of sheet.charts) {
        const n = freeIndex(zip, (k) => `xl/charts/chart${k}.xml`);
        zip.file(`xl/charts/chart${n}.xml`, chartXml(chart));
        await addOverride(zip, `/xl/charts/chart${n}.xml`, CT_CHART);
        chartIds.push(`../charts/chart${n}.xml`);
      }
      zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(sheet.charts));
      zip.file(`xl/drawings/_rels/drawing${d}.xml.rels`, relsXml(chartIds.map((target, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target }))));
      await addOverride(zip, `/xl/drawings/drawing${d}.xml`, CT_DRAWING);
      const relsPath = path.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");
      const id = await addRelationship(zip, relsPath, REL_DRAWING, `../drawings/drawing${d}.xml`);
      xml = insertDrawing(xml, id);
    }
    zip.file(path, xml);
  }
  if (dynamic > 0) {
    zip.file("xl/metadata.xml", METADATA_XML);
    await addOverride(zip, "/xl/metadata.xml", CT_METADATA);
    await addRelationship(zip, "xl/_rels/workbook.xml.rels", REL_METADATA, "metadata.xml");
  }
  if (addin) {
    zip.file(WEBEXTENSION_PART, webextensionXml(addin));
    zip.file(TASKPANES_PART, taskpanesXml());
    zip.file(TASKPANES_RELS_PART, taskpanesRelsXml());
    await addOverride(zip, `/${WEBEXTENSION_PART}`, CT_WEBEXTENSION);
    await addOverride(zip, `/${TASKPANES_PART}`, CT_TASKPANES);
    await addRelationship(zip, "_rels/.rels", REL_TASKPANES, TASKPANES_PART);
  }
  for (const name of Object.keys(zip.files)) zip.files[name].date = FIXED_DATE;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
