import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Updateable } from 'kysely';
import { monotonicFactory, ulid } from 'ulid';
import {
  REJECT_REASONS,
  TERMINATE_REASONS,
  type Complainant,
  type ComplaintCreated,
  type ComplaintDetail,
  type ComplaintListQuery,
  type ComplaintPage,
  type ComplaintStatus,
  type CreateComplaintBody,
  type MessageBody,
  type RatingBody,
  type TransitionBody,
} from '@api/complaints';
import { addCalendarDays, addWorkingDays } from '@/domain/working-days';
import { refusalBasis, refusalRoutes, threeYearsBefore } from '@/domain/refusal-reasons';
import type { AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import type { ComplaintsTable, Database } from '../../db/schema';
import { shanghaiDate } from '../../db/time';
import { decodeCursor, pageOf } from '../../pagination';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { isActiveMember } from '../merchants/repository';
import { getRegion } from '../region/service';
import { foreignUploads } from '../uploads/service';
import { calendarYears, loadCalendar } from './calendar';
import {
  allowedActions,
  decideMessage,
  decideRating,
  decideTransition,
  type ComplaintState,
  type Decision,
  type Party,
} from './complaint-transitions';
import {
  findComplaint,
  findOpenid,
  insertComplaint,
  insertEvent,
  insertEvidence,
  listComplaints,
  listEvents,
  listEvidenceIds,
  NO_DEADLINE,
  updateComplaintIf,
  type ComplaintRow,
  type EventRow,
} from './repository';
import { deliverStatusChange, notifyStatusChange } from './notify';
import { nextTrackingNo } from './tracking-no';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { maskComplainant, toDetail, toFen, toSummary } from './view';
import { consentState, listConsents, missingConsent } from './consent';

/** Timeline ids increase even within one millisecond: entries at the same time keep their order. */
const nextEventId = monotonicFactory();

export const complaintNotFound = () => notFound('COMPLAINT_NOT_FOUND', '投诉不存在');
const changedMeanwhile = () => conflict('INVALID_TRANSITION', '投诉状态已被他人更新，请刷新后重试');

const isStaff = (caller: TokenPayload) => caller.role === 'staff' || caller.role === 'admin';

const MEDIATION_METHODS = { 'on-site': '现场调解', phone: '电话调解', online: '在线调解' };

function validationFailed(fields: Record<string, string>): AppError {
  const [field, message] = Object.entries(fields)[0];
  return badRequest('VALIDATION_FAILED', `${FIELD_LABELS[field] ?? field}：${message}`, fields);
}

const FIELD_LABELS: Record<string, string> = {
  purchaseDate: '购买日期',
  discoveredOn: '发现问题日期',
  'request.compensationAmount': '赔偿金额',
  'request.other': '其他诉求',
  evidence: '证据照片',
  'merchant.merchantId': '被投诉商家',
  pledgeId: '承诺',
  amount: '金额',
  message: '内容',
};

// ---- access --------------------------------------------------------------------------------

/** The caller's relations to the complaint; empty means they may not know it exists. */
async function partiesOf(
  db: Kysely<Database>,
  caller: TokenPayload,
  row: ComplaintRow,
): Promise<Set<Party>> {
  const parties = new Set<Party>();
  if (isStaff(caller)) parties.add('staff');
  if (row.complainant_user_id === caller.sub) parties.add('complainant');
  if (row.merchant_id !== null && (await isActiveMember(db, row.merchant_id, caller.sub))) {
    parties.add('merchant');
  }
  return parties;
}

const stateOf = (row: ComplaintRow): ComplaintState => ({
  status: row.status,
  paused: row.paused_since !== null,
  rated: row.rating !== null,
});

/** The row and the caller's relations to it; 404 COMPLAINT_NOT_FOUND for outsiders. */
export async function visibleComplaint(db: Kysely<Database>, caller: TokenPayload, id: string) {
  const row = await findComplaint(db, id);
  if (!row) throw complaintNotFound();
  const parties = await partiesOf(db, caller, row);
  if (parties.size === 0) throw complaintNotFound();
  return { row, parties };
}

/** 403 FORBIDDEN for the wrong party; 409 with `code` for the wrong state. */
function enforce(decision: Decision, code = 'INVALID_TRANSITION'): ComplaintStatus {
  if (decision.ok) return decision.to;
  if (decision.status === 403) throw forbidden('FORBIDDEN', decision.message);
  throw conflict(code, decision.message);
}

// ---- create ---------------------------------------------------------------------------------

export async function createComplaint(
  deps: AppDeps,
  caller: TokenPayload,
  body: CreateComplaintBody,
  claim?: IdempotencyClaim,
): Promise<ComplaintCreated> {
  const { db } = deps.db;
  const now = deps.now();
  const today = shanghaiDate(now);
  const fields: Record<string, string> = {};

  if (body.purchaseDate > today) fields.purchaseDate = '购买日期不能晚于今天';
  // 第十五条(四) counts from when the consumer knew or should have known of the harm, and only the
  // bureau refuses (第十四条, with reasons): an old purchase is received, with its discovery date.
  const { discoveredOn } = body;
  if (discoveredOn === undefined) {
    if (body.purchaseDate < threeYearsBefore(today)) {
      fields.discoveredOn = '购买已超过三年，请填写发现问题的日期';
    }
  } else if (discoveredOn > today) fields.discoveredOn = '发现问题的日期不能晚于今天';
  else if (discoveredOn < body.purchaseDate) fields.discoveredOn = '发现问题的日期不能早于购买日期';
  const { request } = body;
  if (request.kinds.includes('赔偿') && request.compensationAmount === undefined) {
    fields['request.compensationAmount'] = '选择赔偿时请填写赔偿金额';
  }
  if (request.kinds.includes('其他') && !request.other?.trim()) {
    fields['request.other'] = '选择其他时请写明诉求';
  }
  const evidence = [...new Set(body.evidence)];
  if ((await foreignUploads(db, evidence, caller.sub, 'evidence')).length > 0) {
    fields.evidence = '请上传您本人拍摄的证据照片';
  }

  // 第九条(二): who the complaint is about. A registered merchant's facts come from the registry.
  let merchantId = body.merchant.merchantId;
  let pledgeId: string | null = null;
  if (body.pledgeId !== undefined) {
    const pledge = await db
      .selectFrom('pledges')
      .select(['id', 'merchant_id'])
      .where('id', '=', body.pledgeId)
      .executeTakeFirst();
    if (!pledge || (merchantId !== undefined && pledge.merchant_id !== merchantId)) {
      fields.pledgeId = '未找到该商家的这份承诺';
    } else {
      pledgeId = pledge.id;
      merchantId = pledge.merchant_id;
    }
  }
  let merchant = { name: body.merchant.name.trim(), address: body.merchant.address.trim() };
  let industry: string | null = null;
  let town: string | null = null;
  if (merchantId !== undefined) {
    const registered = await db
      .selectFrom('merchants')
      .select(['id', 'name', 'address', 'industry', 'town'])
      .where('id', '=', merchantId)
      .executeTakeFirst();
    if (!registered) {
      fields['merchant.merchantId'] = '未查到该商家，请重新选择或直接填写商家名称和地址';
    } else {
      merchant = { name: registered.name, address: registered.address };
      industry = registered.industry;
      town = registered.town;
    }
  }
  if (Object.keys(fields).length > 0) throw validationFailed(fields);

  const region = await getRegion(db);
  const calendar = await loadCalendar(db);
  // 第十四条 / 实施条例 第四十六条: accept or refuse within 7 working days of receipt.
  const acceptDeadline = addWorkingDays(today, region.deadlines.acceptWorkingDays, calendar);
  // 12315 ODR practice: the merchant may settle directly within 10 working days.
  const merchantSettleBy = addWorkingDays(
    today,
    region.deadlines.merchantSettlementWorkingDays,
    calendar,
  );
  const at = now.toISOString();
  const { personalData } = deps;
  const id = ulid();
  const storedRequest: CreateComplaintBody['request'] = { kinds: request.kinds };
  if (request.kinds.includes('赔偿')) storedRequest.compensationAmount = request.compensationAmount;
  if (request.kinds.includes('其他')) storedRequest.other = request.other?.trim();

  const trackingNo = await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    const trackingNo = await nextTrackingNo(trx, now);
    await insertComplaint(trx, {
      id,
      tracking_no: trackingNo,
      complainant_user_id: caller.sub,
      merchant_id: merchantId ?? null,
      merchant_name: merchant.name,
      merchant_address: merchant.address,
      industry,
      town,
      category: body.category,
      purchase_date: body.purchaseDate,
      discovered_on: discoveredOn ?? null,
      amount_fen: toFen(body.amount),
      order_no: body.orderNo?.trim() || null,
      facts: body.facts.trim(),
      request: JSON.stringify(storedRequest),
      complainant_name_enc: personalData.encrypt(body.complainant.name.trim()),
      complainant_phone_enc: personalData.encrypt(body.complainant.phone),
      complainant_address_enc: personalData.encrypt(body.complainant.address.trim()),
      consent_at: at,
      subscribed: body.subscribed ? 1 : 0,
      pledge_id: pledgeId,
      status: 'submitted',
      submitted_at: at,
      accept_deadline: acceptDeadline,
      merchant_settle_by: merchantSettleBy,
      accepted_at: null,
      mediation_deadline: null,
      paused_since: null,
      paused_days: 0,
      due_on: acceptDeadline,
      outcome: null,
      rating: null,
      updated_at: at,
    });
    await insertEvent(trx, {
      id: nextEventId(),
      complaint_id: id,
      at,
      actor_role: 'consumer',
      actor_id: caller.sub,
      kind: 'status',
      status: 'submitted',
      message: `投诉已提交，市场监管部门将在 ${acceptDeadline}（含）前作出是否受理的决定`,
      evidence: null,
      amount_fen: null,
    });
    await insertEvidence(
      trx,
      evidence.map((uploadId) => ({
        complaint_id: id,
        upload_id: uploadId,
        event_id: null,
        added_at: at,
      })),
    );
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'complaint.submit',
      targetType: 'complaint',
      targetId: id,
      detail: { trackingNo, merchantId: merchantId ?? null },
    });
    return trackingNo;
  });
  return { id, trackingNo, acceptDeadline };
}

/** What filing answered, again (an Idempotency-Key replay): only for the complainant. */
export async function createdComplaint(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
): Promise<ComplaintCreated> {
  const { row } = await visibleComplaint(deps.db.db, caller, id);
  return { id: row.id, trackingNo: row.tracking_no, acceptDeadline: row.accept_deadline };
}

// ---- read -----------------------------------------------------------------------------------

export async function listComplaintsFor(
  deps: AppDeps,
  caller: TokenPayload,
  query: ComplaintListQuery,
): Promise<ComplaintPage> {
  const { db } = deps.db;
  const scope =
    query.scope ?? (isStaff(caller) ? 'all' : caller.role === 'merchant' ? 'merchant' : 'mine');
  if (scope === 'all' && !isStaff(caller)) {
    throw forbidden('FORBIDDEN', '只有市场监管部门工作人员可以查看全部投诉');
  }
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  const rows = await listComplaints(
    db,
    {
      scope:
        scope === 'all'
          ? 'all'
          : scope === 'mine'
            ? { complainant: caller.sub }
            : { memberOf: caller.sub },
      status: query.status,
      // An empty select in a form sends town=: that means "any".
      industry: query.industry || undefined,
      town: query.town || undefined,
    },
    after,
    limit,
  );
  const page = pageOf(rows, limit, (r): [string, string] =>
    scope === 'all' ? [r.due_on, r.id] : [r.submitted_at, r.id],
  );
  const today = shanghaiDate(deps.now());
  const years = scope === 'all' ? await calendarYears(db) : undefined;
  return { items: page.rows.map((r) => toSummary(r, today, years)), nextCursor: page.nextCursor };
}

/**
 * The detail as this caller may see it: unmasked for the complainant and staff (each staff read
 * of the personal data is audited, 个人信息保护法 第五十一条), masked for the merchant; staff
 * notes (mediation records) are for staff only.
 */
async function detailFor(
  deps: AppDeps,
  caller: TokenPayload,
  row: ComplaintRow,
  parties: ReadonlySet<Party>,
): Promise<ComplaintDetail> {
  const { db } = deps.db;
  const { personalData } = deps;
  const complainant: Complainant = {
    name: personalData.decrypt(row.complainant_name_enc),
    phone: personalData.decrypt(row.complainant_phone_enc),
    address: personalData.decrypt(row.complainant_address_enc),
  };
  const unmasked = parties.has('staff') || parties.has('complainant');
  const [events, evidence] = await Promise.all([
    listEvents(db, row.id),
    listEvidenceIds(db, row.id),
  ]);
  if (parties.has('staff') && !parties.has('complainant')) {
    await recordAudit(db, {
      actorId: caller.sub,
      action: 'complaint.read_personal_data',
      targetType: 'complaint',
      targetId: row.id,
      detail: { trackingNo: row.tracking_no },
    });
  }
  const detail = toDetail({
    row,
    today: shanghaiDate(deps.now()),
    calendarYears: parties.has('staff') ? await calendarYears(db) : undefined,
    complainant: unmasked ? complainant : maskComplainant(complainant),
    unmasked,
    events: parties.has('staff') ? events : events.filter((e) => !isStaffNote(e)),
    evidence,
    allowedActions: allowedActions(stateOf(row), parties),
  });
  const consent = await consentState(db, row, parties);
  if (consent) detail.mediationConsent = consent;
  return detail;
}

const isStaffNote = (e: EventRow) => e.kind === 'note' && e.actor_role === 'staff';

export async function getComplaint(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
): Promise<ComplaintDetail> {
  const { row, parties } = await visibleComplaint(deps.db.db, caller, id);
  return detailFor(deps, caller, row, parties);
}

// ---- transitions ----------------------------------------------------------------------------

interface TransitionPlan {
  patch: Updateable<ComplaintsTable>;
  message: string;
  amountFen?: number;
}

const withNote = (text: string, note?: string) => (note?.trim() ? `${text}。${note.trim()}` : text);

/** Calendar days between two Shanghai dates (b after a). */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Ending a pause: the paused calendar days extend the mediation deadline (第二十条). */
function endPause(row: ComplaintRow, today: string) {
  if (row.paused_since === null || row.mediation_deadline === null) return undefined;
  const days = Math.max(0, daysBetween(row.paused_since, today));
  return {
    days,
    patch: {
      paused_since: null,
      paused_days: row.paused_days + days,
      mediation_deadline: addCalendarDays(row.mediation_deadline, days),
    },
  };
}

async function planTransition(
  deps: AppDeps,
  row: ComplaintRow,
  body: TransitionBody,
  today: string,
  at: string,
): Promise<TransitionPlan> {
  switch (body.action) {
    case 'accept': {
      const { deadlines } = await getRegion(deps.db.db);
      // 实施条例 第四十六条: mediation, if both sides agree (第十六条), ends within 60 (calendar)
      // days of acceptance; the bureau cannot promise when it starts.
      const deadline = addCalendarDays(today, deadlines.mediationDays);
      return {
        patch: { accepted_at: at, mediation_deadline: deadline, due_on: deadline },
        message: withNote(
          `投诉已受理。经双方同意可进行调解，调解期限至 ${deadline}（含），检测、鉴定时间不计入`,
          body.note,
        ),
      };
    }
    case 'reject': {
      // 实施条例 第四十六条: the reason and the other routes, which depend on the reason.
      const reason = withNote(REJECT_REASONS[body.reason], body.note);
      const otherRoutes = refusalRoutes(body.reason);
      return {
        patch: {
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({
            status: 'rejected',
            reason,
            rejectReason: body.reason,
            otherRoutes,
          }),
        },
        message: `不予受理（${refusalBasis(body.reason)}）：${reason}。其他解决途径：${otherRoutes.join('；')}`,
      };
    }
    case 'mediate':
      return {
        patch: {},
        message: withNote(`开始调解（${MEDIATION_METHODS[body.method]}）`, body.note),
      };
    case 'pause-for-testing':
      return {
        patch: { paused_since: today },
        message: withNote('检测鉴定期间暂停调解，所需时间不计入调解期限', body.note),
      };
    case 'resume': {
      const ended = endPause(row, today)!;
      return {
        patch: { ...ended.patch, due_on: ended.patch.mediation_deadline },
        message: withNote(
          `恢复调解，检测鉴定用时 ${ended.days} 天，调解期限顺延至 ${ended.patch.mediation_deadline}（含）`,
          body.note,
        ),
      };
    }
    case 'settle': {
      const amountRecovered = body.amountRecovered;
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({
            status: 'settled',
            agreement: body.agreement.trim(),
            amountRecovered,
          }),
        },
        message: `调解成功：${body.agreement.trim()}`,
        amountFen: toFen(amountRecovered),
      };
    }
    case 'terminate': {
      const reason = withNote(TERMINATE_REASONS[body.reason], body.note);
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify({ status: 'terminated', reason }),
        },
        message: `终止调解：${reason}`,
      };
    }
    case 'close':
      return { patch: {}, message: withNote('投诉已办结归档', body.note) };
    case 'withdraw': {
      const outcome: Record<string, string> = { status: 'withdrawn' };
      if (body.note?.trim()) outcome.reason = body.note.trim();
      return {
        patch: {
          ...endPause(row, today)?.patch,
          due_on: NO_DEADLINE,
          outcome: JSON.stringify(outcome),
        },
        message: withNote('投诉人已撤回投诉', body.note),
      };
    }
  }
}

export async function transitionComplaint(
  deps: AppDeps,
  log: FastifyBaseLogger,
  caller: TokenPayload,
  id: string,
  body: TransitionBody,
  claim?: IdempotencyClaim,
): Promise<ComplaintDetail> {
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(db, caller, id);
  const to = enforce(decideTransition(stateOf(row), body.action, parties));
  if (body.action === 'mediate') {
    // 第十六条: mediation needs both sides' consent, recorded before 调解中.
    const missing = missingConsent(await listConsents(db, id));
    if (missing) throw conflict('MEDIATION_CONSENT_MISSING', missing);
  }
  const now = deps.now();
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const plan = await planTransition(deps, row, body, today, at);
  const actor = body.action === 'withdraw' ? 'consumer' : 'staff';

  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    const updated = await updateComplaintIf(
      trx,
      id,
      {
        status: row.status,
        // pause/resume and the end of a pause must see the pause state they were planned on.
        paused: row.paused_since !== null,
      },
      { ...plan.patch, status: to, updated_at: at },
    );
    if (!updated) throw changedMeanwhile();
    await insertEvent(trx, {
      id: nextEventId(),
      complaint_id: id,
      at,
      actor_role: actor,
      actor_id: caller.sub,
      kind: 'status',
      status: to,
      message: plan.message,
      evidence: null,
      amount_fen: plan.amountFen ?? null,
    });
    // The message centre hears of it in the same transaction (the subscribe message is extra).
    await deliverStatusChange(trx, {
      complaintId: id,
      action: body.action,
      from: row.status,
      message: plan.message,
      at: now,
    });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `complaint.${body.action}`,
      targetType: 'complaint',
      targetId: id,
      detail: { from: row.status, to, ...('reason' in body && { reason: body.reason }) },
    });
  });

  if (to !== row.status && actor === 'staff' && row.subscribed === 1) {
    await notifyStatusChange(deps, log, {
      userId: row.complainant_user_id,
      complaintId: id,
      trackingNo: row.tracking_no,
      status: to,
      message: plan.message,
      at: now,
      openid: await findOpenid(db, row.complainant_user_id),
    });
  }
  return getComplaint(deps, caller, id);
}

// ---- messages and rating --------------------------------------------------------------------

export async function addMessage(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
  body: MessageBody,
  claim?: IdempotencyClaim,
): Promise<ComplaintDetail> {
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(db, caller, id);
  enforce(decideMessage(stateOf(row), body.kind, parties), 'COMPLAINT_CLOSED');

  const fields: Record<string, string> = {};
  const evidence = [...new Set(body.evidence ?? [])];
  if (body.kind === 'evidence') {
    if (evidence.length === 0) fields.evidence = '请选择要补充的证据照片';
    else if ((await foreignUploads(db, evidence, caller.sub, 'evidence')).length > 0) {
      fields.evidence = '请上传您本人拍摄的证据照片';
    } else {
      const attached = new Set(await listEvidenceIds(db, id));
      if (evidence.some((e) => attached.has(e))) fields.evidence = '该照片已在投诉材料中';
    }
  } else if (evidence.length > 0) {
    fields.evidence = '只有补充证据时可以附照片';
  }
  if (body.amount !== undefined && body.kind !== 'proposal') {
    fields.amount = '只有和解方案可以填写金额';
  }
  if (!body.message.trim()) fields.message = '不能为空';
  if (Object.keys(fields).length > 0) throw validationFailed(fields);

  const at = deps.now().toISOString();
  const actor = body.kind === 'note' && parties.has('staff') ? 'staff' : undefined;
  const eventId = nextEventId();
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    // Re-checked in the transaction: a message must not land on a complaint closed meanwhile.
    const current = await findComplaint(trx, id);
    if (!current) throw complaintNotFound();
    enforce(decideMessage(stateOf(current), body.kind, parties), 'COMPLAINT_CLOSED');
    await insertEvent(trx, {
      id: eventId,
      complaint_id: id,
      at,
      actor_role:
        actor ?? (body.kind === 'reply' || body.kind === 'proposal' ? 'merchant' : 'consumer'),
      actor_id: caller.sub,
      kind: body.kind,
      status: null,
      message: body.message.trim(),
      evidence: evidence.length > 0 ? JSON.stringify(evidence) : null,
      amount_fen: body.amount !== undefined ? toFen(body.amount) : null,
    });
    await insertEvidence(
      trx,
      evidence.map((uploadId) => ({
        complaint_id: id,
        upload_id: uploadId,
        event_id: eventId,
        added_at: at,
      })),
    );
    await trx.updateTable('complaints').set({ updated_at: at }).where('id', '=', id).execute();
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `complaint.message.${body.kind}`,
      targetType: 'complaint',
      targetId: id,
      detail: { eventId },
    });
  });
  return getComplaint(deps, caller, id);
}

export async function rateComplaint(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
  body: RatingBody,
): Promise<ComplaintDetail> {
  const { db } = deps.db;
  const { row, parties } = await visibleComplaint(db, caller, id);
  enforce(decideRating(stateOf(row), parties), 'RATING_NOT_ALLOWED');
  const at = deps.now().toISOString();
  const rating: NonNullable<ComplaintDetail['rating']> = { score: body.score, at };
  if (body.comment?.trim()) rating.comment = body.comment.trim();
  await db.transaction().execute(async (trx) => {
    const updated = await updateComplaintIf(
      trx,
      id,
      { status: row.status, unrated: true },
      { rating: JSON.stringify(rating), updated_at: at },
    );
    if (!updated) throw conflict('RATING_NOT_ALLOWED', '您已评价过本次处理');
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'complaint.rate',
      targetType: 'complaint',
      targetId: id,
      detail: { score: body.score },
    });
  });
  return getComplaint(deps, caller, id);
}
