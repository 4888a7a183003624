import type { ReporterIdentity } from '@api/reports';
import { recordAudit } from '../../db/audit';
import type { AppDeps } from '../../deps';
import type { TokenPayload } from '../../plugins/auth';
import { loadHandledReport } from './staff-reading-service';
import { REPORTER_READ } from './staff-view';

/**
 * 第三十三条: the reporter's name and phone, decrypted for the staff member handling the report.
 * The read is audited first (who, when), so no identity leaves without its record; it shows in
 * the report's history.
 */
export async function readReporterIdentity(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
): Promise<ReporterIdentity> {
  const row = await loadHandledReport(deps.db.db, id);
  await recordAudit(deps.db.db, {
    actorId: caller.sub,
    action: REPORTER_READ,
    targetType: 'report',
    targetId: id,
    detail: { kind: row.reporter_kind },
    at: deps.now(),
  });
  if (row.reporter_kind !== 'real-name') return { kind: row.reporter_kind };
  return {
    kind: row.reporter_kind,
    ...(row.reporter_name && { name: deps.personalData.decrypt(row.reporter_name) }),
    ...(row.reporter_phone && { phone: deps.personalData.decrypt(row.reporter_phone) }),
  };
}
