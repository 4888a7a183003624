import { sql, type Kysely, type Selectable } from 'kysely';
import type { PledgeKind, PledgeStatus } from '@api/pledges';
import type { Database, PledgesTable } from '../../db/schema';

export type PledgeRow = Selectable<PledgesTable>;

export function findPledge(db: Kysely<Database>, id: string): Promise<PledgeRow | undefined> {
  return db.selectFrom('pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** All of a merchant's pledges, newest first; pending ones only when asked for. */
export function listMerchantPledges(
  db: Kysely<Database>,
  merchantId: string,
  withPending: boolean,
): Promise<PledgeRow[]> {
  let q = db.selectFrom('pledges').selectAll().where('merchant_id', '=', merchantId);
  if (!withPending) q = q.where('status', '!=', 'pending');
  return q.orderBy('signed_at', 'desc').orderBy('id', 'desc').execute();
}

/** The staff queue: oldest first, keyset on (signed_at, id). */
export function listByStatus(
  db: Kysely<Database>,
  status: PledgeStatus,
  after: [string, string] | undefined,
  limit: number,
): Promise<PledgeRow[]> {
  let q = db.selectFrom('pledges').selectAll().where('status', '=', status);
  if (after) {
    q = q.where(({ eb, or, and }) =>
      or([
        eb('signed_at', '>', after[0]),
        and([eb('signed_at', '=', after[0]), eb('id', '>', after[1])]),
      ]),
    );
  }
  return q
    .orderBy('signed_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

/** Open (pending or verified) pledges of a kind for a merchant. */
export function openPledges(
  db: Kysely<Database>,
  merchantId: string,
  kind: PledgeKind,
): Promise<PledgeRow[]> {
  return db
    .selectFrom('pledges')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('kind', '=', kind)
    .where('status', 'in', ['pending', 'verified'])
    .execute();
}

/** The initiative wall: verified signatures, newest first, keyset on (signed_at, id). */
export function listSignatories(
  db: Kysely<Database>,
  after: [string, string] | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('pledges as p')
    .innerJoin('merchants as m', 'm.id', 'p.merchant_id')
    .select(['p.id', 'p.merchant_id', 'p.merchant_name', 'p.signed_at', 'm.name', 'm.town'])
    .where('p.kind', '=', 'initiative')
    .where('p.status', '=', 'verified');
  if (after) {
    q = q.where(({ eb, or, and }) =>
      or([
        eb('p.signed_at', '<', after[0]),
        and([eb('p.signed_at', '=', after[0]), eb('p.id', '<', after[1])]),
      ]),
    );
  }
  return q
    .orderBy('p.signed_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function countSignatories(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('kind', '=', 'initiative')
    .where('status', '=', 'verified')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Offline-return pledges in force on `today` (the same rule as the badge: verified and started,
 * or withdrawn with an effective date still ahead), counted by a merchant column.
 */
export async function countActiveBy(
  db: Kysely<Database>,
  column: 'town' | 'industry',
  today: string,
): Promise<{ key: string; count: number }[]> {
  const rows = await db
    .selectFrom('pledges as p')
    .innerJoin('merchants as m', 'm.id', 'p.merchant_id')
    .select([`m.${column} as key`, (eb) => eb.fn.countAll().as('n')])
    .where('p.kind', '=', 'offline-return')
    .where('p.starts_on', '<=', today)
    .where((eb) =>
      eb.or([
        eb('p.status', '=', 'verified'),
        eb.and([
          eb('p.status', '=', 'withdrawn'),
          eb('p.verified_at', 'is not', null),
          eb('p.ended_on', '>', today),
        ]),
      ]),
    )
    .groupBy(`m.${column}`)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(`m.${column}`)
    .execute();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}

export async function countPending(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The caller's active membership of a merchant (owner or member), if any. */
export function activeMembership(db: Kysely<Database>, merchantId: string, userId: string) {
  return db
    .selectFrom('merchant_members')
    .select(['id', 'role'])
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .orderBy('role', 'desc') // 'owner' before 'member'
    .executeTakeFirst();
}
