import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Database } from './schema';
import { nowIso } from './time';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  detail?: unknown;
}

/** Append one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: ulid(),
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId ?? null,
      created_at: nowIso(),
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    })
    .execute();
}
