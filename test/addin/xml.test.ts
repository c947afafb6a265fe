import { allElements, parseXml, path } from "./xml";

describe("parseXml (the offline manifest check's reader)", () => {
  it("reads elements, attributes, text, entities, CDATA, and skips the declaration and comments", () => {
    const root = parseXml(`<?xml version="1.0"?>\n<!-- c --><a x="1" y='&lt;2&gt;'><b>t &amp; u&#65;&#x42;</b><c/><d><![CDATA[<raw>]]></d></a>`);
    expect(root.name).toBe("a");
    expect(root.attributes).toEqual({ x: "1", y: "<2>" });
    expect(path(root, "b").text).toBe("t & uAB");
    expect(path(root, "d").text).toBe("<raw>");
    expect(allElements(root).map((e) => e.name)).toEqual(["a", "b", "c", "d"]);
  });
  it("refuses mismatched and unclosed tags, naming the place", () => {
    expect(() => parseXml("<a><b></a>")).toThrow("not well-formed XML: </a> closes <b> at line 1");
    expect(() => parseXml("<a>")).toThrow("<a> is not closed");
  });
  it("refuses duplicate attributes, stray ampersands, unknown entities and unquoted values", () => {
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow("attribute x given twice on <a>");
    expect(() => parseXml("<a>Q&A</a>")).toThrow("stray &");
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow("unknown entity &nbsp;");
    expect(() => parseXml("<a x=1/>")).toThrow("expected a quoted value for attribute x");
  });
  it("refuses two roots and text after the root", () => {
    expect(() => parseXml("<a/><b/>")).toThrow("content after the root element");
    expect(() => parseXml("<a/>text")).toThrow("content after the root element");
  });
});
