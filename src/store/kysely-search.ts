// Full-text search over stories and items, and a country's timeline, on the indexes of migration
// 0005. The one dialect switch of the store is here: how the ranked matches are found (FTS5 with
// bm25 in SQLite, tsvector with ts_rank in PostgreSQL). Everything after that is dialect-neutral.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { TOPICS, type Brief, type TopicId } from '../core/types.js';
import { chunks, containsToken, parseBrief } from './rows.js';
import type { Database } from './schema.js';
import { fts5Query, searchTerms, tsQuery } from './search-terms.js';
import type { CountryTimeline, ItemSearchHit, SearchHit, StorySearchHit } from './store.js';

/** Tables of migration 0005 that only this module reads (a type alias: withTables needs an index-compatible type). */
type SearchTables = {
  brief_countries: { brief_id: string; country: string; created_at: string };
  search_brief_docs: { doc: number; brief_id: string };
};

/** A story ranks this much above an item that matches as well (bm25 and ts_rank are both "higher is better" here). */
const STORY_BOOST = 1.5;
/** bm25 column weights of search_fts(title, body, sources): a word in a title or headline counts most. */
const BM25_WEIGHTS = '4.0, 1.0, 1.0';
/** Candidates read per result asked for: room for items that fold into their stories. */
const CANDIDATES_PER_RESULT = 3;
const CHUNK = 200;

interface Found {
  kind: 'story' | 'item';
  /** Brief id, or item id as text. */
  ref: string;
  score: number;
}

export async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const groups = searchTerms(query);
  const want = Math.floor(limit);
  if (groups.length === 0 || !(want > 0)) return [];
  const candidates = want * CANDIDATES_PER_RESULT + 10;
  const found = isPostgres(db) ? await findPostgres(db, tsQuery(groups), candidates) : await findSqlite(db, fts5Query(groups), candidates);
  if (found.length === 0) return [];

  const stories = await loadStories(db, found.filter((f) => f.kind === 'story').map((f) => f.ref));
  const items = await loadItems(db, found.filter((f) => f.kind === 'item').map((f) => Number(f.ref)));
  const storyScore = new Map<string, number>();
  for (const f of found) if (f.kind === 'story' && stories.has(f.ref)) storyScore.set(f.ref, f.score);

  // An item of a story that was found is folded into it: the story is at least as relevant as its best report.
  const owners = await itemBriefs(db, [...items.keys()]);
  const itemHits: ItemSearchHit[] = [];
  for (const f of found) {
    if (f.kind !== 'item') continue;
    const item = items.get(Number(f.ref));
    if (!item) continue;
    const owner = (owners.get(item.itemId) ?? []).find((briefId) => storyScore.has(briefId));
    if (owner !== undefined) storyScore.set(owner, Math.max(storyScore.get(owner) ?? 0, f.score * STORY_BOOST));
    else itemHits.push({ ...item, score: f.score });
  }
  const storyHits: StorySearchHit[] = [...storyScore].map(([id, score]) => ({ kind: 'story', brief: stories.get(id)!, score }));
  const hits: SearchHit[] = [...storyHits, ...itemHits];
  hits.sort((a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === 'story' ? -1 : 1) || hitDate(b) - hitDate(a));
  return hits.slice(0, want);
}

function hitDate(hit: SearchHit): number {
  return hit.kind === 'story' ? hit.brief.createdAt.getTime() : hit.date.getTime();
}

function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function findSqlite(db: Kysely<Database>, match: string, limit: number): Promise<Found[]> {
  // bm25() is lower for better matches: negated so that higher is better, as with ts_rank.
  const weights = sql.raw(BM25_WEIGHTS);
  const { rows } = await sql<{ doc: number; brief_id: string | null; score: number }>`
    SELECT search_fts.rowid AS doc, d.brief_id AS brief_id,
           -bm25(search_fts, ${weights}) * CASE WHEN search_fts.rowid < 0 THEN ${STORY_BOOST} ELSE 1.0 END AS score
    FROM search_fts LEFT JOIN search_brief_docs AS d ON search_fts.rowid < 0 AND d.doc = -search_fts.rowid
    WHERE search_fts MATCH ${match}
    ORDER BY score DESC
    LIMIT ${limit}`.execute(db);
  const found: Found[] = [];
  for (const row of rows) {
    if (row.doc > 0) found.push({ kind: 'item', ref: String(row.doc), score: Number(row.score) });
    else if (row.brief_id !== null) found.push({ kind: 'story', ref: row.brief_id, score: Number(row.score) });
  }
  return found;
}

async function findPostgres(db: Kysely<Database>, tsquery: string, limit: number): Promise<Found[]> {
  const { rows } = await sql<{ kind: 'story' | 'item'; ref: string; score: number }>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS q)
    SELECT kind, ref, score FROM (
      SELECT 'story' AS kind, b.id AS ref, ts_rank(b.search_vector, q.q) * ${STORY_BOOST} AS score
      FROM briefs AS b, q WHERE b.search_vector @@ q.q
      UNION ALL
      SELECT 'item' AS kind, i.id::text AS ref, ts_rank(i.search_vector, q.q) AS score
      FROM items AS i, q WHERE i.search_vector @@ q.q
    ) AS hits
    ORDER BY score DESC
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ kind: r.kind, ref: r.ref, score: Number(r.score) }));
}

async function loadStories(db: Kysely<Database>, ids: string[]): Promise<Map<string, Brief>> {
  const out = new Map<string, Brief>();
  for (const part of chunks(ids, CHUNK)) {
    const rows = await db.selectFrom('briefs').select(['id', 'payload']).where('id', 'in', part).execute();
    for (const row of rows) out.set(row.id, parseBrief(row.payload));
  }
  return out;
}

async function loadItems(db: Kysely<Database>, ids: number[]): Promise<Map<number, Omit<ItemSearchHit, 'score'>>> {
  const out = new Map<number, Omit<ItemSearchHit, 'score'>>();
  for (const part of chunks(ids, CHUNK)) {
    const rows = await db
      .selectFrom('items')
      .innerJoin('feeds', 'feeds.id', 'items.feed_id')
      .select(['items.id', 'items.title', 'items.link', 'items.published_at', 'items.first_seen_at', 'items.feed_id', 'feeds.name as feed_name'])
      .where('items.id', 'in', part)
      .execute();
    for (const row of rows) {
      out.set(row.id, {
        kind: 'item',
        itemId: row.id,
        title: row.title,
        feedId: row.feed_id,
        feedName: row.feed_name,
        date: new Date(row.published_at ?? row.first_seen_at),
        ...(row.link !== null && row.link !== '' ? { link: row.link } : {}),
      });
    }
  }
  return out;
}

/** item id → ids of the briefs of the stories it belongs to. */
async function itemBriefs(db: Kysely<Database>, itemIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (const part of chunks(itemIds, CHUNK)) {
    const rows = await db
      .selectFrom('story_items')
      .innerJoin('briefs', 'briefs.story_id', 'story_items.story_id')
      .select(['story_items.item_id', 'briefs.id as brief_id'])
      .where('story_items.item_id', 'in', part)
      .execute();
    for (const row of rows) out.set(row.item_id, [...(out.get(row.item_id) ?? []), row.brief_id]);
  }
  return out;
}

/** A country's briefs (payloads), newest first: a range of the (country, created_at) index, not a LIKE scan. */
export function countryBriefs(db: Kysely<Database>, code: string, topic?: TopicId) {
  let q = db
    .withTables<SearchTables>()
    .selectFrom('brief_countries as bc')
    .innerJoin('briefs', 'briefs.id', 'bc.brief_id')
    .select('briefs.payload')
    .where('bc.country', '=', code);
  if (topic !== undefined) q = q.where(containsToken('topics', topic));
  return q.orderBy('bc.created_at', 'desc').orderBy('bc.brief_id', 'desc');
}

export async function countryTimeline(db: Kysely<Database>, country: string, limit: number): Promise<CountryTimeline> {
  const code = country.trim().toUpperCase();
  const want = Math.max(0, Math.floor(limit));
  const timeline = countryBriefs(db, code);
  const briefs = want > 0 ? (await timeline.limit(want).execute()).map((r) => parseBrief(r.payload)) : [];
  const total =
    briefs.length < want
      ? briefs.length
      : Number(
          (
            await db
              .withTables<SearchTables>()
              .selectFrom('brief_countries')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('country', '=', code)
              .executeTakeFirstOrThrow()
          ).n,
        );
  const latest: Partial<Record<TopicId, Brief>> = {};
  for (const topic of TOPICS) {
    const shown = briefs.find((b) => b.topics.includes(topic));
    if (shown) latest[topic] = shown;
    else if (total > briefs.length) {
      // Walks the (country, created_at) index newest first and stops at the first brief of the topic.
      const row = await countryBriefs(db, code, topic).limit(1).executeTakeFirst();
      if (row) latest[topic] = parseBrief(row.payload);
    }
  }
  return { briefs, total, latest };
}
