import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApplicationStatus } from '@api/model-units';
import { nextCounter } from '../../db/counters';
import { unlessTaken } from '../../db/errors';
import { keysetPage } from '../../db/pagination';
import { activeMerchantIdsOf } from '../merchants/memberships-repository';
import { merchantLabels } from '../merchants/merchants-repository';
import type { Database, ModelUnitApplicationsTable, ModelUnitsTable } from '../../db/schema';

export type ApplicationRow = Selectable<ModelUnitApplicationsTable> & { merchant_name: string };
export type ModelUnitRow = Selectable<ModelUnitsTable>;

function applications(db: Kysely<Database>) {
  return db.selectFrom('model_unit_applications as a').selectAll('a');
}

/** The rows with their merchant's name (the merchants feature's, read through its repository). */
async function withMerchantNames(
  db: Kysely<Database>,
  rows: Selectable<ModelUnitApplicationsTable>[],
): Promise<ApplicationRow[]> {
  const labels = await merchantLabels(
    db,
    rows.map((r) => r.merchant_id),
  );
  return rows.map((r) => ({ ...r, merchant_name: labels.get(r.merchant_id)?.name ?? '' }));
}

export async function findApplication(
  db: Kysely<Database>,
  id: string,
): Promise<ApplicationRow | undefined> {
  const row = await applications(db).where('a.id', '=', id).executeTakeFirst();
  return row && (await withMerchantNames(db, [row]))[0];
}

/** Keyset pages on (submitted_at, id): ascending for the staff queue, descending for "mine". */
export async function listApplications(
  db: Kysely<Database>,
  filter: { status?: ApplicationStatus; forUser?: string },
  order: 'asc' | 'desc',
  after: [string, string] | undefined,
  limit: number,
): Promise<ApplicationRow[]> {
  let query = applications(db);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  if (filter.forUser) {
    const userId = filter.forUser;
    // The merchants the user acts for, and anything they submitted themselves.
    query = query.where((eb) =>
      eb.or([
        eb('a.applicant_id', '=', userId),
        eb('a.merchant_id', 'in', activeMerchantIdsOf(db, userId)),
      ]),
    );
  }
  const rows = await keysetPage(query, ['a.submitted_at', 'a.id'], order, after, limit).execute();
  return withMerchantNames(db, rows);
}

/** True when the merchant has an application waiting for review. */
export async function hasOpenApplication(
  db: Kysely<Database>,
  merchantId: string,
): Promise<boolean> {
  const open = await db
    .selectFrom('model_unit_applications')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return open !== undefined;
}

/** False when another open application of the merchant was recorded meanwhile (a unique index). */
export function insertApplication(
  db: Kysely<Database>,
  row: Omit<ApplicationRow, 'merchant_name'>,
): Promise<boolean> {
  return unlessTaken(() => db.insertInto('model_unit_applications').values(row).execute());
}

/** Record a review; false when the application was no longer waiting (reviewed meanwhile). */
export async function decideApplication(
  db: Kysely<Database>,
  id: string,
  decision: Pick<
    ApplicationRow,
    'status' | 'reviewed_at' | 'reviewed_by' | 'review_reason' | 'model_unit_id'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('model_unit_applications')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A merchant's titles, newest first (its page shows them all, ended ones too). */
export function listMerchantTitles(
  db: Kysely<Database>,
  merchantId: string,
): Promise<ModelUnitRow[]> {
  return db
    .selectFrom('model_units')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The title that lasts longest among those not revoked (what the merchant's badge shows). */
export function findLongestTitle(db: Kysely<Database>, merchantId: string) {
  return db
    .selectFrom('model_units')
    .select(['valid_until', 'level', 'category', 'year'])
    .where('merchant_id', '=', merchantId)
    .where('revoked_on', 'is', null)
    .orderBy('valid_until', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findModelUnit(db: Kysely<Database>, id: string): Promise<ModelUnitRow | undefined> {
  return db.selectFrom('model_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertModelUnits(
  db: Kysely<Database>,
  rows: Insertable<ModelUnitsTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('model_units').values(rows).execute();
}

/** Revoke a title; false when it was revoked already. */
export async function revokeModelUnitRow(
  db: Kysely<Database>,
  id: string,
  revocation: Pick<ModelUnitRow, 'revoked_on' | 'revoked_reason' | 'revoked_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('model_units')
    .set(revocation)
    .where('id', '=', id)
    .where('revoked_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * 示范单位 certificate number: <county code>-<year>-SF-<4-digit sequence of that year>, e.g.
 * QS-2027-SF-0001. The sequence comes from a counter row, so concurrent approvals never share a
 * number; inside the approval's transaction, a rollback does not burn one.
 */
export async function nextCertificateNo(
  db: Kysely<Database>,
  countyCode: string,
  year: number,
): Promise<string> {
  const n = await nextCounter(db, `model-unit-certificate:${countyCode}:${year}`);
  return `${countyCode}-${year}-SF-${String(n).padStart(4, '0')}`;
}
