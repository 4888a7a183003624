import { sql, type Kysely, type Selectable } from 'kysely';
import { unlessTaken } from '../../db/errors';
import { keysetPage } from '../../db/pagination';
import type { Database, MerchantMembersTable, SubmittedBusiness } from '../../db/schema';

export type MembershipRow = Selectable<MerchantMembersTable>;
/** A membership with the merchant's current name (or the submitted one, before it exists). */
export type MembershipWithName = MembershipRow & { merchant_name: string };

export const businessOf = (row: MembershipRow): SubmittedBusiness =>
  JSON.parse(row.business) as SubmittedBusiness;

function withName(db: Kysely<Database>) {
  return db
    .selectFrom('merchant_members as mm')
    .leftJoin('merchants as m', 'm.id', 'mm.merchant_id')
    .selectAll('mm')
    .select(sql<string | null>`m.name`.as('current_name'));
}

function named(row: MembershipRow & { current_name: string | null }): MembershipWithName {
  const { current_name, ...rest } = row;
  return { ...rest, merchant_name: current_name ?? businessOf(rest).name };
}

export async function findMembership(
  db: Kysely<Database>,
  id: string,
): Promise<MembershipWithName | undefined> {
  const row = await withName(db).where('mm.id', '=', id).executeTakeFirst();
  return row && named(row);
}

export async function listMembershipsOfUser(
  db: Kysely<Database>,
  userId: string,
): Promise<MembershipWithName[]> {
  const rows = await withName(db)
    .where('mm.user_id', '=', userId)
    .orderBy('mm.created_at', 'desc')
    .orderBy('mm.id', 'desc')
    .execute();
  return rows.map(named);
}

/** Staff queue: oldest first, keyset on (created_at, id). */
export async function listMembershipQueue(
  db: Kysely<Database>,
  status: MembershipRow['status'],
  after: [string, string] | undefined,
  limit: number,
): Promise<MembershipWithName[]> {
  const query = withName(db).where('mm.status', '=', status);
  const rows = await keysetPage(query, ['mm.created_at', 'mm.id'], 'asc', after, limit).execute();
  return rows.map(named);
}

/** Any open request for a credit code not yet in the registry: its reserved merchant id. */
export async function findPendingForCode(
  db: Kysely<Database>,
  creditCode: string,
): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('merchant_members')
    .selectAll()
    .where('credit_code', '=', creditCode)
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function hasActiveOwner(db: Kysely<Database>, merchantId: string): Promise<boolean> {
  const row = await db
    .selectFrom('merchant_members')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('role', '=', 'owner')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findUserMembership(
  db: Kysely<Database>,
  userId: string,
  creditCode: string,
  status: MembershipRow['status'],
): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('merchant_members')
    .selectAll()
    .where('user_id', '=', userId)
    .where('credit_code', '=', creditCode)
    .where('status', '=', status)
    .executeTakeFirst();
}

/** False when the user's open request for the code was recorded meanwhile (a unique index). */
export function insertMembership(db: Kysely<Database>, row: MembershipRow): Promise<boolean> {
  return unlessTaken(() => db.insertInto('merchant_members').values(row).execute());
}

/** Decide a pending request; false when it was no longer pending (someone else decided first). */
export async function decideMembership(
  db: Kysely<Database>,
  id: string,
  decision: Pick<MembershipRow, 'status' | 'role' | 'reason' | 'reviewed_by'> & {
    reviewed_at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('merchant_members')
    .set({ ...decision, updated_at: decision.reviewed_at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** After a race on a new code: every request for the code points at the merchant that won. */
export async function repointMemberships(
  db: Kysely<Database>,
  creditCode: string,
  merchantId: string,
): Promise<void> {
  await db
    .updateTable('merchant_members')
    .set({ merchant_id: merchantId })
    .where('credit_code', '=', creditCode)
    .where('merchant_id', '!=', merchantId)
    .execute();
}

/** The users who act for the merchant now (active owners and members), e.g. to notify them. */
export async function listActiveMemberIds(
  db: Kysely<Database>,
  merchantId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('merchant_members')
    .select('user_id')
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

/** The user's active membership of a merchant (owner or member; the owner's first), if any. */
export function findActiveMembership(db: Kysely<Database>, merchantId: string, userId: string) {
  return db
    .selectFrom('merchant_members')
    .select(['id', 'role'])
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .orderBy('role', 'desc') // 'owner' before 'member'
    .executeTakeFirst();
}

/** Subquery: the merchants the user acts for now (active owner or member), e.g. in `where … in`. */
export function activeMerchantIdsOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('merchant_members')
    .select('merchant_id')
    .where('user_id', '=', userId)
    .where('status', '=', 'active');
}
