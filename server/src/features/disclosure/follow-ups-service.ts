import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { FollowUp, FollowUpBody, FollowUpList, FollowUpQuery } from '@api/disclosure';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { decodeCursor, pageOf } from '../../pagination';
import { badRequest, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { staffNames, type StaffNameOf } from '../advisories/staff-names-service';
import { getRegion } from '../region/region-service';
import { foreignUploads, uploadUrl } from '../uploads/uploads-service';
import {
  batchExists,
  findFollowUp,
  industryInBatches,
  insertFollowUp,
  listFollowUps,
  merchantExists,
  updateFollowUp,
  type FollowUpRow,
  type FollowUpWithName,
} from './follow-ups-repository';

type FollowUpDeps = Pick<AppDeps, 'db' | 'now'>;

/** Attachments: the caller's own uploads for a follow-up, which only staff may read. */
export const FOLLOW_UP_UPLOAD_PURPOSE = 'follow-up' as const;

export const followUpNotFound = () => notFound('FOLLOW_UP_NOT_FOUND', '跟进记录不存在');

const invalid = (field: string, message: string) =>
  badRequest('VALIDATION_FAILED', message, { [field]: message });

function toFollowUp(row: FollowUpWithName, nameOf: StaffNameOf): FollowUp {
  return {
    id: row.id,
    target:
      row.target_kind === 'business'
        ? { kind: 'business', merchantId: row.merchant_id ?? '', name: row.merchant_name ?? '' }
        : { kind: 'industry', industry: row.industry ?? '' },
    type: row.type,
    date: row.date,
    handledBy: row.handled_by,
    notes: row.notes,
    ...(row.outcome !== null && { outcome: row.outcome }),
    attachments: (JSON.parse(row.attachments) as string[]).map((id) => ({
      id,
      url: uploadUrl(id),
    })),
    status: row.status,
    ...(row.batch_id !== null && { batchId: row.batch_id }),
    createdByName: nameOf(row.created_by),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The body checked against the data: its target, its batch and its new attachments. */
async function checkBody(
  db: Kysely<Database>,
  caller: TokenPayload,
  body: FollowUpBody,
  kept: readonly string[],
): Promise<void> {
  if (body.target.kind === 'business') {
    if (!(await merchantExists(db, body.target.merchantId))) {
      throw invalid('target.merchantId', '经营者不存在，请重新选择');
    }
  } else {
    const industry = body.target.industry.trim();
    const region = await getRegion(db);
    if (!region.industries.includes(industry) && !(await industryInBatches(db, industry))) {
      throw invalid('target.industry', '行业不存在，请从列表中选择');
    }
  }
  if (body.batchId !== undefined && !(await batchExists(db, body.batchId))) {
    throw invalid('batchId', '公示批次不存在');
  }
  for (const field of ['handledBy', 'notes'] as const) {
    if (body[field].trim().length < 2) {
      throw invalid(field, field === 'notes' ? '请填写跟进情况，至少 2 个字' : '请填写经办人');
    }
  }
  const fresh = body.attachments.filter((id) => !kept.includes(id));
  if ((await foreignUploads(db, fresh, caller.sub, FOLLOW_UP_UPLOAD_PURPOSE)).length > 0) {
    throw invalid('attachments', '附件不存在，请重新上传');
  }
}

function rowOf(
  body: FollowUpBody,
  base: Pick<FollowUpRow, 'id' | 'created_by' | 'created_at'>,
  at: string,
): FollowUpRow {
  const outcome = body.outcome?.trim();
  return {
    ...base,
    target_kind: body.target.kind,
    merchant_id: body.target.kind === 'business' ? body.target.merchantId : null,
    industry: body.target.kind === 'industry' ? body.target.industry.trim() : null,
    type: body.type,
    date: body.date,
    handled_by: body.handledBy.trim(),
    notes: body.notes.trim(),
    outcome: outcome ? outcome : null,
    attachments: JSON.stringify(body.attachments),
    status: body.status,
    batch_id: body.batchId ?? null,
    updated_at: at,
  };
}

async function answer(db: Kysely<Database>, id: string): Promise<FollowUp> {
  const row = await findFollowUp(db, id);
  if (!row) throw followUpNotFound();
  return toFollowUp(row, await staffNames(db, [row.created_by]));
}

export const getFollowUp = (deps: FollowUpDeps, id: string) => answer(deps.db.db, id);

export async function createFollowUp(
  deps: FollowUpDeps,
  caller: TokenPayload,
  body: FollowUpBody,
  claim?: IdempotencyClaim,
): Promise<FollowUp> {
  const db = deps.db.db;
  await checkBody(db, caller, body, []);
  const now = deps.now();
  const at = now.toISOString();
  const row = rowOf(body, { id: ulid(), created_by: caller.sub, created_at: at }, at);
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, row.id);
    await insertFollowUp(trx, row);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'follow-up.create',
      targetType: 'follow-up',
      targetId: row.id,
      detail: { target: body.target, type: body.type, status: body.status },
      at: now,
    });
  });
  return answer(db, row.id);
}

export async function replaceFollowUp(
  deps: FollowUpDeps,
  caller: TokenPayload,
  id: string,
  body: FollowUpBody,
): Promise<FollowUp> {
  const db = deps.db.db;
  const before = await findFollowUp(db, id);
  if (!before) throw followUpNotFound();
  await checkBody(db, caller, body, JSON.parse(before.attachments) as string[]);
  const now = deps.now();
  const row = rowOf(body, before, now.toISOString());
  await db.transaction().execute(async (trx) => {
    await updateFollowUp(trx, row);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'follow-up.update',
      targetType: 'follow-up',
      targetId: id,
      detail: { from: { status: before.status }, to: { status: body.status, type: body.type } },
      at: now,
    });
  });
  return answer(db, id);
}

export async function followUpList(
  deps: FollowUpDeps,
  query: FollowUpQuery,
): Promise<FollowUpList> {
  const db = deps.db.db;
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string, string]>(query.cursor, ['string', 'string', 'string'])
    : undefined;
  const rows = await listFollowUps(db, { ...query, after, limit });
  const page = pageOf(rows, limit, (r) => [r.status, r.date, r.id]);
  const nameOf = await staffNames(
    db,
    page.rows.map((r) => r.created_by),
  );
  return { items: page.rows.map((r) => toFollowUp(r, nameOf)), nextCursor: page.nextCursor };
}
