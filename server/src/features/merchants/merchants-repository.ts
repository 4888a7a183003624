import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { unlessTaken } from '../../db/errors';
import type { Database, MerchantsTable, SubmittedBusiness } from '../../db/schema';
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

export function findMerchantsByCodes(
  db: Kysely<Database>,
  creditCodes: string[],
): Promise<MerchantRow[]> {
  return db.selectFrom('merchants').selectAll().where('credit_code', 'in', creditCodes).execute();
}

export type NewMerchant = Omit<Insertable<MerchantsTable>, 'seq' | 'search_name'>;

/** Rows for insertInto('merchants'), search_name derived from name. */
export function merchantValues(m: NewMerchant): Insertable<MerchantsTable> {
  return { ...m, search_name: searchNameOf(m.name) };
}

/** A new merchant from business facts (a verified registration, a row of the bureau's list). */
export function merchantOfBusiness(
  business: SubmittedBusiness,
  row: { id: string; creditCode: string; status: MerchantRow['status']; now: string },
): NewMerchant {
  return {
    id: row.id,
    credit_code: row.creditCode,
    name: business.name,
    type: business.type,
    industry: business.industry,
    town: business.town,
    address: business.address,
    lat: business.location?.lat ?? null,
    lng: business.location?.lng ?? null,
    hours: business.hours ?? null,
    public_phone: business.publicPhone ?? null,
    status: row.status,
    created_at: row.now,
    updated_at: row.now,
  };
}

/** False when the id or the credit code was taken meanwhile. */
export function insertMerchant(db: Kysely<Database>, m: NewMerchant): Promise<boolean> {
  return unlessTaken(() => db.insertInto('merchants').values(merchantValues(m)).execute());
}

/** Many merchants; chunks keep each statement under SQLite's and PostgreSQL's parameter limits. */
export async function insertMerchants(
  db: Kysely<Database>,
  rows: NewMerchant[],
  rowsPerStatement = 100,
): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    await db
      .insertInto('merchants')
      .values(rows.slice(i, i + rowsPerStatement).map(merchantValues))
      .execute();
  }
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

// ---- badge columns (denormalised for search, kept by badges.ts) ----------------------------

export type BadgeColumns = Pick<
  MerchantRow,
  | 'model_unit_until'
  | 'model_unit_level'
  | 'model_unit_category'
  | 'model_unit_year'
  | 'pledge_since'
  | 'pledge_until'
  | 'initiative_since'
  | 'initiative_until'
>;

export async function setBadgeColumns(
  db: Kysely<Database>,
  merchantId: string,
  badges: BadgeColumns,
): Promise<void> {
  await db.updateTable('merchants').set(badges).where('id', '=', merchantId).execute();
  forgetMerchant(merchantId);
}

/** Merchants' names and towns by id, for other features' lists (applications, the pledge wall). */
export async function merchantLabels(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, { name: string; town: string }>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('merchants')
    .select(['id', 'name', 'town'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, town: r.town }]));
}
