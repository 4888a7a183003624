import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { Database } from './schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  detail?: unknown;
  /** When it happened: the caller's deps.now(), so tests can move time. */
  at: Date;
}

/** Append one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** Append several audit rows in one statement (e.g. one per record a list shows). */
export async function recordAudits(db: Kysely<Database>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        id: ulid(),
        actor_id: entry.actorId,
        action: entry.action,
        target_type: entry.targetType,
        target_id: entry.targetId ?? null,
        created_at: entry.at.toISOString(),
        detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
      })),
    )
    .execute();
}
