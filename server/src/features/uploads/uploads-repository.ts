import type { Kysely, Selectable } from 'kysely';
import type { Database, UploadsTable } from '../../db/schema';
import { shanghaiDate, shanghaiDayStartIso } from '../../time';

export type UploadRow = Selectable<UploadsTable>;

export async function insertUpload(db: Kysely<Database>, row: UploadRow): Promise<void> {
  await db.insertInto('uploads').values(row).execute();
}

export function findUpload(db: Kysely<Database>, id: string): Promise<UploadRow | undefined> {
  return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUploads(db: Kysely<Database>, ids: readonly string[]): Promise<UploadRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('uploads').selectAll().where('id', 'in', ids).execute();
}

/** How many uploads an owner made on the Asia/Shanghai day of `now`, and their stored bytes. */
export async function usageOfDay(
  db: Kysely<Database>,
  ownerId: string,
  now: Date,
): Promise<{ count: number; bytes: number }> {
  const sinceIso = shanghaiDayStartIso(shanghaiDate(now));
  const row = await db
    .selectFrom('uploads')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('count'),
      eb.fn.sum<number | string | null>('size').as('bytes'),
    ])
    .where('owner_id', '=', ownerId)
    .where('created_at', '>=', sinceIso)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers bigint aggregates as strings.
  return { count: Number(row.count), bytes: Number(row.bytes ?? 0) };
}

/**
 * Forget who uploaded these (an anonymous 举报's photos taken while signed in): the upload no
 * longer links the report to an account.
 */
export async function releaseUploads(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('uploads').set({ owner_id: null }).where('id', 'in', ids).execute();
}
