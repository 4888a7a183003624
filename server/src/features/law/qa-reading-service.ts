import type { QaCard, QaList, QaListQuery } from '@api/law';
import { stringKeysetPage } from '../../pagination';
import { findCitedArticles, findQa, listPublishedQa } from './qa-repository';
import { qaNotFound, type QaDeps } from './qa-service';
import { qaContentOf, toQaCard } from './qa-view';

/** Public: published cards, newest first, one topic or all. */
export async function qaList(deps: QaDeps, query: QaListQuery): Promise<QaList> {
  const db = deps.db.db;
  const page = await stringKeysetPage(
    query,
    (window) => listPublishedQa(db, query.topic, window),
    (r) => [r.published_at ?? '', r.id],
  );
  const refs = page.rows.flatMap((row) => qaContentOf(row).citations);
  const library = await findCitedArticles(db, refs);
  return { items: page.rows.map((row) => toQaCard(row, library)), nextCursor: page.nextCursor };
}

/** Public: one published card (any other status is as if it did not exist). */
export async function qaCard(deps: QaDeps, id: string): Promise<QaCard> {
  const db = deps.db.db;
  const row = await findQa(db, id);
  if (!row || row.status !== 'published') throw qaNotFound();
  return toQaCard(row, await findCitedArticles(db, qaContentOf(row).citations));
}
