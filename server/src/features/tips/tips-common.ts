import type { Kysely, Transaction } from 'kysely';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { stringKeysetPage, type KeysetWindow } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import { findTip, type TipRow } from './tips-repository';

/** What the tips services need from the app. */
export type Deps = Pick<AppDeps, 'db' | 'now' | 'wechat' | 'storage'>;

export const tipNotFound = () => notFound('TIP_NOT_FOUND', '小贴士不存在或已下线');
export const reportNotFound = () => notFound('TIP_REPORT_NOT_FOUND', '举报不存在');

/** A published tip, or 404 (pending, rejected, hidden and withdrawn ones are not public). */
export async function publishedTip(db: Kysely<Database>, id: string): Promise<TipRow> {
  const row = await findTip(db, id);
  if (!row || row.status !== 'published') throw tipNotFound();
  return row;
}

/** One keyset page of rows ordered by (created_at, id), turned into answers. */
export async function createdPage<R extends { created_at: string; id: string }, T>(
  query: { cursor?: string; limit?: number },
  fetch: (window: KeysetWindow) => Promise<R[]>,
  toItems: (rows: R[]) => T[] | Promise<T[]>,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const page = await stringKeysetPage(query, fetch, (r) => [r.created_at, r.id]);
  return { items: await toItems(page.rows), nextCursor: page.nextCursor };
}

/** One transaction at one moment: `now` for the audit row, `at` (ISO) for the data rows. */
export async function atOneMoment<T>(
  deps: Pick<Deps, 'db' | 'now'>,
  work: (trx: Transaction<Database>, now: Date, at: string) => Promise<T>,
): Promise<T> {
  const now = deps.now();
  const at = now.toISOString();
  return deps.db.db.transaction().execute((trx) => work(trx, now, at));
}
