// Limits and helpers shared by the XML and JSON Feed mappings.
import type { ParsedItem } from '../core/types.js';

/** Summaries are cut (at a word boundary, with an ellipsis) beyond this many characters. */
export const MAX_SUMMARY_CHARS = 4000;
/** Titles are cut beyond this many characters. */
export const MAX_TITLE_CHARS = 500;

/** Internal knobs, for the benchmark and tests; production code passes none. */
export interface ParseOptions {
  /**
   * 'tolerant-first' (default): htmlparser2's tokenizer builds the tree; fast-xml-parser's
   * validator only runs when that finds no items, to say where the XML is broken.
   * 'strict-first': fast-xml-parser builds the tree, the tolerant parser is the fallback.
   * Both give identical output on every corpus file fast-xml-parser accepts (bench/README.md).
   */
  strategy?: 'tolerant-first' | 'strict-first';
  /** Keep entries with no title, summary, link or id (normally dropped: nothing to brief). */
  keepEmptyItems?: boolean;
}

/** `ref` made absolute against `base` when possible; undefined for non-web schemes. */
export function resolveUrl(ref: string | undefined, base: string | undefined): string | undefined {
  const r = ref?.trim();
  if (!r) return undefined;
  try {
    const u = base ? new URL(r, base) : new URL(r);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
    return undefined;
  } catch {
    // Relative with nothing to resolve against (or unparsable): keep as given.
    return /^[a-z][a-z0-9+.-]*:/i.test(r) ? undefined : r;
  }
}

/** An absolute http(s) base, or undefined. */
export function absoluteBase(ref: string | undefined, base: string | undefined): string | undefined {
  const u = resolveUrl(ref, base);
  return u && /^https?:/i.test(u) ? u : undefined;
}

export function language(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/** An entry with nothing to show or identify it by is dropped (its key would collide). */
export function hasContent(item: ParsedItem): boolean {
  return Boolean(item.title || item.summary || item.link || item.guid);
}
