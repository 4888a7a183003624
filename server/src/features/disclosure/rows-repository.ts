import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { StaffRowQuery } from '@api/disclosure';
import { keysetPage } from '../../db/pagination';
import type { Database, DisclosureRowsTable } from '../../db/schema';
import type { KeysetWindow } from '../../pagination';
import { chunks, type DisclosureRow } from './disclosure-repository';
import type { BusinessGroup } from './public-view';
import type { Candidate } from './row-rules';

/** disclosure_rows: the candidates of a batch, read from the complaints and summed per business. */

/** Batches whose rows were made public (a correction's predecessor included). */
const PUBLIC_STATUSES = ['published', 'superseded'] as const;

/**
 * The complaints submitted in [fromIso, toIso), with their business from the registry and the
 * moment they first ended. Only the columns a disclosure may use, never personal ones.
 *
 * With `carryOverBefore` (a periodic batch starting that day), also the complaints an earlier
 * published periodic batch left out only because they were still open or had just ended, and that
 * no published batch has carried since: a complaint is published once it ends, in the next
 * periodic batch, and not lost because its own period's batch came too early.
 */
export async function listCandidates(
  db: Kysely<Database>,
  fromIso: string,
  toIso: string,
  carryOverBefore?: string,
): Promise<Candidate[]> {
  const rows = await db
    .selectFrom('complaints as c')
    .leftJoin('merchants as m', 'm.id', 'c.merchant_id')
    .select((eb) => [
      'c.id',
      'c.tracking_no',
      'c.status',
      'c.merchant_name',
      'c.merchant_id',
      'm.name as registered_name',
      'm.type as merchant_type',
      'm.credit_code',
      'm.industry as merchant_industry',
      'c.category',
      'c.submitted_at',
      'c.accepted_at',
      'c.outcome',
      eb
        .selectFrom('complaint_events as e')
        .select((e) => e.fn.min('e.at').as('at'))
        .whereRef('e.complaint_id', '=', 'c.id')
        .where('e.kind', '=', 'status')
        .where('e.status', 'in', ['settled', 'terminated', 'withdrawn'])
        .as('ended_at'),
    ])
    .where((eb) => {
      const inPeriod = eb.and([
        eb('c.submitted_at', '>=', fromIso),
        eb('c.submitted_at', '<', toIso),
      ]);
      if (carryOverBefore === undefined) return inPeriod;
      const rowsOfPublishedPeriods = (reasons: 'left-open' | 'included') =>
        eb
          .selectFrom('disclosure_rows as r')
          .innerJoin('disclosure_batches as b', 'b.id', 'r.batch_id')
          .select('r.complaint_id')
          .where('b.status', 'in', PUBLIC_STATUSES)
          .where((w) =>
            reasons === 'included'
              ? w('r.excluded_reason', 'is', null)
              : w.and([
                  w('b.kind', '=', 'period'),
                  w('b.period_to', '<', carryOverBefore),
                  w('r.excluded_reason', 'in', ['open', 'too-recent']),
                ]),
          );
      return eb.or([
        inPeriod,
        eb.and([
          eb('c.submitted_at', '<', fromIso),
          eb('c.id', 'in', rowsOfPublishedPeriods('left-open')),
          eb('c.id', 'not in', rowsOfPublishedPeriods('included')),
        ]),
      ]);
    })
    .orderBy('c.submitted_at')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    complaintId: r.id,
    trackingNo: r.tracking_no,
    status: r.status,
    complaintMerchantName: r.merchant_name,
    merchantId: r.merchant_id,
    registeredName: r.registered_name ?? null,
    merchantType: r.merchant_type ?? null,
    creditCode: r.credit_code ?? null,
    merchantIndustry: r.merchant_industry ?? null,
    category: r.category,
    submittedAt: r.submitted_at,
    acceptedAt: r.accepted_at,
    endedAt: (r.ended_at as string | null) ?? null,
    // Only how it ended is read from the outcome, nothing else.
    outcomeStatus: r.outcome
      ? ((JSON.parse(r.outcome) as { status?: string }).status ?? null)
      : null,
  }));
}

export async function insertRows(
  db: Kysely<Database>,
  rows: Insertable<DisclosureRowsTable>[],
): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('disclosure_rows').values(part).execute();
}

export function allRowsOf(db: Kysely<Database>, batchId: string): Promise<DisclosureRow[]> {
  return db
    .selectFrom('disclosure_rows')
    .selectAll()
    .where('batch_id', '=', batchId)
    .orderBy('id')
    .execute();
}

export function findRow(db: Kysely<Database>, batchId: string, rowId: string) {
  return db
    .selectFrom('disclosure_rows')
    .selectAll()
    .where('batch_id', '=', batchId)
    .where('id', '=', rowId)
    .executeTakeFirst();
}

export function findRowById(db: Kysely<Database>, rowId: string) {
  return db.selectFrom('disclosure_rows').selectAll().where('id', '=', rowId).executeTakeFirst();
}

export async function updateRow(
  db: Kysely<Database>,
  rowId: string,
  change: Updateable<DisclosureRowsTable>,
): Promise<void> {
  await db.updateTable('disclosure_rows').set(change).where('id', '=', rowId).execute();
}

export async function exclusionsByReason(db: Kysely<Database>, batchId: string) {
  const rows = await db
    .selectFrom('disclosure_rows')
    .select(['excluded_reason', sql<number>`count(*)`.as('n')])
    .where('batch_id', '=', batchId)
    .where('excluded_reason', 'is not', null)
    .groupBy('excluded_reason')
    .orderBy('excluded_reason')
    .execute();
  return rows.map((r) => ({ reason: r.excluded_reason as string, count: Number(r.n) }));
}

/** Staff's list of rows in id order (keyset on batch_id, id), with the filters of StaffRowQuery. */
export function listRows(
  db: Kysely<Database>,
  batchId: string,
  query: StaffRowQuery,
  { after, limit }: KeysetWindow,
): Promise<DisclosureRow[]> {
  let q = db.selectFrom('disclosure_rows').selectAll().where('batch_id', '=', batchId);
  if (query.excluded === true) q = q.where('excluded_reason', 'is not', null);
  if (query.excluded === false) q = q.where('excluded_reason', 'is', null);
  if (query.reason) q = q.where('excluded_reason', '=', query.reason);
  if (query.merchantId) q = q.where('merchant_id', '=', query.merchantId);
  if (query.industry) q = q.where('industry', '=', query.industry);
  return keysetPage(q, ['batch_id', 'id'], 'asc', after, limit).execute();
}

/** Included rows of one business in a batch. */
export function includedRowsOf(db: Kysely<Database>, batchId: string, merchantId: string) {
  return db
    .selectFrom('disclosure_rows')
    .selectAll()
    .where('batch_id', '=', batchId)
    .where('merchant_id', '=', merchantId)
    .where('excluded_reason', 'is', null)
    .orderBy('accepted_on')
    .orderBy('id')
    .execute();
}

/** All rows of one business in a batch (what the business itself sees). */
export function rowsOfMerchant(db: Kysely<Database>, batchId: string, merchantId: string) {
  return db
    .selectFrom('disclosure_rows')
    .selectAll()
    .where('batch_id', '=', batchId)
    .where('merchant_id', '=', merchantId)
    .orderBy('id')
    .execute();
}

/** The businesses with at least one included row in a batch. */
export async function includedMerchantIds(db: Kysely<Database>, batchId: string) {
  const rows = await db
    .selectFrom('disclosure_rows')
    .select('merchant_id')
    .distinct()
    .where('batch_id', '=', batchId)
    .where('excluded_reason', 'is', null)
    .where('merchant_id', 'is not', null)
    .execute();
  return rows.map((r) => r.merchant_id as string);
}

/**
 * Included rows summed per business (GROUP BY), with each one's days to close sorted for the
 * median; optionally only some businesses.
 */
export async function businessGroups(
  db: Kysely<Database>,
  batchId: string,
  merchantIds?: readonly string[],
): Promise<BusinessGroup[]> {
  const parts = merchantIds ? chunks(merchantIds) : [undefined];
  const groups: BusinessGroup[] = [];
  for (const part of parts) {
    let sums = db
      .selectFrom('disclosure_rows')
      .select([
        'merchant_id',
        sql<string>`max(business_name)`.as('name'),
        sql<string>`max(credit_code)`.as('credit_code'),
        sql<string>`max(industry)`.as('industry'),
        sql<number>`count(*)`.as('accepted'),
        sql<number>`sum(case when outcome = 'settled' then 1 else 0 end)`.as('settled'),
        sql<number>`sum(case when statement is null then 0 else 1 end)`.as('statements'),
      ])
      .where('batch_id', '=', batchId)
      .where('excluded_reason', 'is', null)
      .where('merchant_id', 'is not', null)
      .groupBy('merchant_id');
    let days = db
      .selectFrom('disclosure_rows')
      .select(['merchant_id', 'days_to_close'])
      .where('batch_id', '=', batchId)
      .where('excluded_reason', 'is', null)
      .where('merchant_id', 'is not', null)
      .where('days_to_close', 'is not', null)
      .orderBy('merchant_id')
      .orderBy('days_to_close');
    if (part) {
      sums = sums.where('merchant_id', 'in', part);
      days = days.where('merchant_id', 'in', part);
    }
    const daysOf = new Map<string, number[]>();
    for (const r of await days.execute()) {
      const list = daysOf.get(r.merchant_id as string) ?? [];
      list.push(Number(r.days_to_close));
      daysOf.set(r.merchant_id as string, list);
    }
    for (const r of await sums.execute()) {
      const id = r.merchant_id as string;
      groups.push({
        merchantId: id,
        name: r.name,
        creditCode: r.credit_code ?? '',
        industry: r.industry,
        accepted: Number(r.accepted),
        settled: Number(r.settled),
        statements: Number(r.statements),
        days: daysOf.get(id) ?? [],
      });
    }
  }
  return groups;
}

/** The latest statements of a business's included rows (newest rows first). */
export async function statementsOf(
  db: Kysely<Database>,
  batchId: string,
  merchantIds: readonly string[],
) {
  const out = new Map<string, string[]>();
  for (const part of chunks(merchantIds)) {
    const rows = await db
      .selectFrom('disclosure_rows')
      .select(['merchant_id', 'statement'])
      .where('batch_id', '=', batchId)
      .where('merchant_id', 'in', part)
      .where('excluded_reason', 'is', null)
      .where('statement', 'is not', null)
      .orderBy('id', 'desc')
      .execute();
    for (const r of rows) {
      const list = out.get(r.merchant_id as string) ?? [];
      if (list.length < 3) list.push(r.statement as string);
      out.set(r.merchant_id as string, list);
    }
  }
  return out;
}
