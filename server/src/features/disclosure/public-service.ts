import type { PublicBatch, PublicBatchList, PublicBusinessRows, TrendPoint } from '@api/disclosure';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { stringKeysetPage } from '../../pagination';
import { batchNotFound, loadBatch, settingsOf, type DisclosureDeps } from './batches-service';
import { liveView } from './staff-reading-service';
import {
  findBatchCard,
  findSnapshot,
  listPublicBatches,
  seriesVersions,
  trendBatches,
  type BatchCardRow,
} from './disclosure-repository';
import { includedRowsOf } from './rows-repository';
import { toCard, toPublicBatch, toPublicRow, type FrozenView } from './public-view';

const PUBLIC = new Set(['published', 'superseded', 'withdrawn']);
const isStaff = (caller?: TokenPayload) => caller?.role === 'staff' || caller?.role === 'admin';

export async function publicBatches(
  deps: DisclosureDeps,
  query: { cursor?: string; limit?: number },
): Promise<PublicBatchList> {
  const page = await stringKeysetPage(
    query,
    (window) => listPublicBatches(deps.db.db, window),
    (r) => [r.published_at ?? '', r.id],
  );
  return {
    items: page.rows.map((r) => toCard(r, settingsOf(r).totals)),
    nextCursor: page.nextCursor,
  };
}

/**
 * Frozen views by batch id: a published snapshot never changes (a correction is a new batch), so
 * the public page parses it once, not on every request. A few batches are read at a time.
 */
const views = new Map<string, FrozenView>();
const CACHED_VIEWS = 8;

async function frozenView(deps: DisclosureDeps, id: string): Promise<FrozenView | undefined> {
  const cached = views.get(id);
  if (cached) return cached;
  const snapshot = await findSnapshot(deps.db.db, id);
  if (!snapshot) return undefined;
  const view = JSON.parse(snapshot) as FrozenView;
  if (views.size >= CACHED_VIEWS) views.delete(views.keys().next().value as string);
  views.set(id, view);
  return view;
}

/** A batch the public may read (published, superseded or withdrawn), with its frozen view. */
async function publicBatchRow(deps: DisclosureDeps, id: string) {
  const batch = await findBatchCard(deps.db.db, id);
  if (!batch || !PUBLIC.has(batch.status)) throw batchNotFound();
  const view = await frozenView(deps, id);
  if (!view) throw batchNotFound();
  return { batch, view };
}

/** The trend (published batches of the same kind) and the series' versions, read now. */
async function readTimeExtras(deps: DisclosureDeps, batch: BatchCardRow) {
  const db = deps.db.db;
  const [trendRows, versions] = await Promise.all([
    trendBatches(db, batch.kind),
    seriesVersions(db, batch.series_id),
  ]);
  const trend: TrendPoint[] = trendRows.flatMap((r) => {
    const totals = settingsOf(r).totals;
    return totals ? [{ batchId: r.id, title: r.title, periodTo: r.period_to, ...totals }] : [];
  });
  return {
    trend,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      publishedAt: v.published_at as string,
    })),
  };
}

export async function publicBatch(deps: DisclosureDeps, id: string): Promise<PublicBatch> {
  const { batch, view } = await publicBatchRow(deps, id);
  return toPublicBatch(batch, view, await readTimeExtras(deps, batch));
}

const notListed = () =>
  notFound('DISCLOSURE_BUSINESS_NOT_LISTED', '该经营者未在此批次中公示（投诉件数未达公示标准）');

/** One ranked business's published rows; others are never public. */
export async function publicBusinessRows(
  deps: DisclosureDeps,
  id: string,
  merchantId: string,
): Promise<PublicBusinessRows> {
  const { batch, view } = await publicBatchRow(deps, id);
  if (batch.status === 'withdrawn') throw notListed();
  const business = view.businesses.find((b) => b.merchantId === merchantId);
  if (!business) throw notListed();
  const rows = await includedRowsOf(deps.db.db, id, merchantId);
  return { batch: toCard(batch, view.totals), business, rows: rows.map(toPublicRow) };
}

/**
 * What an export shows: the public view once published (withdrawn: only the notice), or for staff
 * the live view of a batch not yet published. The rows are those of ranked businesses only.
 */
export async function exportView(
  deps: DisclosureDeps,
  caller: TokenPayload | undefined,
  id: string,
) {
  const db = deps.db.db;
  const batch = await loadBatch(db, id);
  let view: FrozenView;
  if (batch.snapshot && PUBLIC.has(batch.status)) {
    view = JSON.parse(batch.snapshot) as FrozenView;
  } else if (isStaff(caller)) {
    view = await liveView(db, batch);
  } else {
    throw batchNotFound();
  }
  const publicView = toPublicBatch(batch, view, { trend: [], versions: [] }, Infinity);
  const rows = new Map<string, ReturnType<typeof toPublicRow>[]>();
  for (const b of publicView.businesses) {
    rows.set(b.merchantId, (await includedRowsOf(db, id, b.merchantId)).map(toPublicRow));
  }
  return { batch: publicView, rows };
}
