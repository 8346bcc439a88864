import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import type { Brief, Reply } from '../../src/core/types.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { clip, escapeText, LIMITS, renderBrief, renderReply, safeUrl, type Block } from '../../src/delivery/slack/render.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';

const at = new Date('2026-11-20T09:14:00Z');

function brief(over: Partial<Brief> = {}): Brief {
  return {
    id: 'b1',
    storyId: 's1',
    topics: ['sanctions'],
    action: 'lift',
    countries: ['BY', 'US'],
    confidence: 0.93,
    headline: 'US eases sanctions on Belavia',
    whatsHappening: 'The Treasury lifted restrictions after Minsk freed 52 prisoners.',
    whyItMatters: 'Third Belarus release since June.',
    whatsNext: 'Further talks in December.',
    sources: [{ feedId: 'rferl', feedName: 'RFE/RL', title: 'Belavia relief', url: 'https://www.rferl.org/a/1.html?x=1&y=2', publishedAt: at }],
    createdAt: at,
    ...over,
  };
}

const HOSTILE = '<!channel> <!here> <@U1> <#C1> <!subteam^S1> <https://evil.example|bank> @everyone @channel @here';

/** Every text Slack would parse for mentions and links, from any block. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

function expectWithinLimits(message: { text: string; blocks: Block[] }) {
  expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  expect(message.text.length).toBeGreaterThan(0);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    if (block.type === 'context') for (const e of block.elements) expect('text' in e ? e.text.length : 0).toBeLessThanOrEqual(3000);
  }
}

function expectInert(json: string) {
  for (const bad of ['<!channel>', '<!here>', '<!everyone>', '<@U1>', '<#C1>', '<!subteam', '|bank>', '<https://evil']) {
    expect(json).not.toContain(bad);
  }
  expect(json).not.toMatch(/@(everyone|channel|here)\b/);
  expect(json).not.toContain('link_names');
}

describe('Slack rendering', () => {
  it('renders a brief: header, context line, sections, linked sources', () => {
    const { text, blocks } = renderBrief(brief());
    expect(blocks.map((b) => b.type)).toEqual(['header', 'context', 'section', 'section', 'section', 'section']);
    expect(texts(blocks[1])).toContain('SANCTIONS · lift · BY, US · confidence 0.93');
    const all = texts(blocks).join('\n');
    expect(all).toContain("*What's happening*");
    expect(all).toContain('*Why it matters*');
    expect(all).toContain("*What's next*");
    expect(all).toContain('<https://www.rferl.org/a/1.html?x=1&amp;y=2|RFE/RL: Belavia relief>');
    expect(all).toContain('1 report, first seen 09:14 UTC');
    expect(text).toContain('US eases sanctions on Belavia');
  });

  it('marks a rewritten brief as updated and shows stage and number', () => {
    const { blocks } = renderBrief(brief({ stage: 'completed', people: 52, updatedAt: new Date('2026-11-20T11:05:00Z') }));
    expect(texts(blocks[1])).toContain('SANCTIONS · lift, completed · 52 people · BY, US · confidence 0.93 · updated 11:05 UTC');
  });

  it('leaves out sections that are absent', () => {
    const { blocks } = renderBrief(brief({ whyItMatters: undefined, whatsNext: undefined }));
    expect(texts(blocks).join()).not.toContain('Why it matters');
    expect(texts(blocks).join()).not.toContain("What's next");
  });

  it('stays within Block Kit limits for a 20,000-character summary and 200 sources', () => {
    const huge = brief({
      headline: 'H'.repeat(1_000),
      whatsHappening: 'word & <b> '.repeat(2_000),
      whyItMatters: 'x'.repeat(20_000),
      whatsNext: '😀'.repeat(5_000),
      sources: Array.from({ length: 200 }, (_, i) => ({ feedId: `f${i}`, feedName: `Feed ${i}`, title: 'T'.repeat(500), url: `https://example.org/${'p'.repeat(300)}/${i}` })),
    });
    const message = renderBrief(huge);
    expectWithinLimits(message);
    const all = texts(message.blocks).join('\n');
    expect(all).toContain('…');
    expect(all).toContain('more');
    // Never a cut entity, a lone surrogate or a half link.
    expect(all).not.toMatch(/&(a|am|amp|l|lt|g|gt)?…/);
    expect(all).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    for (const t of texts(message.blocks)) expect((t.match(/</g) ?? []).length).toBe((t.match(/>/g) ?? []).length);
  });

  it('makes hostile feed text inert everywhere', () => {
    const message = renderBrief(
      brief({
        headline: HOSTILE,
        whatsHappening: HOSTILE,
        whyItMatters: HOSTILE,
        whatsNext: HOSTILE,
        countries: ['<!channel>'],
        sources: [
          { feedId: 'a', feedName: HOSTILE, title: HOSTILE, url: 'https://evil.example/x|fake>' },
          { feedId: 'b', feedName: 'js', title: 'click', url: 'javascript:alert(1)' },
          { feedId: 'c', feedName: 'ok', title: 'fine', url: 'https://ok.example/a' },
        ],
      }),
    );
    const json = JSON.stringify(message);
    expectInert(json);
    expect(json).not.toContain('javascript:');
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('<https://ok.example/a|ok: fine>');
  });

  it('escapes and clips helpers cleanly', () => {
    expect(escapeText('a & b < c > d @here')).toBe('a &amp; b &lt; c &gt; d @\u200bhere');
    expect(clip('abc &amp; def', 6)).toBe('abc…');
    expect(clip('short', 10)).toBe('short');
    expect(safeUrl('https://a.example/x?a=1&b=2')).toBe('https://a.example/x?a=1&amp;b=2');
    for (const bad of ['ftp://a.example/', 'https://a.example/|x', 'https://a.example/>x', 'not a url', `https://a.example/${'x'.repeat(3000)}`]) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });

  it('renders replies: title, text, fields, list and briefs, escaped and capped', () => {
    const reply: Reply = {
      ephemeral: true,
      title: `Feeds ${HOSTILE}`,
      parts: [
        { kind: 'text', text: `${HOSTILE}\n${'line\n'.repeat(2_000)}` },
        { kind: 'fields', fields: Array.from({ length: 25 }, (_, i) => ({ name: `n${i} ${HOSTILE}`, value: 'v'.repeat(3_000) })) },
        { kind: 'list', items: Array.from({ length: 300 }, (_, i) => ({ text: `${HOSTILE} ${i}`, url: i % 2 ? 'https://ok.example/' : 'https://evil.example/|x' })) },
        ...Array.from({ length: 20 }, () => ({ kind: 'brief' as const, brief: brief({ headline: HOSTILE }) })),
      ],
    };
    const message = renderReply(reply);
    expectWithinLimits(message);
    expectInert(JSON.stringify(message));
    expect(message.blocks[0]?.type).toBe('header');
    expect(texts(message.blocks.at(-1)).join()).toMatch(/more not shown/);
  });

  it('marks error replies as warnings', () => {
    const message = renderReply({ ephemeral: true, error: true, parts: [{ kind: 'text', text: 'Unknown option "x". Try /brief status belarus' }] });
    expect(texts(message.blocks).join()).toContain(':warning: Unknown option');
  });
});

describe('hostile text sent to Slack', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: 'xoxb-5555555555-6666666666-abcdefabcdefabcdefabcdef' });
  });
  afterEach(() => slack.close());

  it('cannot ping or fake a link in the request body the Web API receives', async () => {
    const logger = createLogger({ level: 'silent' });
    const { adapter } = createSlackPlatform({
      config: { botToken: 'xoxb-5555555555-6666666666-abcdefabcdefabcdefabcdef', signingSecret: 's', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner: { definitions: [] } as unknown as CommandRunner,
      http: createHttpServer(logger),
      channelIntervalMs: 0,
    });
    await adapter.deliver(
      { channel: 'CA', outboxId: 7, attempts: 0 },
      brief({ headline: HOSTILE, whatsHappening: HOSTILE, sources: [{ feedId: 'a', feedName: HOSTILE, title: HOSTILE, url: 'https://evil.example|bank' }] }),
    );
    const call = slack.calls.find((c) => c.method === 'chat.postMessage');
    expectInert(decodeURIComponent((call?.raw ?? '').replace(/\+/g, ' ')));
  });
});
