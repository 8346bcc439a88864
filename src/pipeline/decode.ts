// Bytes → string for feed bodies. `res.text()` would assume UTF-8; feeds are often not.
//
// Order of evidence (strongest first), as in RFC 7303 §3 and what browsers do:
//   1. a byte-order mark (UTF-8, UTF-16/32 LE/BE) — the bytes themselves cannot lie about it;
//      likewise UTF-16/32 without a BOM, recognised from "<" as 2/4 bytes (XML 1.0 Appendix F);
//   2. the charset parameter of the Content-Type header (the transport's statement about the
//      bytes; it overrides the document's own declaration, RFC 7303 §3.2);
//   3. the encoding in the XML declaration (`<?xml version="1.0" encoding="koi8-r"?>`);
//   4. UTF-8 (JSON Feed is UTF-8 by definition, RFC 8259; so are most undeclared feeds). When no
//      encoding was declared anywhere and the bytes are not valid UTF-8, windows-1252 is the
//      sane guess (every byte decodes to something readable).
// A label TextDecoder does not know is skipped, so the next source of evidence decides. A
// UTF-16 label on bytes that are plainly single-byte is ignored (it would turn the document
// into CJK noise).

/** Labels seen in the wild that the WHATWG encoding list does not know. */
const LABEL_ALIASES: Record<string, string> = {
  'latin-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  iso8859_1: 'iso-8859-1',
  'win-1251': 'windows-1251',
  win1251: 'windows-1251',
  'cp-1251': 'windows-1251',
  'win-1252': 'windows-1252',
  cp1252: 'windows-1252',
  utf: 'utf-8',
  'utf-8n': 'utf-8',
};

/** The WHATWG encoding name for `label` (or our own UTF-32), or undefined when unknown. */
function encodingFor(label: string | undefined): string | undefined {
  const clean = label?.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!clean) return undefined;
  if (['utf-32', 'utf32', 'ucs-4', 'utf-32be'].includes(clean)) return 'utf-32be';
  if (clean === 'utf-32le') return 'utf-32le';
  try {
    return new TextDecoder(LABEL_ALIASES[clean] ?? clean).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header value, lower case, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2]?.toLowerCase();
}

/** The encoding named in an XML declaration at the start of the bytes (read as ASCII), lower case. */
export function encodingFromXmlDeclaration(body: Uint8Array): string | undefined {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, 1024)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function bomEncoding(body: Uint8Array): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return 'utf-32be';
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return 'utf-32le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** UTF-32 or UTF-16 without a BOM, recognised by "<" encoded as four or two bytes. */
function sniffUtf16(body: Uint8Array): string | undefined {
  if (body.length < 4) return undefined;
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0x00 && body[3] === 0x3c) return 'utf-32be';
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] === 0x00 && body[3] === 0x00) return 'utf-32le';
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00) return 'utf-16be';
  if (body[0] === 0x3c && body[1] === 0x00 && body[3] === 0x00) return 'utf-16le';
  return undefined;
}

/** First non-blank byte and the one after are both non-zero: not UTF-16. */
function looksSingleByte(body: Uint8Array): boolean {
  let i = 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d)) i++;
  return i + 1 < body.length && body[i] !== 0 && body[i + 1] !== 0;
}

function usable(label: string | undefined, body: Uint8Array): string | undefined {
  const enc = encodingFor(label);
  if ((enc?.startsWith('utf-16') || enc?.startsWith('utf-32')) && looksSingleByte(body)) return undefined;
  return enc;
}

/** windows-1252 bytes 0x80–0x9F (undefined ones map to the C1 control of the same value). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 done by hand: Node 20's TextDecoder('windows-1252') (also used for the
 * "iso-8859-1" and "us-ascii" labels) silently drops bytes 0x80–0x9F, losing curly quotes,
 * dashes and the euro sign.
 */
function decodeWindows1252(body: Uint8Array): string {
  const latin1 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** UTF-32, which TextDecoder does not support. A leading BOM is dropped. */
function decodeUtf32(body: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (i === 0 && cp === 0xfeff) continue;
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  if (body.length % 4 !== 0) parts.push('\ufffd');
  return parts.join('');
}

function decodeAs(encoding: string, body: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(body, encoding === 'utf-32le');
  // ignoreBOM: false → a BOM matching the encoding is consumed, not returned as U+FEFF.
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(body);
}

/**
 * Decode a feed body: BOM, then the Content-Type charset, then the XML declaration, then UTF-8
 * (or windows-1252 when nothing was declared and the bytes are not UTF-8). Never throws;
 * undecodable bytes become U+FFFD.
 */
export function decodeFeedBytes(body: Uint8Array, contentType?: string): string {
  const bom = bomEncoding(body) ?? sniffUtf16(body);
  if (bom) return decodeAs(bom, body);

  const headerLabel = charsetFromContentType(contentType);
  const fromHeader = usable(headerLabel, body);
  if (fromHeader) return decodeAs(fromHeader, body);

  const declLabel = encodingFromXmlDeclaration(body);
  const fromDecl = usable(declLabel, body);
  if (fromDecl) return decodeAs(fromDecl, body);

  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    // Declared UTF-8 (or an unknown label) but not valid: keep UTF-8 with U+FFFD for the bad bytes.
    if (headerLabel || declLabel) return new TextDecoder('utf-8').decode(body);
    return decodeWindows1252(body);
  }
}
