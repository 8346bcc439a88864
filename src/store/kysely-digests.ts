// Digest runs: the claim that makes each subscription's digest go out once per period. Claiming is
// one INSERT … ON CONFLICT DO NOTHING, or one conditional UPDATE of a row that may be taken over;
// both are atomic in SQLite and PostgreSQL, so two overlapping runs never both win.
import type { Kysely, Selectable } from 'kysely';
import { iso, opt, toDate } from './rows.js';
import type { Database, DigestRunsTable } from './schema.js';
import type { DigestRun, DigestRunStatus } from './store.js';

type Db = Kysely<Database>;

function toDigestRun(row: Selectable<DigestRunsTable>): DigestRun {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    periodKey: row.period_key,
    status: row.status as DigestRunStatus,
    attempts: row.attempts,
    claimedAt: new Date(row.claimed_at),
    lastError: opt(row.last_error),
    externalId: opt(row.external_id),
    sentAt: toDate(row.sent_at),
  };
}

export async function claimDigest(db: Db, subscriptionId: number, periodKey: string, now: Date, staleBefore: Date): Promise<DigestRun | undefined> {
  const inserted = await db
    .insertInto('digest_runs')
    .values({
      subscription_id: subscriptionId,
      period_key: periodKey,
      status: 'claimed',
      attempts: 1,
      claimed_at: iso(now),
      last_error: null,
      external_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'period_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return toDigestRun(inserted);
  // The row exists. It may be taken over when its last post failed, or when the run that claimed it
  // has not finished for so long that it must have died (the process crashed mid-post).
  const taken = await db
    .updateTable('digest_runs')
    .set((eb) => ({ status: 'claimed', attempts: eb('attempts', '+', 1), claimed_at: iso(now) }))
    .where('subscription_id', '=', subscriptionId)
    .where('period_key', '=', periodKey)
    .where((eb) =>
      eb.or([eb('status', '=', 'retry'), eb.and([eb('status', '=', 'claimed'), eb('claimed_at', '<=', iso(staleBefore))])]),
    )
    .returningAll()
    .executeTakeFirst();
  return taken && toDigestRun(taken);
}

export async function settleDigest(
  db: Db,
  id: number,
  change: { status: 'sent'; at: Date; externalId?: string } | { status: 'retry' | 'failed'; error: string },
): Promise<void> {
  await db
    .updateTable('digest_runs')
    .set(
      change.status === 'sent'
        ? { status: 'sent', sent_at: iso(change.at), external_id: change.externalId ?? null, last_error: null }
        : { status: change.status, last_error: change.error },
    )
    .where('id', '=', id)
    .execute();
}

export async function digestRuns(db: Db, subscriptionId: number): Promise<DigestRun[]> {
  const rows = await db.selectFrom('digest_runs').selectAll().where('subscription_id', '=', subscriptionId).orderBy('id').execute();
  return rows.map(toDigestRun);
}
