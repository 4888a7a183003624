import type { Kysely } from 'kysely';
import { monotonicFactory, ulid } from 'ulid';
import type {
  BatchCreated,
  CorrectionBody,
  CreateBatchBody,
  ExclusionBody,
  StaffRow,
} from '@api/disclosure';
import { AUTOMATIC_EXCLUSIONS, DISCLOSURE_LIMITS } from '@/domain/disclosure-vocabulary';
import { recordAudit } from '../../db/audit';
import type { Database, DisclosureRowsTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { AppError, conflict, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import { getRegion } from '../region/region-service';
import { toStaffRow } from './batch-view';
import {
  findBatch,
  insertBatch,
  setBatchCounts,
  updateBatch,
  type DisclosureBatchRow,
} from './disclosure-repository';
import { allRowsOf, findRow, insertRows, listCandidates, updateRow } from './rows-repository';
import type { FrozenView } from './public-view';
import { responseCountsOfRows } from './responses-repository';
import { periodProblem, rulesOf, toComputedRow, type BatchRules } from './row-rules';

export type DisclosureDeps = Pick<AppDeps, 'db' | 'now'>;

/** What a batch froze when it was computed: the rules, the issuer, and its totals once published. */
export interface BatchSettings extends BatchRules {
  issuer: string;
  totals?: FrozenView['totals'];
}

export const settingsOf = (row: Pick<DisclosureBatchRow, 'settings'>): BatchSettings =>
  JSON.parse(row.settings) as BatchSettings;

export const batchNotFound = () => notFound('DISCLOSURE_BATCH_NOT_FOUND', '公示批次不存在');
export const rowNotFound = () => notFound('DISCLOSURE_ROW_NOT_FOUND', '该条投诉不在此批次中');
export const changedMeanwhile = () =>
  conflict('DISCLOSURE_CHANGED', '该批次刚被他人修改，请刷新后再试');
export const stateConflict = (message: string) => conflict('DISCLOSURE_STATE', message);

export function invalid(fields: Record<string, string>): AppError {
  return new AppError(400, 'VALIDATION_FAILED', Object.values(fields)[0], fields);
}

const nextRowId = monotonicFactory();

export async function loadBatch(db: Kysely<Database>, id: string): Promise<DisclosureBatchRow> {
  const row = await findBatch(db, id);
  if (!row) throw batchNotFound();
  return row;
}

type NewRow = Omit<DisclosureRowsTable, 'id' | 'batch_id'>;

async function writeBatch(
  deps: DisclosureDeps,
  caller: TokenPayload,
  batch: Omit<DisclosureBatchRow, 'candidates' | 'included' | 'excluded'>,
  /** The rows, read inside the transaction (so they match the moment of the batch). */
  rowsOf: (trx: Kysely<Database>) => Promise<NewRow[]>,
  audit: { action: string; detail: (rows: number) => unknown },
  claim?: IdempotencyClaim,
): Promise<BatchCreated> {
  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, batch.id);
    await insertBatch(trx, { ...batch, candidates: 0, included: 0, excluded: 0 });
    const rows = await rowsOf(trx);
    await insertRows(
      trx,
      rows.map((r) => ({ ...r, id: nextRowId(), batch_id: batch.id })),
    );
    await setBatchCounts(trx, batch.id);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: audit.action,
      targetType: 'disclosure-batch',
      targetId: batch.id,
      detail: audit.detail(rows.length),
      at: deps.now(),
    });
  });
  return { id: batch.id, status: 'draft' };
}

const emptyBatchColumns = {
  notified_at: null,
  objection_deadline: null,
  submitted_by: null,
  submitted_at: null,
  returned_reason: null,
  published_by: null,
  published_at: null,
  superseded_by: null,
  withdrawn_by: null,
  withdrawn_at: null,
  withdrawn_reason: null,
  snapshot: null,
};

/**
 * A new batch (draft): every complaint submitted in the period becomes a row, the automatic
 * exclusions applied, under the profile's rules of today (frozen with the batch).
 */
export async function createBatch(
  deps: DisclosureDeps,
  caller: TokenPayload,
  body: CreateBatchBody,
  claim?: IdempotencyClaim,
): Promise<BatchCreated> {
  const title = body.title.trim();
  const fields: Record<string, string> = {};
  if (title.length < DISCLOSURE_LIMITS.title.min) fields.title = '请填写批次名称（至少4个字）';
  const period = periodProblem(body.periodFrom, body.periodTo, DISCLOSURE_LIMITS.periodDays);
  if (period) fields.periodTo = period;
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const db = deps.db.db;
  const region = await getRegion(db);
  const rules = rulesOf(region.disclosure);
  const now = deps.now();
  const today = shanghaiDate(now);
  if (body.periodFrom > today) throw invalid({ periodFrom: '开始日期不能晚于今天' });
  const rowsOf = async (trx: Kysely<Database>) =>
    (
      await listCandidates(
        trx,
        shanghaiDayStartIso(body.periodFrom),
        shanghaiDayStartIso(addDays(body.periodTo, 1)),
        body.kind === 'period' ? body.periodFrom : undefined,
      )
    ).map((c) => toRowColumns(toComputedRow(c, today, rules)));
  const id = ulid();
  const at = now.toISOString();
  const settings: BatchSettings = { ...rules, issuer: `${region.council}、${region.bureau}` };
  return writeBatch(
    deps,
    caller,
    {
      id,
      series_id: id,
      version: 1,
      previous_version_id: null,
      title,
      kind: body.kind,
      period_from: body.periodFrom,
      period_to: body.periodTo,
      status: 'draft',
      change_note: null,
      settings: JSON.stringify(settings),
      created_by: caller.sub,
      created_at: at,
      updated_at: at,
      computed_at: at,
      ...emptyBatchColumns,
    },
    rowsOf,
    { action: 'disclosure.compute', detail: (n) => ({ summary: `共${n}件投诉` }) },
    claim,
  );
}

function toRowColumns(r: ReturnType<typeof toComputedRow>): NewRow {
  return {
    complaint_id: r.complaintId,
    tracking_no: r.trackingNo,
    merchant_id: r.merchantId,
    business_name: r.businessName,
    credit_code: r.creditCode,
    industry: r.industry,
    category: r.category,
    submitted_on: r.submittedOn,
    accepted_on: r.acceptedOn,
    ended_on: r.endedOn,
    outcome: r.outcome,
    days_to_close: r.daysToClose,
    excluded_reason: r.excludedReason,
    excluded_note: null,
    statement: null,
    corrected: 0,
  };
}

/** A correction: a new draft version of a published batch, with its rows as published. */
export async function correctBatch(
  deps: DisclosureDeps,
  caller: TokenPayload,
  id: string,
  body: CorrectionBody,
): Promise<BatchCreated> {
  const db = deps.db.db;
  const batch = await loadBatch(db, id);
  if (batch.status !== 'published') throw stateConflict('只有已公示的批次可以更正');
  const changeNote = body.changeNote.trim();
  if (changeNote.length < DISCLOSURE_LIMITS.note.min)
    throw invalid({ changeNote: '请说明更正内容' });
  const rows = (await allRowsOf(db, id)).map(({ id: _id, batch_id: _b, ...rest }) => rest);
  const at = deps.now().toISOString();
  // The totals are the published version's; the new version gets its own at publication.
  const settings: BatchSettings = { ...settingsOf(batch), totals: undefined };
  return writeBatch(
    deps,
    caller,
    {
      ...batch,
      ...emptyBatchColumns,
      id: ulid(),
      version: batch.version + 1,
      previous_version_id: batch.id,
      status: 'draft',
      change_note: changeNote,
      settings: JSON.stringify(settings),
      created_by: caller.sub,
      created_at: at,
      updated_at: at,
      computed_at: at,
    },
    async () => rows,
    { action: 'disclosure.correct', detail: () => ({ from: batch.id, changeNote }) },
  );
}

export async function createdBatch(deps: DisclosureDeps, id: string): Promise<BatchCreated> {
  const batch = await loadBatch(deps.db.db, id);
  return { id: batch.id, status: batch.status };
}

const AUTOMATIC = new Set<string>(AUTOMATIC_EXCLUSIONS);

/** Exclude a row by hand (body) or include it again (no body), in draft or notice only. */
export async function setExclusion(
  deps: DisclosureDeps,
  caller: TokenPayload,
  id: string,
  rowId: string,
  body: ExclusionBody | undefined,
): Promise<StaffRow> {
  const db = deps.db.db;
  const batch = await loadBatch(db, id);
  if (batch.status !== 'draft' && batch.status !== 'notice') {
    throw stateConflict('只有草稿或异议期的批次可以调整公示范围');
  }
  const row = await findRow(db, id, rowId);
  if (!row) throw rowNotFound();
  if (row.excluded_reason && AUTOMATIC.has(row.excluded_reason)) {
    throw stateConflict('该条投诉按规定不予公示，不能调整');
  }
  if (!body && !row.excluded_reason) throw stateConflict('该条投诉已在公示范围内');
  const note = body?.note.trim() ?? '';
  if (body && note.length < DISCLOSURE_LIMITS.note.min) throw invalid({ note: '请填写排除说明' });
  const now = deps.now();
  await db.transaction().execute(async (trx) => {
    await updateRow(trx, rowId, {
      excluded_reason: body?.reason ?? null,
      excluded_note: body ? note : null,
    });
    await setBatchCounts(trx, id);
    const ok = await updateBatch(
      trx,
      id,
      { status: batch.status, updatedAt: batch.updated_at },
      { updated_at: now.toISOString() },
    );
    if (!ok) throw changedMeanwhile();
    await recordAudit(trx, {
      actorId: caller.sub,
      action: body ? 'disclosure.exclude' : 'disclosure.include',
      targetType: 'disclosure-batch',
      targetId: id,
      detail: { rowId, trackingNo: row.tracking_no, ...(body && { reason: body.reason, note }) },
      at: now,
    });
  });
  const updated = await findRow(db, id, rowId);
  const counts = await responseCountsOfRows(db, [rowId]);
  return toStaffRow(updated!, counts.get(rowId) ?? 0);
}
