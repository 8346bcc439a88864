// Briefs and replies → Discord embeds, within Discord's size limits, with every feed/user text escaped.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { briefLabelParts, reportsLine, updatedLine } from '../../brief/present.js';
import type { Brief, Reply } from '../../core/types.js';
import { ELLIPSIS, escapeFit, escapePlain, escapeText, fit, link, safeUrl } from './escape.js';

export const LIMITS = {
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  total: 6_000,
  embeds: 10,
  content: 2_000,
} as const;

/** What every message we send carries: no @everyone, no role or user pings, ever. */
export const NO_MENTIONS = { parse: [] as never[] };

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: never[] };
}

const TOPIC_COLOUR: Record<string, number> = { prisoner_release: 0x2e86de, sanctions: 0xd35400 };
const ERROR_COLOUR = 0xc0392b;
const REPLY_COLOUR = 0x7f8c8d;

/** Characters Discord counts towards the 6,000 limit of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Shrinks the largest texts until the embed fits `budget` (descriptions first, then fields, then the title). */
export function shrinkToBudget(embed: APIEmbed, budget: number): APIEmbed {
  const out: APIEmbed = { ...embed, fields: embed.fields?.map((f) => ({ ...f })) };
  let excess = embedLength(out) - budget;
  if (excess <= 0) return out;
  if (out.description) {
    const keep = Math.max(60, out.description.length - excess);
    out.description = fit(out.description, keep);
    excess = embedLength(out) - budget;
  }
  for (const field of [...(out.fields ?? [])].reverse()) {
    if (excess <= 0) break;
    field.value = fit(field.value, Math.max(20, field.value.length - excess));
    excess = embedLength(out) - budget;
  }
  while (excess > 0 && out.fields && out.fields.length > 0) {
    out.fields.pop();
    excess = embedLength(out) - budget;
  }
  if (excess > 0 && out.footer) {
    out.footer = { text: fit(out.footer.text, Math.max(0, out.footer.text.length - excess)) || ELLIPSIS };
    excess = embedLength(out) - budget;
  }
  if (excess > 0 && out.description) {
    out.description = fit(out.description, Math.max(1, out.description.length - excess));
    excess = embedLength(out) - budget;
  }
  if (excess > 0 && out.title) out.title = fit(out.title, Math.max(1, out.title.length - excess));
  return out;
}

function briefLabel(brief: Brief): string {
  return escapePlain([...briefLabelParts(brief), brief.countries.join(' · ')].filter(Boolean).join(' · '));
}

/** Source links, one per line, stopping with "… and N more" before `max` characters. */
function sourceLines(brief: Brief, max: number): string {
  const line = (i: number, withUrl: boolean) => {
    const s = brief.sources[i]!;
    return `${link(s.feedName, undefined, 80)}: ${link(s.title || s.feedName, withUrl ? s.url : undefined, 150)}`;
  };
  const more = (n: number) => `${ELLIPSIS} and ${n} more`;
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < brief.sources.length; i++) {
    const rest = brief.sources.length - i - 1;
    const reserve = rest > 0 ? more(rest).length + 1 : 0;
    let text = line(i, true);
    // A very long URL is dropped rather than cut: a cut link would render as raw markdown.
    if (used + text.length + reserve > max) text = line(i, false);
    if (used + text.length + reserve > max) {
      out.push(i === 0 ? fit(text, max - reserve) : more(brief.sources.length - i));
      if (i === 0 && rest > 0) out.push(more(rest));
      break;
    }
    out.push(text);
    used += text.length + 1;
  }
  return fit(out.join('\n'), max);
}

const HAPPENING = "**What's happening**\n";

/** One brief → one embed of at most `budget` characters (6,000 by default). */
export function renderBriefEmbed(brief: Brief, budget: number = LIMITS.total): APIEmbed {
  const fields: APIEmbedField[] = [];
  if (brief.whyItMatters) fields.push({ name: 'Why it matters', value: escapeFit(brief.whyItMatters, LIMITS.fieldValue) });
  if (brief.whatsNext) fields.push({ name: "What's next", value: escapeFit(brief.whatsNext, LIMITS.fieldValue) });
  if (brief.sources.length > 0) fields.push({ name: fit(escapePlain(`Sources (${reportsLine(brief)})`), LIMITS.fieldName), value: sourceLines(brief, LIMITS.fieldValue) });
  const footer = [`confidence ${brief.confidence.toFixed(2)}`, updatedLine(brief)].filter(Boolean).join(' · ');
  const happening = escapeText(brief.whatsHappening || '');
  const label = briefLabel(brief);
  const embed: APIEmbed = {
    title: escapeFit(brief.headline || 'Brief', LIMITS.title),
    description: happening ? fit(HAPPENING + happening, LIMITS.description) : undefined,
    color: TOPIC_COLOUR[brief.topics[0] ?? ''] ?? REPLY_COLOUR,
    fields: fields.filter((f) => f.value.length > 0),
    footer: { text: fit(footer, LIMITS.footer) },
    timestamp: Number.isNaN(brief.createdAt.getTime()) ? undefined : brief.createdAt.toISOString(),
  };
  if (label) embed.author = { name: fit(label, LIMITS.author) };
  const url = safeUrl(brief.sources.find((s) => s.url)?.url);
  if (url) embed.url = url;
  return shrinkToBudget(embed, Math.min(budget, LIMITS.total));
}

/** A brief as a message ready for POST/PATCH /channels/{id}/messages. */
export function renderBriefMessage(brief: Brief): DiscordMessage {
  return { embeds: [renderBriefEmbed(brief)], allowed_mentions: NO_MENTIONS };
}

/** A plain operational notice, escaped. */
export function renderNotice(text: string): DiscordMessage {
  return { content: escapeFit(text, LIMITS.content), embeds: [], allowed_mentions: NO_MENTIONS };
}

/**
 * A command's Reply → content-less message: one embed for its title, texts, fields and lists, then
 * one embed per brief (at most 10 embeds and 6,000 characters in all; the rest is summarised).
 */
export function renderReply(reply: Reply): DiscordMessage {
  const texts: string[] = [];
  const fields: APIEmbedField[] = [];
  const briefs: Brief[] = [];
  for (const part of reply.parts) {
    if (part.kind === 'text') texts.push(escapeFit(part.text, LIMITS.description));
    else if (part.kind === 'list') texts.push(part.items.map((item) => `• ${link(item.text, item.url, 300)}`).join('\n'));
    else if (part.kind === 'fields') {
      for (const f of part.fields) {
        fields.push({ name: escapeFit(f.name, LIMITS.fieldName) || '\u200b', value: escapeFit(f.value, LIMITS.fieldValue) || '\u200b' });
      }
    } else briefs.push(part.brief);
  }
  const shownBriefs = briefs.slice(0, LIMITS.embeds - 1);
  const hidden = briefs.length - shownBriefs.length;
  const notes = [
    fields.length > LIMITS.fields ? `${fields.length - LIMITS.fields} more fields not shown` : '',
    hidden > 0 ? `${ELLIPSIS} and ${hidden} more briefs` : '',
  ].filter(Boolean);

  const embeds: APIEmbed[] = [];
  const hasMain = reply.title !== undefined || texts.length > 0 || fields.length > 0 || notes.length > 0;
  if (hasMain) {
    const main: APIEmbed = {
      title: reply.title ? escapeFit(reply.title, LIMITS.title) : undefined,
      description: fit(texts.join('\n\n'), LIMITS.description) || undefined,
      color: reply.error ? ERROR_COLOUR : REPLY_COLOUR,
      fields: fields.slice(0, LIMITS.fields),
    };
    if (notes.length > 0) main.footer = { text: notes.join(' · ') };
    embeds.push(shrinkToBudget(main, shownBriefs.length > 0 ? 2_000 : LIMITS.total));
  }
  let remaining = LIMITS.total - embeds.reduce((n, e) => n + embedLength(e), 0);
  shownBriefs.forEach((brief, i) => {
    const budget = Math.floor(remaining / (shownBriefs.length - i));
    const embed = renderBriefEmbed(brief, budget);
    remaining -= embedLength(embed);
    embeds.push(embed);
  });
  if (embeds.length === 0) embeds.push({ description: 'Done.', color: REPLY_COLOUR });
  return { embeds, allowed_mentions: NO_MENTIONS };
}
