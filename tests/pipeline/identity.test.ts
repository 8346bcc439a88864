import { describe, expect, it } from 'vitest';
import { contentHash, normaliseLink, toFeedItem } from '../../src/pipeline/identity.js';

describe('normaliseLink', () => {
  it('lower-cases scheme and host, drops default port and fragment, sorts params', () => {
    expect(normaliseLink('HTTPS://News.Example.ORG:443/World/Story?b=2&a=1#comments')).toBe(
      'https://news.example.org/World/Story?a=1&b=2',
    );
    expect(normaliseLink('http://example.org:80/x')).toBe('http://example.org/x');
    expect(normaliseLink('http://example.org:8080/x')).toBe('http://example.org:8080/x');
  });

  it('removes tracking parameters, so links differing only by them collapse', () => {
    const a = normaliseLink('https://example.org/a?id=7&utm_source=rss&utm_medium=feed&utm_campaign=x');
    const b = normaliseLink('https://example.org/a?utm_source=twitter&id=7&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3');
    const c = normaliseLink('https://example.org/a?id=7&ref=home&cmpid=rss&ocid=msn&UTM_Content=z#top');
    expect(a).toBe('https://example.org/a?id=7');
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(normaliseLink('https://example.org/a?utm_source=rss')).toBe('https://example.org/a');
  });

  it('keeps parameters that identify the page', () => {
    expect(normaliseLink('https://example.org/read.php?id=5&page=2')).toBe('https://example.org/read.php?id=5&page=2');
  });

  it('is undefined for non-http(s) and unparsable links', () => {
    expect(normaliseLink('mailto:desk@example.org')).toBeUndefined();
    expect(normaliseLink('javascript:alert(1)')).toBeUndefined();
    expect(normaliseLink('/relative/path')).toBeUndefined();
    expect(normaliseLink('not a url')).toBeUndefined();
  });
});

describe('contentHash', () => {
  it('is stable under case and whitespace changes, and differs for different text', () => {
    const h = contentHash('Prisoner  Swap\nAgreed', ' Two journalists freed. ');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('prisoner swap agreed', 'two journalists freed.')).toBe(h);
    expect(contentHash('prisoner swap agreed', 'three journalists freed.')).not.toBe(h);
    // title/summary boundary matters
    expect(contentHash('a b', 'c')).not.toBe(contentHash('a', 'b c'));
  });
});

describe('toFeedItem', () => {
  const base = { title: 'Swap agreed', summary: 'Two freed' };

  it('prefers the trimmed guid', () => {
    const item = toFeedItem('wire', { ...base, guid: '  urn:x:1 ', link: 'https://example.org/a' }, 'en');
    expect(item.key).toBe('guid:urn:x:1');
    expect(item.feedId).toBe('wire');
    expect(item.language).toBe('en');
    expect(item.contentHash).toBe(contentHash(base.title, base.summary));
    expect(item.title).toBe('Swap agreed');
  });

  it('falls back to the normalised link when the guid is missing or blank', () => {
    const a = toFeedItem('wire', { ...base, guid: '   ', link: 'https://Example.org/a?utm_source=rss#x' });
    const b = toFeedItem('wire', { ...base, link: 'https://example.org/a?utm_medium=email' });
    expect(a.key).toBe('link:https://example.org/a');
    expect(b.key).toBe(a.key);
    expect(a.language).toBeUndefined();
  });

  it('falls back to a stable content hash when there is no usable link', () => {
    const a = toFeedItem('wire', { ...base, link: 'mailto:x@example.org' });
    const b = toFeedItem('wire', { title: 'swap  AGREED', summary: 'two freed' });
    expect(a.key).toBe(`hash:${contentHash(base.title, base.summary)}`);
    expect(b.key).toBe(a.key);
  });
});
