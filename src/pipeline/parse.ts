// Feed body (bytes) → ParsedFeed: RSS 0.9x / 1.0 (RDF) / 2.0, Atom 0.3 / 1.0, JSON Feed 1.0 / 1.1.
//
// Shape (chosen by bench/parsers.ts, numbers in bench/README.md): decode the bytes ourselves,
// then build a small tree with htmlparser2's tokenizer in XML mode — the fastest candidate and
// the one that recovers from a bare '&', mismatched tags and cut-off downloads — and map it.
// fast-xml-parser, the strict parser, is consulted only when that finds no items, to tell a
// broken document ("XML is malformed at line 3: …") from a well-formed feed that is empty.
// ('strict-first' — fast-xml-parser first, tolerant fallback — is kept as an option: it gives
// identical items on every corpus file fast-xml-parser accepts, at about twice the tree cost.)
// Both parsers build the same tree (parse-xml.ts), so one mapping below serves both.
import { gunzipSync } from 'node:zlib';
import { decodeHTML } from 'entities';
import { XMLValidator } from 'fast-xml-parser';
import { FeedParseError } from '../core/errors.js';
import type { ParsedFeed, ParsedItem } from '../core/types.js';
import { decodeFeedBytes } from './decode.js';
import { capText, collapseWhitespace, htmlToText } from './html-text.js';
import {
  absoluteBase,
  hasContent,
  language,
  MAX_SUMMARY_CHARS,
  MAX_TITLE_CHARS,
  resolveUrl,
  type ParseOptions,
} from './parse-common.js';
import { parseFeedDate } from './parse-date.js';
import { parseJsonFeed } from './parse-json.js';
import { malformedReason, strictTree, tolerantTree, type XEl, type XNode } from './parse-xml.js';

/** Parse a feed body. Throws FeedParseError (and nothing else) with a readable reason. */
export function parseFeed(body: Uint8Array, contentType?: string, options: ParseOptions = {}): ParsedFeed {
  if (body.length === 0) throw new FeedParseError('empty body');
  if (body[0] === 0x1f && body[1] === 0x8b) body = gunzip(body);
  try {
    return parseFeedText(decodeFeedBytes(body, contentType), contentType, options);
  } catch (err) {
    if (err instanceof FeedParseError) throw err;
    // Anything else is a bug in a parser on strange input; report it as this feed's problem.
    throw new FeedParseError(`parser failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Bodies larger than this after gunzip are refused (the fetcher's own limit applies before). */
const MAX_GUNZIPPED_BYTES = 32 * 1024 * 1024;

/**
 * A gzip file served without Content-Encoding (a "feed.xml.gz", or a server that compressed
 * twice): unpack it, within a size limit, rather than report binary noise.
 */
function gunzip(body: Uint8Array): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(body, { maxOutputLength: MAX_GUNZIPPED_BYTES }));
  } catch (err) {
    const why = err instanceof RangeError ? `larger than ${MAX_GUNZIPPED_BYTES} bytes` : 'corrupt';
    throw new FeedParseError(`not a feed: gzip-compressed body that is ${why}`);
  }
}

/** Parse an already decoded feed document. */
export function parseFeedText(text: string, contentType?: string, options: ParseOptions = {}): ParsedFeed {
  const doc = text.replace(/^[\s\ufeff]+/, '');
  if (!doc) throw new FeedParseError('empty body');
  const first = doc[0];
  if (first === '{' || first === '[') return parseJsonFeed(doc, options);
  if (first !== '<') {
    if (contentType && /json/i.test(contentType)) return parseJsonFeed(doc, options);
    const start = collapseWhitespace(doc.slice(0, 40));
    throw new FeedParseError(`not a feed: body is neither XML nor JSON (starts with "${start}")`);
  }
  if (looksLikeHtml(doc)) throw new FeedParseError('not a feed: HTML page');
  return parseXmlFeed(doc, options);
}

// ---- Sniffing ------------------------------------------------------------------------------

/**
 * An HTML page: the first element is <html>, or an HTML doctype is followed by no feed root
 * (some feeds carry a stray XHTML doctype before <rss>).
 */
function looksLikeHtml(doc: string): boolean {
  const head = doc.slice(0, 4096).replace(/^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
  if (/^<html[\s>]/i.test(head)) return true;
  if (!/^<!doctype\s+html/i.test(head)) return false;
  const afterDoctype = head.replace(/^<!doctype[^>]*>(?:\s|<!--[\s\S]*?-->)*/i, '');
  return !/^<(rss|feed|rdf:rdf|channel)[\s>]/i.test(afterDoctype);
}

// ---- XML -----------------------------------------------------------------------------------

function parseXmlFeed(xml: string, options: ParseOptions): ParsedFeed {
  let strictError: string | undefined;
  let strict: ParsedFeed | undefined;
  if (options.strategy === 'strict-first') {
    try {
      strict = mapDocument(strictTree(xml), options);
      if (strict && strict.items.length > 0) return strict;
    } catch (err) {
      strictError = err instanceof Error ? err.message : String(err);
    }
  }
  const tree = tolerantTree(xml);
  const tolerant = mapDocument(tree, options);
  if (tolerant && tolerant.items.length > (strict?.items.length ?? 0)) return tolerant;
  if (strict) return strict;
  // No items (or no feed at all): is the XML broken? The validator says where.
  if (strictError === undefined) {
    const verdict = validate(xml);
    if (verdict !== true) strictError = verdict;
  }
  const root = rootElement(tree);
  if (root && (root.key === 'html' || root.key === 'xhtml:html')) throw new FeedParseError('not a feed: HTML page');
  if (strictError !== undefined) throw new FeedParseError(malformedReason(xml, strictError));
  if (tolerant) return tolerant; // a well-formed feed that simply has no entries
  if (!root) throw new FeedParseError('not a feed: no XML element found');
  throw new FeedParseError(`not a feed: XML root element is <${root.name}>`);
}

/** True when the document is well-formed XML, else the validator's complaint. */
function validate(xml: string): true | string {
  try {
    const res = XMLValidator.validate(xml, { allowBooleanAttributes: true });
    return res === true ? true : res.err.msg;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function rootElement(nodes: XNode[]): XEl | undefined {
  return nodes.find((n): n is XEl => n.t === 'el');
}

/** Map a parsed tree to a feed, or undefined when the root is not a feed element. */
export function mapDocument(nodes: XNode[], options: ParseOptions = {}): ParsedFeed | undefined {
  const root = rootElement(nodes);
  if (!root) return undefined;
  switch (root.key) {
    case 'rss':
    case 'channel':
      return mapRss(root, 'rss', options);
    case 'rdf:rdf':
    case 'rdf':
      return mapRss(root, 'rdf', options);
    case 'feed':
    case 'atom:feed':
      return mapAtom(root, options);
    default:
      return undefined;
  }
}

// ---- Tree helpers --------------------------------------------------------------------------

function kids(el: XEl | undefined, ...keys: string[]): XEl[] {
  if (!el) return [];
  return el.kids.filter((k): k is XEl => k.t === 'el' && keys.includes(k.key));
}

function kid(el: XEl | undefined, ...keys: string[]): XEl | undefined {
  if (!el) return undefined;
  for (const key of keys) {
    const found = el.kids.find((k): k is XEl => k.t === 'el' && k.key === key);
    if (found) return found;
  }
  return undefined;
}

function attr(el: XEl | undefined, name: string): string | undefined {
  const v = el?.attrs[name];
  return v === undefined ? undefined : decodeHTML(v).trim();
}

/** Inner XML of a stop node → the string it stands for: CDATA verbatim, entities decoded elsewhere. */
function rawToString(xml: string): string {
  if (!xml.includes('<![CDATA[')) return decodeHTML(xml);
  let out = '';
  let i = 0;
  while (i < xml.length) {
    const start = xml.indexOf('<![CDATA[', i);
    if (start === -1) {
      out += decodeHTML(xml.slice(i));
      break;
    }
    out += decodeHTML(xml.slice(i, start));
    const end = xml.indexOf(']]>', start + 9);
    out += xml.slice(start + 9, end === -1 ? xml.length : end);
    i = end === -1 ? xml.length : end + 3;
  }
  return out;
}

/** Text content with XML entities decoded (for ids, links, dates). */
function plain(el: XEl | undefined): string {
  if (!el) return '';
  let out = '';
  for (const k of el.kids) {
    if (k.t === 'text') out += decodeHTML(k.raw);
    else if (k.t === 'cdata') out += k.value;
    else if (k.t === 'raw') out += rawToString(k.xml);
    else out += plain(k);
  }
  return out.trim();
}

/**
 * The HTML an element carries: escaped HTML unescaped once, CDATA verbatim, and child
 * elements (inline XHTML) serialised back to markup without their namespace prefixes.
 */
function html(el: XEl): string {
  let out = '';
  for (const k of el.kids) {
    if (k.t === 'text') out += decodeHTML(k.raw);
    else if (k.t === 'cdata') out += k.value;
    else if (k.t === 'raw') out += rawToString(k.xml);
    else {
      const local = k.name.slice(k.name.indexOf(':') + 1);
      out += `<${local}>${html(k)}</${local}>`;
    }
  }
  return out;
}

/** Visible text of a text construct (title, description, summary, content). */
function textOf(el: XEl | undefined, max: number): string {
  if (!el) return '';
  const type = (attr(el, 'type') ?? '').toLowerCase();
  // Atom content that is neither text nor markup (an image, base64) or lives elsewhere (src).
  if (type && !/^(text|html|xhtml)$|^text\/|xml|html/.test(type)) return '';
  if (attr(el, 'mode') === 'base64') return '';
  // An explicit text construct is taken literally ("&lt;b&gt;" is text, not a tag). Without a
  // type, markup is stripped: RSS text is HTML in practice, and so is much untyped Atom.
  if (type === 'text' || type === 'text/plain') return capText(collapseWhitespace(plain(el)), max);
  return capText(htmlToText(html(el)), max);
}

function firstText(max: number, ...els: (XEl | undefined)[]): string {
  for (const el of els) {
    const t = textOf(el, max);
    if (t) return t;
  }
  return '';
}

function firstDate(...els: (XEl | undefined)[]): Date | undefined {
  for (const el of els) {
    const d = parseFeedDate(plain(el));
    if (d) return d;
  }
  return undefined;
}

/** The effective xml:base of `el` given its parent's. */
function baseOf(el: XEl | undefined, parentBase: string | undefined): string | undefined {
  const own = attr(el, 'xml:base');
  if (!own) return parentBase;
  return absoluteBase(own, parentBase) ?? parentBase;
}

function titleOrUndefined(s: string): string | undefined {
  return s ? s : undefined;
}

// ---- Atom links ----------------------------------------------------------------------------

/** The alternate (web page) link among Atom <link> elements. */
function atomAlternate(links: XEl[]): XEl | undefined {
  const rel = (l: XEl) => (attr(l, 'rel') ?? 'alternate').toLowerCase();
  const alternates = links.filter((l) => rel(l) === 'alternate' && attr(l, 'href'));
  return (
    alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html')) ??
    alternates[0] ??
    links.find((l) => !['self', 'edit', 'enclosure', 'replies', 'license', 'hub'].includes(rel(l)) && attr(l, 'href'))
  );
}

// ---- RSS 0.9x / 1.0 / 2.0 -------------------------------------------------------------------

function mapRss(root: XEl, format: 'rss' | 'rdf', options: ParseOptions): ParsedFeed {
  const channel = root.key === 'channel' ? root : kid(root, 'channel');
  const rootBase = baseOf(root, undefined);
  const channelBase = baseOf(channel, rootBase);
  const feedLink =
    absoluteBase(plain(kid(channel, 'link')), channelBase) ??
    absoluteBase(attr(atomAlternate(kids(channel, 'atom:link')), 'href'), channelBase);
  const itemBase = channelBase ?? feedLink;

  const itemEls = root === channel ? kids(channel, 'item') : [...kids(root, 'item'), ...kids(channel, 'item')];
  const items: ParsedItem[] = [];
  for (const it of itemEls) {
    if (!it.complete) continue; // cut off mid-item: the rest of it is missing
    const base = baseOf(it, itemBase);
    const guidEl = kid(it, 'guid');
    const guid = plain(guidEl) || undefined;
    const linkEl = kids(it, 'link').find((l) => plain(l) || attr(l, 'href'));
    let link = linkEl ? resolveUrl(plain(linkEl) || attr(linkEl, 'href'), baseOf(linkEl, base)) : undefined;
    link ??= resolveUrl(attr(atomAlternate(kids(it, 'atom:link')), 'href'), base);
    if (!link && guid && attr(guidEl, 'ispermalink')?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid)) {
      link = guid;
    }
    const media = kid(it, 'media:group');
    const summary = firstText(
      MAX_SUMMARY_CHARS,
      kid(it, 'description'),
      kid(it, 'content:encoded'),
      kid(it, 'atom:summary'),
      kid(it, 'atom:content'),
      kid(it, 'media:description'),
      kid(media, 'media:description'),
      kid(it, 'itunes:summary'),
      kid(it, 'dc:description'),
      kid(it, 'content'),
    );
    const item: ParsedItem = {
      title: firstText(MAX_TITLE_CHARS, kid(it, 'title'), kid(it, 'dc:title'), kid(it, 'atom:title'), kid(it, 'media:title')),
      summary,
    };
    if (guid) item.guid = guid;
    if (link) item.link = link;
    const date = firstDate(
      kid(it, 'pubdate'),
      kid(it, 'dc:date'),
      kid(it, 'atom:published'),
      kid(it, 'atom:updated'),
      kid(it, 'dcterms:issued'),
      kid(it, 'dcterms:created'),
      kid(it, 'dcterms:modified'),
      kid(it, 'date'),
    );
    if (date) item.publishedAt = date;
    if (options.keepEmptyItems || hasContent(item)) items.push(item);
  }

  const feed: ParsedFeed = { format, items };
  const title = titleOrUndefined(textOf(kid(channel, 'title', 'dc:title'), MAX_TITLE_CHARS));
  if (title) feed.title = title;
  const lang = language(plain(kid(channel, 'language', 'dc:language')) || attr(channel, 'xml:lang') || attr(root, 'xml:lang'));
  if (lang) feed.language = lang;
  return feed;
}

// ---- Atom 0.3 / 1.0 ------------------------------------------------------------------------

function a(el: XEl | undefined, ...locals: string[]): XEl | undefined {
  return kid(el, ...locals.flatMap((l) => [`atom:${l}`, l]));
}

function mapAtom(root: XEl, options: ParseOptions): ParsedFeed {
  const rootBase = baseOf(root, undefined);
  const feedLink = absoluteBase(attr(atomAlternate(kids(root, 'atom:link', 'link')), 'href'), rootBase);
  const entryBase = rootBase ?? feedLink;
  const items: ParsedItem[] = [];
  for (const entry of kids(root, 'atom:entry', 'entry')) {
    if (!entry.complete) continue;
    const base = baseOf(entry, entryBase);
    const guid = plain(a(entry, 'id')) || undefined;
    const linkEl = atomAlternate(kids(entry, 'atom:link', 'link'));
    let link = linkEl ? resolveUrl(attr(linkEl, 'href'), baseOf(linkEl, base)) : undefined;
    if (!link && guid && /^https?:\/\//i.test(guid)) link = guid;
    const summaryEl = a(entry, 'summary');
    const contentEl = a(entry, 'content');
    const item: ParsedItem = {
      title: firstText(MAX_TITLE_CHARS, a(entry, 'title')),
      summary: firstText(MAX_SUMMARY_CHARS, summaryEl, contentEl, kid(entry, 'media:description'), kid(kid(entry, 'media:group'), 'media:description')),
    };
    if (guid) item.guid = guid;
    if (link) item.link = link;
    const date = firstDate(
      a(entry, 'published'),
      a(entry, 'issued'),
      a(entry, 'updated'),
      a(entry, 'modified'),
      a(entry, 'created'),
      kid(entry, 'dc:date'),
    );
    if (date) item.publishedAt = date;
    if (options.keepEmptyItems || hasContent(item)) items.push(item);
  }
  const feed: ParsedFeed = { format: 'atom', items };
  const title = titleOrUndefined(textOf(a(root, 'title'), MAX_TITLE_CHARS));
  if (title) feed.title = title;
  const lang = language(attr(root, 'xml:lang') ?? plain(kid(root, 'dc:language')));
  if (lang) feed.language = lang;
  return feed;
}
