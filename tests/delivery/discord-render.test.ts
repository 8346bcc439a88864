import { describe, expect, it } from 'vitest';
import type { Brief, Reply } from '../../src/core/types.js';
import { escapeText, fit, safeUrl } from '../../src/delivery/discord/escape.js';
import { embedLength, LIMITS, renderBriefEmbed, renderNotice, renderReply } from '../../src/delivery/discord/render.js';
import type { APIEmbed } from 'discord.js';

const HOSTILE = '@everyone @here <@123456789012345678> <@!42> <@&987654321098765432> <#111111111111111111> [click](https://evil.example) **bold** `code` ||spoiler|| > quote';

function brief(over: Partial<Brief> = {}): Brief {
  return {
    id: 'b1',
    storyId: 's1',
    topics: ['sanctions'],
    action: 'lift',
    countries: ['BY', 'US'],
    confidence: 0.93,
    headline: 'US eases sanctions on Belavia',
    whatsHappening: 'The Treasury lifted restrictions.',
    sources: [{ feedId: 'rfe', feedName: 'RFE/RL', title: 'Belavia relief', url: 'https://www.rferl.org/a/1.html', publishedAt: new Date('2026-11-20T09:14:00Z') }],
    createdAt: new Date('2026-11-20T10:00:00Z'),
    ...over,
  };
}

function expectWithinLimits(embed: APIEmbed) {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(LIMITS.author);
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.total);
}

/** No live mention, broadcast or masked link survives in rendered text. */
function expectHarmless(text: string) {
  expect(text).not.toMatch(/@(everyone|here)/);
  expect(text).not.toMatch(/<[@#]/);
  expect(text).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
}

describe('Discord rendering', () => {
  it('renders a brief as one embed with a link, sources and a footer', () => {
    const embed = renderBriefEmbed(brief({ whyItMatters: 'First relief this year.', whatsNext: 'Talks in December.' }));
    expect(embed.title).toBe('US eases sanctions on Belavia');
    expect(embed.url).toBe('https://www.rferl.org/a/1.html');
    expect(embed.author?.name).toBe('SANCTIONS · lift · BY · US');
    expect(embed.description).toBe("**What's happening**\nThe Treasury lifted restrictions.");
    expect(embed.fields?.map((f) => f.name)).toEqual(['Why it matters', "What's next", 'Sources (1 report, first seen 09:14 UTC)']);
    expect(embed.fields?.[2]?.value).toBe('RFE/RL: [Belavia relief](https://www.rferl.org/a/1.html)');
    expect(embed.footer?.text).toBe('confidence 0.93');
  });

  it('marks a rewritten brief as updated and shows stage and number', () => {
    const embed = renderBriefEmbed(brief({ stage: 'completed', people: 52, updatedAt: new Date('2026-11-20T11:05:00Z') }));
    expect(embed.author?.name).toBe('SANCTIONS · lift, completed · 52 people · BY · US');
    expect(embed.footer?.text).toBe('confidence 0.93 · updated 11:05 UTC');
  });

  it('keeps every limit for oversized feed text (20,000-character summary, 200 sources)', () => {
    const sources = Array.from({ length: 200 }, (_, i) => ({
      feedId: `f${i}`,
      feedName: `Feed ${i} ${'n'.repeat(300)}`,
      title: `Title ${i} ${'*'.repeat(500)}`,
      url: `https://example.com/${i}/${'p'.repeat(300)}`,
    }));
    const big = brief({
      headline: 'H'.repeat(1_000),
      whatsHappening: 'word_ '.repeat(4_000),
      whyItMatters: '|'.repeat(5_000),
      whatsNext: 'x'.repeat(5_000),
      sources,
    });
    const embed = renderBriefEmbed(big);
    expectWithinLimits(embed);
    expect(embed.title?.endsWith('…')).toBe(true);
    expect(embed.fields?.find((f) => f.name.startsWith('Sources'))?.value).toMatch(/… and \d+ more$/);
    // A cut never leaves half an escape: the last character before "…" is not a lone backslash.
    for (const text of [embed.description, ...(embed.fields ?? []).map((f) => f.value)]) expect(text).not.toMatch(/(?<!\\)\\…/);
  });

  it('escapes markdown and mentions in feed text', () => {
    const embed = renderBriefEmbed(brief({ headline: HOSTILE, whatsHappening: HOSTILE, whyItMatters: HOSTILE, sources: [{ feedId: 'x', feedName: HOSTILE, title: HOSTILE, url: 'https://ok.example/a' }] }));
    for (const text of [embed.title, embed.description, ...(embed.fields ?? []).map((f) => `${f.name}${f.value}`)]) expectHarmless(text ?? '');
    expect(embed.description).toContain('\\*\\*bold\\*\\*');
    expect(escapeText('a_b ~c~ |d|')).toBe('a\\_b \\~c\\~ \\|d\\|');
    expect(escapeText('# heading\n- item')).toBe('\\# heading\n\\- item');
  });

  it('links only http(s) URLs without spaces or parentheses', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://a.example/x y')).toBeUndefined();
    expect(safeUrl('https://a.example/x)[y](https://evil')).toBeUndefined();
    expect(safeUrl('ftp://a.example/')).toBeUndefined();
    expect(safeUrl('https://a.example/ok?q=1')).toBe('https://a.example/ok?q=1');
    const embed = renderBriefEmbed(brief({ sources: [{ feedId: 'x', feedName: 'X', title: 'T', url: 'javascript:alert(1)' }] }));
    expect(embed.url).toBeUndefined();
    expect(embed.fields?.[0]?.value).toBe('X: T');
  });

  it('never cuts through a surrogate pair or an escape', () => {
    expect(fit('ab😀cd', 4)).toBe('ab…');
    expect(fit('ab\\*cd', 4)).toBe('ab…');
  });

  it('renders a reply within 10 embeds and 6,000 characters, however many briefs', () => {
    const reply: Reply = {
      ephemeral: false,
      title: `Latest ${HOSTILE}`,
      parts: [
        { kind: 'text', text: HOSTILE },
        { kind: 'fields', fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: i === 0 ? '' : HOSTILE })) },
        { kind: 'list', items: [{ text: HOSTILE, url: 'https://ok.example/' }, { text: 'no link', url: 'data:text/html,x' }] },
        ...Array.from({ length: 15 }, (_, i) => ({ kind: 'brief' as const, brief: brief({ id: `b${i}`, whatsHappening: 'y'.repeat(20_000) }) })),
      ],
    };
    const message = renderReply(reply);
    expect(message.embeds.length).toBeLessThanOrEqual(10);
    expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    for (const e of message.embeds) expectWithinLimits(e);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expectHarmless(JSON.stringify(message));
    expect(message.embeds[0]?.footer?.text).toBe('5 more fields not shown · … and 6 more briefs');
  });

  it('renders lists as escaped bullet lines, linked only when the URL is safe', () => {
    const message = renderReply({
      ephemeral: true,
      parts: [{ kind: 'list', items: [{ text: 'Wire *desk*', url: 'https://ok.example/' }, { text: 'no link', url: 'data:text/html,x' }] }],
    });
    expect(message.embeds).toHaveLength(1);
    expect(message.embeds[0]?.description).toBe('• [Wire \\*desk\\*](https://ok.example/)\n• no link');
  });

  it('escapes notices', () => {
    const notice = renderNotice(`feed disabled: ${HOSTILE} ${'z'.repeat(3_000)}`);
    expect(notice.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expectHarmless(notice.content!);
    expect(notice.allowed_mentions).toEqual({ parse: [] });
  });
});
