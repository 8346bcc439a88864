// Item identity inside a feed: the dedupe key and a hash of the visible text.
import { createHash } from 'node:crypto';
import type { FeedItem, ParsedItem } from '../core/types.js';

/** Query parameters that only say how a reader arrived, never which page it is. Lower case. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'igshid', 'wbraid', 'gbraid',
  'mc_cid', 'mc_eid', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid',
  'icid', 'ito', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'xtor', 'smid', 'sr_share', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'spm', 's_cid', 'guccounter', 'guce_referrer',
  'guce_referrer_sig',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'oly_', 'vero_', '__twitter'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * A canonical form of an http(s) link, for "same article?" comparisons: scheme and host lower
 * case (the URL parser does that, and punycodes the host), default port dropped, fragment
 * dropped, tracking parameters removed, remaining parameters sorted. Undefined for anything
 * that is not an absolute http(s) URL.
 */
export function normaliseLink(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (!u.hostname) return undefined;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  // The hostname is lower-cased by the URL parser; a trailing dot names the same host.
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1);
  return u.toString();
}

function normaliseText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of title and summary with case, Unicode form and whitespace normalised. */
export function contentHash(title: string, summary: string): string {
  return createHash('sha256')
    .update(`${normaliseText(title)}\n${normaliseText(summary)}`)
    .digest('hex');
}

/**
 * Give a parsed item its identity: "guid:" + the trimmed guid when there is one, else
 * "link:" + the normalised link, else "hash:" + the content hash.
 */
export function toFeedItem(feedId: string, item: ParsedItem, language?: string): FeedItem {
  const hash = contentHash(item.title, item.summary);
  const guid = item.guid?.trim();
  const link = item.link ? normaliseLink(item.link) : undefined;
  const key = guid ? `guid:${guid}` : link ? `link:${link}` : `hash:${hash}`;
  const out: FeedItem = { ...item, feedId, key, contentHash: hash };
  if (language) out.language = language;
  return out;
}
