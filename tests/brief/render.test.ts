import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeBriefOffline } from '../../src/brief/build.js';
import { createConsoleAdapter } from '../../src/delivery/console/index.js';
import { renderBriefText } from '../../src/delivery/console/render.js';
import { embedLength, LIMITS as DISCORD, renderBriefMessage } from '../../src/delivery/discord/render.js';
import { LIMITS as SLACK, renderBrief } from '../../src/delivery/slack/render.js';
import { belarusInput, belarusReports, FORWARD, report, REUTERS, RFERL } from './belarus.js';

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('the Belarus–Ukraine pardon brief on every platform', () => {
  const brief = writeBriefOffline(belarusInput());

  it('reads as a desk note on the console', () => {
    const text = renderBriefText(brief);
    const lines = text.split('\n');
    expect(lines[0]).toBe('PRISONER RELEASE · pardon, completed · 31 people · BY · UA · US   confidence 0.93 · updated 11:01 UTC');
    expect(lines[1]).toBe('Belarus pardons 31 Ukrainians as goodwill gesture after agreements with Trump');
    expect(lines[2]).toMatch(/^What's happening: Belarus pardoned 31 Ukrainians/);
    expect(lines[3]).toMatch(/^Why it matters: 3rd Belarus prisoner release since June 2025, with 99 people/);
    expect(lines[4]).toContain(`What's next: ${FORWARD} (Reuters).`);
    expect(lines[5]).toBe('Sources (3 reports, first seen 09:14 UTC):');
    expect(lines[6]).toBe('  • RFE/RL: Belarus pardons 31 Ukrainians as goodwill gesture after agreements with Trump <https://www.rferl.org/a/belarus-pardons-31-ukrainians/33600001.html>');
    expect(lines).toHaveLength(9);
  });

  it('carries the sections in the console JSON lines', async () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += String(chunk)), done()) });
    await createConsoleAdapter({ out: sink, format: 'json' }).deliver({ channel: 'stdout', outboxId: 1, attempts: 0 }, brief);
    const line = JSON.parse(out) as Record<string, unknown>;
    expect(line).toMatchObject({ type: 'brief', people: 31, whyItMatters: brief.whyItMatters, whatsNext: brief.whatsNext });
    expect((line.sources as unknown[]).length).toBe(3);
  });

  it('renders every section on Slack within Block Kit limits', () => {
    const message = renderBrief(brief);
    const all = texts(message.blocks).join('\n');
    expect(all).toContain('PRISONER RELEASE · pardon, completed · 31 people · BY, UA, US · confidence 0.93 · updated 11:01 UTC');
    for (const label of ["*What's happening*", '*Why it matters*', "*What's next*", '*Sources* (3 reports, first seen 09:14 UTC)']) expect(all).toContain(label);
    expect(all).toContain('<https://www.reuters.com/world/europe/belarus-frees-ukrainians-2025-11-20/|Reuters: BELARUS FREES UKRAINIANS - REUTERS>');
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    for (const block of message.blocks) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK.sectionText);
  });

  it('renders every section on Discord within embed limits', () => {
    const { embeds, allowed_mentions } = renderBriefMessage(brief);
    const embed = embeds[0]!;
    expect(embed.title).toBe(brief.headline);
    expect(embed.description).toMatch(/^\*\*What's happening\*\*\nBelarus pardoned 31 Ukrainians/);
    expect(embed.fields?.map((f) => f.name)).toEqual(['Why it matters', "What's next", 'Sources (3 reports, first seen 09:14 UTC)']);
    expect(embed.fields?.[2]?.value.split('\n')).toHaveLength(3);
    expect(embed.footer?.text).toBe('confidence 0.93 · updated 11:01 UTC');
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD.total);
    expect(allowed_mentions).toEqual({ parse: [] });
  });
});

describe('hostile report text stays inert', () => {
  const HOSTILE = '<!channel> @everyone @here <@U1> <@123456789012345678> [click](https://evil.example) <https://evil.example|bank> \u001b[2J';
  const brief = writeBriefOffline(
    belarusInput({
      reports: [
        report(RFERL, `Belarus pardons 31 Ukrainians ${HOSTILE}`, `Lukashenko pardoned 31 Ukrainians ${HOSTILE}. Talks will resume next week ${HOSTILE}.`, '2025-11-20T09:00:00Z', { people: 31 }, 'https://evil.example/x|fake>'),
        report({ id: 'x', name: HOSTILE }, HOSTILE, HOSTILE, '2025-11-20T09:30:00Z', {}, 'javascript:alert(1)'),
        ...belarusReports().slice(1, 2),
      ],
    }),
  );

  it('keeps the brief plain text (the renderers escape it)', () => {
    expect(brief.whatsNext).toContain('Talks will resume next week');
    expect(brief.headline).not.toContain('\u001b');
  });

  it('cannot ping or fake a link on Slack', () => {
    const json = JSON.stringify(renderBrief(brief));
    for (const bad of ['<!channel>', '<@U1>', '<https://evil.example|bank>', 'javascript:', '|fake>']) expect(json).not.toContain(bad);
    expect(json).not.toMatch(/@(everyone|here)\b/);
  });

  it('cannot ping or fake a link on Discord', () => {
    const json = JSON.stringify(renderBriefMessage(brief));
    expect(json).not.toMatch(/@(everyone|here)/);
    expect(json).not.toMatch(/<[@#]/);
    expect(json).not.toMatch(/(?<!\\\\)\[click(?<!\\\\)\]\(/);
    expect(json).not.toContain('javascript:');
  });

  it('prints no control sequences on the console', () => {
    expect(renderBriefText(brief)).not.toContain('\u001b');
  });

  it('stays within limits for a story of 200 long reports', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      report(REUTERS, `Belarus frees 31 Ukrainians ${'long '.repeat(100)}${i}`, `${'word '.repeat(800)}. Talks will resume ${i}.`, '2025-11-20T09:00:00Z', { people: 31 }, `https://a.example/${i}`),
    );
    const big = writeBriefOffline(belarusInput({ reports: many }));
    expect(big.sources).toHaveLength(200);
    expect(big.headline.length).toBeLessThanOrEqual(200);
    const slack = renderBrief(big);
    expect(slack.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    for (const block of slack.blocks) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    const discord = renderBriefMessage(big).embeds[0]!;
    expect(embedLength(discord)).toBeLessThanOrEqual(DISCORD.total);
    expect(discord.fields?.find((f) => f.name.startsWith('Sources'))?.value).toMatch(/… and \d+ more$/);
  });
});
