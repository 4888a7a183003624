import {
  sql,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type Selectable,
  type Updateable,
} from 'kysely';
import type { PledgeKind, PledgeStatus } from '@api/pledges';
import { nextSerial } from '../../db/counters';
import { unlessTaken } from '../../db/errors';
import { keysetPage } from '../../db/pagination';
import { merchantLabels } from '../merchants/merchants-repository';
import type { Database, PledgesTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';

export type PledgeRow = Selectable<PledgesTable>;

export function findPledge(db: Kysely<Database>, id: string): Promise<PledgeRow | undefined> {
  return db.selectFrom('pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

const certificateMark = (kind: PledgeKind) => (kind === 'offline-return' ? 'TH' : 'CY');

/**
 * QS-2027-TH-0001 (offline return) / QS-2027-CY-0001 (initiative): a counter per county, kind
 * and year (the keys the demo seed uses too). Call it inside the signing transaction.
 */
export function nextCertificateNo(
  db: Kysely<Database>,
  countyCode: string,
  kind: PledgeKind,
  year: number,
): Promise<string> {
  const mark = certificateMark(kind);
  return nextSerial(
    db,
    `pledge-certificate:${countyCode}:${mark}:${year}`,
    `${countyCode}-${year}-${mark}`,
  );
}

/** False when a unique key (the certificate number) was taken meanwhile. */
export async function insertPledge(
  db: Kysely<Database>,
  row: Insertable<PledgesTable>,
): Promise<boolean> {
  return unlessTaken(() => db.insertInto('pledges').values(row).execute());
}

/** Move a pledge on from the status it was read in; false when someone moved it first. */
export async function movePledge(
  db: Kysely<Database>,
  id: string,
  from: PledgeStatus,
  change: Updateable<PledgesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('pledges')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** End a pledge that a newly verified one replaces, on the date given. */
export async function endReplacedPledge(
  db: Kysely<Database>,
  id: string,
  endedOn: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('pledges')
    .set({ status: 'withdrawn', ended_on: endedOn, ended_reason: reason })
    .where('id', '=', id)
    .execute();
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
  { after, limit }: KeysetWindow,
): Promise<PledgeRow[]> {
  const q = db.selectFrom('pledges').selectAll().where('status', '=', status);
  return keysetPage(q, ['signed_at', 'id'], 'asc', after, limit).execute();
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
export async function listSignatories(db: Kysely<Database>, { after, limit }: KeysetWindow) {
  const q = db
    .selectFrom('pledges as p')
    .select(['p.id', 'p.merchant_id', 'p.merchant_name', 'p.signed_at'])
    .where('p.kind', '=', 'initiative')
    .where('p.status', '=', 'verified');
  const rows = await keysetPage(q, ['p.signed_at', 'p.id'], 'desc', after, limit).execute();
  // The merchant's current name and town, from the merchants feature.
  const labels = await merchantLabels(
    db,
    rows.map((r) => r.merchant_id),
  );
  return rows.map((r) => ({
    ...r,
    name: labels.get(r.merchant_id)?.name ?? '',
    town: labels.get(r.merchant_id)?.town ?? '',
  }));
}

async function countPledges(
  db: Kysely<Database>,
  status: PledgeStatus,
  kind?: PledgeKind,
): Promise<number> {
  let q = db
    .selectFrom('pledges')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('status', '=', status);
  if (kind) q = q.where('kind', '=', kind);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const countSignatories = (db: Kysely<Database>) =>
  countPledges(db, 'verified', 'initiative');

export const countPending = (db: Kysely<Database>) => countPledges(db, 'pending');

/**
 * In force on `today`: verified, and after a withdrawal until the date it takes effect
 * (ended_on > today: 实施条例 第十二条 — a withdrawal is never retroactive). Revoked: never.
 */
const inForceOn =
  (today: string) =>
  ({ eb, or, and }: ExpressionBuilder<Database, 'pledges'>) =>
    or([
      eb('pledges.status', '=', 'verified'),
      and([
        eb('pledges.status', '=', 'withdrawn'),
        eb('pledges.verified_at', 'is not', null),
        eb('pledges.ended_on', '>', today),
      ]),
    ]);

/** A merchant's pledges of a kind in force on `today` (what its badge is made of). */
export function listPledgesInForce(
  db: Kysely<Database>,
  merchantId: string,
  kind: PledgeKind,
  today: string,
) {
  return db
    .selectFrom('pledges')
    .select(['starts_on', 'ended_on'])
    .where('merchant_id', '=', merchantId)
    .where('kind', '=', kind)
    .where(inForceOn(today))
    .execute();
}

/**
 * Offline-return pledges started and in force on `today`, counted by a merchant column. The one
 * join with the merchants table left outside its feature: a statistic over both tables that one
 * grouped statement answers (per-id lookups would load every pledged merchant).
 */
export async function countActiveBy(
  db: Kysely<Database>,
  column: 'town' | 'industry',
  today: string,
): Promise<{ key: string; count: number }[]> {
  const rows = await db
    .selectFrom('pledges')
    .innerJoin('merchants as m', 'm.id', 'pledges.merchant_id')
    .select([`m.${column} as key`, (eb) => eb.fn.countAll().as('n')])
    .where('pledges.kind', '=', 'offline-return')
    .where('pledges.starts_on', '<=', today)
    .where(inForceOn(today))
    .groupBy(`m.${column}`)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(`m.${column}`)
    .execute();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}
