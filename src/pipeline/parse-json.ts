// JSON Feed 1.0 / 1.1 → ParsedFeed.
import { FeedParseError } from '../core/errors.js';
import type { ParsedFeed, ParsedItem } from '../core/types.js';
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

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function parseJsonFeed(doc: string, options: ParseOptions): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(doc);
  } catch (err) {
    throw new FeedParseError(`JSON is malformed: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new FeedParseError('not a feed: JSON document is not an object');
  }
  const obj = data as Record<string, unknown>;
  const version = str(obj.version);
  const isJsonFeed = version !== undefined && /jsonfeed\.org|^1(\.\d+)?$/i.test(version);
  if (!isJsonFeed && !('items' in obj)) {
    throw new FeedParseError('not a feed: JSON document without a JSON Feed "version"');
  }
  if (!Array.isArray(obj.items)) throw new FeedParseError('JSON Feed missing items');

  const base = absoluteBase(str(obj.home_page_url), undefined) ?? absoluteBase(str(obj.feed_url), undefined);
  const items: ParsedItem[] = [];
  for (const raw of obj.items as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const it = raw as Record<string, unknown>;
    const title = capText(htmlToText(str(it.title) ?? ''), MAX_TITLE_CHARS);
    const summarySource = [str(it.summary), str(it.content_text)].find(Boolean);
    const summary = capText(
      summarySource !== undefined ? collapseWhitespace(summarySource) : htmlToText(str(it.content_html) ?? ''),
      MAX_SUMMARY_CHARS,
    );
    const item: ParsedItem = { title, summary };
    const guid = str(it.id);
    if (guid) item.guid = guid;
    const link = resolveUrl(str(it.url), base) ?? resolveUrl(str(it.external_url), base);
    if (link) item.link = link;
    const date = parseFeedDate(str(it.date_published)) ?? parseFeedDate(str(it.date_modified));
    if (date) item.publishedAt = date;
    if (options.keepEmptyItems || hasContent(item)) items.push(item);
  }
  const feed: ParsedFeed = { format: 'json', items };
  const title = str(obj.title);
  if (title) feed.title = capText(collapseWhitespace(title), MAX_TITLE_CHARS);
  const lang = language(str(obj.language));
  if (lang) feed.language = lang;
  return feed;
}
