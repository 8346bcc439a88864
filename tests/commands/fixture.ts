// A real SQLite store, a fixed clock, a fake feed checker and invokers, for /brief command tests.
import { afterEach } from 'vitest';
import type { Invoker } from '../../src/bot/command.js';
import { createCommandRunner, type CommandDeps } from '../../src/bot/dispatch.js';
import type { CommandRunner } from '../../src/bot/runner.js';
import type { Brief, Platform, Reply, Story, TopicId } from '../../src/core/types.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export const NOW = new Date('2025-06-10T12:00:00.000Z');
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

export const WIRE = { id: 'wire', name: 'Wire Desk', url: 'https://wire.example/rss', tags: [] };

export interface Harness {
  store: Store;
  deps: CommandDeps;
  runner: CommandRunner;
  checked: string[];
  errors: unknown[];
}

const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

export async function harness(checkFeed?: CommandDeps['checkFeed']): Promise<Harness> {
  const store = await openStore('sqlite::memory:');
  open.push(store);
  await store.syncFeeds([WIRE]);
  const checked: string[] = [];
  const errors: unknown[] = [];
  const deps: CommandDeps = {
    store,
    now: () => NOW,
    defaultIntervalSeconds: 600,
    checkFeed: async (url) => {
      checked.push(url);
      return checkFeed ? checkFeed(url) : { title: 'Example News', items: 12 };
    },
    reportError: (err) => errors.push(err),
  };
  return { store, deps, runner: createCommandRunner(deps), checked, errors };
}

export function invoker(opts: { admin?: boolean; channel?: string; platform?: Platform; userId?: string } = {}): Invoker & { adminChecks: number } {
  const who = {
    platform: opts.platform ?? 'slack',
    channel: opts.channel ?? 'C1',
    userId: opts.userId ?? 'U1',
    adminChecks: 0,
    async isAdmin() {
      who.adminChecks += 1;
      return opts.admin ?? false;
    },
  };
  return who;
}

let seq = 0;
export interface BriefSpec {
  headline: string;
  at: Date;
  topics?: TopicId[];
  countries?: string[];
  action?: Brief['action'];
  sources?: number;
  body?: string;
}

export async function seedBriefs(store: Store, specs: BriefSpec[]): Promise<Brief[]> {
  const made = specs.map((spec) => {
    seq += 1;
    const id = `brief-${seq}`;
    const story: Story = {
      id: `story-${seq}`,
      topics: spec.topics ?? ['sanctions'],
      countries: spec.countries ?? ['BY'],
      headline: spec.headline,
      firstSeenAt: spec.at,
      updatedAt: spec.at,
    };
    const brief: Brief = {
      id,
      storyId: story.id,
      topics: story.topics,
      action: spec.action ?? 'impose',
      countries: story.countries,
      confidence: 0.9,
      headline: spec.headline,
      whatsHappening: spec.body ?? `${spec.headline}.`,
      sources: Array.from({ length: spec.sources ?? 1 }, (_, i) => ({
        feedId: WIRE.id,
        feedName: WIRE.name,
        title: spec.headline,
        url: `https://wire.example/${id}/${i}`,
      })),
      createdAt: spec.at,
    };
    return { story, brief, key: `guid:${id}` };
  });
  await store.commitPoll({
    feedId: WIRE.id,
    state: { at: NOW, nextDueAt: NOW },
    items: made.map((m) => ({ item: { feedId: WIRE.id, key: m.key, title: m.brief.headline, summary: '', contentHash: m.key } })),
    briefs: made.map((m) => ({ story: m.story, brief: m.brief, itemKeys: [m.key], subscriptionIds: [] })),
  });
  return made.map((m) => m.brief);
}

/** Everything a person would read in a reply, as one string. */
export function replyText(reply: Reply): string {
  const lines: string[] = reply.title ? [reply.title] : [];
  for (const part of reply.parts) {
    if (part.kind === 'text') lines.push(part.text);
    else if (part.kind === 'fields') for (const f of part.fields) lines.push(`${f.name}: ${f.value}`);
    else if (part.kind === 'list') for (const i of part.items) lines.push(`- ${i.text}${i.url ? ` <${i.url}>` : ''}`);
    else lines.push(`[brief] ${part.brief.headline}`);
  }
  return lines.join('\n');
}

/** Parses like Slack, then runs. */
export async function slack(h: Harness, text: string, who: Invoker): Promise<Reply> {
  const parsed = h.runner.parseText(text);
  if ('error' in parsed) return parsed.error;
  return h.runner.run(parsed, who);
}

export function expectNoInternals(reply: Reply): void {
  const text = replyText(reply);
  if (/\n\s+at |\w*Error:|\.ts:\d|node_modules/.test(text) || /sqlite|constraint|kysely/i.test(text)) throw new Error(`reply shows internals:\n${text}`);
}
