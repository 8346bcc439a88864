// Plain-text rendering of a brief for a terminal.
import { briefLabelParts, reportsLine, updatedLine } from '../../brief/present.js';
import type { Brief, Reply } from '../../core/types.js';

const MAX_SOURCES = 20;

/** One field on one line: feed text may carry its own line breaks. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function renderBriefText(brief: Brief): string {
  const head = [...briefLabelParts(brief), brief.countries.join(' · ')].filter(Boolean).join(' · ');
  const tail = [`confidence ${brief.confidence.toFixed(2)}`, updatedLine(brief)].filter(Boolean).join(' · ');
  const lines = [`${head}   ${tail}`, oneLine(brief.headline), `What's happening: ${oneLine(brief.whatsHappening)}`];
  if (brief.whyItMatters) lines.push(`Why it matters: ${oneLine(brief.whyItMatters)}`);
  if (brief.whatsNext) lines.push(`What's next: ${oneLine(brief.whatsNext)}`);
  if (brief.sources.length > 0) {
    lines.push(`Sources (${reportsLine(brief)}):`);
    for (const s of brief.sources.slice(0, MAX_SOURCES)) {
      const label = s.title && s.title !== s.feedName ? `${s.feedName}: ${oneLine(s.title)}` : s.feedName;
      lines.push(`  • ${oneLine(label)}${s.url ? ` <${oneLine(s.url)}>` : ''}`);
    }
    if (brief.sources.length > MAX_SOURCES) lines.push(`  …and ${brief.sources.length - MAX_SOURCES} more`);
  }
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
