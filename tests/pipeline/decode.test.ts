import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes, encodingFromXmlDeclaration } from '../../src/pipeline/decode.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/feeds');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));

// "Привет" in two Cyrillic code pages, "café" in Latin-1.
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const PRIVET_KOI8R = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

describe('decodeFeedBytes', () => {
  it('uses a UTF-8 BOM, strips it, and lets it beat a contradicting header', () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<rss>Привет</rss>')]);
    expect(decodeFeedBytes(body, 'application/rss+xml; charset=windows-1251')).toBe('<rss>Привет</rss>');
  });

  it('uses UTF-16 BOMs (LE and BE)', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'<a>é</a>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'<a>é</a>'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeFeedBytes(le)).toBe('<a>é</a>');
    expect(decodeFeedBytes(be)).toBe('<a>é</a>');
  });

  it('uses the Content-Type charset (windows-1251), quoted or not', () => {
    const body = bytes('<rss><title>', PRIVET_1251, '</title></rss>');
    expect(decodeFeedBytes(body, 'text/xml; charset=windows-1251')).toContain('Привет');
    expect(decodeFeedBytes(body, 'text/xml;charset="Windows-1251"')).toContain('Привет');
    expect(decodeFeedBytes(fixture('windows1251-nodecl.xml'), 'application/xml; charset=cp1251')).toContain(
      'Обмен заключёнными состоялся',
    );
  });

  it('uses the XML declaration when the header names no charset (koi8-r, iso-8859-1)', () => {
    expect(decodeFeedBytes(fixture('koi8r-decl.xml'), 'application/rss+xml')).toContain('Обмен заключёнными состоялся');
    expect(decodeFeedBytes(fixture('rss091.xml'))).toContain('Old school café');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding=\'KOI8-R\'?><t>', PRIVET_KOI8R, '</t>'))).toContain('Привет');
  });

  it('lets the header win over a conflicting XML declaration (RFC 7303 §3, as browsers do)', () => {
    // The server transcoded the body to windows-1251 and said so; the declaration inside still
    // names the original koi8-r. Bytes are 1251 here, so only the header gives the right text.
    const body = bytes('<?xml version="1.0" encoding="koi8-r"?><t>', PRIVET_1251, '</t>');
    expect(decodeFeedBytes(body, 'text/xml; charset=windows-1251')).toContain('Привет');
    expect(decodeFeedBytes(body)).not.toContain('Привет');
  });

  it('skips labels TextDecoder does not know and falls through to the next evidence', () => {
    const body = bytes('<?xml version="1.0" encoding="koi8-r"?><t>', PRIVET_KOI8R, '</t>');
    expect(decodeFeedBytes(body, 'text/xml; charset=x-no-such-charset')).toContain('Привет');
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="bogus-9"?><t>ok</t>'))).toContain('<t>ok</t>');
  });

  it('ignores a UTF-16 label on a body that is plainly single-byte', () => {
    const body = bytes('<?xml version="1.0" encoding="utf-16"?><t>plain</t>');
    expect(decodeFeedBytes(body)).toContain('<t>plain</t>');
    expect(decodeFeedBytes(body, 'text/xml; charset=utf-16')).toContain('<t>plain</t>');
  });

  it('reads JSON as UTF-8 and undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeFeedBytes(new TextEncoder().encode('{"title":"Привет"}'), 'application/feed+json')).toBe('{"title":"Привет"}');
    expect(decodeFeedBytes(bytes('<t>caf', [0xe9], ' ', [0x93], 'q', [0x94], '</t>'))).toBe('<t>café “q”</t>');
  });

  it('parses charset and declaration helpers', () => {
    expect(charsetFromContentType('text/html; charset="UTF-8"; foo=bar')).toBe('utf-8');
    expect(charsetFromContentType('application/xml')).toBeUndefined();
    expect(encodingFromXmlDeclaration(bytes('  <?xml version="1.0" standalone="yes" encoding="ISO-8859-5" ?>'))).toBe('iso-8859-5');
  });
});
