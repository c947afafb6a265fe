// A small strict XML reader for the offline manifest check (no network, no dependency): elements,
// attributes, text, comments, CDATA, the XML declaration and the five predefined entities plus
// character references. It throws on anything not well-formed: unclosed or mismatched tags, duplicate
// attributes, a stray "<" or "&", text outside the root, more than one root.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded, trimmed. */
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string, at: () => string): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`stray & ${at()}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const m = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(ref);
    if (m) return String.fromCodePoint(m[1][0] === "x" ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10));
    throw new Error(`unknown entity &${ref}; ${at()}`);
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const at = () => {
    const before = source.slice(0, i);
    return `at line ${before.split("\n").length}, column ${i - before.lastIndexOf("\n")}`;
  };
  const fail = (problem: string): never => {
    throw new Error(`not well-formed XML: ${problem} ${at()}`);
  };
  const skip = (re: RegExp) => {
    const m = re.exec(source.slice(i));
    if (m && m.index === 0) i += m[0].length;
  };
  const readName = (): string => {
    const m = NAME.exec(source.slice(i));
    if (!m) fail("expected a name");
    i += m![0].length;
    return m![0];
  };

  /** Skips comments, processing instructions and white space; with `textOk` false, other text is an error. */
  const skipMisc = () => {
    for (;;) {
      skip(/^\s+/);
      if (source.startsWith("<!--", i)) {
        const end = source.indexOf("-->", i + 4);
        if (end < 0) fail("unclosed comment");
        i = end + 3;
      } else if (source.startsWith("<?", i)) {
        const end = source.indexOf("?>", i + 2);
        if (end < 0) fail("unclosed processing instruction");
        i = end + 2;
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    if (source[i] !== "<") fail("expected <");
    i++;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = /^\s/.test(source.slice(i, i + 1));
      skip(/^\s+/);
      if (source.startsWith("/>", i)) {
        i += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (source[i] === ">") {
        i++;
        break;
      }
      if (!hadSpace) fail(`expected white space before an attribute of <${name}>`);
      const attr = readName();
      skip(/^\s*/);
      if (source[i] !== "=") fail(`expected = after attribute ${attr}`);
      i++;
      skip(/^\s*/);
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`expected a quoted value for attribute ${attr}`);
      const end = source.indexOf(quote, i + 1);
      if (end < 0) fail(`unclosed value of attribute ${attr}`);
      const raw = source.slice(i + 1, end);
      if (raw.includes("<")) fail(`"<" in the value of attribute ${attr}`);
      if (attr in attributes) fail(`attribute ${attr} given twice on <${name}>`);
      attributes[attr] = decode(raw, at);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (i >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith("</", i)) {
        i += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skip(/^\s*/);
        if (source[i] !== ">") fail(`expected > after </${closing}`);
        i++;
        return { name, attributes, children, text: text.trim() };
      }
      if (source.startsWith("<!--", i) || source.startsWith("<?", i)) {
        skipMisc();
      } else if (source.startsWith("<![CDATA[", i)) {
        const end = source.indexOf("]]>", i);
        if (end < 0) fail("unclosed CDATA");
        text += source.slice(i + 9, end);
        i = end + 3;
      } else if (source[i] === "<") {
        children.push(readElement());
      } else {
        const next = source.indexOf("<", i);
        const raw = source.slice(i, next < 0 ? source.length : next);
        text += decode(raw, at);
        i += raw.length;
      }
    }
  };

  if (source.charCodeAt(0) === 0xfeff) i = 1;
  skipMisc();
  if (source.startsWith("<!DOCTYPE", i)) fail("DOCTYPE is not supported");
  const root = readElement();
  skipMisc();
  if (i < source.length) fail("content after the root element");
  return root;
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** The first child of `el` named `name`; throws naming the path when absent. */
export function child(el: XmlElement, name: string): XmlElement {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${el.name}> has no <${name}>`);
  return found;
}

/** Follows a path of child names. */
export function path(el: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, el);
}
