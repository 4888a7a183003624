import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, DisclosureBatchesTable } from '../../db/schema';

export type FlagBatchRow = Pick<
  Selectable<DisclosureBatchesTable>,
  'id' | 'title' | 'status' | 'published_at'
>;

const batchColumns = ['id', 'title', 'status', 'published_at'] as const;

export function findBatchForFlags(
  db: Kysely<Database>,
  id: string,
): Promise<FlagBatchRow | undefined> {
  return db
    .selectFrom('disclosure_batches')
    .select(batchColumns)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The most recently published batch that is still public (not withdrawn). */
export function latestPublishedBatch(db: Kysely<Database>): Promise<FlagBatchRow | undefined> {
  return db
    .selectFrom('disclosure_batches')
    .select(batchColumns)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface GroupCounts {
  key: string;
  /** The business's name and industry as the batch recorded them (businesses only). */
  name: string;
  industry: string;
  accepted: number;
  settled: number;
}

/** Included rows of a batch counted per business (registered ones) or per industry. */
export async function countIncludedRows(
  db: Kysely<Database>,
  batchId: string,
  by: 'merchant_id' | 'industry',
): Promise<GroupCounts[]> {
  const rows = await db
    .selectFrom('disclosure_rows')
    .select([
      `${by} as key`,
      (eb) => eb.fn.max('business_name').as('name'),
      (eb) => eb.fn.max('industry').as('industry'),
      (eb) => eb.fn.countAll<number>().as('accepted'),
      (eb) => eb.fn.sum<number>(sql`case when outcome = 'settled' then 1 else 0 end`).as('settled'),
    ])
    .where('batch_id', '=', batchId)
    .where('excluded_reason', 'is', null)
    .where(by, 'is not', null)
    .groupBy(by)
    .execute();
  return rows.map((r) => ({
    key: String(r.key),
    name: String(r.name),
    industry: String(r.industry),
    accepted: Number(r.accepted),
    settled: Number(r.settled ?? 0),
  }));
}

/** Days to close of the included rows of these businesses or industries, for their medians. */
export async function daysToCloseOf(
  db: Kysely<Database>,
  batchId: string,
  by: 'merchant_id' | 'industry',
  keys: readonly string[],
): Promise<{ key: string; days: number }[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('disclosure_rows')
    .select([`${by} as key`, 'days_to_close'])
    .where('batch_id', '=', batchId)
    .where('excluded_reason', 'is', null)
    .where(by, 'in', keys)
    .where('days_to_close', 'is not', null)
    .execute();
  return rows.map((r) => ({ key: String(r.key), days: Number(r.days_to_close) }));
}
