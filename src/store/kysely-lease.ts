// The worker lease (migration 0007). Taking it is one INSERT … ON CONFLICT DO NOTHING, or one
// conditional UPDATE of a lease that has expired or is already ours; both are atomic in SQLite and
// PostgreSQL, so of two processes starting together exactly one gets it.
import type { Kysely } from 'kysely';
import { iso } from './rows.js';
import type { Database } from './schema.js';
import type { Lease } from './store.js';

type Db = Kysely<Database>;

export async function takeLease(db: Db, name: string, holder: string, now: Date, ttlMs: number): Promise<Lease> {
  const expires = iso(new Date(now.getTime() + ttlMs));
  const inserted = await db
    .insertInto('instance_lease')
    .values({ name, holder, acquired_at: iso(now), expires_at: expires })
    .onConflict((oc) => oc.column('name').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return toLease(inserted);
  const renewed = await db
    .updateTable('instance_lease')
    .set((eb) => ({
      holder,
      expires_at: expires,
      // A renewal keeps the time it was first taken; a takeover starts afresh.
      acquired_at: eb.case().when('holder', '=', holder).then(eb.ref('acquired_at')).else(iso(now)).end(),
    }))
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<=', iso(now))]))
    .returningAll()
    .executeTakeFirst();
  if (renewed) return toLease(renewed);
  const current = await db.selectFrom('instance_lease').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  return toLease(current);
}

export async function dropLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('instance_lease').where('name', '=', name).where('holder', '=', holder).execute();
}

function toLease(row: { holder: string; acquired_at: string; expires_at: string }): Lease {
  return { holder: row.holder, acquiredAt: new Date(row.acquired_at), expiresAt: new Date(row.expires_at) };
}
