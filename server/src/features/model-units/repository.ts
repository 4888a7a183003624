import { sql, type Kysely, type Selectable } from 'kysely';
import type { ApplicationStatus } from '@api/model-units';
import type { Database, ModelUnitApplicationsTable, ModelUnitsTable } from '../../db/schema';

export type ApplicationRow = Selectable<ModelUnitApplicationsTable> & { merchant_name: string };
export type ModelUnitRow = Selectable<ModelUnitsTable>;

function applications(db: Kysely<Database>) {
  return db
    .selectFrom('model_unit_applications as a')
    .innerJoin('merchants as m', 'm.id', 'a.merchant_id')
    .selectAll('a')
    .select('m.name as merchant_name');
}

export function findApplication(
  db: Kysely<Database>,
  id: string,
): Promise<ApplicationRow | undefined> {
  return applications(db).where('a.id', '=', id).executeTakeFirst();
}

/** Keyset pages on (submitted_at, id): ascending for the staff queue, descending for "mine". */
export function listApplications(
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
        eb(
          'a.merchant_id',
          'in',
          eb
            .selectFrom('merchant_members')
            .select('merchant_id')
            .where('user_id', '=', userId)
            .where('status', '=', 'active'),
        ),
      ]),
    );
  }
  if (after) {
    const op = order === 'asc' ? sql`>` : sql`<`;
    query = query.where(sql<boolean>`(a.submitted_at, a.id) ${op} (${after[0]}, ${after[1]})`);
  }
  return query
    .orderBy('a.submitted_at', order)
    .orderBy('a.id', order)
    .limit(limit + 1)
    .execute();
}

export function findModelUnit(db: Kysely<Database>, id: string): Promise<ModelUnitRow | undefined> {
  return db.selectFrom('model_units').selectAll().where('id', '=', id).executeTakeFirst();
}
