/**
 * A small, strict XML reader for checking the add-in manifest offline: elements,
 * attributes, text, comments, the five predefined entities and numeric ones.
 * It throws, with the line, on anything not well-formed (mismatched or unclosed
 * tags, bad attributes, stray '<' or '&', more than one root).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(src: string): XmlElement {
  let i = 0;
  const lineAt = (pos: number): number => src.slice(0, pos).split('\n').length;
  const fail = (msg: string, pos = i): never => {
    throw new Error(`XML line ${lineAt(pos)}: ${msg}`);
  };
  const decode = (s: string, pos: number): string => {
    if (s.includes('<')) fail("'<' in text or attribute", pos);
    return s.replace(/&([^;\s]*);?/g, (m, e: string) => {
      if (!m.endsWith(';')) fail(`'&' not starting an entity`, pos);
      if (e in ENTITIES) return ENTITIES[e];
      const num = /^#(x[0-9a-fA-F]+|\d+)$/.exec(e);
      if (num) return String.fromCodePoint(num[1][0] === 'x' ? parseInt(num[1].slice(1), 16) : Number(num[1]));
      return fail(`unknown entity &${e};`, pos);
    });
  };
  const skipMisc = (): void => {
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i + 4);
        if (end < 0) fail('unclosed comment');
        if (src.slice(i + 4, end).includes('--')) fail("'--' inside a comment");
        i = end + 3;
      } else if (src.startsWith('<?', i)) {
        const end = src.indexOf('?>', i);
        if (end < 0) fail('unclosed processing instruction');
        i = end + 2;
      } else return;
    }
  };

  const element = (): XmlElement => {
    const start = i;
    if (src[i] !== '<') fail('expected an element');
    i++;
    const name = NAME.exec(src.slice(i))?.[0] ?? fail('bad element name');
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '', line: lineAt(start) };
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      if (!ws) fail(`expected whitespace before an attribute in <${name}>`);
      const an = NAME.exec(src.slice(i))?.[0] ?? fail(`bad attribute in <${name}>`);
      i += an.length;
      const eq = /^\s*=\s*(["'])/.exec(src.slice(i)) ?? fail(`attribute ${an} of <${name}> needs a quoted value`);
      i += eq[0].length;
      const close = src.indexOf(eq[1], i);
      if (close < 0) fail(`unclosed value of ${an}`);
      if (an in el.attrs) fail(`attribute ${an} repeated in <${name}>`);
      el.attrs[an] = decode(src.slice(i, close), i);
      i = close + 1;
    }
    for (;;) {
      const lt = src.indexOf('<', i);
      if (lt < 0) fail(`<${name}> (line ${el.line}) is never closed`);
      el.text += decode(src.slice(i, lt), i);
      i = lt;
      if (src.startsWith('<!--', i)) {
        skipComment();
      } else if (src.startsWith('</', i)) {
        i += 2;
        const endName = NAME.exec(src.slice(i))?.[0] ?? fail('bad closing tag');
        if (endName !== name) fail(`</${endName}> closes <${name}> (line ${el.line})`);
        i += endName.length;
        const gt = /^\s*>/.exec(src.slice(i)) ?? fail(`bad closing tag </${endName}`);
        i += gt[0].length;
        el.text = el.text.trim();
        return el;
      } else {
        el.children.push(element());
      }
    }
  };
  const skipComment = (): void => {
    const end = src.indexOf('-->', i + 4);
    if (end < 0) fail('unclosed comment');
    i = end + 3;
  };

  if (src.charCodeAt(0) === 0xfeff) i = 1;
  skipMisc();
  const root = element();
  skipMisc();
  if (i < src.length) fail('content after the root element');
  return root;
}

/** Every element under (and including) `el`, depth first. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}

/** Children with a name, ignoring the namespace prefix ("bt:Image" matches "Image"). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name || c.name.endsWith(`:${name}`));
}

export function child(el: XmlElement, name: string): XmlElement {
  const c = childrenNamed(el, name)[0];
  if (!c) throw new Error(`<${el.name}> (line ${el.line}) has no <${name}>`);
  return c;
}

/** Width and height from a PNG's IHDR chunk; null if the bytes are no PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(sig) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
