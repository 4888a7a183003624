import type {
  ConsentBody,
  ConsentRecord,
  ConsentSide,
  MediationConsentState,
} from '@api/complaints';
import { maskPersonalText } from '@/domain/free-text-masking';
import { badRequest, conflict, forbidden } from '../../plugins/app-error';
import { seesPersonalData } from './complaint-access';
import type { ComplaintRow } from './complaints-repository';
import type { ConsentRow } from './consent-repository';
import type { Party } from './transition-rules';

/**
 * 《市场监督管理投诉举报处理暂行办法》第十六条: mediation needs both sides' consent. Each side's
 * answer is kept with how it was given, when and by whom it was recorded; staff may start mediation
 * (调解中) only when both agreed; a refusal lets staff terminate (第二十一条, 拒绝调解).
 */

const SIDE_NAMES: Record<ConsentSide, string> = { complainant: '投诉人', merchant: '被投诉人' };

function toRecord(row: ConsentRow | undefined, unmasked: boolean): ConsentRecord | null {
  if (!row) return null;
  const record: ConsentRecord = {
    decision: row.decision,
    method: row.method,
    givenAt: row.given_at,
    recordedBy: row.method === 'self' ? 'self' : 'staff',
  };
  // A staff note may quote the complainant: masked for the merchant like other free text.
  if (row.note !== null) record.note = unmasked ? row.note : maskPersonalText(row.note);
  return record;
}

/** The side a non-staff viewer consents for (the complainant first if somehow both). */
function ownSide(parties: ReadonlySet<Party>): ConsentSide | undefined {
  if (parties.has('complainant')) return 'complainant';
  if (parties.has('merchant')) return 'merchant';
  return undefined;
}

/** For the detail: shown once the complaint is accepted, or whenever something is recorded. */
export function consentState(
  row: ComplaintRow,
  rows: readonly ConsentRow[],
  parties: ReadonlySet<Party>,
): MediationConsentState | undefined {
  if (row.status !== 'accepted' && rows.length === 0) return undefined;
  const unmasked = seesPersonalData(parties);
  const state: MediationConsentState = {
    complainant: toRecord(
      rows.find((r) => r.side === 'complainant'),
      unmasked,
    ),
    merchant: toRecord(
      rows.find((r) => r.side === 'merchant'),
      unmasked,
    ),
    open: row.status === 'accepted',
  };
  const mine = ownSide(parties);
  if (mine && state.open && state[mine] === null) state.mine = mine;
  return state;
}

/** Before 'mediate': the Chinese reason mediation cannot start yet, or null when both agreed. */
export function missingConsent(rows: readonly ConsentRow[]): string | null {
  const of = (side: ConsentSide) => rows.find((r) => r.side === side);
  const refused = (['complainant', 'merchant'] as const).filter(
    (s) => of(s)?.decision === 'refuse',
  );
  if (refused.length > 0) {
    return `${refused.map((s) => SIDE_NAMES[s]).join('和')}不同意调解，不能开始调解（第十六条）；可以“一方拒绝调解”终止调解`;
  }
  const missing = (['complainant', 'merchant'] as const).filter((s) => !of(s));
  if (missing.length === 0) return null;
  return `尚未记录${missing.map((s) => SIDE_NAMES[s]).join('和')}同意调解，不能开始调解（第十六条：调解须双方同意）`;
}

/** Who records which side, and how: the row to insert, or a 400/403/409. */
export function planConsent(
  row: ComplaintRow,
  parties: ReadonlySet<Party>,
  body: ConsentBody,
  callerId: string,
  now: Date,
): Omit<ConsentRow, 'complaint_id'> {
  if (row.status !== 'accepted') {
    throw conflict('CONSENT_NOT_OPEN', '只有已受理、尚未开始调解的投诉需要记录调解意愿');
  }
  const at = now.toISOString();
  const note = body.note?.trim() || null;
  if (parties.has('staff')) {
    const fields: Record<string, string> = {};
    if (!body.side) fields.side = '请选择是哪一方的意见';
    if (!body.method) fields.method = '请选择意见的表达方式';
    const given = body.givenAt ? new Date(body.givenAt) : now;
    if (given.getTime() > now.getTime() + 60_000) fields.givenAt = '不能晚于现在';
    else if (given.toISOString() < (row.accepted_at ?? row.submitted_at)) {
      fields.givenAt = '不能早于受理投诉的时间';
    }
    const [field, message] = Object.entries(fields)[0] ?? [];
    if (field) throw badRequest('VALIDATION_FAILED', `${message}`, fields);
    return {
      side: body.side!,
      decision: body.decision,
      method: body.method!,
      given_at: given.toISOString(),
      note,
      recorded_by: callerId,
      recorded_at: at,
    };
  }
  const side = ownSide(parties);
  if (!side || (body.side && !parties.has(body.side))) {
    throw forbidden('FORBIDDEN', '只能表达您自己一方的调解意愿');
  }
  if (body.method || body.givenAt) {
    throw badRequest('VALIDATION_FAILED', '由本人在线表达意愿时不填写方式和时间', {
      method: '本人在线表达意愿时不填写',
    });
  }
  return {
    side,
    decision: body.decision,
    method: 'self',
    given_at: at,
    note,
    recorded_by: callerId,
    recorded_at: at,
  };
}

export const sideName = (side: ConsentSide) => SIDE_NAMES[side];
