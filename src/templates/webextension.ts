// The add-in comes with the file: a web extension part naming the Charter Functions add-in (by its
// manifest Id) and a task pane part that opens it when the workbook opens ("Automatically open a task
// pane with a document", Microsoft's Office Add-ins docs; [MS-OWEXML] for the markup). Parts:
//   xl/webextensions/webextension1.xml  <we:webextension> with <we:reference> and the property
//                                       Office.AutoShowTaskpaneWithDocument = true;
//   xl/webextensions/taskpanes.xml      <wetp:taskpanes> with one pane, visibility 1 (open on first open);
//   xl/webextensions/_rels/taskpanes.xml.rels   the pane -> webextension1.xml;
//   _rels/.rels                         the package -> taskpanes.xml (a package-level relationship);
//   [Content_Types].xml                 an override for each part.
// The reference is storeType "Registry", store "developer", id the manifest's <Id>, version its <Version>:
// the docs' row for an add-in registered on the machine for development, which is how a sideloaded
// manifest is known to Excel on Windows (HKCU\...\Office\16.0\Wef\Developer, what office-addin-dev-settings
// writes) and on Mac (the wef folder; Microsoft's sideload tool opens the same "developer" document on
// both). A shared-folder catalogue would need storeType "FileSystem" with that share's path, which
// differs on every machine; the web (Upload My Add-in) has no store type a file can name.
// The add-in's manifest opts in with a ShowTaskpane action whose TaskpaneId is Office.AutoShowTaskpaneWithDocument.

export interface AddinReference {
  /** The manifest's <Id>, a GUID. */
  id: string;
  /** The manifest's <Version>, n.n.n.n. */
  version: string;
}

export const AUTO_SHOW = "Office.AutoShowTaskpaneWithDocument";
export const WEBEXTENSION_PART = "xl/webextensions/webextension1.xml";
export const TASKPANES_PART = "xl/webextensions/taskpanes.xml";
export const TASKPANES_RELS_PART = "xl/webextensions/_rels/taskpanes.xml.rels";
export const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
export const REL_WEBEXTENSION = "http://schemas.microsoft.com/office/2011/relationships/webextension";
export const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";
export const CT_WEBEXTENSION = "application/vnd.ms-office.webextension+xml";

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** The add-in's Id and Version from manifest.xml's text (the <OfficeApp>'s own <Id> and <Version>). */
export function addinOfManifest(xml: string): AddinReference {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const id = /<Id>\s*([^<]*?)\s*<\/Id>/.exec(body)?.[1];
  const version = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(body)?.[1];
  if (!id || !GUID.test(id)) throw new Error(`manifest.xml: <Id> should be a GUID, found ${id === undefined ? "none" : `"${id}"`}`);
  if (!version || !/^[0-9]+(\.[0-9]+){1,3}$/.test(version)) throw new Error(`manifest.xml: <Version> should be n.n.n.n, found ${version === undefined ? "none" : `"${version}"`}`);
  return { id, version };
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** xl/webextensions/webextension1.xml. */
export function webextensionXml(addin: AddinReference): string {
  return (
    XML_HEAD +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{${addin.id.toUpperCase()}}">` +
    `<we:reference id="${addin.id}" version="${addin.version}" store="developer" storeType="Registry"/>` +
    "<we:alternateReferences/>" +
    `<we:properties><we:property name="${AUTO_SHOW}" value="true"/></we:properties>` +
    "<we:bindings/>" +
    '<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>' +
    "</we:webextension>"
  );
}

/** xl/webextensions/taskpanes.xml: one pane docked right, visibility 1 (shown the first time the file opens, after the user trusts the add-in). */
export function taskpanesXml(): string {
  return (
    XML_HEAD +
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
    '<wetp:taskpane dockstate="right" visibility="1" width="350" row="1">' +
    '<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    "</wetp:taskpane></wetp:taskpanes>"
  );
}

/** xl/webextensions/_rels/taskpanes.xml.rels. */
export function taskpanesRelsXml(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_WEBEXTENSION}" Target="webextension1.xml"/>` +
    "</Relationships>"
  );
}
