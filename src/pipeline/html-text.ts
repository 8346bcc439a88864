// HTML fragment → plain text, with htmlparser2's tokenizer (HTML mode, entities decoded).
import { Parser } from 'htmlparser2';

/** Longer inputs are cut before parsing: a capped summary never needs more. */
const MAX_HTML_INPUT = 256 * 1024;

/** Elements whose content is never visible text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'head']);

/** Elements that separate words even when the markup has no whitespace around them. */
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Collapse every run of whitespace (incl. NBSP, line separators, controls) to one space; drop zero-width characters. */
export function collapseWhitespace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

/** Cut at a word boundary near `max` characters, marking the cut with an ellipsis. */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.8) cut = cut.slice(0, space);
  // Do not leave half of a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Plain text of an HTML fragment: tags dropped, entities decoded, script/style content
 * skipped, block boundaries kept as spaces, whitespace collapsed. Text that is not HTML passes
 * through unchanged apart from entity decoding and whitespace.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  if (!html.includes('<') && !html.includes('&')) return collapseWhitespace(html);
  const input = html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html;
  const parts: string[] = [];
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BREAKS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BREAKS.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (skipDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(input);
  return collapseWhitespace(parts.join(''));
}
