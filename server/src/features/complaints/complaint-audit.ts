import type { Kysely } from 'kysely';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import type { TokenPayload } from '../../plugins/auth';

/** One audit row about a complaint: who did what to it, when (deps.now()), with what detail. */
export function auditComplaint(
  db: Kysely<Database>,
  action: string,
  complaintId: string,
  by: TokenPayload,
  at: Date,
  detail: unknown,
): Promise<void> {
  return recordAudit(db, {
    actorId: by.sub,
    action,
    targetType: 'complaint',
    targetId: complaintId,
    detail,
    at,
  });
}
