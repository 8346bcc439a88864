// A slow brief writer (a model) must not hold the story lock that keeps concurrent polls from
// opening twin stories: other polls go on while it writes, and twins still cannot happen.
import { afterEach, expect, it } from 'vitest';
import { offlineBriefWriter } from '../../src/brief/build.js';
import type { BriefWriter } from '../../src/brief/writer.js';
import type { TestItem } from '../helpers/rss.js';
import { hours, pubDate, startStoryHarness, type StoryHarness } from './harness.js';

const T0 = new Date('2026-11-20T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const item = (guid: string, title: string, description: string): TestItem => ({ guid, title, description, pubDate: pubDate(at(hours(-1))), link: `https://news.example/${guid}` });

const BELARUS = item('wire-31', 'Belarus pardons 31 Ukrainians after talks with US', 'Belarusian leader Alexander Lukashenko pardoned 31 Ukrainian citizens following talks with a US delegation.');
const BELARUS_OTHER = item('desk-31', 'Lukashenko frees 31 Ukrainian prisoners, hands them over to Kyiv', 'Thirty-one Ukrainians pardoned by Belarus leader Alexander Lukashenko were handed over to Ukraine.');
const VENEZUELA = item('ru-ve', 'Венесуэла освободила шестерых американцев', 'Власти Венесуэлы освободили шестерых граждан США после визита американского посланника.');

/** A writer that waits for `open()` on reports whose titles match, like a model that is slow to answer. */
function gatedWriter(slow: RegExp) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const calls: string[] = [];
  const writer: BriefWriter = async (input) => {
    const titles = input.reports.map((r) => r.item.title).join(' | ');
    calls.push(titles);
    if (slow.test(titles)) await gate;
    return offlineBriefWriter(input);
  };
  return { writer, calls, open: () => open() };
}

let h: StoryHarness | undefined;
afterEach(async () => h?.close());

it('another poll commits while a slow writer works on its brief, and the written brief is reused under the lock', async () => {
  const slow = gatedWriter(/Belarus/);
  h = await startStoryHarness(T0, { writeBrief: slow.writer, serialiseStories: true });
  const belarus = h.poll('wire', [BELARUS], at(0));
  await expect.poll(() => slow.calls.length).toBe(1); // the Belarus brief is being written
  const venezuela = await h.poll('ru', [VENEZUELA], at(hours(1)));
  expect(venezuela).toMatchObject({ kind: 'polled', briefs: 1 });
  expect((await h.briefs()).map((b) => b.countries)).toEqual([['US', 'VE']]);

  slow.open();
  expect(await belarus).toMatchObject({ kind: 'polled', briefs: 1 });
  expect(await h.briefs()).toHaveLength(2);
  // Written once, outside the lock; the locked step took that brief.
  expect(slow.calls.filter((t) => /Belarus/.test(t))).toHaveLength(1);
});

it('two polls bringing one event while their briefs are written still make one story', async () => {
  const slow = gatedWriter(/31/);
  h = await startStoryHarness(T0, { writeBrief: slow.writer, serialiseStories: true });
  const first = h.poll('wire', [BELARUS], at(0));
  const second = h.poll('desk', [BELARUS_OTHER], at(0));
  await expect.poll(() => slow.calls.length).toBe(2); // both wrote a brief for a new story
  slow.open();
  const outcomes = await Promise.all([first, second]);
  expect(outcomes.map((o) => (o.kind === 'polled' ? [o.briefs, o.updatedBriefs] : o.kind)).sort()).toEqual([
    [0, 1],
    [1, 0],
  ]);
  const briefs = await h.briefs();
  expect(briefs).toHaveLength(1);
  expect(briefs[0]!.sources.map((s) => s.feedName).sort()).toEqual(['Second Desk', 'Wire']);
});
