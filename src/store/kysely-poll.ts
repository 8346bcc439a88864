// The store's one big write: everything a successful poll of one feed produces, in one transaction.
import type { Kysely } from 'kysely';
import { briefSearchText, chunks, delimited, iso, lenientIso, serialiseBrief, upsertState } from './rows.js';
import type { Database } from './schema.js';
import type { PollCommit, PollCommitResult } from './store.js';

/** Rows per multi-row INSERT and values per IN list: far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

export async function commitPoll(db: Kysely<Database>, commit: PollCommit): Promise<PollCommitResult> {
  const { feedId, state } = commit;
  const at = iso(state.at);
  return db.transaction().execute(async (trx) => {
    await upsertState(trx, feedId, {
      etag: state.etag ?? null,
      last_modified: state.lastModified ?? null,
      body_hash: state.bodyHash ?? null,
      initialised: 1,
      last_attempt_at: at,
      last_success_at: at,
      next_due_at: iso(state.nextDueAt),
      consecutive_failures: 0,
      last_error: null,
    });

    // Items: already-known (feed_id, key) pairs are skipped; RETURNING yields only the new rows.
    const inserted = new Map<string, number>();
    for (const part of chunks(commit.items, CHUNK)) {
      const rows = await trx
        .insertInto('items')
        .values(
          part.map(({ item }) => ({
            feed_id: feedId,
            key: item.key,
            guid: item.guid ?? null,
            link: item.link ?? null,
            title: item.title,
            summary: item.summary,
            published_at: lenientIso(item.publishedAt),
            first_seen_at: at,
            content_hash: item.contentHash,
            language: item.language ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
        .returning(['id', 'key'])
        .execute();
      for (const row of rows) inserted.set(row.key, row.id);
    }

    const classified = new Set<number>();
    const classifications = [];
    for (const { item, classification, classifierVersion } of commit.items) {
      const itemId = inserted.get(item.key);
      if (itemId === undefined || !classification || classified.has(itemId)) continue;
      classified.add(itemId);
      classifications.push({
        item_id: itemId,
        topics: JSON.stringify(classification.topics),
        countries: JSON.stringify(classification.countries),
        action: classification.action ?? null,
        confidence: classification.confidence,
        language: classification.language,
        evidence: JSON.stringify(classification.evidence),
        classifier_version: classifierVersion ?? null,
        created_at: at,
      });
    }
    for (const part of chunks(classifications, CHUNK)) {
      await trx.insertInto('classifications').values(part).execute();
    }

    const outboxIds: number[] = [];
    for (const { story, brief, itemKeys, subscriptionIds } of commit.briefs) {
      const storyValues = {
        topics: JSON.stringify(story.topics),
        countries: JSON.stringify(story.countries),
        headline: story.headline,
        updated_at: iso(story.updatedAt),
      };
      await trx
        .insertInto('stories')
        .values({ id: story.id, ...storyValues, first_seen_at: iso(story.firstSeenAt) })
        .onConflict((oc) => oc.column('id').doUpdateSet(storyValues))
        .execute();

      const keys = [...new Set(itemKeys)];
      const itemIds = new Map<string, number>();
      for (const part of chunks(keys, CHUNK)) {
        const rows = await trx
          .selectFrom('items')
          .select(['id', 'key'])
          .where('feed_id', '=', feedId)
          .where('key', 'in', part)
          .execute();
        for (const row of rows) itemIds.set(row.key, row.id);
      }
      const missing = keys.filter((k) => !itemIds.has(k));
      if (missing.length > 0) {
        throw new Error(`commitPoll: story ${story.id} references unknown item keys of feed ${feedId}: ${missing.join(', ')}`);
      }
      if (itemIds.size > 0) {
        await trx
          .insertInto('story_items')
          .values([...itemIds.values()].map((itemId) => ({ story_id: story.id, item_id: itemId })))
          .onConflict((oc) => oc.columns(['story_id', 'item_id']).doNothing())
          .execute();
      }

      // Briefs are immutable once written: re-committing the same id keeps the first version.
      await trx
        .insertInto('briefs')
        .values({
          id: brief.id,
          story_id: brief.storyId,
          payload: serialiseBrief(brief),
          created_at: iso(brief.createdAt),
          topics: delimited(brief.topics),
          countries: delimited(brief.countries),
          confidence: brief.confidence,
          search_text: briefSearchText(brief),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();

      const wanted = [...new Set(subscriptionIds)];
      if (wanted.length === 0) continue;
      const subs = await trx
        .selectFrom('subscriptions')
        .select(['id', 'platform', 'channel'])
        .where('id', 'in', wanted)
        .where('active', '=', 1)
        // Digest subscriptions get a summary on schedule, never the brief itself.
        .where('digest', '=', 'none')
        .orderBy('id')
        .execute();
      if (subs.length === 0) continue;
      const rows = await trx
        .insertInto('outbox')
        .values(
          subs.map((s) => ({
            brief_id: brief.id,
            subscription_id: s.id,
            platform: s.platform,
            channel: s.channel,
            status: 'pending',
            attempts: 0,
            next_attempt_at: at,
            created_at: at,
          })),
        )
        .onConflict((oc) => oc.columns(['brief_id', 'subscription_id']).doNothing())
        .returning('id')
        .execute();
      outboxIds.push(...rows.map((r) => r.id).sort((a, b) => a - b));
    }

    return { itemsInserted: inserted.size, outboxIds };
  });
}
