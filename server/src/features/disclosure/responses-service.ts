import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type {
  DisclosureResponse,
  MerchantRow,
  MyDisclosures,
  ResponseBody,
  ResponseDecisionBody,
  ResponseList,
  StaffResponseQuery,
} from '@api/disclosure';
import { DISCLOSURE_LIMITS, RESPONSE_KIND_LABELS } from '@/domain/disclosure-vocabulary';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { shanghaiDate } from '../../time';
import { staffNames, type StaffNameOf } from '../advisories/staff-names-service';
import { isActiveMember } from '../merchants/merchants-repository';
import { listActiveMemberIds } from '../merchants/memberships-repository';
import { deliver } from '../messages/messages-service';
import { monthDay } from './batch-view';
import {
  invalid,
  loadBatch,
  rowNotFound,
  stateConflict,
  type DisclosureDeps,
} from './batches-service';
import { setBatchCounts, type DisclosureRow } from './disclosure-repository';
import { businessGroups, findRowById, rowsOfMerchant, updateRow } from './rows-repository';
import { figuresOf, toCard, toPublicRow } from './public-view';
import {
  decideResponse as decideResponseRow,
  findResponse,
  insertResponse,
  listResponses,
  markAnswered,
  noticesOfUser,
  responsesOfRows,
  type ResponseRow,
} from './responses-repository';
import { MINE_PAGE } from './transitions-service';

/** The staff page reviewing a batch (mini-program path). */
const REVIEW_PAGE = '/features/disclosure/pages/review/index?id=';

const responseNotFound = () => notFound('DISCLOSURE_RESPONSE_NOT_FOUND', '该异议或说明不存在');

function toResponse(
  row: ResponseRow,
  businessName: string,
  nameOf: StaffNameOf,
): DisclosureResponse {
  return {
    id: row.id,
    batchId: row.batch_id,
    rowId: row.row_id,
    merchantId: row.merchant_id,
    businessName,
    kind: row.kind,
    text: row.text,
    createdAt: row.created_at,
    decision: row.decision,
    ...(row.remedy && { remedy: row.remedy }),
    ...(row.decision_reason && { decisionReason: row.decision_reason }),
    ...(row.decided_at && { decidedAt: row.decided_at }),
    ...(row.decided_by && { decidedByName: nameOf(row.decided_by) }),
  };
}

async function responseView(db: Kysely<Database>, id: string): Promise<DisclosureResponse> {
  const row = (await findResponse(db, id))!;
  const target = (await findRowById(db, row.row_id))!;
  return toResponse(row, target.business_name, await staffNames(db, [row.decided_by]));
}

/** A business objects to one of its rows, or adds a statement, during the objection period. */
export async function submitResponse(
  deps: DisclosureDeps,
  caller: TokenPayload,
  rowId: string,
  body: ResponseBody,
  claim?: IdempotencyClaim,
): Promise<DisclosureResponse> {
  const db = deps.db.db;
  const row = await findRowById(db, rowId);
  if (!row) throw rowNotFound();
  // Another business's row looks as if it did not exist.
  if (!row.merchant_id || !(await isActiveMember(db, row.merchant_id, caller.sub))) {
    throw rowNotFound();
  }
  const batch = await loadBatch(db, row.batch_id);
  const now = deps.now();
  const today = shanghaiDate(now);
  if (batch.status !== 'notice' || !batch.objection_deadline) {
    throw stateConflict('该批次不在异议期，不能提出异议或说明');
  }
  if (today > batch.objection_deadline) {
    throw stateConflict(`异议期已于${monthDay(batch.objection_deadline)}结束`);
  }
  if (row.excluded_reason) throw stateConflict('该条投诉不予公示，无需异议或说明');
  const text = body.text.trim();
  if (text.length < DISCLOSURE_LIMITS.response.min) {
    throw invalid({ text: `请至少写${DISCLOSURE_LIMITS.response.min}个字` });
  }
  const id = ulid();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    await insertResponse(trx, {
      id,
      batch_id: batch.id,
      row_id: rowId,
      merchant_id: row.merchant_id!,
      user_id: caller.sub,
      kind: body.kind,
      text,
      created_at: at,
      decision: 'pending',
      remedy: null,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
    });
    await markAnswered(trx, batch.id, row.merchant_id!, at);
    // The staff member who made the batch decides it: tell them it is waiting.
    await deliver(trx, at, [
      {
        userId: batch.created_by,
        kind: 'disclosure',
        title: `「${batch.title}」收到${RESPONSE_KIND_LABELS[body.kind]}`,
        body: `${row.business_name}对${row.tracking_no}提出${RESPONSE_KIND_LABELS[body.kind]}，请在异议期内处理。`,
        link: `${REVIEW_PAGE}${batch.id}`,
      },
    ]);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'disclosure.respond',
      targetType: 'disclosure-batch',
      targetId: batch.id,
      detail: { responseId: id, rowId, kind: body.kind, summary: RESPONSE_KIND_LABELS[body.kind] },
      at: now,
    });
  });
  return responseView(db, id);
}

export async function respondedResponse(deps: DisclosureDeps, id: string) {
  if (!(await findResponse(deps.db.db, id))) throw responseNotFound();
  return responseView(deps.db.db, id);
}

/**
 * Staff decide a response during the objection period: upheld (exclude the row, correct its
 * outcome, or publish the statement; the text is published unless the row is excluded) or
 * refused with a reason; the business is told either way, and the decision audited.
 */
export async function decideResponse(
  deps: DisclosureDeps,
  caller: TokenPayload,
  id: string,
  body: ResponseDecisionBody,
): Promise<DisclosureResponse> {
  const db = deps.db.db;
  const response = await findResponse(db, id);
  if (!response) throw responseNotFound();
  const batch = await loadBatch(db, response.batch_id);
  if (batch.status !== 'notice') throw stateConflict('只有异议期的批次可以处理异议或说明');
  if (response.decision !== 'pending') throw stateConflict('该异议或说明已处理');
  const reason = body.reason?.trim() ?? '';
  if (body.decision === 'refused' && reason.length < 2) {
    throw invalid({ reason: '请填写不予采纳的理由（将告知经营者）' });
  }
  if (body.decision === 'upheld' && !body.remedy) throw invalid({ remedy: '请选择处理方式' });
  if (body.remedy === 'correct' && !body.outcome) throw invalid({ outcome: '请选择更正后的结果' });
  const row = (await findRowById(db, response.row_id))!;
  const now = deps.now();
  const at = now.toISOString();
  const remedy = body.decision === 'upheld' ? body.remedy! : null;
  const rowChange =
    remedy === 'exclude'
      ? { excluded_reason: 'objection-upheld', excluded_note: reason || response.text }
      : remedy === 'correct'
        ? { outcome: body.outcome!, corrected: 1, statement: response.text }
        : remedy === 'publish-statement'
          ? { statement: response.text }
          : undefined;
  const verdict = body.decision === 'upheld' ? '已采纳' : `未采纳，理由：${reason}`;
  await db.transaction().execute(async (trx) => {
    const ok = await decideResponseRow(trx, id, {
      decision: body.decision,
      remedy,
      decision_reason: reason || null,
      decided_by: caller.sub,
      decided_at: at,
    });
    if (!ok) throw stateConflict('该异议或说明已处理');
    if (rowChange) {
      await updateRow(trx, row.id, rowChange);
      await setBatchCounts(trx, batch.id);
    }
    await deliver(
      trx,
      at,
      (await listActiveMemberIds(trx, response.merchant_id)).map((userId) => ({
        userId,
        kind: 'disclosure' as const,
        title: `您的${RESPONSE_KIND_LABELS[response.kind]}${body.decision === 'upheld' ? '已采纳' : '未采纳'}`,
        body: `「${batch.title}」${row.tracking_no}：${verdict}`,
        link: MINE_PAGE,
      })),
    );
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'disclosure.decide',
      targetType: 'disclosure-batch',
      targetId: batch.id,
      detail: {
        responseId: id,
        rowId: row.id,
        decision: body.decision,
        ...(remedy && { remedy }),
        ...(body.outcome && { outcome: body.outcome }),
        summary: verdict,
      },
      at: now,
    });
  });
  return responseView(db, id);
}

export async function staffResponses(
  deps: DisclosureDeps,
  batchId: string,
  query: StaffResponseQuery,
): Promise<ResponseList> {
  const db = deps.db.db;
  await loadBatch(db, batchId);
  const page = await stringKeysetPage(
    query,
    (window) => listResponses(db, batchId, query.decision, window),
    (r) => [r.created_at, r.id],
  );
  const nameOf = await staffNames(
    db,
    page.rows.map((r) => r.decided_by),
  );
  const names = new Map<string, string>();
  for (const r of page.rows) {
    if (!names.has(r.row_id)) names.set(r.row_id, (await findRowById(db, r.row_id))!.business_name);
  }
  return {
    items: page.rows.map((r) => toResponse(r, names.get(r.row_id)!, nameOf)),
    nextCursor: page.nextCursor,
  };
}

function toMerchantRow(row: DisclosureRow, responses: DisclosureResponse[]): MerchantRow {
  return {
    ...toPublicRow(row),
    trackingNo: row.tracking_no,
    published: row.excluded_reason === null,
    responses,
  };
}

/** The batches naming the caller's businesses, newest first, with their rows and responses. */
export async function myDisclosures(
  deps: DisclosureDeps,
  caller: TokenPayload,
): Promise<MyDisclosures> {
  const db = deps.db.db;
  const today = shanghaiDate(deps.now());
  const notices = await noticesOfUser(db, caller.sub);
  const items: MyDisclosures['items'] = [];
  for (const n of notices) {
    // Only rows that ended after acceptance could be published; the rest are not shown.
    const rows = (await rowsOfMerchant(db, n.batch_id, n.merchant_id)).filter(
      (r) => r.outcome !== null && r.accepted_on !== null,
    );
    if (rows.length === 0) continue;
    const responses = await responsesOfRows(
      db,
      rows.map((r) => r.id),
    );
    const nameOf = await staffNames(
      db,
      responses.map((r) => r.decided_by),
    );
    const [group] = await businessGroups(db, n.batch_id, [n.merchant_id]);
    const businessName = rows[0].business_name;
    const batch = await loadBatch(db, n.batch_id);
    items.push({
      batch: toCard(batch, undefined),
      batchStatus: n.status,
      merchantId: n.merchant_id,
      businessName,
      ...(n.objection_deadline && { objectionDeadline: n.objection_deadline }),
      canRespond:
        n.status === 'notice' && n.objection_deadline !== null && today <= n.objection_deadline,
      figures: group ? figuresOf(group.accepted, group.settled, group.days) : figuresOf(0, 0, []),
      rows: rows.map((r) =>
        toMerchantRow(
          r,
          responses
            .filter((x) => x.row_id === r.id)
            .map((x) => toResponse(x, businessName, nameOf)),
        ),
      ),
    });
  }
  return { items };
}
