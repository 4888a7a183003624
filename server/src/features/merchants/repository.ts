import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, MerchantsTable } from '../../db/schema';
import { forgetMerchant } from './detail-cache';

export type MerchantRow = Selectable<MerchantsTable>;

/** What search matches: the same lower-casing for stored names and for queries. */
export const searchNameOf = (name: string) => name.toLowerCase();

export function findMerchantById(
  db: Kysely<Database>,
  id: string,
): Promise<MerchantRow | undefined> {
  return db.selectFrom('merchants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMerchantByCode(
  db: Kysely<Database>,
  creditCode: string,
): Promise<MerchantRow | undefined> {
  return db
    .selectFrom('merchants')
    .selectAll()
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
}

export type NewMerchant = Omit<Insertable<MerchantsTable>, 'seq' | 'search_name'>;

/** Rows for insertInto('merchants'), search_name derived from name. */
export function merchantValues(m: NewMerchant): Insertable<MerchantsTable> {
  return { ...m, search_name: searchNameOf(m.name) };
}

export async function insertMerchant(db: Kysely<Database>, m: NewMerchant): Promise<void> {
  await db.insertInto('merchants').values(merchantValues(m)).execute();
}

export async function updateMerchantRow(
  db: Kysely<Database>,
  id: string,
  patch: Omit<Updateable<MerchantsTable>, 'seq' | 'id' | 'search_name'>,
): Promise<void> {
  await db
    .updateTable('merchants')
    .set(patch.name === undefined ? patch : { ...patch, search_name: searchNameOf(patch.name) })
    .where('id', '=', id)
    .execute();
  forgetMerchant(id);
}

/** Model-unit titles, newest first. */
export function listModelUnits(db: Kysely<Database>, merchantId: string) {
  return db
    .selectFrom('model_units')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Pledges and initiative signatures, newest first; never pending ones (not public yet). */
export function listPublicPledges(db: Kysely<Database>, merchantId: string) {
  return db
    .selectFrom('pledges')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('status', '!=', 'pending')
    .orderBy('signed_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** True when the user is an active owner or member of the merchant. */
export async function isActiveMember(
  db: Kysely<Database>,
  merchantId: string,
  userId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('merchant_members')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('user_id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}
