// Stories that grow: candidates for matching, a story's reports, and the in-place rewrite of a
// story and its brief (with 'update' outbox rows) inside commitPoll's transaction.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Action, Actors, Classification, Stage, Story, TopicId } from '../core/types.js';
import { chunks, delimited, iso, likeContains, opt, serialiseBrief, toDate, type Db } from './rows.js';
import type { Database } from './schema.js';
import { StoryConflictError, type StoredReport, type StoryCandidate, type StoryGrowth, type StoryMatch, type StoryQuery } from './store.js';

const CHUNK = 200;
const NO_ACTORS: Actors = { acting: [], targeted: [] };

/** Column values of a story row, from the story and what matching keeps with it. */
export function storyColumns(story: Story, match: StoryMatch | undefined) {
  return {
    topics: JSON.stringify(story.topics),
    countries: JSON.stringify(story.countries),
    headline: story.headline,
    updated_at: iso(story.updatedAt),
    action: match?.action ?? null,
    stage: match?.stage ?? null,
    people: match?.people ?? null,
    actors: JSON.stringify(match?.actors ?? NO_ACTORS),
    first_report_at: iso(match?.firstReportAt ?? story.firstSeenAt),
    last_report_at: iso(match?.lastReportAt ?? story.updatedAt),
    fingerprint: match?.fingerprint ?? '',
  };
}

export async function storyCandidates(db: Db, query: StoryQuery): Promise<StoryCandidate[]> {
  if (query.limit <= 0 || query.topics.length === 0 || query.countries.length === 0) return [];
  // stories.topics / countries are JSON arrays of plain codes: '"BY"' only occurs as that element.
  const jsonElement = (column: 'stories.topics' | 'stories.countries', value: string) =>
    sql<boolean>`${sql.ref(column)} like ${likeContains(JSON.stringify(value))} escape '\\'`;
  const rows = await db
    .selectFrom('stories')
    .innerJoin('briefs', 'briefs.story_id', 'stories.id')
    .selectAll('stories')
    .select(['briefs.id as brief_id', 'briefs.created_at as brief_created_at'])
    .where('stories.last_report_at', '>=', iso(query.since))
    .where(({ or }) => or(query.topics.map((t) => jsonElement('stories.topics', t))))
    .where(({ or }) => or(query.countries.map((c) => jsonElement('stories.countries', c.toUpperCase()))))
    .orderBy('stories.last_report_at', 'desc')
    .orderBy('stories.id')
    .orderBy('briefs.created_at')
    .limit(Math.floor(query.limit))
    .execute();
  const seen = new Set<string>();
  const out: StoryCandidate[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue; // one brief per story; should a story have two, the first written
    seen.add(row.id);
    out.push({
      story: {
        id: row.id,
        topics: JSON.parse(row.topics) as TopicId[],
        countries: JSON.parse(row.countries) as string[],
        headline: row.headline,
        firstSeenAt: new Date(row.first_seen_at),
        updatedAt: new Date(row.updated_at),
      },
      match: {
        action: opt(row.action) as Action | undefined,
        stage: opt(row.stage) as Stage | undefined,
        people: opt(row.people),
        actors: JSON.parse(row.actors) as Actors,
        firstReportAt: new Date(row.first_report_at),
        lastReportAt: new Date(row.last_report_at),
        fingerprint: row.fingerprint,
      },
      revision: row.revision,
      briefId: row.brief_id,
      briefCreatedAt: new Date(row.brief_created_at),
    });
  }
  return out;
}

export async function storyReports(db: Db, storyId: string): Promise<StoredReport[]> {
  const rows = await db
    .selectFrom('story_items')
    .innerJoin('items', 'items.id', 'story_items.item_id')
    .innerJoin('feeds', 'feeds.id', 'items.feed_id')
    .leftJoin('classifications', 'classifications.item_id', 'items.id')
    .selectAll('items')
    .select([
      'feeds.name as feed_name',
      'classifications.topics as c_topics',
      'classifications.countries as c_countries',
      'classifications.action as c_action',
      'classifications.stage as c_stage',
      'classifications.people as c_people',
      'classifications.actors as c_actors',
      'classifications.confidence as c_confidence',
      'classifications.language as c_language',
      'classifications.evidence as c_evidence',
    ])
    .where('story_items.story_id', '=', storyId)
    .orderBy('items.first_seen_at')
    .orderBy('items.id')
    .execute();
  return rows.map((row) => {
    const classification: Classification = {
      topics: row.c_topics === null ? [] : (JSON.parse(row.c_topics) as TopicId[]),
      countries: row.c_countries === null ? [] : (JSON.parse(row.c_countries) as string[]),
      actors: row.c_actors === null ? NO_ACTORS : (JSON.parse(row.c_actors) as Actors),
      confidence: row.c_confidence ?? 0,
      language: row.c_language ?? row.language ?? 'und',
      evidence: row.c_evidence === null ? [] : (JSON.parse(row.c_evidence) as string[]),
      ...(row.c_action !== null ? { action: row.c_action as Action } : {}),
      ...(row.c_stage !== null ? { stage: row.c_stage as Stage } : {}),
      ...(row.c_people !== null ? { people: row.c_people } : {}),
    };
    return {
      item: {
        feedId: row.feed_id,
        key: row.key,
        guid: opt(row.guid),
        link: opt(row.link),
        title: row.title,
        summary: row.summary,
        publishedAt: toDate(row.published_at),
        contentHash: row.content_hash,
        language: opt(row.language),
      },
      classification,
      feed: { id: row.feed_id, name: row.feed_name },
      seenAt: new Date(row.first_seen_at),
    };
  });
}

/** Links the poll's items (by key) to a story; every key must name an item of the feed. */
export async function linkItems(trx: Transaction<Database>, feedId: string, storyId: string, itemKeys: string[]): Promise<void> {
  const keys = [...new Set(itemKeys)];
  const itemIds = new Map<string, number>();
  for (const part of chunks(keys, CHUNK)) {
    const rows = await trx.selectFrom('items').select(['id', 'key']).where('feed_id', '=', feedId).where('key', 'in', part).execute();
    for (const row of rows) itemIds.set(row.key, row.id);
  }
  const missing = keys.filter((k) => !itemIds.has(k));
  if (missing.length > 0) {
    throw new Error(`commitPoll: story ${storyId} references unknown item keys of feed ${feedId}: ${missing.join(', ')}`);
  }
  for (const part of chunks([...itemIds.values()], CHUNK)) {
    await trx
      .insertInto('story_items')
      .values(part.map((itemId) => ({ story_id: storyId, item_id: itemId })))
      .onConflict((oc) => oc.columns(['story_id', 'item_id']).doNothing())
      .execute();
  }
}

/** A 'post' row for each active, non-digest subscription that has none for this brief. Returns the new ids. */
export async function queuePosts(trx: Transaction<Database>, briefId: string, subscriptionIds: number[], at: string): Promise<number[]> {
  const wanted = [...new Set(subscriptionIds)];
  if (wanted.length === 0) return [];
  const subs = await trx
    .selectFrom('subscriptions')
    .select(['id', 'platform', 'channel'])
    .where('id', 'in', wanted)
    .where('active', '=', 1)
    // Digest subscriptions get a summary on schedule, never the brief itself.
    .where('digest', '=', 'none')
    .orderBy('id')
    .execute();
  if (subs.length === 0) return [];
  const rows = await trx
    .insertInto('outbox')
    .values(subs.map((s) => ({ ...pending(briefId, s, at), kind: 'post' })))
    // The partial unique index on posts: a subscription that already has a post of this brief keeps it.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Rewrites a grown story and its brief in place and queues its updates and missing posts. */
export async function growStory(trx: Transaction<Database>, feedId: string, growth: StoryGrowth, at: string): Promise<number[]> {
  const { story, brief } = growth;
  const moved = await trx
    .updateTable('stories')
    .set((eb) => ({ ...storyColumns(story, growth.match), revision: eb('revision', '+', 1) }))
    .where('id', '=', story.id)
    .where('revision', '=', growth.revision)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw new StoryConflictError(story.id);
  await linkItems(trx, feedId, story.id, growth.itemKeys);

  const rewritten = await trx
    .updateTable('briefs')
    .set((eb) => ({
      payload: serialiseBrief(brief),
      topics: delimited(brief.topics),
      countries: delimited(brief.countries),
      confidence: brief.confidence,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', brief.id)
    .where('story_id', '=', story.id)
    .executeTakeFirst();
  if (Number(rewritten.numUpdatedRows) !== 1) throw new Error(`commitPoll: story ${story.id} has no brief ${brief.id} to rewrite`);

  // Every message already showing the brief is edited; a post still pending will carry the new text.
  const delivered = await trx
    .selectFrom('outbox')
    .innerJoin('subscriptions', 'subscriptions.id', 'outbox.subscription_id')
    .select(['outbox.subscription_id', 'outbox.platform', 'outbox.channel', 'outbox.external_id'])
    .where('outbox.brief_id', '=', brief.id)
    .where('outbox.kind', '=', 'post')
    .where('outbox.status', '=', 'delivered')
    .where('outbox.external_id', 'is not', null)
    .where('subscriptions.active', '=', 1)
    .orderBy('outbox.id')
    .execute();
  const ids: number[] = [];
  if (delivered.length > 0) {
    const rows = await trx
      .insertInto('outbox')
      .values(
        delivered.map((d) => ({
          ...pending(brief.id, { id: d.subscription_id, platform: d.platform, channel: d.channel }, at),
          kind: 'update',
          target_id: d.external_id,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  ids.push(...(await queuePosts(trx, brief.id, growth.subscriptionIds, at)));
  return ids.sort((a, b) => a - b);
}

/**
 * Marks a row delivered. A post that carried an older brief revision than the stored one raced a
 * rewrite (read before, posted after): it gets an update row now, in the same transaction.
 */
export async function markDelivered(db: Kysely<Database>, id: number, at: Date, externalId: string | undefined, revision: number | undefined): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set((eb) => ({
        status: 'delivered',
        attempts: eb('attempts', '+', 1),
        delivered_at: iso(at),
        external_id: externalId ?? null,
        last_error: null,
        delivered_revision: revision ?? null,
      }))
      .where('id', '=', id)
      .execute();
    if (revision === undefined || externalId === undefined) return;
    const row = await trx
      .selectFrom('outbox')
      .innerJoin('briefs', 'briefs.id', 'outbox.brief_id')
      .select(['outbox.brief_id', 'outbox.subscription_id', 'outbox.platform', 'outbox.channel', 'outbox.kind', 'briefs.revision'])
      .where('outbox.id', '=', id)
      .executeTakeFirst();
    if (!row || row.kind !== 'post' || row.revision <= revision) return;
    await trx
      .insertInto('outbox')
      .values({ ...pending(row.brief_id, { id: row.subscription_id, platform: row.platform, channel: row.channel }, iso(at)), kind: 'update', target_id: externalId })
      .execute();
  });
}

function pending(briefId: string, sub: { id: number; platform: string; channel: string }, at: string) {
  return {
    brief_id: briefId,
    subscription_id: sub.id,
    platform: sub.platform,
    channel: sub.channel,
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    created_at: at,
  };
}
