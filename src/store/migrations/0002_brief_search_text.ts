// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// Adds briefs.search_text: the brief's words, lower-cased in JavaScript, for LIKE search that
// behaves the same in both dialects (SQLite's lower() and LIKE fold ASCII only). Existing rows are
// back-filled here with a frozen copy of the text builder, so later changes to the store's builder
// never change what this migration wrote.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';

interface PayloadText {
  headline?: string;
  whatsHappening?: string;
  whyItMatters?: string;
  whatsNext?: string;
  sources?: Array<{ title?: string; feedName?: string }>;
}

function searchText0002(payload: string): string {
  const b = JSON.parse(payload) as PayloadText;
  const parts = [b.headline, b.whatsHappening, b.whyItMatters, b.whatsNext, ...(b.sources ?? []).flatMap((s) => [s.title, s.feedName])];
  return ` ${parts.filter((p) => typeof p === 'string' && p !== '').join(' \n ').toLowerCase()} `;
}

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('briefs').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();
  const typed = db as unknown as Kysely<{ briefs: { id: string; payload: string; search_text: string } }>;
  const rows = await typed.selectFrom('briefs').select(['id', 'payload']).execute();
  for (const row of rows) {
    await typed.updateTable('briefs').set({ search_text: searchText0002(row.payload) }).where('id', '=', row.id).execute();
  }
}
