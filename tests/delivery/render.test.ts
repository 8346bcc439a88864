import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/core/types.js';
import { renderBriefText } from '../../src/delivery/console/render.js';

const brief: Brief = {
  id: 'b1',
  storyId: 's1',
  topics: ['prisoner_release'],
  action: 'pardon',
  countries: ['BY', 'UA', 'US'],
  confidence: 0.9,
  headline: 'Belarus pardons 31 Ukrainians\u001b[2J',
  whatsHappening: 'Minsk handed them over to Kyiv.',
  sources: [
    { feedId: 'wire', feedName: 'Wire Desk', title: 't', url: 'https://wire.example.org/a', publishedAt: new Date('2026-11-20T09:14:00Z') },
  ],
  createdAt: new Date('2026-11-20T09:15:00Z'),
};

describe('console rendering', () => {
  it('shows topic, action, countries, headline, what is happening and the source', () => {
    const text = renderBriefText(brief);
    expect(text.split('\n')[0]).toMatch(/^PRISONER RELEASE · pardon · BY · UA · US\s+confidence 0\.90$/);
    expect(text).toContain("What's happening: Minsk handed them over to Kyiv.");
    expect(text).toContain('Sources (1 report, first seen 09:14 UTC):\n  • Wire Desk: t <https://wire.example.org/a>');
    expect(text).not.toContain('updated');
  });

  it('shows stage, number and an updated marker when the brief was rewritten', () => {
    const text = renderBriefText({ ...brief, stage: 'completed', people: 31, updatedAt: new Date('2026-11-20T11:05:00Z'), whyItMatters: 'Third.', whatsNext: 'Talks\nnext week.' });
    expect(text.split('\n')[0]).toBe('PRISONER RELEASE · pardon, completed · 31 people · BY · UA · US   confidence 0.90 · updated 11:05 UTC');
    expect(text).toContain('Why it matters: Third.');
    expect(text).toContain("What's next: Talks next week.");
  });

  it('strips terminal control sequences from feed text', () => {
    expect(renderBriefText(brief)).not.toContain('\u001b');
  });
});
