import type { Kysely } from 'kysely';
import type {
  PublicBatch,
  StaffBatch,
  StaffBatchList,
  StaffBatchQuery,
  StaffRowList,
  StaffRowQuery,
} from '@api/disclosure';
import type { Database } from '../../db/schema';
import type { TokenPayload } from '../../plugins/auth';
import { stringKeysetPage } from '../../pagination';
import { staffNames } from '../advisories/staff-names-service';
import { allowedActions, toEvent, toStaffCard, toStaffRow } from './batch-view';
import { loadBatch, settingsOf, type DisclosureDeps } from './batches-service';
import { batchHistory, listStaffBatches, type DisclosureBatchRow } from './disclosure-repository';
import { businessGroups, exclusionsByReason, listRows } from './rows-repository';
import { buildFrozenView, toPublicBatch, type FrozenView } from './public-view';
import { noticeCounts, pendingCounts, responseCountsOfRows } from './responses-repository';

/** What staff read of batches: one batch with its history, the list, the preview, the rows. */

export async function staffBatch(
  deps: DisclosureDeps,
  caller: TokenPayload,
  id: string,
): Promise<StaffBatch> {
  const db = deps.db.db;
  const row = await loadBatch(db, id);
  const [history, pending, notices, reasons] = await Promise.all([
    batchHistory(db, id),
    pendingCounts(db, [id]),
    noticeCounts(db, id),
    exclusionsByReason(db, id),
  ]);
  const nameOf = await staffNames(db, [
    row.created_by,
    row.submitted_by,
    row.published_by,
    ...history.map((h) => h.actor_id),
  ]);
  return {
    ...toStaffCard(row, nameOf, pending.get(id) ?? 0),
    ...(row.change_note && { changeNote: row.change_note }),
    ...(row.previous_version_id && { previousVersionId: row.previous_version_id }),
    computedAt: row.computed_at,
    ...(row.notified_at && { notifiedAt: row.notified_at }),
    businessesNotified: notices.notified,
    businessesAnswered: notices.answered,
    ...(row.submitted_by && {
      submittedBy: row.submitted_by,
      submittedByName: nameOf(row.submitted_by),
    }),
    ...(row.published_at && { publishedAt: row.published_at }),
    ...(row.published_by && { publishedByName: nameOf(row.published_by) }),
    ...(row.withdrawn_at && { withdrawnAt: row.withdrawn_at }),
    ...(row.withdrawn_reason && { withdrawnReason: row.withdrawn_reason }),
    ...(row.returned_reason && { returnedReason: row.returned_reason }),
    exclusionsByReason: reasons as StaffBatch['exclusionsByReason'],
    allowedActions: allowedActions(row, caller.sub),
    history: history.map((h) => toEvent(h, nameOf)),
  };
}

export async function staffBatchList(
  deps: DisclosureDeps,
  query: StaffBatchQuery,
): Promise<StaffBatchList> {
  const db = deps.db.db;
  const page = await stringKeysetPage(
    query,
    (window) => listStaffBatches(db, query.status, window),
    (r) => [r.updated_at, r.id],
  );
  const [nameOf, pending] = await Promise.all([
    staffNames(
      db,
      page.rows.map((r) => r.created_by),
    ),
    pendingCounts(
      db,
      page.rows.map((r) => r.id),
    ),
  ]);
  return {
    items: page.rows.map((r) => toStaffCard(r, nameOf, pending.get(r.id) ?? 0)),
    nextCursor: page.nextCursor,
  };
}

/** The public view computed from the batch's rows now (a preview, or the snapshot at publish). */
export async function liveView(db: Kysely<Database>, batch: DisclosureBatchRow) {
  return (await liveViewWithGroups(db, batch)).view;
}

/** The live view and the business groups it was built from (publish keeps both). */
export async function liveViewWithGroups(db: Kysely<Database>, batch: DisclosureBatchRow) {
  const settings = settingsOf(batch);
  const groups = await businessGroups(db, batch.id);
  return {
    groups,
    view: buildFrozenView(groups, settings.minComplaintsPerBusiness, settings.issuer),
  };
}

/** Staff: exactly what the public would see, before it is public. */
export async function previewBatch(deps: DisclosureDeps, id: string): Promise<PublicBatch> {
  const db = deps.db.db;
  const batch = await loadBatch(db, id);
  const view = batch.snapshot
    ? (JSON.parse(batch.snapshot) as FrozenView)
    : await liveView(db, batch);
  return toPublicBatch(batch, view, { trend: [], versions: [] });
}

export async function staffRows(
  deps: DisclosureDeps,
  id: string,
  query: StaffRowQuery,
): Promise<StaffRowList> {
  const db = deps.db.db;
  await loadBatch(db, id);
  const page = await stringKeysetPage(
    query,
    (window) => listRows(db, id, query, window),
    (r) => [r.batch_id, r.id],
  );
  const counts = await responseCountsOfRows(
    db,
    page.rows.map((r) => r.id),
  );
  return {
    items: page.rows.map((r) => toStaffRow(r, counts.get(r.id) ?? 0)),
    nextCursor: page.nextCursor,
  };
}
