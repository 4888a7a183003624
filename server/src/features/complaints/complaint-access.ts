import type { Kysely } from 'kysely';
import type { ComplaintStatus } from '@api/complaints';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { conflict, forbidden, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { isActiveMember } from '../merchants/merchants-repository';
import type { ComplaintState, Decision, Party } from './transition-rules';
import { findComplaint, type ComplaintRow } from './complaints-repository';

export const complaintNotFound = () => notFound('COMPLAINT_NOT_FOUND', '投诉不存在');

export const isStaff = (caller: TokenPayload) => caller.role === 'staff' || caller.role === 'admin';

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

export const stateOf = (row: ComplaintRow): ComplaintState => ({
  status: row.status,
  paused: row.paused_since !== null,
  rated: row.rating !== null,
});

/** One signed-in caller's request about one complaint (the route's :id). */
export interface ComplaintCall {
  deps: AppDeps;
  caller: TokenPayload;
  id: string;
}

/** The row and the caller's relations to it; 404 COMPLAINT_NOT_FOUND for outsiders. */
export async function visibleComplaint({ deps, caller, id }: ComplaintCall) {
  const { db } = deps.db;
  const row = await findComplaint(db, id);
  if (!row) throw complaintNotFound();
  const parties = await partiesOf(db, caller, row);
  if (parties.size === 0) throw complaintNotFound();
  return { row, parties };
}

/** 403 FORBIDDEN for the wrong party; 409 with `code` for the wrong state. */
export function enforce(decision: Decision, code = 'INVALID_TRANSITION'): ComplaintStatus {
  if (decision.ok) return decision.to;
  if (decision.status === 403) throw forbidden('FORBIDDEN', decision.message);
  throw conflict(code, decision.message);
}

/** The complainant and staff see personal data as given; the merchant sees it masked. */
export const seesPersonalData = (parties: ReadonlySet<Party>) =>
  parties.has('staff') || parties.has('complainant');

/**
 * Staff who are not the complainant see the complainant's personal data: each such read is
 * audited (个人信息保护法 第五十一条).
 */
export const readsPersonalData = (parties: ReadonlySet<Party>) =>
  parties.has('staff') && !parties.has('complainant');
