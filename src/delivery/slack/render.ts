// Block Kit rendering of briefs and command replies. Every feed or user string goes through escapeText().
import type { types } from '@slack/bolt';
import { briefLabelParts, reportsLine, updatedLine } from '../../brief/present.js';
import type { Brief, BriefSource, Reply, ReplyPart } from '../../core/types.js';

export type Block = types.KnownBlock;

export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextText: 2000,
  fallbackText: 3000,
  sourcesShown: 10,
  linkLabel: 200,
} as const;

const ZWSP = '\u200b';
// Longer links are shown as plain text: a link line must always fit whole in one section.
const MAX_URL = 2000;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * Makes untrusted text inert in mrkdwn: & < > become entities, so no <!channel>, <@U…>, <#C…> or
 * <url|label> can form; bare @channel/@here/@everyone get a zero-width space; control and bidi
 * override characters are dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@(channel|here|everyone)\b/gi, `@${ZWSP}$1`)
  );
}

/** Shortens escaped text to at most `max` characters, never splitting an entity or a surrogate pair. */
export function clip(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = max - 1;
  const amp = escaped.lastIndexOf('&', cut - 1);
  if (amp !== -1 && cut - amp < 5) {
    const semi = escaped.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  const code = escaped.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${escaped.slice(0, cut).trimEnd()}…`;
}

/** A link target Slack cannot misread: http(s), parseable, no | < > or whitespace; & as an entity. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > MAX_URL || /[\s|<>]/.test(url) || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (/[\s|<>]/.test(parsed.href)) return undefined;
  return parsed.href.replace(/&/g, '&amp;');
}

export function link(url: string | undefined, label: string): string {
  const text = clip(escapeText(label), LIMITS.linkLabel) || 'link';
  const href = safeUrl(url);
  return href ? `<${href}|${text}>` : text;
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: clip(escapeText(text), max) || '—', emoji: false };
}

function section(markdown: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(markdown, LIMITS.sectionText) || ' ' } };
}

function context(markdown: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(markdown, LIMITS.contextText) || ' ' }] };
}

/** Escaped lines packed into as few sections as fit; a line too long for one section is clipped. */
function packLines(lines: string[], max = LIMITS.sectionText - 20): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > max ? clip(raw, max) : raw;
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks;
}

export function briefContextLine(brief: Brief): string {
  const parts = [...briefLabelParts(brief), brief.countries.join(', '), `confidence ${brief.confidence.toFixed(2)}`, updatedLine(brief)];
  return parts.filter((p): p is string => Boolean(p)).map(escapeText).join(' · ');
}

function labelled(label: string, body: string): Block {
  const head = `*${label}*\n`;
  return section(head + clip(escapeText(body), LIMITS.sectionText - head.length));
}

function sourceLine(source: BriefSource): string {
  const label = source.title && source.title !== source.feedName ? `${source.feedName}: ${source.title}` : source.feedName;
  return `• ${link(source.url, label)}`;
}

function sourcesBlock(brief: Brief): Block | undefined {
  const { sources } = brief;
  if (sources.length === 0) return undefined;
  let text = `*Sources* (${escapeText(reportsLine(brief))})`;
  let shown = 0;
  for (const source of sources.slice(0, LIMITS.sourcesShown)) {
    const line = sourceLine(source);
    // Room is kept for the "and N more" line so the section never needs clipping mid-link.
    if (text.length + 1 + line.length > LIMITS.sectionText - 40) break;
    text += `\n${line}`;
    shown += 1;
  }
  if (shown < sources.length) text += `\n…and ${sources.length - shown} more`;
  return section(text);
}

export function briefBlocks(brief: Brief): Block[] {
  const blocks: Block[] = [
    { type: 'header', text: plain(brief.headline, LIMITS.headerText) },
    context(briefContextLine(brief)),
    labelled("What's happening", brief.whatsHappening),
  ];
  if (brief.whyItMatters) blocks.push(labelled('Why it matters', brief.whyItMatters));
  if (brief.whatsNext) blocks.push(labelled("What's next", brief.whatsNext));
  const sources = sourcesBlock(brief);
  if (sources) blocks.push(sources);
  return blocks;
}

function briefFallback(brief: Brief): string {
  return `${briefContextLine(brief)}: ${escapeText(brief.headline)} — ${escapeText(brief.whatsHappening)}`;
}

export function renderBrief(brief: Brief): SlackMessage {
  return { text: clip(briefFallback(brief), LIMITS.fallbackText), blocks: briefBlocks(brief) };
}

function partBlocks(part: ReplyPart): Block[] {
  switch (part.kind) {
    case 'text':
      return packLines(escapeText(part.text).split('\n')).map(section);
    case 'fields': {
      const blocks: Block[] = [];
      for (let i = 0; i < part.fields.length; i += LIMITS.fieldsPerSection) {
        const fields = part.fields.slice(i, i + LIMITS.fieldsPerSection).map((f) => {
          const head = `*${clip(escapeText(f.name), 200)}*\n`;
          return { type: 'mrkdwn' as const, text: head + (clip(escapeText(f.value), LIMITS.fieldText - head.length) || '—') };
        });
        blocks.push({ type: 'section', fields });
      }
      return blocks;
    }
    case 'list':
      return packLines(part.items.map((item) => `• ${link(item.url, item.text)}`)).map(section);
    case 'brief':
      return briefBlocks(part.brief);
  }
}

function partFallback(part: ReplyPart): string {
  switch (part.kind) {
    case 'text':
      return escapeText(part.text);
    case 'fields':
      return part.fields.map((f) => `${escapeText(f.name)}: ${escapeText(f.value)}`).join('\n');
    case 'list':
      return part.items.map((i) => `• ${escapeText(i.text)}`).join('\n');
    case 'brief':
      return briefFallback(part.brief);
  }
}

export function renderReply(reply: Reply): SlackMessage {
  const blocks: Block[] = [];
  if (reply.title) blocks.push({ type: 'header', text: plain(reply.title, LIMITS.headerText) });
  reply.parts.forEach((part, i) => {
    if (part.kind === 'brief' && i > 0) blocks.push({ type: 'divider' });
    blocks.push(...partBlocks(part));
  });
  if (reply.error) markAsWarning(blocks);
  const fallback = [reply.title ? escapeText(reply.title) : '', ...reply.parts.map(partFallback)].filter(Boolean).join('\n');
  return {
    text: clip(fallback, LIMITS.fallbackText) || ' ',
    blocks: capBlocks(blocks),
  };
}

function markAsWarning(blocks: Block[]): void {
  const first = blocks.find((b): b is types.SectionBlock => b.type === 'section' && b.text !== undefined);
  if (first?.text) first.text = { type: 'mrkdwn', text: clip(`:warning: ${first.text.text}`, LIMITS.sectionText) };
  else blocks.unshift(context(':warning:'));
}

/** At most 50 blocks: the overflow is replaced by one line saying how much was left out. */
export function capBlocks(blocks: Block[]): Block[] {
  if (blocks.length <= LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, LIMITS.blocks - 1);
  return [...kept, context(`…${blocks.length - kept.length} more not shown`)];
}
