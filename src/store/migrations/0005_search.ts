// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// Full-text search over items and briefs, and a country index of briefs for /brief status. Both are
// kept in sync by the database itself (triggers, generated columns), so no write path has to know.
//
// SQLite: one contentless FTS5 table, search_fts(title, body, sources), tokenizer unicode61 with
// diacritics removed (it folds case in every script). Its rowid is the item id for an item
// (items.id is INTEGER PRIMARY KEY, stable) and minus a number from search_brief_docs for a brief
// (briefs have text ids, and the implicit rowid of such a table may change on VACUUM). One table
// means one bm25 corpus, so items and briefs rank on one scale. contentless_delete (SQLite 3.43+)
// lets the triggers delete by rowid without the old text. ё is written е on both sides.
//
// PostgreSQL: a stored generated tsvector column on items and briefs with a GIN index, built with
// the 'simple' configuration (no language stemming: queries stem and prefix-match instead). Under
// the C locale lower() and the text-search parser fold ASCII only, so the text is folded first with
// translate() (Latin accents, Cyrillic case, ё → е), then lower().
//
// brief_countries(brief_id, country, created_at): one row per country of a brief, written by
// triggers from the payload, indexed by (country, created_at) so a country's timeline is an index
// range instead of a LIKE scan over every brief.
//
// A later migration that rebuilds items or briefs (copy, drop, rename) must re-create these triggers.
import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') await db.transaction().execute((trx) => sqlite(trx));
  else await postgres(db);
}

async function run(db: Kysely<unknown>, statements: string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function briefCountriesTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('brief_countries')
    .addColumn('brief_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('brief_countries_pk', ['brief_id', 'country'])
    .execute();
  await db.schema.createIndex('brief_countries_timeline').on('brief_countries').columns(['country', 'created_at', 'brief_id']).execute();
}

// ---- SQLite ---------------------------------------------------------------------------------

const yo = (x: string) => `replace(replace(${x}, 'ё', 'е'), 'Ё', 'Е')`;
/** rowid, title, body, sources of an item row (`p` is "new." in a trigger, "" in a SELECT). */
const SQLITE_ITEM = (p: string) => `${p}id, ${yo(`${p}title`)}, ${yo(`${p}summary`)}, ''`;
const SQLITE_BRIEF = (payload: string) =>
  [
    yo(`coalesce(json_extract(${payload}, '$.headline'), '')`),
    yo(
      ['whatsHappening', 'whyItMatters', 'whatsNext'].map((k) => `coalesce(json_extract(${payload}, '$.${k}'), '')`).join(` || ' ' || `),
    ),
    yo(
      `coalesce((SELECT group_concat(coalesce(json_extract(s.value, '$.title'), '') || ' ' || coalesce(json_extract(s.value, '$.feedName'), ''), ' ') FROM json_each(${payload}, '$.sources') AS s), '')`,
    ),
  ].join(', ');
const SQLITE_COUNTRIES = (row: 'new') =>
  `INSERT OR IGNORE INTO brief_countries (brief_id, country, created_at)
     SELECT ${row}.id, upper(c.value), ${row}.created_at FROM json_each(${row}.payload, '$.countries') AS c WHERE c.type = 'text';`;
const SQLITE_BRIEF_DOC = (row: 'new') =>
  `INSERT INTO search_fts (rowid, title, body, sources)
     SELECT -d.doc, ${SQLITE_BRIEF(`${row}.payload`)} FROM search_brief_docs AS d WHERE d.brief_id = ${row}.id;`;
const SQLITE_DROP_BRIEF_DOC = (id: string) => `DELETE FROM search_fts WHERE rowid = -(SELECT doc FROM search_brief_docs WHERE brief_id = ${id});`;

async function sqlite(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('search_brief_docs')
    .addColumn('doc', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('brief_id', 'text', (c) => c.notNull().unique())
    .execute();
  await briefCountriesTable(db);
  await run(db, [
    `CREATE VIRTUAL TABLE search_fts USING fts5(title, body, sources, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,

    `CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
       INSERT INTO search_fts (rowid, title, body, sources) VALUES (${SQLITE_ITEM('new.')});
     END`,
    `CREATE TRIGGER items_search_update AFTER UPDATE OF id, title, summary ON items BEGIN
       DELETE FROM search_fts WHERE rowid = old.id;
       INSERT INTO search_fts (rowid, title, body, sources) VALUES (${SQLITE_ITEM('new.')});
     END`,
    `CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
       DELETE FROM search_fts WHERE rowid = old.id;
     END`,

    `CREATE TRIGGER briefs_search_insert AFTER INSERT ON briefs BEGIN
       INSERT OR IGNORE INTO search_brief_docs (brief_id) VALUES (new.id);
       ${SQLITE_DROP_BRIEF_DOC('new.id')}
       ${SQLITE_BRIEF_DOC('new')}
       ${SQLITE_COUNTRIES('new')}
     END`,
    `CREATE TRIGGER briefs_search_update AFTER UPDATE OF id, payload, created_at ON briefs BEGIN
       ${SQLITE_DROP_BRIEF_DOC('old.id')}
       UPDATE search_brief_docs SET brief_id = new.id WHERE brief_id = old.id;
       INSERT OR IGNORE INTO search_brief_docs (brief_id) VALUES (new.id);
       ${SQLITE_BRIEF_DOC('new')}
       DELETE FROM brief_countries WHERE brief_id = old.id;
       ${SQLITE_COUNTRIES('new')}
     END`,
    `CREATE TRIGGER briefs_search_delete AFTER DELETE ON briefs BEGIN
       ${SQLITE_DROP_BRIEF_DOC('old.id')}
       DELETE FROM search_brief_docs WHERE brief_id = old.id;
       DELETE FROM brief_countries WHERE brief_id = old.id;
     END`,

    // Back-fill what is there.
    `INSERT INTO search_fts (rowid, title, body, sources) SELECT ${SQLITE_ITEM('')} FROM items`,
    `INSERT INTO search_brief_docs (brief_id) SELECT id FROM briefs ORDER BY created_at, id`,
    `INSERT INTO search_fts (rowid, title, body, sources)
       SELECT -d.doc, ${SQLITE_BRIEF('b.payload')} FROM search_brief_docs AS d JOIN briefs AS b ON b.id = d.brief_id`,
    `INSERT OR IGNORE INTO brief_countries (brief_id, country, created_at)
       SELECT b.id, upper(c.value), b.created_at FROM briefs AS b, json_each(b.payload, '$.countries') AS c WHERE c.type = 'text'`,
  ]);
}

// ---- PostgreSQL -----------------------------------------------------------------------------

/** translate() arguments that fold Latin accents and Cyrillic capitals to lower-case base letters, and ё to е. */
function foldTable(): { from: string; to: string } {
  let from = '';
  let to = '';
  // Latin-1 and Latin Extended-A letters; Cyrillic capitals (Ѐ…Я with Ukrainian Є І Ї Ў), ё, Ґ.
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x017f],
    [0x0400, 0x042f],
    [0x0451, 0x0451],
    [0x0490, 0x0490],
  ];
  for (const [lo, hi] of ranges) {
    for (let code = lo; code <= hi; code++) {
      const c = String.fromCodePoint(code);
      let folded = c.toLowerCase();
      if (code <= 0x017f) folded = folded.normalize('NFD').replace(/\p{M}/gu, '');
      if (folded === 'ё') folded = 'е';
      if (folded !== c && [...folded].length === 1 && c !== "'") {
        from += c;
        to += folded;
      }
    }
  }
  return { from, to };
}

/** translate() costs about 0.3 µs per character of text here: text without a letter to fold (most English) skips it. */
function pgFold(expr: string): string {
  const { from, to } = foldTable();
  return `lower(CASE WHEN ${expr} ~ '[${from}]' THEN translate(${expr}, '${from}', '${to}') ELSE ${expr} END)`;
}

const vector = (expr: string, weight: 'A' | 'B' | 'C') => `setweight(to_tsvector('simple'::regconfig, ${pgFold(expr)}), '${weight}')`;
const field = (key: string) => `coalesce((payload::jsonb) ->> '${key}', '')`;
const sourcesText = `coalesce(jsonb_path_query_array(payload::jsonb, '$.sources[*].title')::text, '') || ' ' || coalesce(jsonb_path_query_array(payload::jsonb, '$.sources[*].feedName')::text, '')`;

async function postgres(db: Kysely<unknown>): Promise<void> {
  await briefCountriesTable(db);
  await run(db, [
    `ALTER TABLE items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${vector('title', 'A')} || ${vector('summary', 'B')}) STORED`,
    `CREATE INDEX items_search ON items USING gin (search_vector)`,
    `ALTER TABLE briefs ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
       ${vector(field('headline'), 'A')}
       || ${vector(`${field('whatsHappening')} || ' ' || ${field('whyItMatters')} || ' ' || ${field('whatsNext')}`, 'B')}
       || ${vector(sourcesText, 'C')}) STORED`,
    `CREATE INDEX briefs_search ON briefs USING gin (search_vector)`,

    `CREATE FUNCTION attache_brief_countries() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP <> 'INSERT' THEN
         DELETE FROM brief_countries WHERE brief_id = OLD.id;
       END IF;
       IF TG_OP <> 'DELETE' THEN
         INSERT INTO brief_countries (brief_id, country, created_at)
           SELECT DISTINCT NEW.id, upper(c), NEW.created_at
           FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(NEW.payload::jsonb -> 'countries') = 'array' THEN NEW.payload::jsonb -> 'countries' ELSE '[]'::jsonb END) AS c
         ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER briefs_countries AFTER INSERT OR DELETE OR UPDATE OF id, payload, created_at ON briefs
       FOR EACH ROW EXECUTE FUNCTION attache_brief_countries()`,
    `INSERT INTO brief_countries (brief_id, country, created_at)
       SELECT DISTINCT b.id, upper(c), b.created_at
       FROM briefs AS b, jsonb_array_elements_text(CASE WHEN jsonb_typeof(b.payload::jsonb -> 'countries') = 'array' THEN b.payload::jsonb -> 'countries' ELSE '[]'::jsonb END) AS c
       ON CONFLICT DO NOTHING`,
  ]);
}
