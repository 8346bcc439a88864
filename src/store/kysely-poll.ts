// The store's one big write: everything a successful poll of one feed produces, in one transaction.
import type { Kysely } from 'kysely';
import { growStory, linkItems, queuePosts, storyColumns } from './kysely-stories.js';
import { chunks, delimited, iso, lenientIso, serialiseBrief, upsertState } from './rows.js';
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
        stage: classification.stage ?? null,
        people: classification.people ?? null,
        actors: JSON.stringify(classification.actors ?? { acting: [], targeted: [] }),
      });
    }
    for (const part of chunks(classifications, CHUNK)) {
      await trx.insertInto('classifications').values(part).execute();
    }

    const outboxIds: number[] = [];
    for (const { story, match, brief, itemKeys, subscriptionIds } of commit.briefs) {
      const storyValues = storyColumns(story, match);
      await trx
        .insertInto('stories')
        .values({ id: story.id, ...storyValues, first_seen_at: iso(story.firstSeenAt) })
        .onConflict((oc) => oc.column('id').doUpdateSet(storyValues))
        .execute();
      await linkItems(trx, feedId, story.id, itemKeys);

      // Briefs are immutable through this path: re-committing the same id keeps the first version
      // (a story that grows rewrites its brief through `growths`).
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
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      outboxIds.push(...(await queuePosts(trx, brief.id, subscriptionIds, at)));
    }
    for (const growth of commit.growths ?? []) outboxIds.push(...(await growStory(trx, feedId, growth, at)));

    return { itemsInserted: inserted.size, outboxIds };
  });
}
