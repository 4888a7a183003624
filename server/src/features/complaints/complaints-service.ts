import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type {
  Complainant,
  ComplaintCreated,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintPage,
  CreateComplaintBody,
} from '@api/complaints';
import { addWorkingDays } from '@/domain/working-days';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { shanghaiDate } from '../../time';
import { stringKeysetPage } from '../../pagination';
import { forbidden } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { findMerchantById } from '../merchants/merchants-repository';
import { findPledge } from '../pledges/pledges-repository';
import { getRegion } from '../region/region-service';
import { foreignUploads } from '../uploads/uploads-service';
import { calendarYears, loadCalendar } from './deadline-calendar';
import { auditComplaint } from './complaint-audit';
import {
  isStaff,
  readsPersonalData,
  seesPersonalData,
  stateOf,
  visibleComplaint,
  type ComplaintCall,
} from './complaint-access';
import { allowedActions } from './transition-rules';
import {
  attachEvidence,
  insertComplaint,
  insertEvent,
  listComplaints,
  listEvents,
  listEvidenceIds,
  nextEventId,
  type EventRow,
} from './complaints-repository';
import { listConsents } from './consent-repository';
import { consentState } from './consent-rules';
import { checkDatesAndRequest, storedRequest } from './filing-rules';
import { nextTrackingNo } from './tracking-no';
import { NOT_OWN_EVIDENCE, validationFailed } from './validation-error';
import { maskComplainant, toDetail, toFen, toSummary } from './complaint-view';

// ---- create ---------------------------------------------------------------------------------

/** Who the complaint is about, as filed or (when registered) as the registry has it. */
interface Respondent {
  merchantId: string | null;
  pledgeId: string | null;
  name: string;
  address: string;
  industry: string | null;
  town: string | null;
}

/** 第九条(二): who the complaint is about. A registered merchant's facts come from the registry. */
async function findRespondent(
  db: Kysely<Database>,
  body: CreateComplaintBody,
  fields: Record<string, string>,
): Promise<Respondent> {
  let merchantId = body.merchant.merchantId;
  let pledgeId: string | null = null;
  if (body.pledgeId !== undefined) {
    const pledge = await findPledge(db, body.pledgeId);
    if (!pledge || (merchantId !== undefined && pledge.merchant_id !== merchantId)) {
      fields.pledgeId = '未找到该商家的这份承诺';
    } else {
      pledgeId = pledge.id;
      merchantId = pledge.merchant_id;
    }
  }
  const respondent: Respondent = {
    merchantId: merchantId ?? null,
    pledgeId,
    name: body.merchant.name.trim(),
    address: body.merchant.address.trim(),
    industry: null,
    town: null,
  };
  if (merchantId === undefined) return respondent;
  const registered = await findMerchantById(db, merchantId);
  if (!registered) {
    fields['merchant.merchantId'] = '未查到该商家，请重新选择或直接填写商家名称和地址';
    return respondent;
  }
  const { name, address, industry, town } = registered;
  return { ...respondent, name, address, industry, town };
}

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
  checkDatesAndRequest(body, today, fields);
  const evidence = [...new Set(body.evidence)];
  if ((await foreignUploads(db, evidence, caller.sub, 'evidence')).length > 0) {
    fields.evidence = NOT_OWN_EVIDENCE;
  }
  const respondent = await findRespondent(db, body, fields);
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

  const trackingNo = await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, id);
    const trackingNo = await nextTrackingNo(trx, now);
    await insertComplaint(trx, {
      id,
      tracking_no: trackingNo,
      complainant_user_id: caller.sub,
      merchant_id: respondent.merchantId,
      merchant_name: respondent.name,
      merchant_address: respondent.address,
      industry: respondent.industry,
      town: respondent.town,
      category: body.category,
      purchase_date: body.purchaseDate,
      discovered_on: body.discoveredOn ?? null,
      amount_fen: toFen(body.amount),
      order_no: body.orderNo?.trim() || null,
      facts: body.facts.trim(),
      request: JSON.stringify(storedRequest(body.request)),
      complainant_name_enc: personalData.encrypt(body.complainant.name.trim()),
      complainant_phone_enc: personalData.encrypt(body.complainant.phone),
      complainant_address_enc: personalData.encrypt(body.complainant.address.trim()),
      consent_at: at,
      subscribed: body.subscribed ? 1 : 0,
      pledge_id: respondent.pledgeId,
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
    await attachEvidence(trx, id, evidence, null, at);
    await auditComplaint(trx, 'complaint.submit', id, caller, now, {
      trackingNo,
      merchantId: respondent.merchantId,
    });
    return trackingNo;
  });
  return { id, trackingNo, acceptDeadline };
}

/** What filing answered, again (an Idempotency-Key replay): only for the complainant. */
export async function createdComplaint(call: ComplaintCall): Promise<ComplaintCreated> {
  const { row } = await visibleComplaint(call);
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
  const filter = {
    scope:
      scope === 'all'
        ? ('all' as const)
        : scope === 'mine'
          ? { complainant: caller.sub }
          : { memberOf: caller.sub },
    status: query.status,
    // An empty select in a form sends town=: that means "any".
    industry: query.industry || undefined,
    town: query.town || undefined,
  };
  const page = await stringKeysetPage(
    query,
    ({ after, limit }) => listComplaints(db, filter, after, limit),
    (r) => (scope === 'all' ? [r.due_on, r.id] : [r.submitted_at, r.id]),
  );
  const today = shanghaiDate(deps.now());
  const years = scope === 'all' ? await calendarYears(db) : undefined;
  return { items: page.rows.map((r) => toSummary(r, today, years)), nextCursor: page.nextCursor };
}

const isStaffNote = (e: EventRow) => e.kind === 'note' && e.actor_role === 'staff';

/**
 * The detail as this caller may see it: unmasked for the complainant and staff (each staff read
 * of the personal data is audited, 个人信息保护法 第五十一条), masked for the merchant; staff
 * notes (mediation records) are for staff only.
 */
export async function getComplaint(call: ComplaintCall): Promise<ComplaintDetail> {
  const { deps, caller } = call;
  const { row, parties } = await visibleComplaint(call);
  const { db } = deps.db;
  const { personalData } = deps;
  const now = deps.now();
  const complainant: Complainant = {
    name: personalData.decrypt(row.complainant_name_enc),
    phone: personalData.decrypt(row.complainant_phone_enc),
    address: personalData.decrypt(row.complainant_address_enc),
  };
  const unmasked = seesPersonalData(parties);
  const [events, evidence] = await Promise.all([
    listEvents(db, row.id),
    listEvidenceIds(db, row.id),
  ]);
  if (readsPersonalData(parties)) {
    await auditComplaint(db, 'complaint.read_personal_data', row.id, caller, now, {
      trackingNo: row.tracking_no,
    });
  }
  const detail = toDetail({
    row,
    today: shanghaiDate(now),
    calendarYears: parties.has('staff') ? await calendarYears(db) : undefined,
    complainant: unmasked ? complainant : maskComplainant(complainant),
    unmasked,
    events: parties.has('staff') ? events : events.filter((e) => !isStaffNote(e)),
    evidence,
    allowedActions: allowedActions(stateOf(row), parties),
  });
  const consent = consentState(row, await listConsents(db, row.id), parties);
  if (consent) detail.mediationConsent = consent;
  return detail;
}
