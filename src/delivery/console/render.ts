// Plain-text rendering of a brief for a terminal.
import type { Brief, Reply } from '../../core/types.js';

const TOPIC_LABEL: Record<string, string> = { prisoner_release: 'PRISONER RELEASE', sanctions: 'SANCTIONS' };

export function renderBriefText(brief: Brief): string {
  const topics = brief.topics.map((t) => TOPIC_LABEL[t] ?? t).join(' + ');
  const head = [topics, brief.action, brief.countries.join(' · ')].filter(Boolean).join(' · ');
  const lines = [
    `${head}   confidence ${brief.confidence.toFixed(2)}`,
    brief.headline,
    `What's happening: ${brief.whatsHappening}`,
  ];
  if (brief.whyItMatters) lines.push(`Why it matters: ${brief.whyItMatters}`);
  if (brief.whatsNext) lines.push(`What's next: ${brief.whatsNext}`);
  const sources = brief.sources.map((s) => (s.url ? `${s.feedName} <${s.url}>` : s.feedName));
  const first = brief.sources
    .map((s) => s.publishedAt)
    .filter((d): d is Date => d instanceof Date)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  lines.push(`Sources: ${sources.join(' · ')}${first ? ` (first published ${first.toISOString().slice(0, 16).replace('T', ' ')} UTC)` : ''}`);
  return lines.map(stripControl).join('\n');
}

/** Feed text is untrusted: no terminal escape sequences or other control characters. */
export function stripControl(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** A Reply (a scheduled digest) as plain text for a terminal. */
export function renderReplyText(reply: Reply): string {
  const lines: string[] = reply.title ? [reply.title] : [];
  for (const part of reply.parts) {
    if (part.kind === 'text') lines.push(part.text);
    else if (part.kind === 'fields') lines.push(part.fields.map((f) => `${f.name}: ${f.value}`).join(' · '));
    else if (part.kind === 'list') lines.push(...part.items.map((i) => `  • ${i.text}${i.url ? ` <${i.url}>` : ''}`));
    else lines.push(renderBriefText(part.brief));
  }
  return lines.flatMap((l) => l.split('\n')).map(stripControl).join('\n');
}
