// Discord text safety: feed and user text is escaped so it cannot ping, fake a mention or a masked link.

const ZWSP = '\u200b';
export const ELLIPSIS = '…';

/** Control characters other than newline and tab; feed text is untrusted. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes markdown and mentions. Backslashes go first so that our own escapes survive; `@everyone`
 * and `@here` get a zero-width space after the `@`, and `<@…>`, `<@&…>`, `<#…>`, `</cmd:…>` and
 * custom emoji `<:x:…>` one after the `<`, which breaks the mention syntax without hiding the text.
 */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/[\\*_~`|>[\]]/g, '\\$&')
    .replace(/^(\s*)(#{1,3}\s|-#\s|[-+]\s|\d+\.\s)/gm, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZWSP}`);
}

/** Plain text for places that do not render markdown (embed author, footer): only mentions are broken. */
export function escapePlain(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZWSP}`);
}

/** An http(s) URL safe to put inside `[text](url)` or an embed url; undefined otherwise. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2_000) return undefined;
  if (!/^https?:\/\/[^\s()<>"'`\\]+$/i.test(url) || !URL.canParse(url)) return undefined;
  return url;
}

/**
 * Cuts already-escaped text to at most `max` characters, ending in "…". Never leaves a dangling
 * escape backslash or half a surrogate pair.
 */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Escapes, then fits. */
export function escapeFit(text: string, max: number): string {
  return fit(escapeText(text), max);
}

/** A markdown link when the URL is safe, otherwise the escaped text alone. */
export function link(text: string, url: string | undefined, maxText = 200): string {
  const label = escapeFit(text.replace(/\s+/g, ' ').trim() || 'link', maxText);
  const safe = safeUrl(url);
  return safe ? `[${label}](${safe})` : label;
}
