// Two XML front-ends that build the same small tree, so one mapping serves both:
//   - strictTree: fast-xml-parser (fast; throws on a cut-off document and on external entities);
//   - tolerantTree: htmlparser2's tokenizer in XML mode (never throws; recovers from a bare '&',
//     unclosed or mismatched tags and cut-off downloads, and marks elements the end of the
//     input closed, so a half-downloaded last item can be dropped).
// Neither expands entities beyond what we decode ourselves afterwards (the fixed XML/HTML
// tables in `entities`): DOCTYPE entity declarations are never applied (no billion laughs) and
// external entities are never fetched.
import { decodeHTML } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';

/** Text as it appears in the source: entities still encoded. */
export interface XText {
  t: 'text';
  raw: string;
}
/** The content of a CDATA section (taken literally). */
export interface XCdata {
  t: 'cdata';
  value: string;
}
/** The unparsed inner XML of an element the strict parser did not descend into. */
export interface XRaw {
  t: 'raw';
  xml: string;
}
export interface XEl {
  t: 'el';
  /** Qualified name as written, lower case ("content:encoded"). */
  name: string;
  /** Namespace-resolved name: "atom:link", "dc:date", "rdf:rdf", or the bare local name for RSS / no namespace. */
  key: string;
  /** Attribute values as written (entities still encoded), names lower case. */
  attrs: Record<string, string>;
  kids: XNode[];
  /** False when the input ended before this element was closed (a cut-off download). */
  complete: boolean;
}
export type XNode = XText | XCdata | XRaw | XEl;

/** Elements whose content is text or markup: the strict parser keeps their inner XML as is. */
const TEXT_ELEMENTS = ['title', 'description', 'summary', 'content', 'content:encoded', 'subtitle', 'tagline'];

const strictParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  ignorePiTags: true,
  ignoreDeclaration: true,
  stopNodes: TEXT_ELEMENTS.map((n) => `*.${n}`),
});

type FxpNode = Record<string, unknown>;

function fromFxp(nodes: unknown, out: XNode[]): void {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes as FxpNode[]) {
    for (const [name, value] of Object.entries(node)) {
      if (name === ':@') continue;
      if (name === '#text') {
        if (value != null && value !== '') out.push({ t: 'text', raw: String(value) });
      } else if (name === '#cdata') {
        const parts: XNode[] = [];
        fromFxp(value, parts);
        out.push({ t: 'cdata', value: parts.map((p) => (p.t === 'text' ? p.raw : '')).join('') });
      } else {
        const lower = name.toLowerCase();
        const attrs: Record<string, string> = {};
        const rawAttrs = node[':@'];
        if (rawAttrs && typeof rawAttrs === 'object') {
          for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) attrs[k.toLowerCase()] = v === true ? '' : String(v);
        }
        const el: XEl = { t: 'el', name: lower, key: lower, attrs, kids: [], complete: true };
        if (TEXT_ELEMENTS.includes(name)) {
          // A stop node: its single text child is the raw inner XML.
          const inner = Array.isArray(value) ? (value as FxpNode[]).map((v) => String(v['#text'] ?? '')).join('') : '';
          if (inner) el.kids.push({ t: 'raw', xml: inner });
        } else {
          fromFxp(value, el.kids);
        }
        out.push(el);
      }
    }
  }
}

/** Parse with fast-xml-parser. Throws on input it cannot read. Returns the top-level nodes. */
export function strictTree(xml: string): XNode[] {
  const out: XNode[] = [];
  fromFxp(strictParser.parse(xml) as unknown, out);
  resolveNames(out, DEFAULT_SCOPE);
  return out;
}

/** Parse with htmlparser2 in XML mode. Never throws. Returns the top-level nodes. */
export function tolerantTree(xml: string): XNode[] {
  const root: XEl = { t: 'el', name: '#root', key: '#root', attrs: {}, kids: [], complete: true };
  const stack: XEl[] = [root];
  let atEof = false;
  let inCdata = false;
  const top = (): XEl => stack[stack.length - 1] ?? root;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(attribs)) attrs[k.toLowerCase()] = v;
        const lower = name.toLowerCase();
        const el: XEl = { t: 'el', name: lower, key: lower, attrs, kids: [], complete: true };
        top().kids.push(el);
        stack.push(el);
      },
      onclosetag(_name, isImplied) {
        const el = stack.pop();
        if (el && isImplied && atEof) el.complete = false;
        if (stack.length === 0) stack.push(root);
      },
      ontext(data) {
        const kids = top().kids;
        const last = kids[kids.length - 1];
        if (inCdata) {
          if (last?.t === 'cdata') last.value += data;
          else kids.push({ t: 'cdata', value: data });
        } else if (last?.t === 'text') last.raw += data;
        else kids.push({ t: 'text', raw: data });
      },
      oncdatastart() {
        inCdata = true;
        top().kids.push({ t: 'cdata', value: '' });
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  atEof = true;
  parser.end();
  resolveNames(root.kids, DEFAULT_SCOPE);
  return root.kids;
}

/**
 * Why the strict parser rejected `xml`, with a line number: "XML is malformed at line 3: …".
 * Only called on the failure path (the validator is a second pass over the document).
 */
export function malformedReason(xml: string, fallback: string): string {
  let res: ReturnType<typeof XMLValidator.validate>;
  try {
    res = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  } catch {
    return `XML is malformed: ${fallback}`;
  }
  if (res === true) return `XML is malformed: ${fallback}`;
  const { msg, line } = res.err;
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(msg);
  if (unclosed) {
    // The validator reports tags still open at the end of input like this; say it plainly.
    const names = (unclosed[1] ?? '').match(/"[^"]*"/g) ?? [];
    const last = names[names.length - 1]?.slice(1, -1) ?? '?';
    const lines = xml.split('\n').length;
    return `XML is malformed at line ${lines}: document ends inside <${last}> (cut-off download?)`;
  }
  return `XML is malformed at line ${line}: ${msg}`;
}

// ---- Namespaces ----------------------------------------------------------------------------

/** Namespace URI (lower case, no trailing '/' or '#') → the prefix the mapping uses; '' = RSS. */
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://channel.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
};

type Scope = Record<string, string | undefined>;
const DEFAULT_SCOPE: Scope = { xml: 'xml' };

function knownPrefix(uri: string): string | undefined {
  const clean = uri.trim().toLowerCase().replace(/[/#]+$/, '');
  return KNOWN_NAMESPACES[clean];
}

function resolveNames(nodes: XNode[], scope: Scope): void {
  for (const n of nodes) {
    if (n.t !== 'el') continue;
    let s = scope;
    for (const [k, v] of Object.entries(n.attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (s === scope) s = { ...scope };
        const mapped = knownPrefix(decodeHTML(v));
        // An unknown namespace keeps the literal prefix (tolerant of odd dc/content URIs).
        s[k === 'xmlns' ? '' : k.slice(6)] = mapped ?? (k === 'xmlns' ? '' : k.slice(6));
      }
    }
    const colon = n.name.indexOf(':');
    const prefix = colon === -1 ? '' : n.name.slice(0, colon);
    const local = colon === -1 ? n.name : n.name.slice(colon + 1);
    const ns = s[prefix] ?? prefix;
    n.key = ns ? `${ns}:${local}` : local;
    resolveNames(n.kids, s);
  }
}
