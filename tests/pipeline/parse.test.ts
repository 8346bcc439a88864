import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../src/core/errors.js';
import { htmlToText } from '../../src/pipeline/html-text.js';
import { parseFeedDate } from '../../src/pipeline/parse-date.js';
import { parseFeed } from '../../src/pipeline/parse.js';
import { MAX_SUMMARY_CHARS } from '../../src/pipeline/parse-common.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/feeds');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function parseError(body: Uint8Array, contentType?: string): FeedParseError {
  try {
    parseFeed(body, contentType);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    return err as FeedParseError;
  }
  throw new Error('expected a FeedParseError');
}

function rss(items: string, head = ''): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://site.example/</link>${head}${items}</channel></rss>`;
}

describe('parseFeed: formats', () => {
  it('reads RSS 2.0: guid, absolute links, plain-text summary, dates', () => {
    const feed = parseFeed(fixture('rss2.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Example Wire & Co');
    expect(feed.language).toBe('en-gb');
    expect(feed.items).toHaveLength(3);
    const [a, b, c] = feed.items;
    expect(a).toMatchObject({
      guid: 'urn:example:1001',
      link: 'https://news.example.org/world/swap?utm_source=rss&utm_medium=feed#top',
      title: 'Prisoner swap agreed',
      summary: 'Two journalists were freed today.', // tags and <script> dropped, &nbsp; decoded
    });
    expect(a?.publishedAt?.toISOString()).toBe('2025-06-10T09:00:00.000Z'); // EST = -05:00
    // relative link resolved against the channel link; content:encoded used when no description
    expect(b).toMatchObject({
      link: 'https://news.example.org/world/sanctions-lifted',
      title: 'Sanctions lifted on exporters',
      summary: 'Only content here & nothing else.',
    });
    expect(b?.guid).toBeUndefined();
    expect(b?.publishedAt?.toISOString()).toBe('2025-06-11T06:30:00.000Z');
    // a permalink guid doubles as the link; junk dates become undefined
    expect(c).toMatchObject({ guid: 'https://news.example.org/world/permalink-only', link: 'https://news.example.org/world/permalink-only' });
    expect(c?.publishedAt).toBeUndefined();
  });

  it('reads RSS 1.0 (RDF) with items outside the channel', () => {
    const feed = parseFeed(fixture('rss1-rdf.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('RDF site');
    expect(feed.language).toBe('ru');
    expect(feed.items.map((i) => i.title)).toEqual(['First RDF item', 'Second RDF item']);
    expect(feed.items[0]).toMatchObject({ link: 'https://rdf.example.org/a', summary: 'First description' });
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('reads RSS 0.91 in ISO-8859-1 with a DOCTYPE', () => {
    const feed = parseFeed(fixture('rss091.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Old school café');
    expect(feed.items).toEqual([
      { title: 'Ninety-one', link: 'http://old.example.com/91.html', summary: 'An item from 1999 & later' },
    ]);
  });

  it('reads Atom 1.0: xml:base, alternate link, html title, xhtml summary, published date', () => {
    const feed = parseFeed(fixture('atom10.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Atom <example>');
    expect(feed.language).toBe('uk');
    const [a, b] = feed.items;
    expect(a).toMatchObject({
      guid: 'tag:atom.example.net,2025:1',
      link: 'https://atom.example.net/blog/2025/03/release.html',
      title: 'Release confirmed',
      summary: 'An XHTML summary.',
    });
    expect(a?.publishedAt?.toISOString()).toBe('2025-03-01T08:00:00.000Z');
    expect(b).toMatchObject({ link: 'https://other.example.net/x/y.html', summary: 'Only content' });
    expect(b?.publishedAt?.toISOString()).toBe('2025-03-02T10:00:00.000Z'); // falls back to <updated>
  });

  it('reads Atom 0.3', () => {
    const feed = parseFeed(fixture('atom03.xml'));
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:old-atom.example.com,2004:1',
      link: 'http://old-atom.example.com/2004/12/13/entry',
      title: 'Atom 0.3 entry',
      summary: 'Summary text',
    });
    expect(feed.items[0]?.publishedAt?.toISOString()).toBe('2004-12-13T12:29:29.000Z');
  });

  it('reads JSON Feed 1.1 (string and numeric ids, relative url, summary over content)', () => {
    const feed = parseFeed(fixture('feed.json'), 'application/feed+json');
    expect(feed).toMatchObject({ format: 'json', title: 'JSON example', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      guid: 'j1',
      link: 'https://json.example.org/posts/1',
      title: 'Amnesty announced',
      summary: 'Hundreds released & pardoned.',
    });
    expect(feed.items[1]).toMatchObject({ guid: '2', link: 'https://elsewhere.example.com/story', summary: 'A short summary' });
    expect(feed.items[1]?.publishedAt?.toISOString()).toBe('2025-05-02T09:00:00.000Z');
  });

  it('decodes with the Content-Type charset and the XML declaration', () => {
    expect(parseFeed(fixture('koi8r-decl.xml')).items[0]?.title).toBe('Обмен заключёнными состоялся');
    expect(parseFeed(fixture('windows1251-nodecl.xml'), 'text/xml; charset=windows-1251').title).toBe('Новости');
  });
});

describe('parseFeed: broken input', () => {
  it('still yields items when the text has bare ampersands', () => {
    const feed = parseFeed(fixture('bare-ampersand.xml'));
    expect(feed.title).toBe('Q&A Daily');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ title: 'AT&T and B&Q sanctions', link: 'https://amp.example.org/a?x=1&y=2', summary: 'Tom & Jerry' });
  });

  it('yields the complete items before the cut of a truncated download, and drops the cut one', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<item><title>Item ${i}</title><link>https://site.example/${i}</link><description>Body ${i}</description></item>`).join('\n');
    const full = rss(items);
    const cutInsideThird = full.slice(0, full.indexOf('Body 2') + 3);
    expect(parseFeed(utf8(cutInsideThird)).items.map((i) => i.title)).toEqual(['Item 0', 'Item 1']);
    const cutAfterSecond = full.slice(0, full.indexOf('<item><title>Item 2'));
    expect(parseFeed(utf8(cutAfterSecond)).items.map((i) => i.title)).toEqual(['Item 0', 'Item 1']);
    const cutInTag = full.slice(0, full.indexOf('</title><link>https://site.example/3') + 4);
    expect(parseFeed(utf8(cutInTag)).items).toHaveLength(3);
  });

  it('recovers from a mismatched closing tag', () => {
    const feed = parseFeed(utf8(rss('<item><title>One</title><link>https://site.example/1</link></itme><item><title>Two</title></item>')));
    expect(feed.items.map((i) => i.title)).toContain('One');
  });

  it('rejects an HTML page with a clear message', () => {
    expect(parseError(fixture('html-page.html'), 'text/html').message).toBe('not a feed: HTML page');
    expect(parseError(utf8('<html><body><p>hi</p></body></html>')).message).toBe('not a feed: HTML page');
  });

  it('explains empty, malformed, JSON and unknown documents', () => {
    expect(parseError(new Uint8Array()).message).toBe('empty body');
    expect(parseError(utf8('  \n\t ')).message).toBe('empty body');
    expect(parseError(utf8('<?xml version="1.0"?>\n<rss>\n<channel><title>x</ti\n')).message).toMatch(/^XML is malformed at line \d+: /);
    expect(parseError(utf8('<rss version="2.0">\n<channel>\n<title>a</title></rss>\n<x>')).message).toMatch(/^XML is malformed at line 3: /);
    expect(parseError(utf8('{"version":"https://jsonfeed.org/version/1.1","title":"x"}')).message).toBe('JSON Feed missing items');
    expect(parseError(utf8('{"version": "https://jsonfeed.org/version/1", ')).message).toMatch(/^JSON is malformed: /);
    expect(parseError(utf8('{"hello":"world"}')).message).toMatch(/^not a feed: JSON/);
    expect(parseError(utf8('<?xml version="1.0"?><opml version="2.0"><body/></opml>')).message).toBe('not a feed: XML root element is <opml>');
    expect(parseError(utf8('Service Unavailable')).message).toMatch(/^not a feed: body is neither XML nor JSON/);
  });

  it('returns an empty feed for a well-formed feed without items', () => {
    expect(parseFeed(utf8(rss(''))).items).toEqual([]);
  });

  it('does not expand entity declarations (billion laughs) and is fast', () => {
    const t0 = performance.now();
    const feed = parseFeed(fixture('billion-laughs.xml'));
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(500);
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0];
    expect(item?.title).toBe('&lol9;');
    expect((item?.title.length ?? 0) + (item?.summary.length ?? 0) + (feed.title?.length ?? 0)).toBeLessThan(100);
    expect(JSON.stringify(feed)).not.toContain('lollol');
  });

  it('never reads external entities', () => {
    const feed = parseFeed(fixture('external-entity.xml'));
    expect(JSON.stringify(feed)).not.toContain('root:');
    expect(feed.items[0]?.title).toBe('Leak &xxe;');
  });
});

describe('parseFeed: text fields', () => {
  it('caps long summaries near 4,000 characters at a word boundary', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const feed = parseFeed(utf8(rss(`<item><title>Long</title><description>${long}</description></item>`)));
    const summary = feed.items[0]?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(summary.length).toBeGreaterThan(MAX_SUMMARY_CHARS * 0.8);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).toMatch(/word\d+…$/);
  });

  it('prefers description, then summary, then content', () => {
    const feed = parseFeed(
      utf8(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>t</title><content>content</content><summary>summary</summary></entry></feed>`),
    );
    expect(feed.items[0]?.summary).toBe('summary');
  });

  it('drops entries with nothing to show', () => {
    const feed = parseFeed(utf8(rss('<item><category>x</category></item><item><title>kept</title></item>')));
    expect(feed.items.map((i) => i.title)).toEqual(['kept']);
  });
});

describe('htmlToText', () => {
  it('strips markup, decodes entities, skips scripts and collapses whitespace', () => {
    expect(htmlToText('<p>Hello&nbsp;<b>world</b></p><p>again &amp; &#8220;again&#8221;</p><style>p{}</style><script>x()</script>')).toBe(
      'Hello world again & “again”',
    );
    expect(htmlToText('one<br>two<li>three</li>')).toBe('one two three');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('')).toBe('');
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0200', '2003-06-10T02:00:00.000Z'],
    ['10 Jun 03 04:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['Wed, 10 Jun 2003 04:00:00 EDT', '2003-06-10T08:00:00.000Z'], // wrong weekday: ignored
    ['Tue, 10 June 2003 04:00:00 MSK', '2003-06-10T01:00:00.000Z'],
    ['2003-06-10T04:00:00Z', '2003-06-10T04:00:00.000Z'],
    ['2003-06-10T04:00:00.123+05:30', '2003-06-09T22:30:00.123Z'],
    ['2003-06-10 04:00:00', '2003-06-10T04:00:00.000Z'],
    ['2003-06-10', '2003-06-10T00:00:00.000Z'],
    ['20030610T040000Z', '2003-06-10T04:00:00.000Z'],
    ['June 10, 2003 4:00 PM', '2003-06-10T16:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseFeedDate(text)?.toISOString()).toBe(iso);
  });

  it.each(['', 'soon', '1', '32 Jun 2003', '2003-13-01', 'Tue, 10 Foo 2003 04:00:00 GMT', '0000-00-00 00:00:00'])(
    'rejects %j',
    (text) => {
      expect(parseFeedDate(text)).toBeUndefined();
    },
  );
});
